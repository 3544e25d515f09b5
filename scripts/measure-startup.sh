#!/usr/bin/env bash
# Measures the kiosk's start-up under Xvfb: time from exec to a visible window, time to render
# the first frame of the loaded pack and exit, and memory (PSS) once the pack is on screen.
# Usage: scripts/measure-startup.sh [PACK_DIR] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
require_cargo
scripts/ensure-packages.sh "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}" xdotool
pack=${1:-content/civil-society}
runs=${2:-10}

cargo build --release --locked -q
binary=target/release/plaza-kiosk

exec 3< <(exec Xvfb -displayfd 1 -screen 0 1920x1080x24 -nolisten tcp 2>/dev/null)
xvfb_pid=$!
read -r number <&3
export DISPLAY=":$number"
unset WAYLAND_DISPLAY
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT

now_ms() { date +%s%3N; }
visible=(); total=()
for _ in $(seq "$runs"); do
  start=$(now_ms)
  "$binary" --pack "$pack" --exit-after-frames 1 2>/dev/null &
  pid=$!
  seen=""
  while kill -0 "$pid" 2>/dev/null; do
    if [ -z "$seen" ] && xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1; then
      seen=$(( $(now_ms) - start ))
    fi
    sleep 0.002
  done
  wait "$pid" || true
  total+=($(( $(now_ms) - start )))
  visible+=("${seen:-none}")
done

"$binary" --pack "$pack" 2>/dev/null &
pid=$!
sleep 3
pss_kb=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup")
kill "$pid"; wait "$pid" 2>/dev/null || true

median() { printf '%s\n' "$@" | grep -v none | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "pack: $pack, runs: $runs"
echo "exec -> visible window (ms): ${visible[*]}  median $(median "${visible[@]}")"
echo "exec -> first frame of the pack rendered, exited (ms): ${total[*]}  median $(median "${total[@]}")"
echo "PSS after 3 s on screen: $(( pss_kb / 1024 )) MB"
