# Bytes literals are ASCII only.
data = b"café"
