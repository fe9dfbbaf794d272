#!/bin/bash
# Compiled programs against an earlier compiler: instructions executed.
#
#   benchmarks/instruction_counts.sh --baseline COMPILER [NAME...]
#
# Wall-clock times on a shared machine vary by more than the differences
# between two versions of the compiler; the number of instructions a
# program executes does not. For each program NAME.py of the shared
# benchmark set (as run_benchmarks.sh), compiles it with the baseline
# compiler (an earlier nuitka-cc, see build_baseline.sh) and with nuitka-cc
# (bazel-bin, or $NUITKA_CC), checks both outputs against expected/NAME.out,
# then counts the instructions each executes under valgrind's callgrind
# (the two runs side by side; each takes minutes). Prints a table with the
# ratio baseline / compiled (above 1.00x: fewer instructions than the
# baseline), marks programs that execute more, and their geometric mean.
# Exits non-zero if a program failed to compile or printed a wrong output.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$PWD"
BASELINE=""
names=()
while (($# > 0)); do
  case "$1" in
    --baseline) BASELINE="$2"; shift 2 ;;
    --baseline=*) BASELINE="${1#--baseline=}"; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) names+=("${1%.py}"); shift ;;
  esac
done
if ! command -v valgrind > /dev/null; then
  echo "instruction_counts: valgrind is not installed (apt-get install valgrind)" >&2
  exit 2
fi
source "$ROOT/benchmarks/common.sh"
bench_programs instruction_counts
bench_baseline instruction_counts required
bench_compiler
bench_workdir
RESULTS="$WORK/results.tsv"
: > "$RESULTS"
problems=0

# Instructions executed by $dir/$1/$name.bin, from callgrind's summary.
count_instructions() {
  (cd "$dir" && valgrind --tool=callgrind --callgrind-out-file=/dev/null \
     "./$1/$name.bin" 2>&1 >/dev/null) |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

for name in "${names[@]}"; do
  dir="$WORK/$name"
  mkdir -p "$dir"
  cp "$BENCH_DIR/$name.py" "$dir/"
  expected="$BENCH_DIR/expected/$name.out"
  echo "== $name"
  if ! compile_and_check "$BASELINE" baseline || ! compile_and_check "$NUITKA_CC" compiled; then
    problems=$((problems + 1))
    continue
  fi
  count_instructions baseline > "$dir/baseline.count" &
  count_instructions compiled > "$dir/compiled.count"
  wait
  printf '%s\tcounted\t%s\t%s\n' "$name" "$(cat "$dir/baseline.count")" \
    "$(cat "$dir/compiled.count")" >> "$RESULTS"
done

echo
/usr/bin/python3.11 - "$RESULTS" <<'PYEOF'
import math, sys

ratios = []
print(f"{'program':<16} {'baseline':>16} {'compiled':>16} {'vs baseline':>12}")
for line in open(sys.argv[1]):
    name, state, *rest = line.rstrip("\n").split("\t")
    if state != "counted":
        print(f"{name:<16} {state}")
        continue
    before, after = int(rest[0]), int(rest[1])
    ratio = before / after
    ratios.append(ratio)
    mark = "  (more instructions than baseline)" if ratio < 1.0 else ""
    print(f"{name:<16} {before:>16,} {after:>16,} {ratio:>11.3f}x{mark}")
if ratios:
    mean = math.exp(sum(map(math.log, ratios)) / len(ratios))
    print(f"{'geometric mean':<16} {'':>16} {'':>16} {mean:>11.3f}x")
    print(f"over {len(ratios)} program(s): instructions executed (callgrind's Ir); "
          "vs baseline = baseline / compiled.")
PYEOF
if ((problems > 0)); then
  echo "$problems program(s) failed to compile or printed a wrong output"
  exit 1
fi
