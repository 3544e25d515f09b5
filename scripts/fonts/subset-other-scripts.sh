#!/usr/bin/env bash
# Regenerates assets/fonts/NotoSansSC-{Regular,Bold}.otf,
# NotoSansKR-{Regular,Bold}.otf, NotoSansDevanagari-{Regular,Bold}.ttf,
# NotoSans-{Regular,Bold}.ttf and assets/fonts/LICENSE-OFL.txt from Debian's
# fonts-noto-cjk and fonts-noto-core packages.  The Japanese fonts are built
# by subset-fonts.sh.  See assets/fonts/README.md for what is kept and why.
#
# Usage: scripts/fonts/subset-other-scripts.sh            (build + verify)
#        scripts/fonts/subset-other-scripts.sh --verify-only
#        scripts/fonts/subset-other-scripts.sh --extra-chars FILE ...
#          FILE (UTF-8): every non-space character is added to the SC and KR
#          fonts (no hanja in KR); "sc=FILE", "kr=FILE", "deva=FILE",
#          "latin=FILE" add to one font only.  Repeatable; also accepted with
#          --verify-only, to check that the files are covered.
# Env:   FONT_LAYOUT_FEATURES  OpenType features kept in the SC/KR fonts
#                              (default: ccmp,liga,calt,kern,mark; "" = none).
#                              Devanagari keeps all, Noto Sans a fixed list.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/assets/fonts"
cjk_dir=/usr/share/fonts/opentype/noto
core_dir=/usr/share/fonts/truetype/noto
cjk_copyright=/usr/share/doc/fonts-noto-cjk/copyright
core_copyright=/usr/share/doc/fonts-noto-core/copyright

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
if [ ! -f "$cjk_dir/NotoSansCJK-Regular.ttc" ] || [ ! -f "$cjk_dir/NotoSansCJK-Bold.ttc" ] \
    || [ ! -f "$cjk_copyright" ]; then
  missing+=(fonts-noto-cjk)
fi
for f in NotoSansDevanagari-Regular NotoSansDevanagari-Bold NotoSans-Regular NotoSans-Bold; do
  if [ ! -f "$core_dir/$f.ttf" ] || [ ! -f "$core_copyright" ]; then
    missing+=(fonts-noto-core)
    break
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing ${missing[*]}" >&2
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}"
fi

if ! python3 -c 'import fontTools' 2>/dev/null; then
  echo "installing fonttools" >&2
  python3 -m pip install --quiet fonttools \
    || python3 -m pip install --quiet --break-system-packages fonttools
fi
# uharfbuzz runs the conjunct / shaping checks; without it they are skipped.
if ! python3 -c 'import uharfbuzz' 2>/dev/null; then
  echo "installing uharfbuzz" >&2
  python3 -m pip install --quiet uharfbuzz \
    || python3 -m pip install --quiet --break-system-packages uharfbuzz \
    || echo "uharfbuzz not installed: shaping checks will be skipped" >&2
fi

verify_only=no
for arg in "$@"; do
  [ "$arg" = "--verify-only" ] && verify_only=yes
done

mkdir -p "$out"
python3 "$here/subset_other_scripts.py" --cjk-src-dir "$cjk_dir" --core-src-dir "$core_dir" \
  --out-dir "$out" "$@"

if [ "$verify_only" = no ]; then
  python3 "$here/write_license.py" "$cjk_copyright" "$cjk_dir/NotoSansCJK-Regular.ttc" \
    --core-copyright "$core_copyright" --fonts-dir "$out" > "$out/LICENSE-OFL.txt"
  echo "wrote $out/LICENSE-OFL.txt"
fi
ls -l "$out"
