#!/usr/bin/env bash
# Installs everything jobscreen needs to build and test on Debian 12, as root.
# Build tools and libraries from Debian's packages; Python build/test tools
# from PyPI into the interpreter named by $PYTHON (default: python3 on PATH).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  build-essential cmake ninja-build pkg-config git \
  libre2-dev libicu-dev nlohmann-json3-dev \
  libgtest-dev libgmock-dev libbenchmark-dev \
  libcli11-dev libfmt-dev pybind11-dev python3-dev \
  clang-format time >/dev/null
PYTHON=${PYTHON:-python3}
"$PYTHON" -m pip install -q --disable-pip-version-check \
  "scikit-build-core>=0.8" "pybind11>=2.10" pytest pandas
