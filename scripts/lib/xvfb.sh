# Sourced by the measuring scripts: a virtual X server of its own for this script.
# start_xvfb WIDTHxHEIGHT  starts Xvfb on a free display, exports DISPLAY, sets XVFB_PID;
# the caller's EXIT trap should run stop_xvfb.
start_xvfb() {
  exec 3< <(exec Xvfb -displayfd 1 -screen 0 "${1}x24" -nolisten tcp 2>/dev/null)
  XVFB_PID=$!
  local number
  read -r number <&3
  export DISPLAY=":$number"
  unset WAYLAND_DISPLAY
}

stop_xvfb() {
  if [ -n "${XVFB_PID:-}" ]; then kill "$XVFB_PID" 2>/dev/null || true; fi
}
