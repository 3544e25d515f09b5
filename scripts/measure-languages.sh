#!/usr/bin/env bash
# Memory and start-up with the languages of Japan's residents, against Chromium's kiosk mode
# in the same run, all on one Xvfb screen of 1920×1080:
#   - the peer: Chromium --kiosk on the same home screen as one static page
#     (scripts/peer/home_page.py): the pack's title, buttons, quiz banner and seven cards with
#     their covers in Japanese; for the nine-language case also the nine language names in
#     their own scripts. PSS summed over all its processes after 8 s;
#   - the kiosk's start-up: exec → first frame of the pack rendered → exit
#     (`--exit-after-frames 1`), median of 5, for a copy of the default pack cut to ja+en and
#     for the default pack with its nine languages;
#   - the kiosk's PSS (/proc/PID/smaps_rollup) at the home screen:
#       1. the ja+en copy, home in 日本語;
#       2. the nine-language pack, home in 日本語 (only the Japanese face used);
#       3. the same after home was shown in each of the nine languages, one visit each
#          (every face parsed once; each visit's end starts the glyph atlas over).
# Usage: scripts/measure-languages.sh        (release build)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
source scripts/lib/xvfb.sh
require_cargo
scripts/ensure-packages.sh "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}" \
  xdotool chromium fonts-noto-cjk fonts-noto-core python3
cargo build --release --locked -q
binary=target/release/plaza-kiosk

start_xvfb 1920x1080
work=$(mktemp -d)
pid=
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; pid=; }
trap 'stop; pkill -f "user-data-dir=$work/" 2>/dev/null || true; stop_xvfb; rm -rf "$work"' EXIT

cp -r content/civil-society "$work/ja-en"
sed -i 's/^    languages: \[.*\],$/    languages: ["ja", "en"],/' "$work/ja-en/pack.ron"
nine=content/civil-society

# The peer.
chromium_pss() {
  local profile="$work/profile-$RANDOM"
  chromium --kiosk --no-sandbox --no-first-run --noerrdialogs --lang=ja \
    --disable-features=Translate,TranslateUI --window-size=1920,1080 --window-position=0,0 \
    --user-data-dir="$profile" "file://$1/index.html" >/dev/null 2>&1 &
  local browser=$!
  sleep 8
  local total=0 kb
  for p in $(pgrep -f "user-data-dir=$profile"); do
    kb=$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup" 2>/dev/null || echo 0)
    total=$(( total + ${kb:-0} ))
  done
  kill "$browser" 2>/dev/null || true
  sleep 1
  pkill -f "user-data-dir=$profile" 2>/dev/null || true
  wait "$browser" 2>/dev/null || true
  echo $(( total / 1024 ))
}
python3 scripts/peer/home_page.py "$work/ja-en" "$work/peer-ja-en"
python3 scripts/peer/home_page.py "$nine" "$work/peer-nine" --languages
peer_two=$(chromium_pss "$work/peer-ja-en")
peer_nine=$(chromium_pss "$work/peer-nine")

# Start-up.
now_ms() { date +%s%3N; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
startup() {
  local times=() started
  for _ in 1 2 3 4 5; do
    started=$(now_ms)
    HOME="$work/home" "$binary" --pack "$1" --exit-after-frames 1 >/dev/null 2>&1 || true
    times+=($(( $(now_ms) - started )))
  done
  echo "$(median "${times[@]}") ms (${times[*]})"
}
startup_two=$(startup "$work/ja-en")
startup_nine=$(startup "$nine")

# The kiosk's memory.
pss() { awk '/^Pss:/ {print int($2 / 1024)}' "/proc/$pid/smaps_rollup"; }
tap() { xdotool mousemove "$1" "$2" click 1; sleep 2; }
start() {
  HOME="$work/home" "$binary" --pack "$1" >/dev/null 2>&1 &
  pid=$!
  sleep 4
}
start "$work/ja-en"
tap 960 540      # the attract loop
tap 620 745      # 日本語, the first of two buttons
kiosk_two=$(pss)
stop

start "$nine"
tap 960 540
tap 488 580      # 日本語, the first of a grid of three rows of three
kiosk_nine=$(pss)
grid=("960 580" "1432 580" "488 750" "960 750" "1432 750" "488 920" "960 920" "1432 920")
for cell in "${grid[@]}"; do
  tap 1748 60    # Finish (the top bar's last button), back to the attract loop
  tap 960 540
  # shellcheck disable=SC2086
  tap $cell
done
kiosk_all=$(pss)
stop

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "Chromium --kiosk, home page with ja+en:            $peer_two MB PSS"
echo "Chromium --kiosk, home page with nine languages:   $peer_nine MB PSS"
echo "kiosk start-up to the first frame, ja+en pack:     $startup_two"
echo "kiosk start-up to the first frame, nine languages: $startup_nine"
echo "kiosk, ja+en pack, home in 日本語:                  $kiosk_two MB PSS ($(ratio "$kiosk_two" "$peer_two")× Chromium's)"
echo "kiosk, nine languages, home in 日本語:              $kiosk_nine MB PSS ($(ratio "$kiosk_nine" "$peer_nine")× Chromium's)"
echo "kiosk, nine languages, after home in each of them:  $kiosk_all MB PSS ($(ratio "$kiosk_all" "$peer_nine")× Chromium's)"
