#!/usr/bin/env bash
# Rewrites the expected dumps of tests/tree/ from the current compiler.
# Review the result with `git diff tests/tree` before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
bazel build //nuitka_cc/driver:nuitka-cc
/usr/bin/python3.11 tests/tree/run_tree_tests.py --regenerate "$@"
