#!/usr/bin/env bash
# Regenerates assets/fonts/NotoSansJP-{Regular,Bold}.otf and
# assets/fonts/LICENSE-OFL.txt from Debian's fonts-noto-cjk package.
# See assets/fonts/README.md for what is kept and why.
#
# Usage: scripts/fonts/subset-fonts.sh            (build + verify)
#        scripts/fonts/subset-fonts.sh --verify-only
# Env:   FONT_LAYOUT_FEATURES  comma-separated OpenType features to keep
#                              (default: ccmp,liga,calt,kern,mark; "" = none)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/assets/fonts"
src_dir=/usr/share/fonts/opentype/noto
copyright=/usr/share/doc/fonts-noto-cjk/copyright

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if [ ! -f "$src_dir/NotoSansCJK-Regular.ttc" ] || [ ! -f "$src_dir/NotoSansCJK-Bold.ttc" ] \
    || [ ! -f "$copyright" ]; then
  echo "installing fonts-noto-cjk" >&2
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq fonts-noto-cjk
fi

if ! python3 -c 'import fontTools' 2>/dev/null; then
  echo "installing fonttools" >&2
  python3 -m pip install --quiet fonttools \
    || python3 -m pip install --quiet --break-system-packages fonttools
fi

mkdir -p "$out"
python3 "$here/subset_fonts.py" --src-dir "$src_dir" --out-dir "$out" "$@"

if [ "${1:-}" != "--verify-only" ]; then
  python3 "$here/write_license.py" "$copyright" "$src_dir/NotoSansCJK-Regular.ttc" \
    > "$out/LICENSE-OFL.txt"
  echo "wrote $out/LICENSE-OFL.txt"
fi
ls -l "$out"
