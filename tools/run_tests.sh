#!/usr/bin/env bash
# Runs every test of nuitka-cc and ends with the line `N passed, N failed`.
# Exits non-zero if anything failed. Installs missing Debian packages first.
#
#   tools/run_tests.sh            all suites
#   tools/run_tests.sh tree syntax    only these suites
set -uo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh || { echo "0 passed, 1 failed"; exit 1; }

suites=("$@")
if ((${#suites[@]} == 0)); then
  suites=(unit cli tree syntax bad_input stdlib basics basics_debug codegen optimizations)
fi

total_passed=0
total_failed=0
count() {  # count SUITE PASSED FAILED
  echo "== $1: $2 passed, $3 failed"
  total_passed=$((total_passed + $2))
  total_failed=$((total_failed + $3))
}

if ! bazel build //... ; then
  count build 0 1
  echo "$total_passed passed, $total_failed failed"
  exit 1
fi
export NUITKA_CC="$PWD/bazel-bin/nuitka_cc/driver/nuitka-cc"

run_runner() {  # run_runner SUITE SCRIPT [ARGS...]
  local log
  log=$(mktemp)
  /usr/bin/python3.11 "$2" "${@:3}" 2>&1 | tee "$log"
  local line
  line=$(grep -E '^RESULT [0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
  rm -f "$log"
  if [[ -z "$line" ]]; then
    count "$1" 0 1
  else
    read -r _ passed _ failed _ <<<"$line"
    count "$1" "$passed" "$failed"
  fi
}

for suite in "${suites[@]}"; do
  case "$suite" in
    unit)
      bazel test //tests/unit/... 2>&1 | tail -n 30
      unit_status=${PIPESTATUS[0]}
      # Count the individual GoogleTest cases from the JUnit reports.
      read -r passed failed < <(/usr/bin/python3.11 tools/count_gtest_results.py bazel-testlogs/tests/unit)
      if [[ $unit_status != 0 && $failed == 0 ]]; then failed=1; fi
      count unit "$passed" "$failed"
      ;;
    cli) run_runner cli tests/cli/run_cli_tests.py ;;
    tree) run_runner tree tests/tree/run_tree_tests.py ;;
    syntax) run_runner syntax tests/syntax/run_syntax_tests.py ;;
    bad_input) run_runner bad_input tests/bad_input/run_bad_input_tests.py ;;
    stdlib) run_runner stdlib tests/stdlib/run_stdlib_tests.py ;;
    codegen) run_runner codegen tests/codegen/run_codegen_tests.py ;;
    optimizations) run_runner optimizations tests/optimizations/run_optimization_tests.py ;;
    basics) run_runner basics tests/basics/run_basics_tests.py ;;
    # The same programs against python3.11-dbg: output, assertions and
    # reference leaks, one check per program.
    basics_debug) run_runner basics_debug tests/basics/run_basics_tests.py --debug ;;
    *) echo "unknown suite '$suite'"; count "$suite" 0 1 ;;
  esac
done

echo "$total_passed passed, $total_failed failed"
[[ $total_failed == 0 ]]
