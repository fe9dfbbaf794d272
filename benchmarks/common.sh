# Shared by the benchmark scripts (sourced): the programs, the compiler
# under test and a work directory removed on exit.
#
#   source "$(dirname "$0")/common.sh"
#   bench_programs SCRIPT   # BENCH_DIR checked; names: all unless given
#   bench_baseline SCRIPT required|optional   # BASELINE checked
#   bench_compiler      # NUITKA_CC, built with Bazel unless given
#   bench_workdir       # WORK, a new temporary directory
#   compile_and_check COMPILER SUB   # see below

# The shared benchmark set: ../shared/bench beside the repository, or
# $BENCH_DIR. Fills `names` with every program there when none were named;
# exits 2 (SCRIPT names the caller) when the set or a named program is
# missing.
bench_programs() {
  BENCH_DIR="${BENCH_DIR:-$ROOT/../shared/bench}"
  if [[ ! -d "$BENCH_DIR" ]]; then
    echo "$1: no benchmark programs at $BENCH_DIR (set BENCH_DIR)" >&2
    exit 2
  fi
  if ((${#names[@]} == 0)); then
    for path in "$BENCH_DIR"/*.py; do names+=("$(basename "$path" .py)"); done
  fi
  local name
  for name in "${names[@]}"; do
    if [[ ! -f "$BENCH_DIR/$name.py" ]]; then
      echo "$1: no benchmark program $name.py in $BENCH_DIR" >&2
      exit 2
    fi
  done
}

# BASELINE, an earlier compiler (build_baseline.sh): exits 2 when it is not
# an executable, or not given and `required`.
bench_baseline() {
  if [[ -z "$BASELINE" && "$2" == optional ]]; then
    return
  fi
  if [[ -z "$BASELINE" || ! -x "$BASELINE" ]]; then
    echo "$1: --baseline COMPILER must name an executable (got '$BASELINE')" >&2
    exit 2
  fi
}

bench_compiler() {
  if [[ -z "${NUITKA_CC:-}" ]]; then
    bazel build //nuitka_cc/driver:nuitka-cc
    NUITKA_CC="$ROOT/bazel-bin/nuitka_cc/driver/nuitka-cc"
  fi
}

bench_workdir() {
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
}

# Compiles $dir/$name.py with compiler $1 into $dir/$2/$name.bin and checks
# that it prints exactly $expected; returns non-zero (after reporting, and
# adding a line to $RESULTS) if either fails.
compile_and_check() {
  local compiler="$1" sub="$2"
  mkdir -p "$dir/$sub"
  cp "$dir/$name.py" "$dir/$sub/"
  if ! (cd "$dir/$sub" && "$compiler" "$name.py") > "$dir/$sub/compile.log" 2>&1; then
    echo "   compiling with $sub compiler FAILED:"
    sed 's/^/   /' "$dir/$sub/compile.log" | head -n 20
    printf '%s\tcompile-failed (%s)\n' "$name" "$sub" >> "$RESULTS"
    return 1
  fi
  (cd "$dir" && "./$sub/$name.bin") > "$dir/$sub/compiled.out" 2>&1 || true
  if ! cmp -s "$dir/$sub/compiled.out" "$expected"; then
    echo "   WRONG OUTPUT from $name.bin ($sub compiler):"
    diff "$expected" "$dir/$sub/compiled.out" | head -n 20 | sed 's/^/   /'
    printf '%s\twrong-output (%s)\n' "$name" "$sub" >> "$RESULTS"
    return 1
  fi
}
