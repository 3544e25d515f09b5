#!/usr/bin/env bash
# Memory over a long session of random touches: the kiosk under Xvfb on a pack, a tap at a
# random place every 150 ms (now and then a swipe, or a pause long enough for the idle prompt)
# for MINUTES minutes, its PSS read every 10 s from /proc/PID/smaps_rollup. Prints the PSS at
# start (3 s after the window), the highest, the last, and last / start.
# Usage: scripts/measure-memory.sh [PACK_DIR] [MINUTES]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
require_cargo
scripts/ensure-packages.sh "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}" xdotool
pack=${1:-content/civil-society}
minutes=${2:-10}

cargo build --release --locked -q
binary=target/release/plaza-kiosk

exec 3< <(exec Xvfb -displayfd 1 -screen 0 1920x1080x24 -nolisten tcp 2>/dev/null)
xvfb_pid=$!
read -r number <&3
export DISPLAY=":$number"
unset WAYLAND_DISPLAY
home=$(mktemp -d)
trap 'kill "$pid" "$xvfb_pid" 2>/dev/null || true; rm -rf "$home"' EXIT

HOME="$home" "$binary" --pack "$pack" 2>/dev/null &
pid=$!
sleep 3
pss() { awk '/^Pss:/ {print int($2 / 1024)}' "/proc/$pid/smaps_rollup"; }
start=$(pss)
highest=$start
samples=("$start")
end=$(( $(date +%s) + minutes * 60 ))
next_sample=$(( $(date +%s) + 10 ))
RANDOM=2026
while [ "$(date +%s)" -lt "$end" ]; do
  x=$(( RANDOM % 1920 )); y=$(( RANDOM % 1080 ))
  case $(( RANDOM % 40 )) in
    0) xdotool mousemove "$x" "$y" mousedown 1 mousemove $(( (x + 700) % 1920 )) "$y" mouseup 1 ;;
    1) sleep 20 ;; # a visitor walks away: the idle prompt, perhaps the end of the visit
    *) xdotool mousemove "$x" "$y" click 1 ;;
  esac
  sleep 0.15
  if [ "$(date +%s)" -ge "$next_sample" ]; then
    now=$(pss); samples+=("$now")
    [ "$now" -gt "$highest" ] && highest=$now
    next_sample=$(( $(date +%s) + 10 ))
  fi
done
last=$(pss)
echo "pack: $pack, $minutes min of random touches, PSS every 10 s (MB): ${samples[*]} $last"
echo "PSS at start $start MB, highest $highest MB, last $last MB, last/start $(awk -v a="$last" -v b="$start" 'BEGIN {printf "%.2f", a / b}')"
