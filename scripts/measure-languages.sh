#!/usr/bin/env bash
# Memory with the languages of Japan's residents: the kiosk's PSS (/proc/PID/smaps_rollup) at
# the home screen, in the same run, for
#   1. a copy of the default pack cut to Japanese and English, home in 日本語;
#   2. the default pack with its nine languages, home in 日本語 (only the Japanese face used);
#   3. the same after home was shown in every one of the nine languages in turn (every face
#      loaded: Chinese, Korean, Devanagari and Vietnamese Latin besides Japanese).
# Usage: scripts/measure-languages.sh        (release build, Xvfb 1920×1080)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
require_cargo
scripts/ensure-packages.sh "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}" xdotool
cargo build --release --locked -q
binary=target/release/plaza-kiosk

exec 3< <(exec Xvfb -displayfd 1 -screen 0 1920x1080x24 -nolisten tcp 2>/dev/null)
xvfb_pid=$!
read -r number <&3
export DISPLAY=":$number"
unset WAYLAND_DISPLAY
work=$(mktemp -d)
pid=
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; }
trap 'stop; kill "$xvfb_pid" 2>/dev/null || true; rm -rf "$work"' EXIT

cp -r content/civil-society "$work/ja-en"
sed -i 's/^    languages: \[.*\],$/    languages: ["ja", "en"],/' "$work/ja-en/pack.ron"

pss() { awk '/^Pss:/ {print int($2 / 1024)}' "/proc/$pid/smaps_rollup"; }
tap() { xdotool mousemove "$1" "$2" click 1; sleep 2; }
start() {
  HOME="$work/home" "$binary" --pack "$1" 2>/dev/null &
  pid=$!
  sleep 4
}

# 1. Japanese and English: two language buttons in a row.
start "$work/ja-en"
tap 960 540      # the attract loop
tap 620 745      # 日本語, the first of two buttons
echo "ja+en pack, home in 日本語: $(pss) MB PSS"
stop

# 2. and 3. Nine languages: a grid of three rows of three.
start content/civil-society
tap 960 540
tap 488 580      # 日本語
echo "nine-language pack, home in 日本語: $(pss) MB PSS"
grid=("960 580" "1432 580" "488 750" "960 750" "1432 750" "488 920" "960 920" "1432 920")
for cell in "${grid[@]}"; do
  tap 1748 60    # Finish (the top bar's last button), back to the attract loop
  tap 960 540
  # shellcheck disable=SC2086
  tap $cell
done
echo "nine-language pack, after home in every language: $(pss) MB PSS"
