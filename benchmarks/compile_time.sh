#!/bin/bash
# Compile time of a hello-world program, end to end, against gcc.
#
#   benchmarks/compile_time.sh [--runs N]
#
# In one hyperfine run (`--warmup 1 --runs N`, default 10), times
#   nuitka-cc hello.py      parse, generate C, compile, link hello.bin
#                           (with CCACHE_DISABLE=1: every run really compiles)
#   gcc -O2 hello.c ...     a C file that includes Python.h, embeds the
#                           interpreter to print the same line, compiled and
#                           linked against libpython3.11
# and prints the ratio of their mean times (target: within 5x). A third
# line times nuitka-cc with ccache as users normally get it (a warm cache),
# for information.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$PWD"
RUNS=10
while (($# > 0)); do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --runs=*) RUNS="${1#--runs=}"; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "compile_time: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
source "$ROOT/benchmarks/common.sh"
bench_compiler
bench_workdir
cd "$WORK"
cat > hello.py <<'EOF'
print("Hello, world!")
EOF
cat > hello.c <<'EOF'
#include <Python.h>

int main(void) {
  Py_Initialize();
  PyRun_SimpleString("print('Hello, world!')");
  return Py_FinalizeEx() < 0 ? 120 : 0;
}
EOF
GCC_COMMAND="gcc -O2 hello.c $(/usr/bin/python3.11-config --includes) -L/usr/lib/python3.11/config-3.11-x86_64-linux-gnu -lpython3.11 -o hello"

# Both must work before they are timed.
"$NUITKA_CC" hello.py
[[ "$(./hello.bin)" == "Hello, world!" ]] || { echo "hello.bin printed the wrong thing" >&2; exit 1; }
$GCC_COMMAND
[[ "$(./hello)" == "Hello, world!" ]] ||
  { echo "the gcc-built hello printed the wrong thing" >&2; exit 1; }

hyperfine --warmup 1 --runs "$RUNS" --style basic --export-json times.json \
  -n nuitka-cc "CCACHE_DISABLE=1 $NUITKA_CC hello.py" \
  -n gcc "$GCC_COMMAND" \
  -n "nuitka-cc (ccache warm)" "$NUITKA_CC hello.py"

/usr/bin/python3.11 - times.json <<'EOF'
import json, sys

results = {r["command"]: r["mean"] for r in json.load(open(sys.argv[1]))["results"]}
ratio = results["nuitka-cc"] / results["gcc"]
warm = results["nuitka-cc (ccache warm)"] / results["gcc"]
print()
print(f"nuitka-cc hello.py: {results['nuitka-cc']:.3f} s, gcc -O2 hello.c: "
      f"{results['gcc']:.3f} s, ratio {ratio:.2f}x "
      f"({'within' if ratio <= 5 else 'ABOVE'} the 5x target)")
print(f"with a warm ccache: {results['nuitka-cc (ccache warm)']:.3f} s, ratio {warm:.2f}x")
EOF
