#!/bin/sh
# plaza-kiosk under cage, a Wayland compositor that shows one application full screen:
# run from a console login (e.g. autologin on tty1): `deploy/cage-kiosk.sh`.
# cage never blanks the screen by itself; the console's own blanking is turned off first.
# cage is started without -s, so Ctrl+Alt+F1…F12 do not switch to a text console (where a
# visitor would meet a login prompt).
# As with xinitrc, the kiosk is started again a second after it stops, unless staff chose
# "exit the kiosk" (status 3).
setterm --blank 0 --powerdown 0 2>/dev/null || true
cd "${PLAZA_KIOSK_HOME:-$HOME/plaza-kiosk}" || exit 1
# Memory stays flat over a day (see src/cli/steady_memory.rs); the kiosk sets it itself too.
export MALLOC_MMAP_THRESHOLD_=131072
while true; do
  cage -d -- ./bin/plaza-kiosk --config "$HOME/.config/plaza-kiosk/config.ron"
  [ "$?" -eq 3 ] && break
  sleep 1
done
