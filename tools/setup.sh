#!/usr/bin/env bash
# Installs the Debian packages nuitka-cc needs to build and test. Idempotent:
# it only calls apt-get when a package is missing.
set -euo pipefail

packages=(
  bazel-bootstrap
  g++
  clang
  llvm-14-tools
  libabsl-dev
  libgtest-dev
  libgmock-dev
  libbenchmark-dev
  python3.11
  python3.11-dev
  python3.11-dbg
  libpython3.11-testsuite
  graphviz
  libgraphviz-dev
  hyperfine
  ccache
  pkg-config
  zlib1g-dev
  libexpat1-dev
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if ((${#missing[@]} > 0)); then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  if [ "$(id -u)" != 0 ]; then sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
