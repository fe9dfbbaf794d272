# Shared by the benchmark scripts (sourced): the compiler under test and a
# work directory removed on exit.
#
#   source "$(dirname "$0")/common.sh"
#   bench_compiler      # NUITKA_CC, built with Bazel unless given
#   bench_workdir       # WORK, a new temporary directory

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
