#!/usr/bin/env python3
"""Print assets/fonts/LICENSE-OFL.txt.

Usage: write_license.py /usr/share/doc/fonts-noto-cjk/copyright SOURCE.ttc

The OFL 1.1 text is taken verbatim (unfolded from DEP-5 continuation
lines) from Debian's copyright file; the copyright and trademark notices are
read from the font's own name table (face 0), plus the upstream noto-cjk
LICENSE notice, which names the Reserved Font Name.
"""

import sys

from fontTools.ttLib import TTFont

# First line of upstream noto-cjk's Sans/LICENSE (not shipped by Debian).
UPSTREAM_NOTICE = ("Copyright 2014-2021 Adobe (http://www.adobe.com/), "
                   "with Reserved Font Name 'Source'.")


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


def main():
    copyright_path, ttc = sys.argv[1], sys.argv[2]
    name = TTFont(ttc, fontNumber=0, lazy=True)["name"]
    family = name.getDebugName(1)
    out = [
        f"{family} (Regular and Bold), subset and shipped as",
        "NotoSansJP-Regular.otf and NotoSansJP-Bold.otf in this directory.",
        "",
        UPSTREAM_NOTICE,
        "",
        "Notices embedded in the font files (name table):",
        f"  Copyright: {name.getDebugName(0)}",
        f"  Trademark: {name.getDebugName(7)}",
        "",
        "This Font Software is licensed under the SIL Open Font License, Version 1.1.",
        "This license is copied below, and is also available with a FAQ at:",
        "https://openfontlicense.org",
        "",
        "",
    ]
    sys.stdout.write("\n".join(out) + ofl_text(copyright_path))


if __name__ == "__main__":
    main()
