#!/usr/bin/env bash
# The main job: builds nuitka-cc and shows the node tree of an example
# program (installs missing Debian packages first).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
bazel build //nuitka_cc/driver:nuitka-cc
bazel-bin/nuitka_cc/driver/nuitka-cc --dump-tree=xml "${1:-examples/hello.py}"
