#!/bin/bash
# Builds nuitka-cc as it was at an earlier commit, for comparisons with
# run_benchmarks.sh --baseline.
#
#   benchmarks/build_baseline.sh REVISION DIR
#
# Checks REVISION out into a temporary git worktree, builds the driver with
# Bazel there and copies it with its runfiles (symlinks resolved, so that
# later edits of either tree do not change it) into DIR, then removes the
# worktree. Prints the path of the compiler, DIR/nuitka-cc.
set -euo pipefail

if (($# != 2)); then
  sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
revision="$1"
target="$2"
cd "$(dirname "$0")/.."
commit="$(git rev-parse --verify "$revision^{commit}")"
worktree="$(mktemp -d)"
cleanup() {
  (cd "$worktree" 2>/dev/null && bazel shutdown >/dev/null 2>&1) || true
  git worktree remove --force "$worktree" >/dev/null 2>&1 || rm -rf "$worktree"
}
trap cleanup EXIT
git worktree add --detach "$worktree" "$commit" >/dev/null
(cd "$worktree" && bazel build //nuitka_cc/driver:nuitka-cc) >&2
rm -rf "$target"
mkdir -p "$target"
cp -rL "$worktree/bazel-bin/nuitka_cc/driver/nuitka-cc" \
  "$worktree/bazel-bin/nuitka_cc/driver/nuitka-cc.runfiles" "$target/"
echo "$target/nuitka-cc"
