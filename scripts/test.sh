#!/usr/bin/env bash
# The whole test suite: format check, clippy with -D warnings, and every test.
# Installs what the build and the tests need (ALSA headers, Mesa, Xvfb) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
require_cargo
scripts/ensure-packages.sh "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}"

echo "== cargo fmt --check"
cargo fmt --all --check
echo "== cargo clippy --all-targets -- -D warnings"
cargo clippy --locked --all-targets -- -D warnings
echo "== cargo test"
cargo test --locked --all-targets
