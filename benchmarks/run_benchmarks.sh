#!/bin/bash
# Compiled programs against python3.11: speed.
#
#   benchmarks/run_benchmarks.sh [--runs N] [NAME...]
#
# For each program NAME.py of the shared benchmark set (../shared/bench
# beside the repository, or $BENCH_DIR; see its README.md), in a temporary
# directory:
#   1. compile it with nuitka-cc (bazel-bin/nuitka_cc/driver/nuitka-cc, or
#      $NUITKA_CC),
#   2. check that NAME.bin and `python3.11 NAME.py` both print exactly
#      expected/NAME.out (a program that does not is reported and not timed),
#   3. time both in one hyperfine run (`--warmup 1 --runs N`, default 10).
# Then prints a table of medians and speedups (python3.11 time / compiled
# time; also the same ratio of CPU times, which other load on the machine
# disturbs less) with their geometric means, and marks programs below 0.8x.
# Exits non-zero if a program failed to compile or printed a wrong output.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$PWD"
BENCH_DIR="${BENCH_DIR:-$ROOT/../shared/bench}"
PYTHON=/usr/bin/python3.11
RUNS=10
names=()
while (($# > 0)); do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --runs=*) RUNS="${1#--runs=}"; shift ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) names+=("${1%.py}"); shift ;;
  esac
done

if [[ ! -d "$BENCH_DIR" ]]; then
  echo "run_benchmarks: no benchmark programs at $BENCH_DIR (set BENCH_DIR)" >&2
  exit 2
fi
if ((${#names[@]} == 0)); then
  for path in "$BENCH_DIR"/*.py; do names+=("$(basename "$path" .py)"); done
fi
source "$ROOT/benchmarks/common.sh"
bench_compiler
bench_workdir
RESULTS="$WORK/results.tsv"
: > "$RESULTS"
problems=0

for name in "${names[@]}"; do
  dir="$WORK/$name"
  mkdir -p "$dir"
  cp "$BENCH_DIR/$name.py" "$dir/"
  expected="$BENCH_DIR/expected/$name.out"
  echo "== $name"
  if ! (cd "$dir" && "$NUITKA_CC" "$name.py") > "$dir/compile.log" 2>&1; then
    echo "   compiling FAILED:"; sed 's/^/   /' "$dir/compile.log" | head -n 20
    printf '%s\tcompile-failed\n' "$name" >> "$RESULTS"
    problems=$((problems + 1))
    continue
  fi
  (cd "$dir" && "$PYTHON" "$name.py") > "$dir/python.out" 2>&1 || true
  (cd "$dir" && "./$name.bin") > "$dir/compiled.out" 2>&1 || true
  if ! cmp -s "$dir/python.out" "$expected"; then
    echo "   python3.11's output differs from $expected (benchmark set problem)"
  fi
  if ! cmp -s "$dir/compiled.out" "$expected"; then
    echo "   WRONG OUTPUT from $name.bin:"
    diff "$expected" "$dir/compiled.out" | head -n 20 | sed 's/^/   /'
    printf '%s\twrong-output\n' "$name" >> "$RESULTS"
    problems=$((problems + 1))
    continue
  fi
  (cd "$dir" && hyperfine --warmup 1 --runs "$RUNS" -N --style basic \
     --export-json "$dir/times.json" \
     -n python3.11 "$PYTHON $name.py" \
     -n compiled "./$name.bin") | sed 's/^/   /'
  printf '%s\ttimed\t%s\n' "$name" "$dir/times.json" >> "$RESULTS"
done

echo
"$PYTHON" - "$RESULTS" <<'EOF'
import json, math, sys


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values))


rows = []
wall_speedups = []
cpu_speedups = []
for line in open(sys.argv[1]):
    name, state, *rest = line.rstrip("\n").split("\t")
    if state != "timed":
        rows.append((name, "-", "-", state, ""))
        continue
    with open(rest[0]) as f:
        results = {r["command"]: r for r in json.load(f)["results"]}
    python, compiled = results["python3.11"], results["compiled"]
    wall = python["median"] / compiled["median"]
    cpu = (python["user"] + python["system"]) / (compiled["user"] + compiled["system"])
    wall_speedups.append(wall)
    cpu_speedups.append(cpu)
    mark = "  (below 0.8x)" if wall < 0.8 else ""
    rows.append((name, f"{python['median']:.3f}", f"{compiled['median']:.3f}",
                 f"{wall:.2f}x", f"{cpu:.2f}x{mark}"))

print(f"{'program':<16} {'python3.11 (s)':>15} {'compiled (s)':>13} {'speedup':>9} {'CPU speedup':>12}")
for name, python, compiled, wall, cpu in rows:
    print(f"{name:<16} {python:>15} {compiled:>13} {wall:>9} {cpu:>12}")
if wall_speedups:
    print(f"{'geometric mean':<16} {'':>15} {'':>13} {geometric_mean(wall_speedups):>8.2f}x "
          f"{geometric_mean(cpu_speedups):>11.2f}x")
    print(f"over {len(wall_speedups)} program(s). Times and speedup: medians of wall-clock "
          "times; CPU speedup: mean user+system CPU times, less disturbed by other load.")
EOF
if ((problems > 0)); then
  echo "$problems program(s) failed to compile or printed a wrong output"
  exit 1
fi
