#!/usr/bin/env python3
"""Build the Chinese, Korean, Devanagari and Latin/Vietnamese UI fonts in assets/fonts/.

- NotoSansSC-{Regular,Bold}.otf: the Noto Sans CJK SC face of Debian's
  fonts-noto-cjk TTCs, subset to GB 2312 + Latin / punctuation / CJK symbol
  blocks.
- NotoSansKR-{Regular,Bold}.otf: the Noto Sans CJK KR face, subset to the
  2,350 Hangul syllables of KS X 1001 + compatibility jamo + the same blocks
  (no hanja).
- NotoSansDevanagari-{Regular,Bold}.ttf and NotoSans-{Regular,Bold}.ttf:
  Debian's fonts-noto-core, subset to Devanagari (all layout features kept,
  for conjuncts) and to Latin incl. every precomposed Vietnamese letter.

Companion of subset_fonts.py (the Japanese fonts), same options and
verification style.  Run through scripts/fonts/subset-other-scripts.sh, which
installs the dependencies first.

Usage: subset_other_scripts.py [--cjk-src-dir DIR] [--core-src-dir DIR]
           [--out-dir DIR] [--extra-chars [sc=|kr=|deva=|latin=]FILE]...
           [--verify-only]

--extra-chars FILE adds every non-space character of the UTF-8 text FILE to
the SC and KR fonts (hanja are never added to KR; they are reported);
"sc=FILE", "kr=FILE", "deva=FILE" or "latin=FILE" adds it to that font only.
May be repeated.  With --verify-only the same files are checked to be
covered.  Every extra character must end up in the font: one that the
source face lacks is a fatal error.
"""

import argparse
import functools
import hashlib
import os
import sys
import unicodedata

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

# ---------------------------------------------------------------- char sets

ASCII = (0x0020, 0x007E, "printable ASCII")
LATIN1 = (0x00A0, 0x00FF, "Latin-1 Supplement")
GENERAL_PUNCT = (0x2000, 0x206F, "General Punctuation")
CJK_SYMBOLS = (0x3000, 0x303F, "CJK Symbols and Punctuation")
FULLWIDTH = (0xFF00, 0xFFEF, "Halfwidth and Fullwidth Forms")

VIET_TONES = (0x0300, 0x0301, 0x0303, 0x0309, 0x0323)  # grave acute tilde hook dot-below
VIET_MODIFIERS = (0x0302, 0x0306, 0x031B)  # circumflex breve horn


@functools.lru_cache(maxsize=None)
def gb2312():
    """Every character of GB 2312 via Python's gb2312 codec (two-byte codes
    0xA1A1-0xF7FE: symbols in rows 1-9, hanzi in rows 16-87)."""
    chars = set()
    for lead in range(0xA1, 0xF7 + 1):
        for trail in range(0xA1, 0xFE + 1):
            try:
                s = bytes((lead, trail)).decode("gb2312")
            except UnicodeDecodeError:
                continue
            chars.update(ord(c) for c in s)
    return chars


@functools.lru_cache(maxsize=None)
def ksx1001_hangul():
    """The 2,350 precomposed Hangul syllables of KS X 1001 (rows 16-40,
    lead bytes 0xB0-0xC8) via Python's euc_kr codec."""
    chars = set()
    for lead in range(0xB0, 0xC8 + 1):
        for trail in range(0xA1, 0xFE + 1):
            try:
                s = bytes((lead, trail)).decode("euc_kr")
            except UnicodeDecodeError:
                continue
            chars.update(ord(c) for c in s)
    return chars


def is_ideograph(cp):
    return unicodedata.name(chr(cp), "").startswith(("CJK UNIFIED IDEOGRAPH",
                                                     "CJK COMPATIBILITY IDEOGRAPH"))


@functools.lru_cache(maxsize=None)
def vietnamese_letters(tone_required=True):
    """Precomposed letters whose NFD is a Latin base letter followed by one
    tone mark (U+0300/0301/0303/0309/0323), optionally with one of
    U+0302/0306/031B.  With tone_required=False the letters with only the
    modifier (â ă ê ô ơ ư ...) are included too."""
    out = set()
    for cp in range(0x00C0, 0x2000):
        ch = chr(cp)
        if not unicodedata.category(ch).startswith("L"):
            continue
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], [ord(m) for m in d[1:]]
        if not ("A" <= base <= "Z" or "a" <= base <= "z") or not marks:
            continue
        tones = [m for m in marks if m in VIET_TONES]
        mods = [m for m in marks if m in VIET_MODIFIERS]
        if len(tones) + len(mods) != len(marks) or len(tones) > 1 or len(mods) > 1:
            continue
        if tone_required and not tones:
            continue
        out.add(cp)
    return out


# ---------------------------------------------------------------- the fonts

CJK_FEATURES_DEFAULT = "ccmp,liga,calt,kern,mark"  # as subset_fonts.py
# Tables dropped on top of pyftsubset's defaults (as subset_fonts.py).
DROP_TABLES = ["vhea", "vmtx", "VORG", "BASE"]

COMMON_TEST = ("0123456789"
               "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

FONTS = {
    "sc": dict(
        title="Noto Sans CJK SC",
        kind="ttc",
        family="Noto Sans CJK SC",
        face_index=2,
        files=[("NotoSansCJK-Regular.ttc", "NotoSansSC-Regular.otf", "Regular"),
               ("NotoSansCJK-Bold.ttc", "NotoSansSC-Bold.otf", "Bold")],
        sets=[("GB 2312", gb2312)],
        ranges=[ASCII, LATIN1, GENERAL_PUNCT, CJK_SYMBOLS, FULLWIDTH],
        features=None,  # CJK default / FONT_LAYOUT_FEATURES
        required=("市民与合作" "国际合作" "志愿者" "欢迎光临" "博物馆"
                  "，。、：；！？（）《》“”‘’…—·～％①" + COMMON_TEST),
        shaping=["AVATAR Type", "与市民的合作（国际合作）。", "“志愿者”，欢迎！"],
    ),
    "kr": dict(
        title="Noto Sans CJK KR",
        kind="ttc",
        family="Noto Sans CJK KR",
        face_index=1,
        files=[("NotoSansCJK-Regular.ttc", "NotoSansKR-Regular.otf", "Regular"),
               ("NotoSansCJK-Bold.ttc", "NotoSansKR-Bold.otf", "Bold")],
        sets=[("KS X 1001 Hangul syllables", ksx1001_hangul)],
        ranges=[ASCII, LATIN1, GENERAL_PUNCT, CJK_SYMBOLS,
                (0x3130, 0x318F, "Hangul Compatibility Jamo"), FULLWIDTH],
        features=None,
        no_hanja=True,
        required=("시민과의 연계" "국제 협력" "자원봉사" "박물관에 오신 것을 환영합니다"
                  "ㄱㄴㄷㅏㅓ" "·…“”‘’「」『』〈〉《》※～" + COMMON_TEST),
        shaping=["AVATAR Type", "시민과의 연계, 국제 협력.", "「자원봉사」"],
    ),
    "deva": dict(
        title="Noto Sans Devanagari",
        kind="ttf",
        family="Noto Sans Devanagari",
        files=[("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Regular.ttf", "Regular"),
               ("NotoSansDevanagari-Bold.ttf", "NotoSansDevanagari-Bold.ttf", "Bold")],
        sets=[],
        ranges=[ASCII, (0x00A0, 0x00A0, "no-break space"),
                (0x0900, 0x097F, "Devanagari"),
                GENERAL_PUNCT,  # ZWSP/ZWNJ/ZWJ, dashes, quotes, ellipsis
                (0x25CC, 0x25CC, "dotted circle (shaper placeholder)"),
                (0xA8E0, 0xA8FF, "Devanagari Extended")],
        features=["*"],  # every GSUB/GPOS feature: conjuncts need them
        # No ASCII letters in this face: Latin comes from NotoSans-*.ttf.
        required=("नागरिकसँगको सहकार्य" "अन्तर्राष्ट्रिय सहयोग" "स्वयंसेवक"
                  "संग्रहालयमा स्वागत छ" "।॥" "०१२३४५६७८९" "0123456789"
                  "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u200c\u200d" ",.?!()-:;"),
        conjuncts=["क्ष", "त्र", "ज्ञ", "श्र", "द्ध", "प्र", "र्म"],
        shaping=["नागरिकसँगको सहकार्य।", "अन्तर्राष्ट्रिय सहयोग", "स्वयंसेवक",
                 "संग्रहालयमा स्वागत छ॥", "क्‍ष क्‌ष", "कि की र्कि ह्न द्व"],
    ),
    "latin": dict(
        title="Noto Sans",
        kind="ttf",
        family="Noto Sans",
        files=[("NotoSans-Regular.ttf", "NotoSans-Regular.ttf", "Regular"),
               ("NotoSans-Bold.ttf", "NotoSans-Bold.ttf", "Bold")],
        sets=[("precomposed Vietnamese letters (incl. ơ ư â ă ê ô)",
               lambda: vietnamese_letters(tone_required=False))],
        ranges=[ASCII, LATIN1, (0x0100, 0x017F, "Latin Extended-A"),
                (0x0300, 0x036F, "Combining Diacritical Marks"),
                (0x1E00, 0x1EFF, "Latin Extended Additional"),
                GENERAL_PUNCT, (0x20A0, 0x20CF, "Currency Symbols")],
        features=["ccmp", "mark", "mkmk", "kern", "liga"],
        required=("Hợp tác quốc tế" "Tình nguyện viên" "Cộng đồng" "Chào mừng đến bảo tàng"
                  "ƠơƯưĐđ" "Pakikipagtulungan sa mamamayan" "Boluntaryo" "Ñ ñ"
                  "Cooperação internacional" "Voluntário" "ÇçÃãÕõÁÉÍÓÚÂÊÔÀ"
                  "\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u20ac\u20ab\u20b1\u00d7"
                  + COMMON_TEST),
        viet_check=True,
        # NFD input, marks without a precomposed letter (GPOS mark/mkmk),
        # dotless i via ccmp, kerning, ligatures.
        shaping=[unicodedata.normalize("NFD", "Hợp tác quốc tế, tình nguyện viên"),
                 "Hợp tác quốc tế", "q\u0323\u0302 i\u0323\u0302 x\u0301\u0323",
                 "AVATAR Type WAVE", "fi fl ffi", "Cooperação — Pakikipagtulungan"],
    ),
}
ORDER = ["sc", "kr", "deva", "latin"]


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def open_source(spec, src, style):
    """Open the source face; for a TTC find the face by family name."""
    if spec["kind"] == "ttf":
        font = TTFont(src, lazy=False, recalcTimestamp=False)
        index = None
    else:
        coll = TTCollection(src, lazy=True)
        matches = [i for i, f in enumerate(coll.fonts)
                   if f["name"].getDebugName(1) == spec["family"]]
        if len(matches) != 1:
            sys.exit(f"{src}: {len(matches)} faces named {spec['family']!r}, expected 1")
        index = matches[0]
        if index != spec["face_index"]:
            sys.exit(f"{src}: {spec['family']!r} is face {index}, not the documented "
                     f"{spec['face_index']}: update FONTS and assets/fonts/README.md")
        font = TTFont(src, fontNumber=index, lazy=False, recalcTimestamp=False)
    name = font["name"]
    if name.getDebugName(1) != spec["family"] or name.getDebugName(2) != style:
        sys.exit(f"{src}: face is {name.getDebugName(1)!r} {name.getDebugName(2)!r}, "
                 f"expected {spec['family']!r} {style!r}")
    return font, index


def read_extra(path):
    text = open(path, encoding="utf-8").read()
    return {ord(c) for c in text if not c.isspace()}


def wanted_codepoints(spec, extra):
    cps = set()
    for _, fn in spec["sets"]:
        cps |= fn()
    for lo, hi, _ in spec["ranges"]:
        cps.update(range(lo, hi + 1))
    cps |= extra
    return cps


def layout_features(spec):
    if spec["features"] is not None:
        return spec["features"]
    feats = os.environ.get("FONT_LAYOUT_FEATURES", CJK_FEATURES_DEFAULT)
    return [f for f in (x.strip() for x in feats.split(",")) if f]


def subset_one(font, dst, codepoints, features):
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
    # No bidi closure: pyftsubset would add the mirrored twin of e.g. U+2208
    # (U+220B); the kiosk has no right-to-left text, so keep the cmap exactly
    # the requested set.
    opts.bidi_closure = False

    sub = subset.Subsetter(options=opts)
    sub.populate(unicodes=codepoints)
    sub.subset(font)
    tmp = dst + ".tmp"
    font.save(tmp)
    os.replace(tmp, dst)


def feature_tags(font, tag):
    if tag not in font or not font[tag].table.FeatureList:
        return []
    return sorted({fr.FeatureTag for fr in font[tag].table.FeatureList.FeatureRecord})


def fmt(cps):
    return " ".join(f"{chr(c)} U+{c:04X}" for c in sorted(cps))


# ---------------------------------------------------------------- shaping

def shape(path, text, index=0):
    """Glyph ids and (x_advance, x_offset, y_offset) of `text`, shaped with
    uharfbuzz and its default features (like harfrust in egui)."""
    import uharfbuzz as hb
    blob = hb.Blob.from_file_path(path)
    font = hb.Font(hb.Face(blob, index))
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    hb.shape(font, buf)
    return ([i.codepoint for i in buf.glyph_infos],
            [(p.x_advance, p.x_offset, p.y_offset) for p in buf.glyph_positions])


def have_uharfbuzz():
    try:
        import uharfbuzz  # noqa: F401
        return True
    except ImportError:
        print("  NOTE: uharfbuzz not installed: shaping checks skipped "
              "(python3 -m pip install uharfbuzz)")
        return False


def shaping_check(spec, src, index, dst):
    """Conjuncts must form (fewer glyphs than code points) in the source and in
    the subset; every test string must get the same positions in both."""
    ok = True
    for text in spec.get("conjuncts", []):
        n = len(text)
        g_src, p_src = shape(src, text, index or 0)
        g_dst, p_dst = shape(dst, text)
        good = len(g_src) < n and len(g_dst) < n and p_src == p_dst
        ok &= good
        print(f"  shaping {text} ({n} code points): source {len(g_src)} glyph(s) "
              f"{g_src}, subset {len(g_dst)} glyph(s) {g_dst}, advance "
              f"{sum(p[0] for p in p_dst)}{'' if good else '  FAIL'}")
    same = 0
    for text in spec.get("shaping", []):
        g_src, p_src = shape(src, text, index or 0)
        g_dst, p_dst = shape(dst, text)
        if len(g_src) == len(g_dst) and p_src == p_dst:
            same += 1
        else:
            ok = False
            print(f"  SHAPING DIFFERS for {text!r}: source {len(g_src)} glyphs {p_src}, "
                  f"subset {len(g_dst)} glyphs {p_dst}")
    if spec.get("shaping"):
        print(f"  {same}/{len(spec['shaping'])} shaping test strings position "
              f"identically in source and subset")
    return ok


# ---------------------------------------------------------------- main

def expected_cmap(spec, src_font, extra):
    cmap = src_font.getBestCmap()
    wanted = wanted_codepoints(spec, extra)
    if spec.get("no_hanja"):
        wanted = {cp for cp in wanted if not is_ideograph(cp)}
    present = {cp for cp in wanted if cp in cmap}
    return wanted, present


def report(spec, src, index, src_font, dst, extra, base_expected):
    font = TTFont(dst)
    cmap = set(font.getBestCmap())
    size = os.path.getsize(dst)
    name = font["name"]
    print(f"{os.path.basename(dst)}: {size} bytes ({size / 1e6:.2f} MB), "
          f"{font['maxp'].numGlyphs} glyphs, {len(cmap)} cmap entries, "
          f"family {name.getDebugName(1)!r} style {name.getDebugName(2)!r}, "
          f"{name.getDebugName(5)!r}")
    print(f"  tables: {' '.join(sorted(t.strip() for t in font.keys() if t != 'GlyphOrder'))}")
    print(f"  GSUB: {' '.join(feature_tags(font, 'GSUB')) or '-'}; "
          f"GPOS: {' '.join(feature_tags(font, 'GPOS')) or '-'}")
    ok = True
    src_name = src_font["name"]
    for nid in (0, 5, 7):
        if name.getDebugName(nid) != src_name.getDebugName(nid):
            print(f"  name ID {nid} differs from the source")
            ok = False

    # cmap = exactly the requested code points the source face has
    # (plus, when verifying without --extra-chars, whatever extras a build added).
    _, with_extra = expected_cmap(spec, src_font, extra)
    lost = with_extra - cmap
    if lost:
        print(f"  MISSING {len(lost)} expected code points: {fmt(list(lost)[:40])}")
        ok = False
    beyond = cmap - with_extra
    if beyond:
        print(f"  {len(beyond)} code points beyond the base set "
              f"(from an earlier --extra-chars build?): {fmt(list(beyond)[:40])}")
    if not lost:
        print(f"  cmap has all {len(with_extra)} expected code points "
              f"({len(base_expected)} base + {len(with_extra - base_expected)} extra)")
    for label, fn in spec["sets"]:
        s = fn()
        print(f"  {label}: {len(s & cmap)}/{len(s)} in cmap")
    for lo, hi, label in spec["ranges"]:
        r = set(range(lo, hi + 1))
        print(f"  U+{lo:04X}-{hi:04X} {label}: {len(r & cmap)}/{len(r)}")

    if spec.get("no_hanja"):
        hanja = {cp for cp in cmap if is_ideograph(cp)}
        if hanja:
            print(f"  HANJA in cmap: {len(hanja)}")
            ok = False
        else:
            print("  no hanja (CJK ideographs) in cmap")
    if spec.get("viet_check"):
        viet = vietnamese_letters(tone_required=True)
        miss = viet - cmap
        mods = vietnamese_letters(tone_required=False) - viet
        miss_mod = mods - cmap
        print(f"  Vietnamese precomposed letters (tone + optional ^ ˘ horn): "
              f"{len(viet) - len(miss)}/{len(viet)} in cmap; "
              f"modifier-only letters: {len(mods) - len(miss_mod)}/{len(mods)}")
        if miss or miss_mod:
            print(f"  MISSING Vietnamese: {fmt(miss | miss_mod)}")
            ok = False
    if extra:
        miss = {cp for cp in extra if cp not in cmap}
        if spec.get("no_hanja"):
            miss = {cp for cp in miss if not is_ideograph(cp)}
        if miss:
            print(f"  MISSING --extra-chars: {fmt(miss)}")
            ok = False
        else:
            print(f"  all {len(extra)} --extra-chars characters present")

    missing = [c for c in dict.fromkeys(spec["required"]) if ord(c) not in cmap and c != " "]
    if missing:
        print("  MISSING required: " + " ".join(f"{c} U+{ord(c):04X}" for c in missing))
        ok = False
    else:
        print(f"  all {len(set(spec['required']) - {' '})} required test characters present")
    if spec["features"] is None and os.environ.get(
            "FONT_LAYOUT_FEATURES", CJK_FEATURES_DEFAULT) != CJK_FEATURES_DEFAULT:
        print("  shaping comparison skipped: FONT_LAYOUT_FEATURES is set")
    elif (spec.get("conjuncts") or spec.get("shaping")) and have_uharfbuzz():
        ok &= shaping_check(spec, src, index, dst)
    return ok


def parse_extra(values):
    per = {k: set() for k in ORDER}
    for v in values or []:
        key, sep, path = v.partition("=")
        if sep and key in per:
            per[key] |= read_extra(path)
        else:
            cps = read_extra(v)
            per["sc"] |= cps
            hanja = {cp for cp in cps if is_ideograph(cp)}
            per["kr"] |= cps - hanja
            if hanja:
                print(f"--extra-chars {v}: {len(hanja)} hanzi/hanja not added to KR")
    return per


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--cjk-src-dir", default="/usr/share/fonts/opentype/noto")
    ap.add_argument("--core-src-dir", default="/usr/share/fonts/truetype/noto")
    ap.add_argument("--out-dir", default=os.path.join(here, "..", "..", "assets", "fonts"))
    ap.add_argument("--extra-chars", action="append", metavar="[FONT=]FILE")
    ap.add_argument("--verify-only", action="store_true")
    args = ap.parse_args()
    out_dir = os.path.normpath(args.out_dir)
    extras = parse_extra(args.extra_chars)

    ok = True
    for key in ORDER:
        spec = FONTS[key]
        src_dir = args.cjk_src_dir if spec["kind"] == "ttc" else args.core_src_dir
        extra = extras[key]
        if spec.get("no_hanja"):
            bad = {cp for cp in extra if is_ideograph(cp)}
            if bad:
                print(f"{key}: ignoring {len(bad)} hanja in --extra-chars")
                extra -= bad
        for src_name, dst_name, style in spec["files"]:
            src = os.path.join(src_dir, src_name)
            dst = os.path.join(out_dir, dst_name)
            src_font, index = open_source(spec, src, style)
            _, base = expected_cmap(spec, src_font, set())
            wanted, present = expected_cmap(spec, src_font, extra)
            absent_extra = {cp for cp in extra if cp not in present}
            if absent_extra:
                print(f"{src_name}: face lacks --extra-chars {fmt(absent_extra)}")
                ok = False
            face = "" if index is None else f" face {index}"
            if not args.verify_only:
                features = layout_features(spec)
                version = src_font["name"].getDebugName(5)
                print(f"{src_name}{face} ({version}), sha256 {sha256(src)}\n"
                      f"  requested {len(wanted)} code points, layout features: "
                      f"{features or 'none'}")
                subset_one(src_font, dst, sorted(present), features)
                print(f"  -> {dst}: {len(present)} code points kept, "
                      f"{len(wanted) - len(present)} not in the face")
                src_font, _ = open_source(spec, src, style)  # subset_one modified it
            ok &= report(spec, src, index, src_font, dst, extra, base)
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
