#!/usr/bin/env bash
# Measures how soon the kiosk is back on screen after a crash, with the shipped restart loop
# of deploy/xinitrc (the systemd unit restarts with the same one-second pause, RestartSec=1):
# the kiosk is killed with SIGKILL (no chance to clean up, as in a crash) and the script times
# how long until a new kiosk window covers the screen and until it shows its pack. A screenshot
# of the screen at that moment goes to target/restart-back-on-screen.png.
# Usage: scripts/measure-restart.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/packages.sh
require_cargo
scripts/ensure-packages.sh "${BUILD_PACKAGES[@]}" "${RUN_PACKAGES[@]}" "${TEST_PACKAGES[@]}" \
  x11-utils x11-xserver-utils imagemagick
runs=${1:-5}

cargo build --release --locked -q
work=$(mktemp -d)
# An installation as deploy/xinitrc expects it: ~/plaza-kiosk/bin and its packs, settings in
# ~/.config/plaza-kiosk/config.ron.
mkdir -p "$work/home/plaza-kiosk/bin" "$work/home/.config/plaza-kiosk"
ln -s "$PWD/target/release/plaza-kiosk" "$work/home/plaza-kiosk/bin/plaza-kiosk"
ln -s "$PWD/content" "$work/home/plaza-kiosk/content"
printf '(data_dir: "%s", kiosk_id: "restart-test")\n' "$work/data" \
  >"$work/home/.config/plaza-kiosk/config.ron"
log=$work/data/logs/kiosk.log

exec 3< <(exec Xvfb -displayfd 1 -screen 0 1920x1080x24 -nolisten tcp 2>/dev/null)
xvfb_pid=$!
read -r number <&3
export DISPLAY=":$number"
unset WAYLAND_DISPLAY
loop_pid=""
cleanup() {
  [ -n "$loop_pid" ] && kill "$loop_pid" 2>/dev/null || true
  pkill -f "$work/home/plaza-kiosk/bin/plaza-kiosk" 2>/dev/null || true
  kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

HOME=$work/home sh deploy/xinitrc >"$work/loop.out" 2>&1 &
loop_pid=$!

now_ms() { date +%s%3N; }
kiosk_pid() { pgrep -f -n "^./bin/plaza-kiosk" -P "$loop_pid" || true; }
covers_screen() { xwininfo -root -children 2>/dev/null | grep -q '"plaza-kiosk".* 1920x1080+0+0'; }
shown_count() { grep -c "showing pack" "$log" 2>/dev/null || true; }

# Wait for the first start.
deadline=$((SECONDS + 30))
until [ -n "$(kiosk_pid)" ] && covers_screen && [ "$(shown_count)" -ge 1 ]; do
  [ $SECONDS -ge $deadline ] && { echo "the kiosk did not start" >&2; cat "$work/loop.out" >&2; exit 1; }
  sleep 0.05
done

window=(); shown=()
for run in $(seq "$runs"); do
  sleep 3
  pid=$(kiosk_pid)
  before=$(shown_count)
  start=$(now_ms)
  kill -KILL "$pid"
  # The old window goes with the process; wait for a new process and its window.
  while kill -0 "$pid" 2>/dev/null; do sleep 0.005; done
  seen=""
  deadline=$((SECONDS + 30))
  while :; do
    if [ -z "$seen" ] && [ -n "$(kiosk_pid)" ] && covers_screen; then
      seen=$(( $(now_ms) - start ))
    fi
    if [ -n "$seen" ] && [ "$(shown_count)" -gt "$before" ]; then
      break
    fi
    [ $SECONDS -ge $deadline ] && { echo "run $run: not back within 30 s" >&2; exit 1; }
    sleep 0.005
  done
  back=$(( $(now_ms) - start ))
  window+=("$seen"); shown+=("$back")
  echo "run $run: window back after ${seen} ms, pack on screen after ${back} ms"
done
sleep 0.3
import -window root target/restart-back-on-screen.png

summary() {
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {printf "median %d ms, worst %d ms", a[int((NR+1)/2)], a[NR]}'
}
echo "window back:    $(summary "${window[@]}")"
echo "pack on screen: $(summary "${shown[@]}")  (includes the loop's 1 s pause)"
