# Compiled code in threads (the GIL is handed over at loop back edges and
# calls) and signal handlers running between compiled loop iterations.
import signal
import threading

results = {}
def work(name, n):
    total = 0
    for i in range(n):
        total += i % 7
    results[name] = total
threads = [threading.Thread(target=work, args=("t%d" % i, 200000)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))

caught = []
def handler(signum, frame):
    caught.append(frame.f_code.co_name)
    raise KeyboardInterrupt
signal.signal(signal.SIGALRM, handler)
def spin():
    signal.setitimer(signal.ITIMER_REAL, 0.05)
    n = 0
    try:
        while True:
            n += 1
    except KeyboardInterrupt:
        return "interrupted"
print(spin(), caught)
