#!/usr/bin/env bash
# How often the furigana tool proposes the ruby a person chose: copies a pack whose Japanese
# texts carry reviewed ruby (default content/volunteers) to a temporary folder, strips every
# ruby group {base|reading} back to its base, runs `plaza-kiosk furigana` on the copy and
# compares the proposed groups with the reviewed ones, word by word: a reviewed group counts
# as right when the proposal has a group over exactly the same characters of the text with
# the same reading. Prints "N of M ruby groups right (P %)", then the groups it got wrong.
#
#   scripts/furigana-accuracy.sh [PACK_DIR] [DICTIONARY_DIR]
#
# DICTIONARY_DIR defaults to /usr/share/mecab/dic/ipadic (Debian's mecab-ipadic). The tool is
# built with `cargo build --release --features furigana-tool` if needed; set PLAZA_KIOSK to
# use a binary built already. Nothing in the pack given is changed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pack="${1:-$root/content/volunteers}"
dictionary="${2:-/usr/share/mecab/dic/ipadic}"

if [[ ! -f "$pack/pack.ron" ]]; then
  echo "furigana-accuracy: $pack is not a pack (no pack.ron)" >&2
  exit 1
fi
if [[ ! -d "$dictionary" ]]; then
  echo "furigana-accuracy: no dictionary at $dictionary; install it with" >&2
  echo "  sudo apt-get install mecab-ipadic" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
name="$(basename "$pack")"
mkdir -p "$work/reviewed" "$work/proposed"
cp -r "$pack" "$work/reviewed/$name"
cp -r "$pack" "$work/proposed/$name"

# The Python below reads RON string literals (comments skipped, escapes and `\` line
# continuations kept as written) and the ruby markup inside them.
read -r -d '' MARKUP <<'PY' || true
import pathlib, re, sys

LITERAL = re.compile(
    r'//[^\n]*|/\*.*?\*/|r(?P<hashes>#*)"(?P<raw>.*?)"(?P=hashes)'
    r'|"(?P<text>(?:[^"\\]|\\.)*)"|\'(?:[^\'\\]|\\.)*\'',
    re.S,
)
GROUP = re.compile(r'\{\{|\}\}|\{([^{}|\n]+)\|([^{}|\n]+)\}')

def literals(text):
    """(start, end, body) of every string literal's body, in order."""
    for m in LITERAL.finditer(text):
        for kind in ("raw", "text"):
            if m.group(kind) is not None:
                yield m.start(kind), m.end(kind), m.group(kind)

def parse(body):
    """The text without markup, and its groups as (start, end, reading) in that text."""
    plain, groups, at = [], [], 0
    for m in GROUP.finditer(body):
        plain.append(body[at:m.start()])
        length = sum(len(p) for p in plain)
        if m.group(0) in ("{{", "}}"):
            plain.append(m.group(0)[0])
        else:
            plain.append(m.group(1))
            groups.append((length, length + len(m.group(1)), m.group(2)))
        at = m.end()
    plain.append(body[at:])
    return "".join(plain), groups

def ron_files(pack):
    pack = pathlib.Path(pack)
    return [pack / "pack.ron"] + sorted((pack / "exhibits").glob("*.ron"))

def strip(pack):
    for path in ron_files(pack):
        text = path.read_text(encoding="utf-8")
        out, at = [], 0
        for start, end, body in literals(text):
            plain, groups = parse(body)
            if groups:
                out.append(text[at:start])
                out.append(plain)
                at = end
        out.append(text[at:])
        path.write_text("".join(out), encoding="utf-8")

def compare(reviewed, proposed):
    right = total = extra = 0
    wrong = []
    for old_path, new_path in zip(ron_files(reviewed), ron_files(proposed)):
        old_text = old_path.read_text(encoding="utf-8")
        new_text = new_path.read_text(encoding="utf-8")
        old_literals = list(literals(old_text))
        new_literals = list(literals(new_text))
        if len(old_literals) != len(new_literals):
            sys.exit(f"furigana-accuracy: {new_path.name}: the strings do not pair up")
        for (start, _, old_body), (_, _, new_body) in zip(old_literals, new_literals):
            old_plain, old_groups = parse(old_body)
            new_plain, new_groups = parse(new_body)
            if not old_groups:
                continue
            if old_plain != new_plain:
                sys.exit(f"furigana-accuracy: {new_path.name}: a string's text changed")
            proposed_groups = set(new_groups)
            line = old_text.count("\n", 0, start) + 1
            for group in old_groups:
                total += 1
                a, b, reading = group
                if group in proposed_groups:
                    right += 1
                    continue
                near = [g for g in new_groups if g[0] < b and a < g[1]]
                shown = "".join(
                    f"{{{new_plain[g[0]:g[1]]}|{g[2]}}}" for g in near
                ) or "(none)"
                wrong.append(
                    f"{old_path.relative_to(reviewed)}:{line}: reviewed "
                    f"{{{old_plain[a:b]}|{reading}}}, proposed {shown}"
                )
            extra += len(proposed_groups - set(old_groups))
    percent = 100.0 * right / total if total else 0.0
    print(f"{right} of {total} ruby groups right ({percent:.1f} %)")
    if not total:
        print("(the pack has no reviewed ruby yet: nothing to compare with)")
    if extra:
        print(f"({extra} proposed groups that the reviewed texts do not have)")
    for line in wrong:
        print(line)

if __name__ == "__main__":
    if sys.argv[1] == "strip":
        strip(sys.argv[2])
    else:
        compare(sys.argv[2], sys.argv[3])
PY

python3 -c "$MARKUP" strip "$work/proposed/$name"

if [[ -n "${PLAZA_KIOSK:-}" ]]; then
  run=("$PLAZA_KIOSK")
else
  run=(cargo run --quiet --release --features furigana-tool --manifest-path "$root/Cargo.toml" --)
fi
if ! "${run[@]}" furigana "$work/proposed/$name" --dictionary "$dictionary" >"$work/furigana.log"; then
  cat "$work/furigana.log" >&2
  exit 1
fi

python3 -c "$MARKUP" compare "$work/reviewed/$name" "$work/proposed/$name"
