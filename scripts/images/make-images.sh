#!/usr/bin/env bash
# Regenerates every PNG of the two sample exhibit packs from scratch:
#   content/civil-society/images/*.png and content/volunteers/images/*.png
#
# 1. installs the tools if missing (Debian: librsvg2-bin, pngquant, imagemagick; npm packages from package-lock.json)
# 2. writes the SVG sources into scripts/images/svg/ (node gen.mjs)
# 3. renders each SVG with rsvg-convert and quantizes it with pngquant into the pack folders
# 4. checks sizes and writes a contact sheet to scripts/images/build/contact-sheet.png
#
# Usage: scripts/images/make-images.sh        (from anywhere)
# Env:   MAP_POV=default  draws the islands NE of Hokkaido with Natural Earth's default (de facto) assignment
#                         instead of Natural Earth's Japanese point of view (see SOURCES.md).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"

# --- 1. tools -------------------------------------------------------------------------------
missing=()
command -v rsvg-convert >/dev/null 2>&1 || missing+=(librsvg2-bin)
command -v pngquant >/dev/null 2>&1 || missing+=(pngquant)
command -v montage >/dev/null 2>&1 || missing+=(imagemagick)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${missing[@]}"
fi
command -v node >/dev/null 2>&1 || { echo "node (>= 18) is required" >&2; exit 1; }
node -e 'process.exit(parseInt(process.versions.node) >= 18 ? 0 : 1)' || { echo "node >= 18 is required" >&2; exit 1; }
if [ ! -d node_modules/world-atlas ] || [ ! -d node_modules/d3-geo ] || [ ! -d node_modules/topojson-client ]; then
  npm ci --no-audit --no-fund
fi

# --- 2. SVG sources -------------------------------------------------------------------------
rm -rf svg build/manifest.tsv
node gen.mjs

# --- 3. render + quantize -------------------------------------------------------------------
for pack in civil-society volunteers; do
  mkdir -p "$root/content/$pack/images"
  find "$root/content/$pack/images" -maxdepth 1 -name '*.png' -delete
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
while IFS=$'\t' read -r out src w h; do
  [ -n "$out" ] || continue
  raw="$tmp/$(basename "$out")"
  rsvg-convert --width "$w" --height "$h" --format png --output "$raw" "$root/$src"
  # 256 colours at most, no dithering (flat art keeps clean edges), metadata stripped
  pngquant --speed 1 --nofs --strip --force --output "$root/$out" 256 -- "$raw"
  dims="$(identify -format '%wx%h' "$root/$out")"
  if [ "$dims" != "${w}x${h}" ]; then
    echo "size mismatch for $out: $dims, expected ${w}x${h}" >&2
    exit 1
  fi
done < build/manifest.tsv

# --- 4. checks and contact sheet ------------------------------------------------------------
total=0
while IFS=$'\t' read -r out _; do
  [ -n "$out" ] || continue
  total=$((total + $(stat -c %s "$root/$out")))
done < build/manifest.tsv
count="$(wc -l < build/manifest.tsv)"
echo "wrote $count PNG files, $total bytes in all"
if [ "$total" -ge $((4 * 1024 * 1024)) ]; then
  echo "the images are over the 4 MB budget" >&2
  exit 1
fi
montage -label '%t' -pointsize 14 -geometry 300x200+8+8 -tile 6x -background '#FFFFFF' \
  "$root"/content/civil-society/images/*.png "$root"/content/volunteers/images/*.png \
  build/contact-sheet.png 2>/dev/null || echo "(contact sheet skipped)"
echo "contact sheet: scripts/images/build/contact-sheet.png"
