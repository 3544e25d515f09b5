#!/usr/bin/env python3
"""Synthesize a pack's narration and time its captions.

Run through scripts/narration/make-narration.sh, which installs what this needs (sox, oggenc,
espeak-ng, and a venv with Open JTalk). See scripts/narration/README.md.

For every narration track in PACK/exhibits/*.ron (on pages and on quiz questions alike) this
  1. splits the transcript into sentences (Japanese, i.e. "ja" and every "ja-..." code, and
     Chinese after 。！？; Nepali after । and after . ! ? and a space; English and the other
     languages after . ! ? and a space), never inside a ruby group,
  2. synthesizes each sentence: "ja" with Open JTalk and the HTS voice "Mei", "ja-x-easy"
     (やさしい日本語) with the same voice at speed 0.9, "en", "zh-Hans", "vi", "ko", "ne" and
     "pt-BR" with eSpeak NG (ESPEAK_VOICES; "fil" has no voice); ruby (furigana)
     `{base|reading}` is spoken from its base, or from its reading where Open JTalk would read
     the base otherwise than the author,
  3. trims the synthesizer's own silence, joins the sentences with PAUSE_MS of silence,
     normalizes the loudness of the whole track (ITU-R BS.1770 / EBU R128 integrated loudness)
     and encodes it as mono Ogg Vorbis at the track's `audio` path inside the pack,
  4. rewrites the track's `captions: [...]` with one caption per sentence, timed where that
     sentence sits in the audio; a caption's text is its sentence as written, ruby markup and all.
The result is deterministic: a second run writes the same captions and byte-identical audio
(files whose content did not change are not touched).

The .ron layout this relies on (a regular expression reads it; keep it when editing by hand):

                "ja": Narration(
                    audio: "audio/ja/<exhibit-id>-1.ogg",
                    transcript: "...",
                    captions: [
                        Caption(start_ms: 0, end_ms: 3200, text: "..."),
                    ],
                ),

i.e. the language key, then `Narration(` with `audio:` first, `transcript:` second and then
optionally `captions: [ Caption(start_ms: N, end_ms: N, text: "..."), ... ]`, nothing else.
The captions list may be missing or empty: it is written from scratch every run.

With --add-first-pages, the first page of every exhibit that has no `narration:` yet gets one
for each language with a voice here: its transcript is the page's title then its body, with the
**emphasis** marks and paragraph breaks dropped. The page must be laid out as in the shipped
packs: `Page(` and its closing `),` on lines of their own at the same indent.

With --add-languages, every narration (page or question) with an "en" track gets the missing
tracks of the pack's languages that have an eSpeak NG voice, right after the "en" block, when
the "en" transcript is the page's title and body (a question's prompt) read as above: the new
transcript is the same text in that language, the pack's own translation.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import unicodedata
import wave
import zlib
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEFAULT_PACKS = [ROOT / "content" / "civil-society", ROOT / "content" / "volunteers"]

# Output format.
SAMPLE_RATE = 22050  # Hz, mono
OGG_QUALITY = "3"  # oggenc -q; mono 22 kHz speech at q3 is about 40 kbit/s

# Timing.
PAUSE_MS = 350  # silence between two sentences
LEAD_MS = 100  # silence before the first sentence
TAIL_MS = 300  # silence after the last sentence
MARGIN_MS = 30  # kept on each side of a sentence when its own silence is trimmed
TRIM_DB = -40.0  # a sentence starts/ends where it first/last gets this loud (re its peak)

# Loudness: every track is brought to TARGET_LUFS integrated loudness (BS.1770-4 gating); the
# rare sample peaks that would then pass PEAK_CEILING_DBFS are turned down by a look-ahead limiter.
TARGET_LUFS = -20.0
PEAK_CEILING_DBFS = -1.5
LIMIT_MS = 10  # the few peaks over the ceiling are turned down smoothly over this window

# Voices. Every language code here has a voice; "ja-x-easy" (やさしい日本語) is read by the same
# Japanese voice as "ja", a little slower (pyopenjtalk.tts speed: 1.0 is the voice's own rate).
# The other languages are read by eSpeak NG: language code -> (voice, words per minute; 175 is
# eSpeak's own default rate). Mandarin is read with the voice "cmn-latn-pinyin", not "cmn": the
# two are the same voice and dictionary, but eSpeak NG 1.51 (Debian 12) turns every Chinese
# character into pinyin with a tone digit, which only the pinyin voice reads as such ("cmn" reads
# Latin as English and says 在 as "zai four"). Filipino ("fil") has no eSpeak NG voice: no track.
ESPEAK_VOICES = {
    "en": ("en-us", "150"),
    "zh-Hans": ("cmn-latn-pinyin", "175"),
    "vi": ("vi", "150"),
    "ko": ("ko", "175"),
    "ne": ("ne", "150"),
    "pt-BR": ("pt-br", "150"),
}
JAPANESE_SPEED = {"ja": 1.0, "ja-x-easy": 0.9}
VOICES = {
    "ja": "Open JTalk, HTS voice Mei",
    "en": "eSpeak NG " + ESPEAK_VOICES["en"][0],
    "ja-x-easy": "Open JTalk, HTS voice Mei, speed 0.9",
    **{lang: "eSpeak NG " + voice for lang, (voice, _) in ESPEAK_VOICES.items() if lang != "en"},
}


@dataclasses.dataclass(frozen=True)
class SentenceRules:
    anywhere: str  # marks that end a sentence wherever they stand
    before_space: str  # marks that end one only before whitespace (or at the end)
    joiner: str  # what stands between two sentences of a transcript (and its captions)
    mark: str  # put after a title or paragraph that ends without a mark (--add-first-pages)

    @property
    def ends(self) -> str:
        return self.anywhere + self.before_space


# Japanese ("ja" and every "ja-..." code) and Chinese: after 。！？, nothing between sentences.
# Nepali: after the danda । and after . ! ? before a space. Every other language: after . ! ?
# before a space (English, Vietnamese, Korean, Portuguese). See sentence_rules.
JAPANESE_RULES = SentenceRules("。！？", "", "", "。")
SENTENCE_RULES = {
    "zh-Hans": JAPANESE_RULES,
    "ne": SentenceRules("।", ".!?", " ", "।"),
}
SPACED_RULES = SentenceRules("", ".!?", " ", ".")
CLOSERS = "」』）)]】\"”’"

# Ruby (furigana) markup in visitor strings, in packs whose pack.ron has a `furigana:` field:
# `{base|reading}`, with `{{` and `}}` for literal braces (see README.md).
FURIGANA_FIELD_RE = re.compile(r"^[ \t]*furigana[ \t]*:", re.M)
RUBY_LIKE_RE = re.compile(r"\{[^{}|\n]+\|[^{}|\n]+\}")
KANA_RE = re.compile(r"[ぁ-ゖゝゞァ-ヺーヽヾ]+")  # as the kiosk's ruby::is_kana
# A ケ/ヶ/ヵ left without ruby between two ruby groups (市ケ谷: {市|いち}ケ{谷|がや}) is usually
# sounded in the next group's reading; it is matched as "anything or nothing".
KE = "ケヶヵ"


def is_japanese(lang: str) -> bool:
    """Japanese sentence rules: "ja" and every "ja-..." code ("ja-x-easy")."""
    return lang == "ja" or lang.startswith("ja-")


def sentence_rules(lang: str) -> SentenceRules:
    if is_japanese(lang):
        return JAPANESE_RULES
    return SENTENCE_RULES.get(lang, SPACED_RULES)


def katakana(text: str) -> str:
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" or c in "ゝゞ" else c for c in text)

# A RON string body (between the quotes), escapes and line continuations included.
STR = r'(?:[^"\\]|\\.)*'
NARRATION_RE = re.compile(
    r"(?P<head>^(?P<indent>[ \t]*)\"(?P<lang>[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\"[ \t]*:[ \t]*"
    r"Narration\(\s*audio:\s*\"(?P<audio>" + STR + r")\"\s*,"
    r"\s*transcript:\s*\"(?P<transcript>" + STR + r")\"(?:[ \t]*,)?)"
    r"(?P<captions>\s*captions:\s*\[(?:\s*Caption\((?:[^\"()]|\"" + STR + r"\")*\)\s*,?)*\s*\][ \t]*,?)?"
    r"(?P<tail>\s*\))",
    re.M | re.S,
)
CAPTION_RE = re.compile(
    r"Caption\(\s*start_ms:\s*(\d+)\s*,\s*end_ms:\s*(\d+)\s*,\s*text:\s*\"(" + STR + r")\"\s*,?\s*\)",
    re.S,
)


class NarrationError(Exception):
    pass


# ---------------------------------------------------------------------------------------------
# RON strings


def ron_unescape(body: str) -> str:
    out = []
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise NarrationError("a RON string ends in a lone backslash")
        e = body[i]
        if e in "\r\n":  # line continuation: skip the line break and the next line's indent
            while i < n and body[i] in " \t\r\n":
                i += 1
            continue
        simple = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", "\\": "\\", '"': '"', "'": "'"}
        if e in simple:
            out.append(simple[e])
            i += 1
        elif e == "x":
            out.append(chr(int(body[i + 1 : i + 3], 16)))
            i += 3
        elif e == "u" and i + 1 < n and body[i + 1] == "{":
            end = body.index("}", i)
            out.append(chr(int(body[i + 2 : end], 16)))
            i = end + 1
        else:
            raise NarrationError(f"unknown escape \\{e} in a RON string")
    return "".join(out)


def ron_escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


# ---------------------------------------------------------------------------------------------
# Ruby (furigana) markup


@dataclasses.dataclass(frozen=True)
class Ruby:
    base: str
    reading: str


def pack_uses_ruby(pack: Path) -> bool:
    """Whether the pack turns the ruby markup on (a `furigana:` field in pack.ron)."""
    manifest = (pack / "pack.ron").read_text(encoding="utf-8")
    return bool(FURIGANA_FIELD_RE.search(re.sub(r"//[^\n]*", "", manifest)))


def parse_markup(text: str, ruby: bool) -> list[tuple[int, int, str | Ruby]]:
    """The tokens of a visitor string: (start, end, piece), piece a literal character (a doubled
    brace gives one brace) or a ruby group `{base|reading}`. Without ruby every character is
    literal."""
    if not ruby:
        return [(i, i + 1, c) for i, c in enumerate(text)]

    def where(i: int) -> str:
        return f"at “{text[max(0, i - 12) : i + 16]}”"

    tokens: list[tuple[int, int, str | Ruby]] = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in "{}" and text.startswith(c + c, i):
            tokens.append((i, i + 2, c))
            i += 2
        elif c == "}":
            raise NarrationError(f"a lone }} {where(i)} (a literal brace is written }}}})")
        elif c == "{":
            close = text.find("}", i + 1)
            inner = text[i + 1 : close] if close > 0 else ""
            if close < 0 or "{" in inner or "\n" in inner or "**" in inner or inner.count("|") != 1:
                raise NarrationError(
                    f"a brace that is not ruby {where(i)}: ruby is {{base|reading}}, "
                    "a literal brace is written {{ or }}"
                )
            base, reading = inner.split("|")
            if not base.strip() or not KANA_RE.fullmatch(reading):
                raise NarrationError(f"ruby {{{inner}}} {where(i)}: needs a base and a reading in kana")
            tokens.append((i, close + 1, Ruby(base, reading)))
            i = close + 1
        else:
            tokens.append((i, i + 1, c))
            i += 1
    return tokens


def pieces_of(tokens: list[tuple[int, int, str | Ruby]]) -> list[str | Ruby]:
    """The tokens as runs of literal text and ruby groups."""
    pieces: list[str | Ruby] = []
    for _, _, piece in tokens:
        if isinstance(piece, str) and pieces and isinstance(pieces[-1], str):
            pieces[-1] += piece
        else:
            pieces.append(piece)
    return pieces


# ---------------------------------------------------------------------------------------------
# Sentences and pronunciation


def split_sentences(text: str, lang: str, tokens: list[tuple[int, int, str | Ruby]] | None = None) -> list[str]:
    """Japanese and Chinese: after 。！？; Nepali: after । and after . ! ? followed by whitespace;
    other languages: after . ! ? followed by whitespace (see sentence_rules).

    Closing brackets and quotes right after the mark stay with the sentence. `tokens` (from
    parse_markup) keeps ruby groups and doubled braces whole: a mark inside a group never ends
    a sentence, and a literal }} right after the mark is a closing bracket."""
    rules = sentence_rules(lang)
    ends = rules.ends
    atoms = {start: end for start, end, _ in tokens or [] if end - start > 1}
    sentences = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        if i in atoms:
            i = atoms[i]
            continue
        if text[i] not in ends:
            i += 1
            continue
        j = i + 1
        while j < n:
            if text[j] in ends or text[j] in CLOSERS:
                j += 1
            elif atoms.get(j) == j + 2 and text[j] == "}":
                j += 2
            else:
                break
        if any(c in rules.anywhere for c in text[i:j]) or j == n or text[j].isspace():
            sentences.append(text[start:j])
            while j < n and text[j].isspace():
                j += 1
            start = j
        i = j
    if start < n:
        sentences.append(text[start:])
    sentences = [s.strip() for s in sentences if s.strip()]
    if rules.joiner.join(sentences) != text:
        raise NarrationError(
            "the transcript has stray whitespace (leading, trailing, doubled, or a line break): "
            "the captions must join back into it exactly"
        )
    return sentences


def load_lexicon(path: Path) -> dict[str, list[tuple[str, str]]]:
    lexicon: dict[str, list[tuple[str, str]]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise NarrationError(f"{path}:{number}: expected LANGUAGE<TAB>WRITTEN<TAB>SPOKEN")
        lexicon.setdefault(parts[0], []).append((parts[1], parts[2]))
    return lexicon


def spoken_form(sentence: str, lang: str, lexicon: dict[str, list[tuple[str, str]]]) -> str:
    """Plain text (no markup) respelled from the lexicon. The "ja" entries serve every Japanese
    language code; entries under the track's own code ("ja-x-easy") come on top.

    Then, for eSpeak NG: English gets plain quotes and apostrophes; in the other languages a
    ‘quote’ becomes a “quote” (eSpeak reads a ’ after a Latin word as an English apostrophe and
    then spells the Korean after it letter by letter), and Nepali gets Devanagari digits (the
    Nepali voice reads 2020 in English, २०२० in Nepali)."""
    japanese = is_japanese(lang)
    entries = lexicon.get("ja", []) + lexicon.get(lang, []) if japanese and lang != "ja" else lexicon.get(lang, [])
    entries = sorted(entries, key=lambda e: -len(e[0]))
    text = sentence
    if entries:
        table = dict(entries)
        alternation = "|".join(re.escape(written) for written, _ in entries)
        if japanese:
            pattern = re.compile(alternation)
        else:
            pattern = re.compile(r"(?<![A-Za-z0-9])(?:" + alternation + r")(?![A-Za-z0-9])")
        pad = " " if lang == "zh-Hans" else ""  # pinyin set off from the characters around it
        text = pattern.sub(lambda m: pad + table[m.group(0)] + pad, text)
    if lang == "en":
        text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    elif not japanese:
        text = re.sub(r"‘([^‘’]*)’", r"“\1”", text)
    if lang == "ne":
        text = "".join(
            part if part.startswith("[[") else part.translate(DEVANAGARI_DIGITS)
            for part in re.split(r"(\[\[.*?\]\])", text)
        )
    return text


DEVANAGARI_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")


def align_words(text: str, surfaces: list[str]) -> list[tuple[int, int, int | None]]:
    """Where Open JTalk's words sit in the text it was given: (start, end, word index), with
    word index None for a stretch it did not keep as written (digits it turned into kanji
    numerals, characters it dropped). Surfaces are compared after NFKC (Open JTalk works in
    full-width characters)."""
    norm_chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch):
            norm_chars.append(c)
            origin.append(index)
    origin.append(len(text))
    norm = "".join(norm_chars)
    words = [unicodedata.normalize("NFKC", s) for s in surfaces]
    spans: list[tuple[int, int, int | None]] = []
    pos = 0
    i = 0
    while i < len(words) and pos < len(norm):
        word = words[i]
        if not word:
            i += 1
            continue
        if norm.startswith(word, pos):
            spans.append((origin[pos], origin[pos + len(word)], i))
            pos += len(word)
            i += 1
            continue
        # Out of step: find the nearest later word found a little further on and followed by
        # the word after it, and call what lies between "not as written".
        resync = None
        for j in range(i, min(len(words), i + 40)):
            if not words[j]:
                continue
            p = norm.find(words[j], pos)
            while 0 <= p <= pos + 40:
                q = p + len(words[j])
                if j + 1 == len(words) or norm.startswith(words[j + 1], q):
                    resync = (j, p)
                    break
                p = norm.find(words[j], p + 1)
            if resync:
                break
        if resync is None:
            break
        j, p = resync
        if p > pos:
            spans.append((origin[pos], origin[p], None))
        pos = p
        i = j
    if pos < len(norm):
        spans.append((origin[pos], len(text), None))
    return spans


def misread_groups(text: str, groups: list[tuple[int, int, Ruby]], reads: list[str],
                   spans: list[tuple[int, int, int | None]]) -> set[int]:
    """Which ruby groups (indices into `groups`, spans in `text`) Open JTalk reads otherwise than
    their author.

    Words and groups that overlap form a cluster (市ケ谷 is one word over two groups; 国際協力
    may be one word or two); a cluster is read right when the readings of its words equal the
    author's: the groups' readings, the kana between them, and anything (or nothing, for ケ/ヶ/ヵ)
    for a character outside the groups that is not kana."""
    items = [(a, b, "word", k) for a, b, k in spans if b > a] + [
        (a, b, "group", g) for g, (a, b, _) in enumerate(groups)
    ]
    items.sort(key=lambda item: (item[0], item[1]))
    clusters: list[list] = []
    end = -1
    for item in items:
        if clusters and item[0] < end:
            clusters[-1].append(item)
            end = max(end, item[1])
        else:
            clusters.append([item])
            end = item[1]
    misread: set[int] = set()
    for cluster in clusters:
        members = [item[3] for item in cluster if item[2] == "group"]
        if not members:
            continue
        words = [item[3] for item in cluster if item[2] == "word"]
        start = min(item[0] for item in cluster)
        stop = max(item[1] for item in cluster)
        right = False
        if None not in words and words:
            at = {groups[g][0]: g for g in members}
            pattern = []
            i = start
            while i < stop:
                if i in at:
                    pattern.append(re.escape(katakana(groups[at[i]][2].reading)))
                    i = groups[at[i]][1]
                    continue
                c = text[i]
                if c in KE:
                    pattern.append(".*?")
                elif KANA_RE.fullmatch(c):
                    pattern.append(re.escape(katakana(c)))
                else:
                    pattern.append(".+?")
                i += 1
            said = katakana("".join(reads[k] for k in words)).replace("’", "")
            right = re.fullmatch("".join(pattern), said) is not None
        if not right:
            misread.update(members)
    return misread


# ---------------------------------------------------------------------------------------------
# Audio


def run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(cmd, check=True, capture_output=True, **kwargs)
    except subprocess.CalledProcessError as e:
        raise NarrationError(
            f"{' '.join(cmd[:3])} ... failed: {e.stderr.decode(errors='replace').strip()}"
        ) from e


def sox_f32(samples: np.ndarray, rate: int, effects: list[str]) -> np.ndarray:
    """Runs float samples through sox effects; returns float samples at SAMPLE_RATE.

    sox works in 32-bit fixed point inside: callers keep |samples| well under 1."""
    raw = ["-t", "raw", "-e", "floating-point", "-b", "32", "-c", "1"]
    result = run(
        ["sox", "-R", "-V1", *raw, "-r", str(rate), "-", *raw, "-r", str(SAMPLE_RATE), "-", *effects],
        input=samples.astype("<f4").tobytes(),
    )
    return np.frombuffer(result.stdout, dtype="<f4").astype(np.float64)


class Synthesizer:
    # Synthesized sentences are scaled by this before sox sees them: Mei's samples overshoot
    # full scale a little, and the same factor for every sentence keeps their relative levels.
    HEADROOM = 0.25

    def __init__(self, lexicon: dict[str, list[tuple[str, str]]], workdir: Path):
        self.lexicon = lexicon
        self.workdir = workdir
        self._pyopenjtalk = None

    def sentence(self, text: str, lang: str, ruby: bool) -> tuple[np.ndarray, list[Ruby]]:
        """The audio of one sentence (markup as written in the transcript), and the ruby groups
        spoken from their reading rather than their base."""
        pieces = pieces_of(parse_markup(text, ruby))
        respelled: list[Ruby] = []
        if is_japanese(lang) and lang in VOICES:
            spoken, respelled = self.japanese_text(pieces, lang)
            samples, rate = self._japanese(spoken, JAPANESE_SPEED[lang])
        elif lang in ESPEAK_VOICES:
            if any(isinstance(p, Ruby) for p in pieces):
                print(f"warning: ruby in a non-Japanese transcript (its base is spoken): {text}")
            plain = "".join(p.base if isinstance(p, Ruby) else p for p in pieces)
            samples, rate = self._espeak(spoken_form(plain, lang, self.lexicon), *ESPEAK_VOICES[lang])
        else:
            raise NarrationError(f'no voice for language "{lang}" (voices: {", ".join(VOICES)})')
        samples = samples * self.HEADROOM
        effects = ["rate", "-v", str(SAMPLE_RATE)] if rate != SAMPLE_RATE else []
        return trim_silence(sox_f32(samples, rate, effects), text), respelled

    def japanese_text(self, pieces: list[str | Ruby], lang: str) -> tuple[str, list[Ruby]]:
        """What Open JTalk is given for a Japanese sentence: the text with each ruby group's
        base, except the groups it would read otherwise than their author, which it gets as
        their reading (kana). The lexicon respells only text outside ruby groups.

        The check runs on the text Open JTalk will be given: when respelling some groups
        changes how it reads the rest, it runs again until nothing more changes."""
        spoken = [spoken_form(p, lang, self.lexicon) if isinstance(p, str) else p for p in pieces]
        order = [k for k, piece in enumerate(spoken) if isinstance(piece, Ruby)]
        misread: set[int] = set()  # indices into spoken
        while True:
            text = ""
            groups: list[tuple[int, int, Ruby]] = []
            checked: list[int] = []
            for k, piece in enumerate(spoken):
                if isinstance(piece, Ruby):
                    if k in misread:
                        text += piece.reading
                        continue
                    groups.append((len(text), len(text) + len(piece.base), piece))
                    checked.append(k)
                    text += piece.base
                elif (
                    piece in tuple(KE) and k - 1 in misread and k + 1 in misread
                    and spoken[k + 1].reading[:1] in "かがカガ"
                ):
                    continue  # {市|いち}ケ{谷|がや}, both spoken from the reading: the ケ is in がや
                else:
                    text += piece
            if not groups:
                break
            words = self.pyopenjtalk.run_frontend(text)
            spans = align_words(text, [w["string"] for w in words])
            found = misread_groups(text, groups, [w["read"] for w in words], spans)
            if not found:
                break
            misread.update(checked[g] for g in found)
        return text, [spoken[k] for k in order if k in misread]

    @property
    def pyopenjtalk(self):
        if self._pyopenjtalk is None:
            import pyopenjtalk

            self._pyopenjtalk = pyopenjtalk
        return self._pyopenjtalk

    def _japanese(self, text: str, speed: float) -> tuple[np.ndarray, int]:
        if speed == 1.0:
            samples, rate = self.pyopenjtalk.tts(text)
        else:
            samples, rate = self.pyopenjtalk.tts(text, speed=speed)
        return np.asarray(samples, dtype=np.float64) / 32768.0, int(rate)

    def _espeak(self, text: str, voice: str, wpm: str) -> tuple[np.ndarray, int]:
        text_file = self.workdir / "sentence.txt"
        wav_file = self.workdir / "sentence.wav"
        text_file.write_text(text + "\n", encoding="utf-8")
        run(["espeak-ng", "-v", voice, "-s", wpm, "-w", str(wav_file), "-f", str(text_file)])
        return read_wav(wav_file)


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path), "rb") as w:
        if w.getsampwidth() != 2 or w.getnchannels() != 1:
            raise NarrationError(f"{path}: expected 16-bit mono WAV")
        frames = w.readframes(w.getnframes())
        rate = w.getframerate()
    return np.frombuffer(frames, dtype="<i2").astype(np.float64) / 32768.0, rate


def trim_silence(samples: np.ndarray, text: str) -> np.ndarray:
    loud = np.abs(samples)
    peak = loud.max() if len(loud) else 0.0
    if peak < 1e-4:
        raise NarrationError(f"the synthesizer gave silence for: {text}")
    above = np.nonzero(loud > peak * 10 ** (TRIM_DB / 20))[0]
    margin = ms_to_samples(MARGIN_MS)
    return samples[max(0, above[0] - margin) : min(len(samples), above[-1] + 1 + margin)]


def ms_to_samples(ms: float) -> int:
    return int(round(ms * SAMPLE_RATE / 1000))


def k_weighting_biquads(rate: int) -> list[list[float]]:
    """The two K-weighting filters of ITU-R BS.1770 at any sample rate (as in libebur128)."""
    f0, gain_db, q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = math.tan(math.pi * f0 / rate)
    vh = 10 ** (gain_db / 20)
    vb = vh**0.4996667741545416
    a0 = 1 + k / q + k * k
    shelf = [
        (vh + vb * k / q + k * k) / a0,
        2 * (k * k - vh) / a0,
        (vh - vb * k / q + k * k) / a0,
        1.0,
        2 * (k * k - 1) / a0,
        (1 - k / q + k * k) / a0,
    ]
    f0, q = 38.13547087602444, 0.5003270373238773
    k = math.tan(math.pi * f0 / rate)
    a0 = 1 + k / q + k * k
    highpass = [1.0, -2.0, 1.0, 1.0, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0]
    return [shelf, highpass]


def integrated_loudness(samples: np.ndarray) -> float:
    """Integrated loudness of a mono track in LUFS (BS.1770-4: 400 ms blocks, 75 % overlap,
    absolute gate -70 LUFS, relative gate -10 LU)."""
    effects = []
    for b in k_weighting_biquads(SAMPLE_RATE):
        effects += ["biquad", *[repr(v) for v in b]]
    scale = 0.25  # headroom for sox's fixed point: the shelf adds +4 dB
    weighted = sox_f32(samples * scale, SAMPLE_RATE, effects) / scale
    block = ms_to_samples(400)
    step = ms_to_samples(100)
    if len(weighted) < block:
        weighted = np.concatenate([weighted, np.zeros(block - len(weighted))])
    energy = np.concatenate([[0.0], np.cumsum(weighted * weighted)])
    starts = np.arange(0, len(weighted) - block + 1, step)
    powers = (energy[starts + block] - energy[starts]) / block
    with np.errstate(divide="ignore"):
        loudness = -0.691 + 10 * np.log10(powers)
    gated = powers[loudness > -70]
    if len(gated) == 0:
        return -math.inf
    relative = -0.691 + 10 * math.log10(gated.mean()) - 10
    gated = powers[(loudness > -70) & (loudness > relative)]
    return -0.691 + 10 * math.log10(gated.mean())


def sliding_min(values: np.ndarray, width: int) -> np.ndarray:
    """m[i] = min(values[i : i + width]) for every full window (van Herk / Gil-Werman)."""
    n = len(values)
    padded = np.concatenate([values, np.full((-n) % width, np.inf)]).reshape(-1, width)
    prefix = np.minimum.accumulate(padded, axis=1).ravel()
    suffix = np.minimum.accumulate(padded[:, ::-1], axis=1)[:, ::-1].ravel()
    i = np.arange(n - width + 1)
    return np.minimum(suffix[i], prefix[i + width - 1])


def limit_peaks(samples: np.ndarray) -> tuple[np.ndarray, float]:
    """Brings every sample peak under PEAK_CEILING_DBFS with a smooth gain curve.

    Each sample's gain is the average, over LIMIT_MS around it, of the lowest gain needed in
    LIMIT_MS around each of those samples: never more than the sample itself needs, and it
    fades in and out over 2 * LIMIT_MS. Returns the samples and the largest reduction in dB."""
    ceiling = 10 ** (PEAK_CEILING_DBFS / 20)
    loud = np.abs(samples)
    if loud.max() <= ceiling:
        return samples, 0.0
    half = ms_to_samples(LIMIT_MS) // 2
    needed = np.minimum(1.0, ceiling / np.maximum(loud, 1e-12))
    needed = np.concatenate([np.ones(2 * half), needed, np.ones(2 * half)])
    held = sliding_min(needed, 2 * half + 1)  # held[j] covers needed[j : j + 2h + 1]
    sums = np.concatenate([[0.0], np.cumsum(held)])
    width = 2 * half + 1
    gain = (sums[width:] - sums[:-width]) / width  # gain[k] averages held[k : k + 2h + 1]
    gain = gain[: len(samples)]
    out = np.clip(samples * gain, -ceiling, ceiling)
    return out, -20 * math.log10(gain.min())


def write_wav16(path: Path, samples: np.ndarray) -> None:
    pcm = np.clip(np.round(samples * 32767), -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(pcm.tobytes())


def ogg_duration(path: Path) -> float:
    """Duration of an Ogg Vorbis file from its last granule position and its sample rate."""
    data = path.read_bytes()
    ident = data.find(b"\x01vorbis")
    last = data.rfind(b"OggS")
    if ident < 0 or last < 0:
        raise NarrationError(f"{path}: not Ogg Vorbis")
    rate = struct.unpack_from("<I", data, ident + 12)[0]
    granule = struct.unpack_from("<q", data, last + 6)[0]
    return granule / rate


# ---------------------------------------------------------------------------------------------
# Tracks


@dataclasses.dataclass
class Track:
    ron_file: Path
    line: int
    lang: str
    audio: str
    transcript: str


@dataclasses.dataclass
class Built:
    captions: list[tuple[int, int, str]]
    seconds: float
    bytes: int
    written: bool
    gain_note: str
    respelled: list[Ruby]  # ruby groups spoken from their reading, in order, each once


def resolve_audio(pack: Path, written: str) -> Path:
    rel = Path(written)
    if rel.is_absolute() or ".." in rel.parts or not written.endswith(".ogg"):
        raise NarrationError(f'audio "{written}": must be a relative path inside the pack ending in .ogg')
    return pack / rel


def build_track(pack: Path, track: Track, synth: Synthesizer, workdir: Path, ruby: bool) -> Built:
    tokens = parse_markup(track.transcript, ruby)
    sentences = split_sentences(track.transcript, track.lang, tokens)
    segments = []
    respelled: list[Ruby] = []
    for sentence in sentences:
        segment, groups = synth.sentence(sentence, track.lang, ruby)
        segments.append(segment)
        respelled += [g for g in groups if g not in respelled]

    pieces = [np.zeros(ms_to_samples(LEAD_MS))]
    position = len(pieces[0])
    spans = []
    for index, segment in enumerate(segments):
        if index:
            pieces.append(np.zeros(ms_to_samples(PAUSE_MS)))
            position += len(pieces[-1])
        spans.append((position, position + len(segment)))
        pieces.append(segment)
        position += len(segment)
    pieces.append(np.zeros(ms_to_samples(TAIL_MS)))
    audio = np.concatenate(pieces)

    loudness = integrated_loudness(audio)
    audio, reduction_db = limit_peaks(audio * 10 ** ((TARGET_LUFS - loudness) / 20))
    note = f"peaks limited by up to {reduction_db:.1f} dB" if reduction_db >= 0.05 else ""

    out = resolve_audio(pack, track.audio)
    out.parent.mkdir(parents=True, exist_ok=True)
    wav = workdir / "track.wav"
    ogg = workdir / "track.ogg"
    write_wav16(wav, audio)
    serial = zlib.crc32(f"{pack.name}/{track.audio}".encode()) & 0x7FFFFFFF
    run([
        "oggenc", "-Q", "-q", OGG_QUALITY, "--serial", str(serial),
        "-t", f"{pack.name}/{track.audio}", "-a", f"plaza-kiosk narration ({VOICES[track.lang]})",
        "-o", str(ogg), str(wav),
    ])
    new_bytes = ogg.read_bytes()
    written = not out.exists() or out.read_bytes() != new_bytes
    if written:
        shutil.copyfile(ogg, out)

    seconds = ogg_duration(out)
    captions = []
    for (start, end), text in zip(spans, sentences):
        captions.append((start * 1000 // SAMPLE_RATE, -(-end * 1000 // SAMPLE_RATE), text))
    if captions[-1][1] > seconds * 1000:
        raise NarrationError(f"{out}: the last caption ends after the audio")
    return Built(captions, seconds, len(new_bytes), written, note, respelled)


def format_captions(indent: str, captions: list[tuple[int, int, str]]) -> str:
    lines = [f"\n{indent}    captions: ["]
    for start, end, text in captions:
        lines.append(f'\n{indent}        Caption(start_ms: {start}, end_ms: {end}, text: "{ron_escape(text)}"),')
    lines.append(f"\n{indent}    ],")
    return "".join(lines)


def process_file(
    pack: Path, ron_file: Path, synth: Synthesizer, workdir: Path, summary: list, ruby: bool,
    literal_ruby: list[str],
) -> bool:
    """Builds every narration track in one .ron file; returns whether the file changed.

    `ruby`: the pack uses the ruby markup (otherwise braces are literal text); the tracks that
    look marked up all the same are added to `literal_ruby`."""
    text = ron_file.read_text(encoding="utf-8")
    if "Narration(" not in text:
        return False
    matches = list(NARRATION_RE.finditer(text))
    if text.count("Narration(") != len(matches):
        found = {line_of(text, m.start("head")) for m in matches}
        for m in re.finditer(r"Narration\(", text):
            line = line_of(text, m.start())
            if line not in found:
                raise NarrationError(
                    f"{ron_file}:{line}: a Narration( block not in the layout this script reads "
                    "(see scripts/narration/README.md)"
                )
    pieces = []
    last = 0
    for m in matches:
        track = Track(
            ron_file, line_of(text, m.start("head")), m.group("lang"),
            ron_unescape(m.group("audio")), ron_unescape(m.group("transcript")),
        )
        if not ruby and RUBY_LIKE_RE.search(track.transcript):
            literal_ruby.append(f"{ron_file.name}:{track.line}")
        try:
            built = build_track(pack, track, synth, workdir, ruby)
        except NarrationError as e:
            raise NarrationError(f"{ron_file}:{track.line}: {e}") from e
        summary.append((pack, track, built))
        print(
            f"  {track.audio:32} {built.seconds:6.2f} s {built.bytes:8d} B"
            f"{'' if built.written else '  (unchanged)'}{'  ' + built.gain_note if built.gain_note else ''}",
            flush=True,
        )
        if built.respelled:
            said = ", ".join(f"{g.base}→{g.reading}" for g in built.respelled)
            print(f"    spoken from the ruby reading (Open JTalk reads the base otherwise): {said}")
        head = text[last : m.end("head")]
        pieces.append(head if head.endswith(",") else head + ",")
        pieces.append(format_captions(m.group("indent"), built.captions))
        last = m.start("tail")
    pieces.append(text[last:])
    new_text = "".join(pieces)
    if new_text != text:
        ron_file.write_text(new_text, encoding="utf-8")
        return True
    return False


# ---------------------------------------------------------------------------------------------
# --add-first-pages


def find_matching(text: str, open_index: int) -> int:
    """Index of the bracket closing the one at open_index, skipping strings and // comments."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    stack = [pairs[text[open_index]]]
    i = open_index + 1
    while i < len(text):
        c = text[i]
        if c == '"':
            m = re.compile(r'"' + STR + '"', re.S).match(text, i)
            if not m:
                raise NarrationError("unterminated string")
            i = m.end()
            continue
        if text.startswith("//", i):
            i = text.index("\n", i)
            continue
        if c in pairs:
            stack.append(pairs[c])
        elif c in ")]}":
            if c != stack.pop():
                raise NarrationError(f"unbalanced {c!r} at line {line_of(text, i)}")
            if not stack:
                return i
        i += 1
    raise NarrationError("unbalanced brackets")


def text_map(page: str, field: str) -> dict[str, str]:
    m = re.search(r"^\s*" + field + r":\s*\{", page, re.M)
    if not m:
        return {}
    close = find_matching(page, m.end() - 1)
    inner = page[m.end() : close]
    return {
        k: ron_unescape(v)
        for k, v in re.findall(r'"([A-Za-z-]+)"\s*:\s*"(' + STR + r')"', inner, re.S)
    }


def page_transcript(title: str, body: str, lang: str) -> str:
    """The title, then the body, read aloud: ** marks and paragraph breaks dropped, and a
    sentence mark (。 . ।) after the title and after a paragraph that ends without one."""
    rules = sentence_rules(lang)
    parts = []
    for part in [title] + re.split(r"\n\s*\n", body.replace("**", "")):
        part = re.sub(r"\s*\n\s*", "", part) if not rules.joiner else re.sub(r"\s+", " ", part)
        part = part.strip()
        if not part:
            continue
        if part.rstrip(CLOSERS)[-1:] not in rules.ends:
            part += rules.mark
        parts.append(part)
    return rules.joiner.join(parts)


def add_first_pages(pack: Path) -> int:
    added = 0
    for ron_file in sorted((pack / "exhibits").glob("*.ron")):
        text = ron_file.read_text(encoding="utf-8")
        exhibit_id = re.search(r'^\s*id:\s*"(' + STR + ')"', text, re.M).group(1)
        pages = re.search(r"^\s*pages:\s*\[", text, re.M)
        page = re.compile(r"^([ \t]*)Page\([ \t]*$", re.M).search(text, pages.end())
        if not page:
            continue
        close = find_matching(text, text.index("(", page.start()))
        body_text = text[page.start() : close]
        if re.search(r"^\s*narration\s*:", body_text, re.M):
            continue
        titles = text_map(body_text, "title")
        bodies = text_map(body_text, "body")
        indent = page.group(1) + "    "
        block = [f"{indent}narration: {{\n"]
        for lang in VOICES:
            if lang not in titles or lang not in bodies:
                continue
            transcript = page_transcript(titles[lang], bodies[lang], lang)
            block.append(
                f'{indent}    "{lang}": Narration(\n'
                f'{indent}        audio: "audio/{lang}/{exhibit_id}-1.ogg",\n'
                f'{indent}        transcript: "{ron_escape(transcript)}",\n'
                f"{indent}        captions: [],\n"
                f"{indent}    ),\n"
            )
        block.append(f"{indent}}},\n")
        line_start = text.rfind("\n", 0, close) + 1
        if text[line_start:close].strip():
            raise NarrationError(f"{ron_file}: the first page's closing ')' is not on a line of its own")
        text = text[:line_start] + "".join(block) + text[line_start:]
        ron_file.write_text(text, encoding="utf-8")
        print(f"  added narration to the first page of {ron_file.relative_to(pack.parent)}")
        added += 1
    return added


# ---------------------------------------------------------------------------------------------
# --add-languages


def pack_languages(pack: Path) -> list[str]:
    """The codes in pack.ron's `languages: [...]`, in order."""
    manifest = re.sub(r"//[^\n]*", "", (pack / "pack.ron").read_text(encoding="utf-8"))
    m = re.search(r"^[ \t]*languages[ \t]*:[ \t]*\[([^\]]*)\]", manifest, re.M)
    return re.findall(r'"([^"]+)"', m.group(1)) if m else []


def own_text_map(item: str, indent: str, field: str) -> dict[str, str]:
    """The text map `field: {...}` of the item itself (the field at `indent`), by language."""
    m = re.search(r"^" + re.escape(indent) + field + r"[ \t]*:[ \t]*\{", item, re.M)
    if not m:
        return {}
    return text_map(item[m.start() :], field)


def spoken_texts(item: str, kind: str, indent: str) -> dict[str, str]:
    """What a narration of this page or question says, built from its own texts in every language
    it has them in: a page's title then its body (as --add-first-pages builds it), a question's
    prompt."""
    if kind == "Page":
        titles, bodies = own_text_map(item, indent, "title"), own_text_map(item, indent, "body")
        return {lang: page_transcript(titles[lang], bodies[lang], lang) for lang in titles if lang in bodies}
    prompts = own_text_map(item, indent, "prompt")
    return {lang: page_transcript(prompt, "", lang) for lang, prompt in prompts.items()}


def add_languages(pack: Path) -> int:
    """Adds the missing tracks of the pack's languages that have an eSpeak NG voice to every
    narration that has an "en" track whose transcript is the page's (or question's) own English
    text, read as above. The new transcript is the same text in the track's language: the
    pack's own translation. Each block goes right after the "en" block (after the one of the
    language before it, when that one is there already), in the order of `languages:`."""
    languages = pack_languages(pack)
    wanted = [lang for lang in languages if lang in ESPEAK_VOICES and lang != "en"]
    voiceless = [lang for lang in languages if lang not in VOICES]
    for lang in voiceless:
        print(f'  no voice for "{lang}" (see README.md): no "{lang}" track is added, validate keeps warning')
    added = 0
    item_re = re.compile(r"^([ \t]*)(Page|Question)\([ \t]*$", re.M)
    for ron_file in sorted((pack / "exhibits").glob("*.ron")):
        text = ron_file.read_text(encoding="utf-8")
        inserts: list[tuple[int, str]] = []
        notes = []
        for item_match in item_re.finditer(text):
            close = find_matching(text, text.index("(", item_match.start()))
            item = text[item_match.start() : close]
            indent = item_match.group(1) + "    "
            where = f"{ron_file.name}:{line_of(text, item_match.start())}"
            narration = re.search(r"^" + re.escape(indent) + r"narration[ \t]*:[ \t]*\{", item, re.M)
            if not narration:
                continue
            start = item_match.start() + narration.end() - 1
            blocks = {
                m.group("lang"): m
                for m in NARRATION_RE.finditer(text, start, find_matching(text, start))
            }
            missing = [lang for lang in wanted if lang not in blocks]
            if not missing:
                continue
            if "en" not in blocks:
                notes.append(f"{where}: no \"en\" track to translate; nothing added")
                continue
            said = spoken_texts(item, item_match.group(2), indent)
            what = "title and body" if item_match.group(2) == "Page" else "prompt"
            if ron_unescape(blocks["en"].group("transcript")) != said.get("en"):
                notes.append(
                    f'{where}: the "en" transcript is not the {item_match.group(2).lower()}\'s {what} '
                    "read aloud, so it has no translation in the pack: write the tracks by hand"
                )
                continue
            file_name = ron_unescape(blocks["en"].group("audio")).rsplit("/", 1)[-1]
            by_anchor: dict[str, list[str]] = {}
            for lang in missing:
                if lang not in said:
                    notes.append(f'{where}: no "{lang}" {what}; no "{lang}" track added')
                    continue
                before = languages[languages.index("en") + 1 : languages.index(lang)]
                anchor = next((b for b in reversed(before) if b in blocks), "en")
                block_indent = blocks[anchor].group("indent")
                by_anchor.setdefault(anchor, []).append(
                    f'{block_indent}"{lang}": Narration(\n'
                    f'{block_indent}    audio: "audio/{lang}/{ron_escape(file_name)}",\n'
                    f'{block_indent}    transcript: "{ron_escape(said[lang])}",\n'
                    f"{block_indent}    captions: [],\n"
                    f"{block_indent}),\n"
                )
                added += 1
            for anchor, new_blocks in by_anchor.items():
                end = blocks[anchor].end()
                line_end = text.index("\n", end) + 1
                if text[end:line_end].strip() not in (",", ""):
                    raise NarrationError(
                        f"{where}: the \"{anchor}\" Narration( block's closing '),' is not on a line of its own"
                    )
                inserts.append((line_end, "".join(new_blocks)))
        for position, block in sorted(inserts, reverse=True):
            text = text[:position] + block + text[position:]
        if inserts:
            ron_file.write_text(text, encoding="utf-8")
            new = [lang for _, block in inserts for lang in re.findall(r'^\s*"([^"]+)": Narration\(', block, re.M)]
            print(f"  added {len(new)} tracks ({', '.join(dict.fromkeys(new))}) in {ron_file.relative_to(pack.parent)}")
        for note in notes:
            print(f"  note: {note}")
    return added


# ---------------------------------------------------------------------------------------------


def copy_voice_licence(pack: Path, languages: set[str]) -> None:
    if not any(lang in JAPANESE_SPEED for lang in languages):
        return
    import pyopenjtalk

    licence = Path(pyopenjtalk.__file__).parent / "htsvoice" / "LICENSE_mei_normal.htsvoice"
    target = pack / "audio" / "LICENSE-HTS-voice-Mei.txt"
    content = (
        "The Japanese narration in this folder was synthesized with Open JTalk and the HTS voice\n"
        '"Mei" (mei_normal.htsvoice), whose licence follows.\n\n' + licence.read_text(encoding="utf-8")
    )
    if not target.exists() or target.read_text(encoding="utf-8") != content:
        target.write_text(content, encoding="utf-8")


def check_credit(pack: Path, audio_paths: list[str]) -> None:
    manifest = (pack / "pack.ron").read_text(encoding="utf-8")
    credited = re.findall(r'"(' + STR + ')"', manifest)
    for written in audio_paths:
        if not any(c == written or (c.endswith("/") and written.startswith(c)) for c in credited):
            print(f'warning: {pack.name}: "{written}" is not credited in pack.ron (add "audio/" to a credit)')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("packs", nargs="*", type=Path, help="pack folders (default: the shipped packs)")
    parser.add_argument(
        "--add-first-pages", action="store_true",
        help="first add a narration (title + body) to every exhibit's first page that has none",
    )
    parser.add_argument(
        "--add-languages", action="store_true",
        help="first add to every narration with an \"en\" track the missing tracks of the pack's "
        "languages that have an eSpeak NG voice, each from the page's (question's) own text in it",
    )
    args = parser.parse_args()
    packs = [p.resolve() for p in args.packs] or DEFAULT_PACKS
    lexicon = load_lexicon(HERE / "lexicon.tsv")
    summary: list = []
    try:
        with tempfile.TemporaryDirectory(prefix="narration-") as tmp:
            workdir = Path(tmp)
            synth = Synthesizer(lexicon, workdir)
            for pack in packs:
                if not (pack / "pack.ron").is_file():
                    raise NarrationError(f"{pack}: not a pack (no pack.ron)")
                print(f"{pack.name}:")
                ruby = pack_uses_ruby(pack)
                if args.add_first_pages:
                    add_first_pages(pack)
                if args.add_languages:
                    add_languages(pack)
                changed = []
                literal_ruby: list[str] = []
                for ron_file in sorted((pack / "exhibits").glob("*.ron")):
                    if process_file(pack, ron_file, synth, workdir, summary, ruby, literal_ruby):
                        changed.append(ron_file.name)
                if literal_ruby:
                    print(
                        f"warning: {pack.name}: {len(literal_ruby)} transcripts look like they have ruby "
                        f"({', '.join(literal_ruby[:3])}{', ...' if len(literal_ruby) > 3 else ''}) but "
                        "pack.ron has no `furigana:` field, so their braces were read as literal text; "
                        "run again once the pack declares furigana"
                    )
                tracks = [t for p, t, _ in summary if p == pack]
                copy_voice_licence(pack, {t.lang for t in tracks})
                check_credit(pack, [t.audio for t in tracks])
                if changed:
                    print(f"  captions rewritten in: {', '.join(changed)}")
    except NarrationError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    seconds = sum(b.seconds for _, _, b in summary)
    size = sum(b.bytes for _, _, b in summary)
    written = sum(1 for _, _, b in summary if b.written)
    print(
        f"narration: {len(summary)} files ({written} written, {len(summary) - written} unchanged), "
        f"{seconds:.1f} s in all, {size} bytes ({size / 1e6:.2f} MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
