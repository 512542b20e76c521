#!/usr/bin/env bash
# Installs what lockio needs from Debian's packages (bookworm), builds the
# plugin and the reference caches, and runs the check on the caches.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  # The toolchain the plugin is built against and loaded into.
  clang-tidy-19 clang-19 libclang-19-dev llvm-19-dev
  llvm-19-tools
  # Build tools.
  cmake ninja-build pkg-config python3 g++
  # Libraries used by the fixtures and the real-input corpus.
  libcpp-httplib-dev libspdlog-dev libfmt-dev libboost-dev
  libboost-system-dev libcurl4-openssl-dev libsqlite3-dev
  # Libraries whose lock types the tests take from their real headers.
  libabsl-dev libboost-thread-dev libglib2.0-dev qtbase5-dev
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null |
    grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  echo "Installing: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq \
    --no-install-recommends "${missing[@]}" >/dev/null
fi

# The plugin must be built by the clang that matches clang-tidy-19: g++
# mangles some of clang-tidy's template functions differently, and the
# plugin would then fail to load.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_COMPILER=clang++-19 >/dev/null
cmake --build build

echo
echo "Running lockio-blocking-call-under-lock on fixtures/:"
clang-tidy-19 --load build/liblockio.so \
  -checks='-*,lockio-blocking-call-under-lock' --quiet -p build \
  fixtures/bad_cache.cpp fixtures/good_cache.cpp \
  fixtures/singleflight_cache.cpp
