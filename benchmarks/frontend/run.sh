#!/bin/bash
# Front-end speed and memory over the standard library.
#
#   benchmarks/frontend/run.sh [benchmark flags...]
#
# 1. Builds frontend_vs_compile and frontend_batch with -c opt and runs the
#    benchmark: our front end, and the front end followed by the optimizer,
#    against CPython's compile() on the same in-memory sources, printing
#    the ratios (targets: 1.5 or less for the front end, 3 or less with the
#    optimizer).
# 2. Runs frontend_batch (front end and optimizer) over every .py file of
#    /usr/lib/python3.11 in one process under /usr/bin/time -v and prints
#    its peak resident memory (targets: under 1.5 GiB, 2 GiB with the
#    optimizer).
#
# The opt build creates no bazel-* convenience links (--symlink_prefix=/), so
# the fastbuild binaries others use through bazel-bin stay where they are.
set -euo pipefail

cd "$(dirname "$0")/../.."
STDLIB=/usr/lib/python3.11
TARGET_RSS_KIB=$((1536 * 1024))

bazel build -c opt --symlink_prefix=/ \
  //benchmarks/frontend:frontend_vs_compile //tests/stdlib:frontend_batch
BIN="$(bazel info -c opt bazel-bin)"

echo "== speed: front end vs compile()"
"$BIN/benchmarks/frontend/frontend_vs_compile" --benchmark_color=false "$@"

echo
echo "== peak memory: frontend_batch over all of $STDLIB"
LIST="$(mktemp)"
TIMES="$(mktemp)"
trap 'rm -f "$LIST" "$TIMES"' EXIT
find "$STDLIB" -name '*.py' \( -type f -o -type l \) | sort > "$LIST"
/usr/bin/time -v -o "$TIMES" "$BIN/tests/stdlib/frontend_batch" < "$LIST" |
  awk '{count[$1]++} END {for (t in count) if (t != "|") printf "%s %d\n", t, count[t]}' |
  sort
RSS_KIB="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$TIMES")"
ELAPSED="$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$TIMES")"
echo "files: $(wc -l < "$LIST"), wall time: $ELAPSED"
echo "Maximum resident set size: $RSS_KIB KiB ($((RSS_KIB / 1024)) MiB)"
if [ "$RSS_KIB" -le "$TARGET_RSS_KIB" ]; then
  echo "peak memory within the 1.5 GiB target"
else
  echo "peak memory ABOVE the 1.5 GiB target"
fi
