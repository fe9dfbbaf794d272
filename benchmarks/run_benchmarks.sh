#!/bin/bash
# Compiled programs against python3.11: speed.
#
#   benchmarks/run_benchmarks.sh [--runs N] [--baseline COMPILER] [NAME...]
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
# With --baseline COMPILER (an earlier nuitka-cc binary), each program is
# also compiled with that compiler, checked the same way and timed in the
# same hyperfine run, and the table adds its speedup and the change from
# it (baseline time / compiled time), marking programs that got slower.
# benchmarks/build_baseline.sh REVISION DIR builds such a compiler.
# Exits non-zero if a program failed to compile or printed a wrong output.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT="$PWD"
PYTHON=/usr/bin/python3.11
RUNS=10
BASELINE=""
names=()
while (($# > 0)); do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --runs=*) RUNS="${1#--runs=}"; shift ;;
    --baseline) BASELINE="$2"; shift 2 ;;
    --baseline=*) BASELINE="${1#--baseline=}"; shift ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) names+=("${1%.py}"); shift ;;
  esac
done

source "$ROOT/benchmarks/common.sh"
bench_programs run_benchmarks
bench_baseline run_benchmarks optional
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
  (cd "$dir" && "$PYTHON" "$name.py") > "$dir/python.out" 2>&1 || true
  if ! cmp -s "$dir/python.out" "$expected"; then
    echo "   python3.11's output differs from $expected (benchmark set problem)"
  fi
  commands=(-n python3.11 "$PYTHON $name.py")
  if [[ -n "$BASELINE" ]]; then
    if ! compile_and_check "$BASELINE" baseline; then
      problems=$((problems + 1))
      continue
    fi
    commands+=(-n baseline "./baseline/$name.bin")
  fi
  if ! compile_and_check "$NUITKA_CC" compiled; then
    problems=$((problems + 1))
    continue
  fi
  commands+=(-n compiled "./compiled/$name.bin")
  (cd "$dir" && hyperfine --warmup 1 --runs "$RUNS" -N --style basic \
     --export-json "$dir/times.json" "${commands[@]}") | sed 's/^/   /'
  printf '%s\ttimed\t%s\n' "$name" "$dir/times.json" >> "$RESULTS"
done

echo
"$PYTHON" - "$RESULTS" <<'EOF'
import json, math, sys


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values))


def cpu(result):
    return result["user"] + result["system"]


rows = []
speedups = {"wall": [], "cpu": [], "baseline": [], "change": []}
with_baseline = False
for line in open(sys.argv[1]):
    name, state, *rest = line.rstrip("\n").split("\t")
    if state != "timed":
        rows.append([name, state])
        continue
    with open(rest[0]) as f:
        results = {r["command"]: r for r in json.load(f)["results"]}
    python, compiled = results["python3.11"], results["compiled"]
    wall = python["median"] / compiled["median"]
    cpu_ratio = cpu(python) / cpu(compiled)
    speedups["wall"].append(wall)
    speedups["cpu"].append(cpu_ratio)
    row = [name, f"{python['median']:.3f}", f"{compiled['median']:.3f}",
           f"{wall:.2f}x", f"{cpu_ratio:.2f}x"]
    marks = ["below 0.8x"] if wall < 0.8 else []
    baseline = results.get("baseline")
    if baseline is not None:
        with_baseline = True
        before = python["median"] / baseline["median"]
        change = baseline["median"] / compiled["median"]
        speedups["baseline"].append(before)
        speedups["change"].append(change)
        row += [f"{before:.2f}x", f"{change:.2f}x"]
        if change < 1.0:
            marks.append("slower than baseline")
    row.append(", ".join(marks))
    rows.append(row)

header = ["program", "python3.11 (s)", "compiled (s)", "speedup", "CPU speedup"]
if with_baseline:
    header += ["baseline speedup", "vs baseline"]
widths = [16] + [max(len(h), 9) for h in header[1:]]


def show(cells):
    text = f"{cells[0]:<{widths[0]}}"
    for cell, width in zip(cells[1:], widths[1:]):
        text += f" {cell:>{width}}"
    return text.rstrip()


print(show(header))
for row in rows:
    if len(row) == 2:
        print(show([row[0], "-", "-", row[1]]))
        continue
    *cells, marks = row
    print(show(cells) + (f"  ({marks})" if marks else ""))
if speedups["wall"]:
    means = ["geometric mean", "", ""] + [
        f"{geometric_mean(speedups[key]):.2f}x"
        for key in ("wall", "cpu", "baseline", "change") if speedups[key]]
    print(show(means))
    print(f"over {len(speedups['wall'])} program(s). Times and speedups: medians of "
          "wall-clock times; CPU speedup: mean user+system CPU times, less disturbed "
          "by other load.")
    if with_baseline:
        print("baseline speedup: python3.11 / baseline compiler; vs baseline: "
              "baseline time / compiled time (above 1.00x: faster than the baseline).")
EOF
if ((problems > 0)); then
  echo "$problems program(s) failed to compile or printed a wrong output"
  exit 1
fi
