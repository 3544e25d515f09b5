#!/usr/bin/env bash
# Starts the kiosk on the default pack (content/civil-society), installing what the build needs.
# Extra arguments go to plaza-kiosk, e.g. --windowed or --pack content/volunteers.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
require_cargo
scripts/ensure-packages.sh "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}"
exec cargo run --release --locked -- "$@"
