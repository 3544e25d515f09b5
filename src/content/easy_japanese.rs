//! Warnings for texts in やさしい日本語 (easy Japanese, language key `"ja-x-easy"`).
//!
//! Easy Japanese is written for visitors who live in Japan but read Japanese as a second
//! language. The 「在留支援のためのやさしい日本語ガイドライン」 (出入国在留管理庁・文化庁, 2020) asks
//! authors to keep sentences short, not to pile up kanji, to put readings on the kanji they do
//! use, to be careful with katakana loanwords and not to use double negatives. A pack author
//! cannot easily see all of that in a RON file, so [`check`] looks at one visitor string and
//! returns [`EasyWarning`]s. They are advice: a pack with them is still shown.
//!
//! What is checked, on the *base text* (the text a visitor reads, see below):
//!
//! * a sentence longer than [`SENTENCE_LIMIT_CHARS`] characters ([`EasyProblem::LongSentence`]).
//!   A sentence ends after `。`, `！`, `？`, `!` or `?` (with any further end marks and closing
//!   brackets such as `」` that follow it) or at a line break. Spaces and line breaks are not
//!   counted; punctuation is;
//! * [`KANJI_RUN_MIN`] or more kanji in a row ([`EasyProblem::KanjiRun`]). Kanji are the CJK
//!   unified ideographs (all extensions), the CJK compatibility ideographs and `々`. A ruby group
//!   boundary does not break a run (`{国際|こくさい}{協力|きょうりょく}{機構|きこう}` is one run of
//!   six); a space, kana or punctuation does;
//! * [`KATAKANA_RUN_MIN`] or more katakana in a row ([`EasyProblem::KatakanaRun`]): `ァ`–`ヺ` and
//!   the long mark `ー`; the middle dot `・` breaks a run;
//! * a kanji outside the 1,026 school kanji (学年別漢字配当表, see [`is_school_kanji`]) that has no
//!   ruby ([`EasyProblem::KanjiOutsideSchoolList`]). With ruby it is fine;
//! * a double negative from [`DOUBLE_NEGATIVES`] ([`EasyProblem::DoubleNegative`]), matched with
//!   spaces ignored, so 分かち書き (`たべられない ことは ない`) is caught too.
//!
//! The input is marked text in the kiosk's ruby markup (the project's ruby-markup spec): `{base|reading}` is a ruby group
//! (only the base is read as text; the reading, braces and bar are not), `{{` and `}}` are literal
//! braces, and `**` marks emphasis and is ignored here. A `{` that does not start a well-formed
//! group is read as a literal character (the pack validator reports the markup itself).
//!
//! Every warning carries a byte offset into the original marked text: the position of the first
//! base character of the sentence, run or phrase, or of the kanji itself. A base character that
//! opens a ruby group is placed at the group's `{`, a literal brace at the first of its two
//! braces; `**` marks belong to no character, so a sentence that opens with `**` is placed at its
//! first character after the marks.
//!
//! Pure std: no egui, no files (the school list is compiled in with `include_str!`).

use std::fmt;
use std::sync::LazyLock;

/// Longest sentence, in base characters, that easy Japanese should use.
pub const SENTENCE_LIMIT_CHARS: usize = 40;

/// Shortest run of kanji that gets a warning.
pub const KANJI_RUN_MIN: usize = 6;

/// Shortest run of katakana that gets a warning.
pub const KATAKANA_RUN_MIN: usize = 10;

/// The double negatives [`check`] looks for, in plain and polite (ます) forms, with the usual
/// kanji spellings of わけ (訳), こと (事) and かぎる (限る).
///
/// Obligations such as なければならない / なければなりません are deliberately not listed: they are
/// the ordinary way to state a rule and the guideline does not treat them as double negatives.
pub const DOUBLE_NEGATIVES: &[&str] = &[
    // 〜なくはない: "it is not that … not".
    "なくはない",
    "なくはありません",
    "無くはない",
    "無くはありません",
    "なくもない",
    "なくもありません",
    "無くもない",
    "無くもありません",
    // 〜ないことはない
    "ないことはない",
    "ないことはありません",
    "ない事はない",
    "ない事はありません",
    "ないこともない",
    "ないこともありません",
    "ない事もない",
    "ない事もありません",
    // 〜ないわけではない
    "ないわけではない",
    "ないわけではありません",
    "ない訳ではない",
    "ない訳ではありません",
    "ないわけでもない",
    "ないわけでもありません",
    "ない訳でもない",
    "ない訳でもありません",
    // 〜ないわけにはいかない
    "ないわけにはいかない",
    "ないわけにはいきません",
    "ない訳にはいかない",
    "ない訳にはいきません",
    // 〜ないではない
    "ないではない",
    "ないではありません",
    "ないでもない",
    "ないでもありません",
    // 〜ないではいられない / 〜ずにはいられない
    "ないではいられない",
    "ないではいられません",
    "ずにはいられない",
    "ずにはいられません",
    // 〜ずにはおかない
    "ずにはおかない",
    "ずにはおきません",
    // 〜ないとも限らない
    "ないとも限らない",
    "ないともかぎらない",
    "ないとも限りません",
    "ないともかぎりません",
    // 〜ないものでもない
    "ないものでもない",
    "ないものでもありません",
    // 〜ないはずはない
    "ないはずはない",
    "ないはずはありません",
    "ないはずがない",
    "ないはずがありません",
];

/// What is not easy about a piece of text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EasyProblem {
    /// A sentence longer than `limit` base characters.
    LongSentence {
        /// Base characters in the sentence (no readings, markup or spaces).
        chars: usize,
        /// The limit, [`SENTENCE_LIMIT_CHARS`].
        limit: usize,
    },
    /// [`KANJI_RUN_MIN`] or more kanji in a row.
    KanjiRun {
        /// The kanji, as the visitor reads them (without readings).
        run: String,
    },
    /// [`KATAKANA_RUN_MIN`] or more katakana in a row.
    KatakanaRun {
        /// The katakana.
        run: String,
    },
    /// A kanji that is not a school kanji and has no ruby.
    KanjiOutsideSchoolList {
        /// The kanji.
        kanji: char,
    },
    /// A double negative from [`DOUBLE_NEGATIVES`].
    DoubleNegative {
        /// The pattern found.
        phrase: String,
    },
}

impl fmt::Display for EasyProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::LongSentence { chars, limit } => write!(
                f,
                "sentence of {chars} characters (easy Japanese: at most {limit})"
            ),
            Self::KanjiRun { run } => write!(
                f,
                "{} kanji in a row: {run} (break it up or explain it)",
                run.chars().count()
            ),
            Self::KatakanaRun { run } => write!(
                f,
                "{} katakana in a row: {run} (break it up or explain it)",
                run.chars().count()
            ),
            Self::KanjiOutsideSchoolList { kanji } => {
                write!(f, "「{kanji}」 is not a school kanji and has no reading")
            }
            Self::DoubleNegative { phrase } => write!(f, "double negative 「{phrase}」"),
        }
    }
}

/// One problem and where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EasyWarning {
    /// Byte offset into the original marked text (see the module documentation for where
    /// exactly each kind of warning points).
    pub byte_offset: usize,
    /// What is wrong.
    pub problem: EasyProblem,
}

/// Proper names kept whole: the guideline keeps names as they are (with furigana, which
/// `validate` asks for anyway), so a long run of kanji that is one of these is not warned about.
pub const PROPER_NAMES: &[&str] = &[
    "青年海外協力隊",
    "日系社会青年海外協力隊",
    "日系社会海外協力隊",
    "シニア海外協力隊",
];

/// Checks one marked visitor string and returns its warnings, ordered by offset (at one offset:
/// sentence, kanji run, katakana run, kanji, double negative).
#[must_use]
pub fn check(marked_text: &str) -> Vec<EasyWarning> {
    let base = base_chars(marked_text);
    let mut warnings = Vec::new();
    long_sentences(&base, &mut warnings);
    runs(&base, is_kanji, KANJI_RUN_MIN, &mut warnings, |run| {
        EasyProblem::KanjiRun { run }
    });
    warnings.retain(|w| !matches!(&w.problem, EasyProblem::KanjiRun { run } if PROPER_NAMES.contains(&run.as_str())));
    runs(&base, is_katakana, KATAKANA_RUN_MIN, &mut warnings, |run| {
        EasyProblem::KatakanaRun { run }
    });
    kanji_without_reading(&base, &mut warnings);
    double_negatives(&base, &mut warnings);
    // Stable: the order of the passes above decides ties.
    warnings.sort_by_key(|warning| warning.byte_offset);
    warnings
}

/// Whether `c` is one of the 1,026 kanji of the 学年別漢字配当表 (2017 course of study, in force
/// from 2020), read from `kyoiku_kanji.txt` the first time it is asked.
#[must_use]
pub fn is_school_kanji(c: char) -> bool {
    SCHOOL_KANJI
        .binary_search_by_key(&c, |&(kanji, _)| kanji)
        .is_ok()
}

/// The school list, one line per grade: `1 一右雨…`; lines starting with `#` are comments.
const SCHOOL_LIST_TEXT: &str = include_str!("kyoiku_kanji.txt");

/// Every school kanji with its grade, sorted by kanji.
static SCHOOL_KANJI: LazyLock<Vec<(char, u8)>> =
    LazyLock::new(|| parse_school_list(SCHOOL_LIST_TEXT));

fn parse_school_list(text: &str) -> Vec<(char, u8)> {
    let mut list: Vec<(char, u8)> = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter_map(|line| line.split_once(' '))
        .filter_map(|(grade, kanji)| Some((grade.trim().parse::<u8>().ok()?, kanji)))
        .flat_map(|(grade, kanji)| {
            kanji
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(move |c| (c, grade))
        })
        .collect();
    list.sort_unstable();
    list.dedup_by_key(|&mut (kanji, _)| kanji);
    list
}

/// One character of the text a visitor reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct BaseChar {
    ch: char,
    /// Byte offset in the marked text where this character's markup starts.
    anchor: usize,
    /// Part of the base of a ruby group (so it has a reading).
    in_ruby: bool,
}

/// The base text of `marked`: ruby readings, braces and `**` removed, `{{`/`}}` unescaped.
fn base_chars(marked: &str) -> Vec<BaseChar> {
    let chars: Vec<(usize, char)> = marked.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let mut base = Vec::with_capacity(chars.len());
    let mut i = 0;
    while let Some(&(offset, c)) = chars.get(i) {
        let next = at(i + 1);
        match c {
            '*' if next == Some('*') => i += 2,
            '{' | '}' if next == Some(c) => {
                base.push(BaseChar {
                    ch: c,
                    anchor: offset,
                    in_ruby: false,
                });
                i += 2;
            }
            '{' => {
                if let Some((group_base, end)) = ruby_group(&chars, i) {
                    base.extend(group_base.iter().enumerate().map(|(k, &(o, ch))| BaseChar {
                        ch,
                        anchor: if k == 0 { offset } else { o },
                        in_ruby: true,
                    }));
                    i = end;
                } else {
                    base.push(BaseChar {
                        ch: c,
                        anchor: offset,
                        in_ruby: false,
                    });
                    i += 1;
                }
            }
            _ => {
                base.push(BaseChar {
                    ch: c,
                    anchor: offset,
                    in_ruby: false,
                });
                i += 1;
            }
        }
    }
    base
}

/// A well-formed ruby group `{base|reading}` opening at `chars[open]`: its base characters and
/// the index just past its `}`.
fn ruby_group(chars: &[(usize, char)], open: usize) -> Option<(&[(usize, char)], usize)> {
    let rest = chars.get(open + 1..)?;
    let bar = group_part_end(rest, '|')?;
    let after_bar = rest.get(bar + 1..)?;
    let close = group_part_end(after_bar, '}')?;
    let group_base = rest.get(..bar)?;
    if bar == 0 || close == 0 {
        return None;
    }
    Some((group_base, open + 1 + bar + 1 + close + 1))
}

/// Index of the `end` character that closes one part of a ruby group, if the part is well
/// formed (no braces, bar, line break or `**` before it).
fn group_part_end(part: &[(usize, char)], end: char) -> Option<usize> {
    let mut previous_star = false;
    for (index, &(_, c)) in part.iter().enumerate() {
        if c == end {
            return Some(index);
        }
        if matches!(c, '{' | '}' | '|' | '\n' | '\r') || (c == '*' && previous_star) {
            return None;
        }
        previous_star = c == '*';
    }
    None
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?')
}

fn is_closing_bracket(c: char) -> bool {
    matches!(
        c,
        '」' | '』' | '）' | ')' | '】' | '〕' | '〉' | '》' | '］' | ']' | '｝' | '"' | '”' | '’'
    )
}

fn long_sentences(base: &[BaseChar], warnings: &mut Vec<EasyWarning>) {
    // (anchor of the first counted character, characters counted so far)
    let mut sentence: Option<(usize, usize)> = None;
    let mut closing = false;
    let mut finish = |sentence: &mut Option<(usize, usize)>| {
        if let Some((start, chars)) = sentence.take()
            && chars > SENTENCE_LIMIT_CHARS
        {
            warnings.push(EasyWarning {
                byte_offset: start,
                problem: EasyProblem::LongSentence {
                    chars,
                    limit: SENTENCE_LIMIT_CHARS,
                },
            });
        }
    };
    for b in base {
        if b.ch == '\n' {
            finish(&mut sentence);
            closing = false;
            continue;
        }
        if b.ch.is_whitespace() {
            continue;
        }
        if closing && !is_sentence_end(b.ch) && !is_closing_bracket(b.ch) {
            finish(&mut sentence);
            closing = false;
        }
        match &mut sentence {
            Some((_, chars)) => *chars += 1,
            None => sentence = Some((b.anchor, 1)),
        }
        if is_sentence_end(b.ch) {
            closing = true;
        }
    }
    finish(&mut sentence);
}

/// Kanji for runs: CJK unified ideographs (the main block and every extension), CJK
/// compatibility ideographs, and the iteration mark `々`.
fn is_kanji(c: char) -> bool {
    c == '々' || is_ideograph(c)
}

fn is_ideograph(c: char) -> bool {
    matches!(
        c,
        '\u{3400}'..='\u{4DBF}'
            | '\u{4E00}'..='\u{9FFF}'
            | '\u{F900}'..='\u{FAFF}'
            | '\u{20000}'..='\u{2FA1F}'
            | '\u{30000}'..='\u{3347F}'
    )
}

/// Katakana for runs: `ァ`–`ヺ` and the long mark `ー` (not the middle dot `・`).
fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | 'ー')
}

fn runs(
    base: &[BaseChar],
    belongs: fn(char) -> bool,
    min: usize,
    warnings: &mut Vec<EasyWarning>,
    problem: impl Fn(String) -> EasyProblem,
) {
    for run in base.chunk_by(|a, b| belongs(a.ch) == belongs(b.ch)) {
        if let Some(first) = run.first()
            && belongs(first.ch)
            && run.len() >= min
        {
            warnings.push(EasyWarning {
                byte_offset: first.anchor,
                problem: problem(run.iter().map(|b| b.ch).collect()),
            });
        }
    }
}

fn kanji_without_reading(base: &[BaseChar], warnings: &mut Vec<EasyWarning>) {
    warnings.extend(
        base.iter()
            .filter(|b| !b.in_ruby && is_ideograph(b.ch) && !is_school_kanji(b.ch))
            .map(|b| EasyWarning {
                byte_offset: b.anchor,
                problem: EasyProblem::KanjiOutsideSchoolList { kanji: b.ch },
            }),
    );
}

fn double_negatives(base: &[BaseChar], warnings: &mut Vec<EasyWarning>) {
    let text: Vec<&BaseChar> = base.iter().filter(|b| !b.ch.is_whitespace()).collect();
    let mut i = 0;
    while let Some(rest) = text.get(i..) {
        let Some(first) = rest.first() else { break };
        let found = DOUBLE_NEGATIVES
            .iter()
            .filter(|pattern| {
                pattern.chars().count() <= rest.len()
                    && pattern.chars().zip(rest).all(|(p, b)| p == b.ch)
            })
            .max_by_key(|pattern| pattern.chars().count());
        if let Some(pattern) = found {
            warnings.push(EasyWarning {
                byte_offset: first.anchor,
                problem: EasyProblem::DoubleNegative {
                    phrase: (*pattern).to_owned(),
                },
            });
            i += pattern.chars().count();
        } else {
            i += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<EasyProblem> {
        check(text).into_iter().map(|w| w.problem).collect()
    }

    fn grade_counts() -> [usize; 6] {
        let mut counts = [0; 6];
        for &(_, grade) in SCHOOL_KANJI.iter() {
            let slot = usize::from(grade)
                .checked_sub(1)
                .and_then(|g| counts.get_mut(g));
            *slot.expect("grade 1 to 6") += 1;
        }
        counts
    }

    fn grade_of(c: char) -> Option<u8> {
        SCHOOL_KANJI
            .binary_search_by_key(&c, |&(kanji, _)| kanji)
            .ok()
            .and_then(|i| SCHOOL_KANJI.get(i))
            .map(|&(_, grade)| grade)
    }

    #[test]
    fn proper_names_are_kept_whole() {
        assert_eq!(
            check(
                "{青年|せいねん}{海外|かいがい}{協力|きょうりょく}{隊|たい}に{入|はい}りました。"
            ),
            vec![]
        );
    }

    #[test]
    fn school_list_has_1026_kanji_in_the_2020_grades() {
        assert_eq!(SCHOOL_KANJI.len(), 1026);
        assert_eq!(grade_counts(), [80, 160, 200, 202, 193, 191]);
        // No kanji twice (dedup would hide it): the file itself has 1,026 kanji characters.
        let in_file: usize = SCHOOL_LIST_TEXT
            .lines()
            .filter(|line| !line.starts_with('#'))
            .map(|line| line.chars().filter(|&c| is_ideograph(c)).count())
            .sum();
        assert_eq!(in_file, 1026);
        for c in "茨媛岡潟岐熊香佐埼崎滋鹿縄井沖栃奈梨阪阜".chars() {
            assert_eq!(grade_of(c), Some(4), "{c} is a grade-4 kanji since 2020");
        }
        // Other 2020 moves.
        for (c, grade) in [
            ('城', 4),
            ('賀', 4),
            ('囲', 5),
            ('歴', 5),
            ('胃', 6),
            ('恩', 6),
        ] {
            assert_eq!(grade_of(c), Some(grade), "{c}");
        }
        assert_eq!(grade_of('一'), Some(1));
        assert!(SCHOOL_KANJI.iter().all(|&(c, _)| is_ideograph(c)));
    }

    #[test]
    fn school_kanji_lookup() {
        assert!(is_school_kanji('一'));
        assert!(is_school_kanji('協'));
        assert!(is_school_kanji('際'));
        assert!(!is_school_kanji('曖'));
        assert!(!is_school_kanji('遣'));
        assert!(is_school_kanji('隊'));
        assert!(!is_school_kanji('あ'));
        assert!(!is_school_kanji('々'));
    }

    #[test]
    fn easy_text_has_no_warnings() {
        assert_eq!(check(""), vec![]);
        assert_eq!(check("これは 日本の 学校です。"), vec![]);
        assert_eq!(check("{派遣|はけん}されました。**大切**です。"), vec![]);
    }

    #[test]
    fn long_sentence_counts_base_characters_only() {
        // 41 base characters: too long.
        let long = "あ".repeat(40) + "。";
        assert_eq!(
            problems(&long),
            vec![EasyProblem::LongSentence {
                chars: 41,
                limit: 40
            }]
        );
        // 40 counted characters: fine. Spaces, readings, braces and `**` do not count.
        let fine = format!("{}{{学校|がっこう}} **です**。", "あ ".repeat(35));
        assert_eq!(check(&fine), vec![]);
        // Adding one character makes it 41.
        let over = format!("い{fine}");
        assert_eq!(
            problems(&over),
            vec![EasyProblem::LongSentence {
                chars: 41,
                limit: 40
            }]
        );
    }

    #[test]
    fn sentences_end_at_marks_and_line_breaks() {
        let half = "あ".repeat(25);
        for end in ["。", "！", "？", "!", "?", "\n", "。」", "？！"] {
            assert_eq!(check(&format!("{half}{end}{half}")), vec![], "{end:?}");
        }
        // A closing bracket after 。 stays with its sentence: 39 + 。 + 」 = 41.
        let quoted = format!("「{}。」", "あ".repeat(38));
        assert_eq!(
            problems(&quoted),
            vec![EasyProblem::LongSentence {
                chars: 41,
                limit: 40
            }]
        );
        // A comma does not end a sentence.
        assert_eq!(check(&format!("{half}、{half}")).len(), 1);
    }

    #[test]
    fn long_sentence_offset_is_its_first_character() {
        let text = format!("はい。 {}。", "あ".repeat(45));
        let warnings = check(&text);
        assert_eq!(warnings.len(), 1);
        let offset = warnings.first().map(|w| w.byte_offset);
        assert_eq!(offset, Some("はい。 ".len()));
        // A sentence opening with ruby starts at the `{`; with `**`, after the marks.
        let text = format!("はい。{{学校|がっこう}}{}。", "あ".repeat(45));
        assert_eq!(
            check(&text).first().map(|w| w.byte_offset),
            Some("はい。".len())
        );
        let text = format!("はい。**{}**。", "あ".repeat(45));
        assert_eq!(
            check(&text).first().map(|w| w.byte_offset),
            Some("はい。**".len())
        );
    }

    #[test]
    fn kanji_run_across_ruby_groups() {
        let text = "これは{国際|こくさい}{協力|きょうりょく}{機構|きこう}です。";
        assert_eq!(
            check(text),
            vec![EasyWarning {
                byte_offset: "これは".len(),
                problem: EasyProblem::KanjiRun {
                    run: "国際協力機構".to_owned()
                },
            }]
        );
        assert_eq!(
            EasyProblem::KanjiRun {
                run: "国際協力機構".to_owned()
            }
            .to_string(),
            "6 kanji in a row: 国際協力機構 (break it up or explain it)"
        );
    }

    #[test]
    fn kanji_run_rules() {
        // Five is fine, six is not; emphasis does not break a run, a space or kana does.
        assert_eq!(check("国際協力機"), vec![]);
        assert_eq!(check("国際協力 機構"), vec![]);
        assert_eq!(check("国際協力の機構"), vec![]);
        assert_eq!(
            check("日本の**国際協力**機構"),
            vec![EasyWarning {
                byte_offset: "日本の**".len(),
                problem: EasyProblem::KanjiRun {
                    run: "国際協力機構".to_owned()
                },
            }]
        );
        // 々 counts as a kanji.
        assert_eq!(
            problems("人々学校日本"),
            vec![EasyProblem::KanjiRun {
                run: "人々学校日本".to_owned()
            }]
        );
    }

    #[test]
    fn katakana_run_rules() {
        // Nine katakana are fine; ten (ー counts) are not; the middle dot breaks the run.
        assert_eq!(check("あのコミュニケーション"), vec![]);
        assert_eq!(
            check("あのコミュニケーションズ"),
            vec![EasyWarning {
                byte_offset: "あの".len(),
                problem: EasyProblem::KatakanaRun {
                    run: "コミュニケーションズ".to_owned()
                },
            }]
        );
        let eleven = "オーバーシーズボランティア";
        assert_eq!(
            check(eleven),
            vec![EasyWarning {
                byte_offset: 0,
                problem: EasyProblem::KatakanaRun {
                    run: eleven.to_owned()
                },
            }]
        );
        assert_eq!(check("オーバーシーズ・ボランティア"), vec![]);
        assert_eq!(
            EasyProblem::KatakanaRun {
                run: "アイウエオカキクケコサ".to_owned()
            }
            .to_string(),
            "11 katakana in a row: アイウエオカキクケコサ (break it up or explain it)"
        );
    }

    #[test]
    fn non_school_kanji_needs_ruby() {
        let text = "{派遣|はけん}と遣と曖昧";
        assert_eq!(
            check(text),
            vec![
                EasyWarning {
                    byte_offset: "{派遣|はけん}と".len(),
                    problem: EasyProblem::KanjiOutsideSchoolList { kanji: '遣' },
                },
                EasyWarning {
                    byte_offset: "{派遣|はけん}と遣と".len(),
                    problem: EasyProblem::KanjiOutsideSchoolList { kanji: '曖' },
                },
                EasyWarning {
                    byte_offset: "{派遣|はけん}と遣と曖".len(),
                    problem: EasyProblem::KanjiOutsideSchoolList { kanji: '昧' },
                },
            ]
        );
        assert_eq!(check("**{曖昧|あいまい}**"), vec![]);
        assert_eq!(
            EasyProblem::KanjiOutsideSchoolList { kanji: '曖' }.to_string(),
            "「曖」 is not a school kanji and has no reading"
        );
    }

    #[test]
    fn double_negatives_are_found() {
        let text = "これは たべられなくはない。";
        assert_eq!(
            check(text),
            vec![EasyWarning {
                byte_offset: "これは たべられ".len(),
                problem: EasyProblem::DoubleNegative {
                    phrase: "なくはない".to_owned()
                },
            }]
        );
        // Spaces (分かち書き), emphasis and ruby do not hide a pattern; the longest one is named.
        assert_eq!(
            problems("いか ない わけ では ありません"),
            vec![EasyProblem::DoubleNegative {
                phrase: "ないわけではありません".to_owned()
            }]
        );
        assert_eq!(
            problems("{行|い}か**ない**{訳|わけ}ではない"),
            vec![EasyProblem::DoubleNegative {
                phrase: "ない訳ではない".to_owned()
            }]
        );
        assert_eq!(
            problems("わらわずにはいられない。しらないこともない。"),
            vec![
                EasyProblem::DoubleNegative {
                    phrase: "ずにはいられない".to_owned()
                },
                EasyProblem::DoubleNegative {
                    phrase: "ないこともない".to_owned()
                },
            ]
        );
        assert_eq!(
            check("たべません。いきたくない。しなければなりません。"),
            vec![]
        );
        assert_eq!(
            EasyProblem::DoubleNegative {
                phrase: "なくはない".to_owned()
            }
            .to_string(),
            "double negative 「なくはない」"
        );
    }

    #[test]
    fn every_pattern_is_found_on_its_own() {
        for pattern in DOUBLE_NEGATIVES {
            assert_eq!(
                problems(pattern),
                vec![EasyProblem::DoubleNegative {
                    phrase: (*pattern).to_owned()
                }],
                "{pattern}"
            );
        }
    }

    #[test]
    fn literal_braces_and_broken_markup() {
        // `{{` and `}}` are one brace each (one base character), at the first brace's offset.
        let base = base_chars("a{{b}}c");
        let text: String = base.iter().map(|b| b.ch).collect();
        assert_eq!(text, "a{b}c");
        let anchors: Vec<usize> = base.iter().map(|b| b.anchor).collect();
        assert_eq!(anchors, vec![0, 1, 3, 4, 6]);
        // A ruby group gives its base only; later base characters keep their own offsets.
        let base = base_chars("{国際|こくさい}だ");
        let text: String = base.iter().map(|b| b.ch).collect();
        assert_eq!(text, "国際だ");
        let anchors: Vec<usize> = base.iter().map(|b| b.anchor).collect();
        assert_eq!(anchors, vec![0, 4, "{国際|こくさい}".len()]);
        assert!(base.iter().take(2).all(|b| b.in_ruby));
        // Not a group: everything stays literal, so the kanji has no reading.
        for (broken, literal) in [
            ("{曖|}", "{曖|}"),
            ("{|あい}", "{|あい}"),
            ("{曖 あい", "{曖 あい"),
            ("{曖\n|あい}", "{曖\n|あい}"),
            ("{曖**|あい}", "{曖|あい}"),
            ("{曖|あ{い}", "{曖|あ{い}"),
            ("{曖|あい", "{曖|あい"),
        ] {
            let text: String = base_chars(broken).iter().map(|b| b.ch).collect();
            assert_eq!(text, literal, "{broken:?}");
            assert!(base_chars(broken).iter().all(|b| !b.in_ruby), "{broken:?}");
        }
        assert_eq!(
            check("{曖|あ{い}"),
            vec![EasyWarning {
                byte_offset: 1,
                problem: EasyProblem::KanjiOutsideSchoolList { kanji: '曖' },
            }]
        );
        // `|` outside a group and a single `*` are ordinary characters.
        let text: String = base_chars("a|b*c**d").iter().map(|b| b.ch).collect();
        assert_eq!(text, "a|b*cd");
    }

    #[test]
    fn markup_is_not_counted_in_sentence_length() {
        // 40 kanji-with-ruby groups plus marks: 40 base characters.
        let text = format!("**{}**", "{学|がく}".repeat(20) + &"あ".repeat(20));
        let warnings = check(&text);
        assert!(
            !warnings
                .iter()
                .any(|w| matches!(w.problem, EasyProblem::LongSentence { .. })),
            "{warnings:?}"
        );
    }

    #[test]
    fn warnings_are_ordered_by_offset() {
        let text = format!("{}。曖昧国際協力機構なくはない", "あ".repeat(41));
        let offsets: Vec<usize> = check(&text).iter().map(|w| w.byte_offset).collect();
        let mut sorted = offsets.clone();
        sorted.sort_unstable();
        assert_eq!(offsets, sorted);
        assert_eq!(
            problems(&text),
            vec![
                EasyProblem::LongSentence {
                    chars: 42,
                    limit: 40
                },
                EasyProblem::KanjiRun {
                    run: "曖昧国際協力機構".to_owned()
                },
                EasyProblem::KanjiOutsideSchoolList { kanji: '曖' },
                EasyProblem::KanjiOutsideSchoolList { kanji: '昧' },
                EasyProblem::DoubleNegative {
                    phrase: "なくはない".to_owned()
                },
            ]
        );
        assert_eq!(
            EasyProblem::LongSentence {
                chars: 52,
                limit: 40
            }
            .to_string(),
            "sentence of 52 characters (easy Japanese: at most 40)"
        );
    }
}
