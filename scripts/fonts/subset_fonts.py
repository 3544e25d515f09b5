#!/usr/bin/env python3
"""Build the Japanese UI fonts shipped in assets/fonts/.

Extracts face 0 (Noto Sans CJK JP) from Debian's fonts-noto-cjk TTC files
and subsets it with fontTools to JIS X 0208 + the Latin / symbol / kana
blocks listed in RANGES below.  Run through scripts/fonts/subset-fonts.sh,
which installs the dependencies first.

Usage: subset_fonts.py [--src-dir DIR] [--out-dir DIR] [--verify-only]
"""

import argparse
import os
import sys
import tempfile

from fontTools import subset
from fontTools.ttLib import TTFont

FACE_INDEX = 0  # Noto Sans CJK JP inside NotoSansCJK-*.ttc
EXPECTED_FAMILY = "Noto Sans CJK JP"

# (source TTC, output OTF)
FONTS = [
    ("NotoSansCJK-Regular.ttc", "NotoSansJP-Regular.otf"),
    ("NotoSansCJK-Bold.ttc", "NotoSansJP-Bold.otf"),
]

# Unicode blocks kept in addition to JIS X 0208 (inclusive ranges).
RANGES = [
    (0x0020, 0x007E, "printable ASCII"),
    (0x00A0, 0x00FF, "Latin-1 Supplement"),
    (0x0100, 0x017F, "Latin Extended-A"),
    (0x2000, 0x206F, "General Punctuation"),
    (0x2070, 0x20CF, "Superscripts and Subscripts, Currency Symbols"),
    (0x2100, 0x214F, "Letterlike Symbols"),
    (0x2150, 0x218F, "Number Forms"),
    (0x2190, 0x21FF, "Arrows"),
    (0x2200, 0x22FF, "Mathematical Operators"),
    (0x2300, 0x23FF, "Miscellaneous Technical"),
    (0x2460, 0x24FF, "Enclosed Alphanumerics"),
    (0x2500, 0x25FF, "Box Drawing, Block Elements, Geometric Shapes"),
    (0x2600, 0x26FF, "Miscellaneous Symbols"),
    (0x2700, 0x27BF, "Dingbats"),
    (0x3000, 0x303F, "CJK Symbols and Punctuation"),
    (0x3040, 0x309F, "Hiragana"),
    (0x30A0, 0x30FF, "Katakana"),
    (0x31F0, 0x31FF, "Katakana Phonetic Extensions"),
    (0xFF00, 0xFFEF, "Halfwidth and Fullwidth Forms"),
]

# OpenType layout features kept.  egui/epaint 0.37 shapes text with
# harfrust, which applies these by default for horizontal text; everything
# else in the source (vertical forms, jp78/jp83, aalt, palt, ...) is dropped.
# 'locl' is deliberately left out: egui never sets a language, and its
# KOR/ZHS/ZHT/ZHH rules would pull the Chinese/Korean glyph variants into
# the subset.  Override with FONT_LAYOUT_FEATURES (comma separated, "" = none).
DEFAULT_LAYOUT_FEATURES = "ccmp,liga,calt,kern,mark"

# Tables dropped on top of pyftsubset's defaults: vertical metrics/origins
# and the baseline table (egui lays out horizontally only).
DROP_TABLES = ["vhea", "vmtx", "VORG", "BASE"]

# Characters the kiosk UI must have (checked after building).
REQUIRED_TEXT = (
    "市民との連携" "国際協力" "ボランティア" "〜" "、。" "ー" "・" "％" "①"
    "「」"
    "0123456789"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    "\u2013\u2014\u2019\u201c\u201d\u2026\u2713\u00d7"
)
# Nice-to-have symbols: reported when missing, not fatal.
WANTED_SYMBOLS = "✓✔✗✘○×▶■●"


def jis_x_0208():
    """Every character of JIS X 0208 rows 1-84 via Python's euc_jp codec."""
    chars = set()
    for lead in range(0xA1, 0xF4 + 1):  # rows 1..84
        for trail in range(0xA1, 0xFE + 1):
            try:
                s = bytes((lead, trail)).decode("euc_jp")
            except UnicodeDecodeError:
                continue
            chars.update(ord(c) for c in s)
    return chars


def wanted_codepoints():
    cps = jis_x_0208()
    for lo, hi, _ in RANGES:
        cps.update(range(lo, hi + 1))
    return cps


def subset_one(src, dst, codepoints, features):
    # Keep head.modified from the source so re-runs are byte-identical.
    font = TTFont(src, fontNumber=FACE_INDEX, lazy=False, recalcTimestamp=False)
    family = font["name"].getDebugName(1)
    if family != EXPECTED_FAMILY:
        sys.exit(f"{src} face {FACE_INDEX} is {family!r}, expected {EXPECTED_FAMILY!r}")
    cmap = font.getBestCmap()
    present = sorted(cp for cp in codepoints if cp in cmap)
    absent = len(codepoints) - len(present)

    opts = subset.Options()
    opts.layout_features = features
    opts.hinting = False  # --no-hinting
    opts.desubroutinize = False
    opts.name_IDs = ["*"]  # keep every name record
    opts.name_languages = ["*"]
    opts.name_legacy = True
    opts.notdef_outline = True
    opts.recalc_bounds = True
    opts.drop_tables = sorted(set(opts.drop_tables) | set(DROP_TABLES))
    opts.glyph_names = False

    sub = subset.Subsetter(options=opts)
    sub.populate(unicodes=present)
    sub.subset(font)
    tmp = dst + ".tmp"
    font.save(tmp)
    os.replace(tmp, dst)
    return present, absent, font["name"].getDebugName(5)


def report(path):
    font = TTFont(path)
    cmap = font.getBestCmap()
    size = os.path.getsize(path)
    name = font["name"]
    print(f"{os.path.basename(path)}: {size} bytes ({size / 1e6:.2f} MB), "
          f"{font['maxp'].numGlyphs} glyphs, {len(cmap)} cmap entries, "
          f"family {name.getDebugName(1)!r} style {name.getDebugName(2)!r}, "
          f"{name.getDebugName(5)!r}")
    print(f"  tables: {' '.join(sorted(t.strip() for t in font.keys() if t != 'GlyphOrder'))}")
    missing = [c for c in dict.fromkeys(REQUIRED_TEXT) if ord(c) not in cmap]
    optional = [c for c in WANTED_SYMBOLS if ord(c) not in cmap]
    if optional:
        print("  note: face lacks optional symbols: "
              + " ".join(f"{c} U+{ord(c):04X}" for c in optional))
    if missing:
        print("  MISSING required: " + " ".join(f"{c} U+{ord(c):04X}" for c in missing))
    else:
        print(f"  all {len(set(REQUIRED_TEXT))} required test characters present")
    return not missing


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--src-dir", default="/usr/share/fonts/opentype/noto")
    ap.add_argument("--out-dir", default=os.path.join(here, "..", "..", "assets", "fonts"))
    ap.add_argument("--verify-only", action="store_true")
    args = ap.parse_args()
    out_dir = os.path.normpath(args.out_dir)

    feats = os.environ.get("FONT_LAYOUT_FEATURES", DEFAULT_LAYOUT_FEATURES)
    features = [f for f in (x.strip() for x in feats.split(",")) if f]

    if not args.verify_only:
        cps = wanted_codepoints()
        print(f"requested code points: {len(cps)} "
              f"(JIS X 0208: {len(jis_x_0208())}); layout features: {features or 'none'}")
        for src_name, dst_name in FONTS:
            src = os.path.join(args.src_dir, src_name)
            dst = os.path.join(out_dir, dst_name)
            present, absent, version = subset_one(src, dst, cps, features)
            print(f"{src_name} face {FACE_INDEX} ({version}) -> {dst}: "
                  f"{len(present)} code points kept, {absent} not in the face")

    ok = True
    for _, dst_name in FONTS:
        ok &= report(os.path.join(out_dir, dst_name))
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
