#!/usr/bin/env bash
# The main job: builds nuitka-cc, compiles an example program into an
# executable and runs it (installs missing Debian packages first).
#
#   tools/run_example.sh [program.py]
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
bazel build //nuitka_cc/driver:nuitka-cc
program="${1:-examples/hello.py}"
out_dir="$(mktemp -d)"
trap 'rm -rf "$out_dir"' EXIT
bazel-bin/nuitka_cc/driver/nuitka-cc --output-dir="$out_dir" --run "$program"
