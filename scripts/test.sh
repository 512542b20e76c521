#!/usr/bin/env bash
# Runs lockio's whole test suite (the lit tests under test/) against the
# build made by scripts/setup.sh, and ends with one line: N passed, N failed.
set -uo pipefail
cd "$(dirname "$0")/.."

if [ ! -f build/build.ninja ]; then
  echo "No build found: run 'bash scripts/setup.sh' first." >&2
  exit 2
fi
cmake --build build || exit 2

lit=/usr/lib/llvm-19/build/utils/lit/lit.py
log=build/test-results.txt
python3 "$lit" -v -j "$(nproc)" build/test 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

passed=$(grep -cE '^(PASS|XFAIL): ' "$log")
failed=$(grep -cE '^(FAIL|XPASS|UNRESOLVED|TIMEOUT): ' "$log")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
