# sys.executable is the Python interpreter, so that programs can start it:
# `[sys.executable, "-c", ...]` in a subprocess, and multiprocessing workers.
import multiprocessing
import subprocess
import sys


def square(x):
    return x * x


print(sys.executable)
result = subprocess.run([sys.executable, "-c", "import sys; print(sys.version_info[:2])"],
                        capture_output=True, text=True)
print(result.returncode, result.stdout.strip())
if __name__ == "__main__":
    with multiprocessing.get_context("fork").Pool(2) as pool:
        print(pool.map(square, range(6)))
