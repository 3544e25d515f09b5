#!/usr/bin/env python3
"""Print assets/fonts/LICENSE-OFL.txt.

Usage: write_license.py /usr/share/doc/fonts-noto-cjk/copyright SOURCE.ttc
           [--core-copyright /usr/share/doc/fonts-noto-core/copyright]
           [--fonts-dir assets/fonts]

Called by both subset-fonts.sh and subset-other-scripts.sh; either gives the
same file, covering every font shipped in --fonts-dir:

- Noto Sans CJK JP / SC / KR (*.otf): the copyright and trademark notices
  are read from the TTC's name table (the JP, SC and KR faces are checked to
  carry the same ones), plus the upstream noto-cjk LICENSE notice, which
  names the Reserved Font Name.
- Noto Sans Devanagari and Noto Sans (*.ttf): the notices are read from the
  shipped files' name table (kept whole by the subsetter), plus the
  "Files: *" copyright of Debian's fonts-noto-core package.

The OFL 1.1 text is taken verbatim (unfolded from DEP-5 continuation lines)
from Debian's fonts-noto-cjk copyright file, once.
"""

import argparse
import os
import sys

from fontTools.ttLib import TTCollection, TTFont

# First line of upstream noto-cjk's Sans/LICENSE (not shipped by Debian).
UPSTREAM_NOTICE = ("Copyright 2014-2021 Adobe (http://www.adobe.com/), "
                   "with Reserved Font Name 'Source'.")

# The "Files: *" Copyright field of Debian's fonts-noto-core 20201225-1
# copyright file; used only when that file is not installed (e.g. when
# subset-fonts.sh runs on a machine without fonts-noto-core).
CORE_DEBIAN_FALLBACK = ["2010,2012-2020, Google Inc.", "2015-2020, Google LLC."]

CJK_FACES = ["Noto Sans CJK JP", "Noto Sans CJK SC", "Noto Sans CJK KR"]
CJK_FILES = ["NotoSansJP-Regular.otf", "NotoSansJP-Bold.otf",
             "NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf",
             "NotoSansKR-Regular.otf", "NotoSansKR-Bold.otf"]
CORE_FONTS = [  # (family, files)
    ("Noto Sans Devanagari", ["NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"]),
    ("Noto Sans", ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf"]),
]
OFL_GRANT = "This Font Software is licensed under the SIL Open Font License, Version 1.1."


def ofl_text(copyright_path):
    lines = open(copyright_path, encoding="utf-8").read().splitlines()
    # The stand-alone stanza: "License: SIL-1.1" followed by indented text
    # (the "Files: *" stanza has the same line with nothing under it).
    starts = [i for i, line in enumerate(lines[:-1])
              if line == "License: SIL-1.1" and lines[i + 1].startswith(" ")]
    if not starts:
        sys.exit(f"{copyright_path}: no 'License: SIL-1.1' stanza")
    start = starts[0]
    body = []
    for line in lines[start + 1:]:
        if not line.startswith(" "):
            break  # blank line / next stanza
        line = line[1:]
        body.append("" if line == "." else line)
    text = "\n".join(body).strip("\n") + "\n"
    if ("SIL OPEN FONT LICENSE Version 1.1" not in text
            or not text.rstrip().endswith("OTHER DEALINGS IN THE FONT SOFTWARE.")):
        sys.exit(f"{copyright_path}: SIL-1.1 stanza does not look like the full OFL 1.1")
    return text


def debian_files_star_copyright(copyright_path):
    """The Copyright field of the 'Files: *' stanza of a DEP-5 file, one
    holder per line."""
    lines = open(copyright_path, encoding="utf-8").read().splitlines()
    try:
        i = lines.index("Files: *")
    except ValueError:
        sys.exit(f"{copyright_path}: no 'Files: *' stanza")
    holders, in_field = [], False
    for line in lines[i + 1:]:
        if not line.strip():
            break  # end of the stanza
        if line.startswith((" ", "\t")):
            if in_field:
                holders.append(line.strip())
            continue
        in_field = line.startswith("Copyright:")
        if in_field and line[len("Copyright:"):].strip():
            holders.append(line[len("Copyright:"):].strip())
    if not holders:
        sys.exit(f"{copyright_path}: 'Files: *' stanza has no Copyright field")
    return holders


def notices(name):
    return name.getDebugName(0), name.getDebugName(7)


def join_files(files):
    return ", ".join(files[:-1]) + " and " + files[-1] if len(files) > 1 else files[0]


def wrap(text, width=76):
    out, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("cjk_copyright")
    ap.add_argument("ttc")
    ap.add_argument("--core-copyright", default="/usr/share/doc/fonts-noto-core/copyright")
    ap.add_argument("--fonts-dir", default=os.path.join(here, "..", "..", "assets", "fonts"))
    args = ap.parse_args()
    fonts_dir = os.path.normpath(args.fonts_dir)

    # --- Noto Sans CJK: JP always (this file started with it), SC/KR if shipped.
    coll = TTCollection(args.ttc, lazy=True)
    by_family = {f["name"].getDebugName(1): f for f in coll.fonts}
    files = [f for f in CJK_FILES
             if f.startswith("NotoSansJP-") or os.path.exists(os.path.join(fonts_dir, f))]
    families = [fam for fam in CJK_FACES
                if any(f.startswith("NotoSans" + fam[-2:] + "-") for f in files)]
    cjk_notices = {notices(by_family[fam]["name"]) for fam in families}
    if len(cjk_notices) != 1:
        sys.exit(f"{args.ttc}: faces {families} carry different notices: {cjk_notices}")
    (cjk_copy, cjk_tm), = cjk_notices
    for fam in families:
        if not by_family[fam]["name"].getDebugName(13).startswith(OFL_GRANT):
            sys.exit(f"{args.ttc}: {fam} name ID 13 is not the OFL 1.1 grant")
    if len(families) == 1:
        head = f"{families[0]} (Regular and Bold), subset and shipped as"
    else:
        head = (f"{', '.join(families[:-1])} and {families[-1]} (Regular and Bold), "
                "subset and shipped as")
    out = wrap(f"{head} {join_files(files)} in this directory.")
    if len(families) > 1:
        out += wrap("They are faces of the same Noto Sans CJK collection "
                    f"({os.path.basename(args.ttc)} and its Bold) and carry the same notices.")
    out += [
        "",
        UPSTREAM_NOTICE,
        "",
        "Notices embedded in the font files (name table):",
        f"  Copyright: {cjk_copy}",
        f"  Trademark: {cjk_tm}",
        "",
    ]

    # --- fonts-noto-core fonts, if shipped.
    shipped_core = [(fam, fs) for fam, fs in CORE_FONTS
                    if any(os.path.exists(os.path.join(fonts_dir, f)) for f in fs)]
    for fam, fs in shipped_core:
        present = [f for f in fs if os.path.exists(os.path.join(fonts_dir, f))]
        names = [TTFont(os.path.join(fonts_dir, f), lazy=True)["name"] for f in present]
        for f, n in zip(present, names):
            if n.getDebugName(1) != fam:
                sys.exit(f"{f}: family {n.getDebugName(1)!r}, expected {fam!r}")
            if not n.getDebugName(13).startswith(OFL_GRANT):
                sys.exit(f"{f}: name ID 13 is not the OFL 1.1 grant")
        found = {notices(n) for n in names}
        if len(found) != 1:
            sys.exit(f"{fam}: Regular and Bold carry different notices: {found}")
        (copy, tm), = found
        styles = " and ".join(f.rsplit("-", 1)[1].split(".")[0] for f in present)
        out += wrap(f"{fam} ({styles}), subset and shipped as {join_files(present)} "
                    "in this directory.")
        out += [
            "",
            "Notices embedded in the font files (name table):",
            f"  Copyright: {copy}",
            f"  Trademark: {tm}",
            "",
        ]
    if shipped_core:
        if os.path.exists(args.core_copyright):
            holders = debian_files_star_copyright(args.core_copyright)
        else:
            print(f"note: {args.core_copyright} not installed, using the notice recorded "
                  "from fonts-noto-core 20201225-1", file=sys.stderr)
            holders = CORE_DEBIAN_FALLBACK
        which = " and ".join(fam for fam, _ in shipped_core)
        out += wrap(f"Copyright notice for {which} in Debian's fonts-noto-core "
                    "package (copyright file, Files: *):")
        out += [f"  Copyright {h}" for h in holders]
        out += [""]

    out += [
        (OFL_GRANT if len(families) == 1 and not shipped_core else
         "All of the fonts above are licensed under the SIL Open Font License, Version 1.1."),
        "This license is copied below, and is also available with a FAQ at:",
        "https://openfontlicense.org",
        "",
        "",
    ]
    sys.stdout.write("\n".join(out) + ofl_text(args.cjk_copyright))


if __name__ == "__main__":
    main()
