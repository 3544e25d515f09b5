# The system packages plaza-kiosk needs, sourced by run-kiosk.sh and test.sh.
# Building: rodio's ALSA backend needs the ALSA headers, found through pkg-config.
BUILD_PACKAGES=(pkg-config libasound2-dev build-essential)
# Running: Mesa's OpenGL (software rendering works too) and the X11/Wayland client libraries
# that winit loads at run time.
RUN_PACKAGES=(libgl1 libglx-mesa0 libgl1-mesa-dri libegl1 libegl-mesa0 libxkbcommon0 libxkbcommon-x11-0 libxcursor1
  libxi6 libxrandr2 libx11-xcb1 libwayland-client0 libwayland-egl1 alsa-utils)
# Testing: a virtual X server for the real-window smoke tests, xset for deploy/xinitrc, pgrep,
# systemd-analyze to check the shipped unit, and strace to kill set-pin at its rename.
TEST_PACKAGES=(xvfb xauth x11-xserver-utils procps systemd strace)

require_cargo() {
  if ! command -v cargo >/dev/null; then
    echo "plaza-kiosk: cargo not found. Install Rust 1.95 or newer with rustup (https://rustup.rs)," >&2
    echo "then run this command again." >&2
    exit 1
  fi
}
