# Exit status 0 via SystemExit(None), and status 0 when the payload is 0;
# output is flushed before exit.
print("before exit", end="")
print(" (still buffered)")
raise SystemExit(None)
