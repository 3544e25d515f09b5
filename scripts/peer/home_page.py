#!/usr/bin/env python3
"""The peer of the kiosk's home screen: the same pack's home as one static HTML page, for
Chromium's kiosk mode, so that memory is compared with what a web kiosk would show.

The page has what the kiosk's home screen in 日本語 has: the pack's title with furigana (HTML
ruby), the top bar's buttons, the quiz banner, and a card per exhibit with its cover picture,
title and subtitle. With --languages, the top bar also lists every language's name in its
own script, as the kiosk's language screen did just before home (the kiosk then holds those
glyphs too).

Usage: scripts/peer/home_page.py PACK_DIR OUT_DIR [--languages]
Writes OUT_DIR/index.html and copies the covers beside it.
"""

import html
import pathlib
import re
import shutil
import sys

ENDONYMS = {
    "ja": "日本語", "ja-x-easy": "やさしい にほんご", "en": "English", "zh-Hans": "简体中文",
    "vi": "Tiếng Việt", "ko": "한국어", "fil": "Filipino", "ne": "नेपाली", "pt-BR": "Português",
}
RUBY = re.compile(r"\{([^|{}]+)\|([^{}]+)\}")


def ruby(text: str) -> str:
    """Pack markup {漢字|かんじ} as HTML ruby, the rest escaped."""
    out, last = [], 0
    for match in RUBY.finditer(text):
        out.append(html.escape(text[last:match.start()]))
        out.append(f"<ruby>{html.escape(match[1])}<rt>{html.escape(match[2])}</rt></ruby>")
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def japanese(source: str, field: str) -> str:
    """The "ja" text of the first `field: {...}` in a RON file."""
    match = re.search(field + r': \{"ja": "((?:[^"\\]|\\.)*)"', source)
    return match[1] if match else ""


def main() -> None:
    pack, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    with_languages = "--languages" in sys.argv[3:]
    out.mkdir(parents=True, exist_ok=True)
    manifest = (pack / "pack.ron").read_text(encoding="utf-8")
    order = re.search(r"exhibits: \[([^\]]*)\]", manifest)
    ids = re.findall(r'"([^"]+)"', order[1]) if order else []
    cards = []
    for exhibit in ids:
        source = (pack / "exhibits" / f"{exhibit}.ron").read_text(encoding="utf-8")
        cover = re.search(r'cover: Image\(\s*path: "([^"]+)"', source)
        picture = ""
        if cover:
            name = pathlib.Path(cover[1]).name
            shutil.copy(pack / cover[1], out / name)
            picture = f'<img src="{name}" alt="">'
        cards.append(
            f'<a class="card" href="#">{picture}<h2>{ruby(japanese(source, "title"))}</h2>'
            f"<p>{ruby(japanese(source, 'subtitle'))}</p></a>"
        )
    codes = re.search(r"languages: \[([^\]]*)\]", manifest)
    languages = re.findall(r'"([^"]+)"', codes[1]) if codes else ["ja"]
    buttons = "<button>日本語 ⌄</button>"
    names = ""
    if with_languages:
        names = '<nav class="languages">' + "".join(
            f'<button lang="{code}">{ENDONYMS.get(code, code)}</button>' for code in languages
        ) + "</nav>"
    page = f"""<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>plaza-kiosk peer</title>
<style>
body {{ margin: 0; background: #f6f1ea; font-family: "Noto Sans CJK JP", "Noto Sans", sans-serif;
       color: #1d2433; }}
header {{ display: flex; align-items: center; justify-content: space-between; height: 120px;
         padding: 0 56px; background: #fff; }}
header h1 {{ font-size: 36px; margin: 0; }}
.languages {{ padding: 24px 40px 0; }}
nav button {{ font: inherit; font-size: 28px; padding: 16px 28px; margin-left: 16px;
             border: 2px solid #d8d2c8; border-radius: 14px; background: #fff; }}
.quiz {{ margin: 36px 56px; padding: 28px 40px; border-radius: 16px; background: #1f4e8c;
        color: #fff; font-size: 32px; font-weight: bold; }}
main {{ display: grid; grid-template-columns: repeat(4, 1fr); gap: 24px; padding: 0 56px; }}
.card {{ background: #fff; border-radius: 16px; overflow: hidden; color: inherit;
        text-decoration: none; }}
.card img {{ width: 100%; height: 200px; object-fit: cover; display: block; }}
.card h2 {{ font-size: 30px; margin: 20px 24px 8px; }}
.card p {{ font-size: 24px; margin: 0 24px 24px; }}
rt {{ font-size: 50%; }}
</style></head>
<body><header><h1>{ruby(japanese(manifest, "title"))}</h1>
<nav><button>文字：標準</button><button>ふりがな</button>{buttons}<button>おわる</button></nav>
</header>{names}
<div class="quiz">クイズに<ruby>挑戦<rt>ちょうせん</rt></ruby>しよう</div>
<main>{"".join(cards)}</main></body></html>
"""
    (out / "index.html").write_text(page, encoding="utf-8")


if __name__ == "__main__":
    main()
