//! Visitor text laid out as a Japanese typesetter would: furigana (ruby) over their kanji,
//! lines broken at phrase boundaries with kinsoku kept, and no word left alone on a title's
//! last line.
//!
//! egui's own wrapping knows neither ruby nor phrases, so this module breaks the lines itself
//! ([`super::line_breaks`] says where a line may break; the widths come from one unwrapped
//! egui layout of each paragraph) and lays out each line as its own egui galley, with each
//! reading centred over its base at half size. A line with readings shown has the ruby's band
//! above it, as browsers set ruby; with furigana off a text is set as plain text. Where a reading is wider than its kanji, it may overhang a
//! neighbouring kana or punctuation mark (never a kanji); what is left spaces the kanji apart,
//! so readings never touch. The readings of a compound sit over their own kanji where they
//! fit and move apart only as far as they must (jukugo ruby).
//!
//! The line plans are cached (in egui's temporary data) by text, font, width and switches;
//! the galleys themselves come from egui's own cache each frame, so a font atlas rebuilt under
//! them is never a problem.

use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};

use egui::text::{LayoutJob, TextFormat};
use egui::{Align, Color32, FontFamily, FontId, Galley, Painter, Pos2, Vec2, vec2};

use super::line_breaks::{self, Gap};
use crate::content::rich_text::{self, Span};
use crate::content::ruby::{self, Piece};

/// Readings are drawn at this fraction of their base's size.
const RUBY_SCALE: f32 = 0.5;
/// Smallest reading, at 1080p scale (so captions' furigana stay legible).
const RUBY_MIN_SIZE: f32 = 14.0;
/// Plans kept before the cache is emptied.
const CACHE_LIMIT: usize = 4000;

/// How a text looks.
#[derive(Debug, Clone, PartialEq)]
pub struct Look {
    /// Plain text.
    pub font: FontId,
    /// Its colour.
    pub color: Color32,
    /// `**emphasis**`, when the text has it: font and colour.
    pub emphasis: Option<(FontId, Color32)>,
    /// Height of a line of base text; the font's own when absent.
    pub line_height: Option<f32>,
    /// Left or centred lines.
    pub align: Align,
    /// The screen's scale (1.0 at 1080p), for the smallest reading.
    pub scale: f32,
}

impl Look {
    /// Plain text in `font` and `color`, left-aligned, at 1080p scale.
    #[must_use]
    pub fn new(font: FontId, color: Color32) -> Self {
        Self {
            font,
            color,
            emphasis: None,
            line_height: None,
            align: Align::Min,
            scale: 1.0,
        }
    }

    /// Centred lines.
    #[must_use]
    pub fn centred(mut self) -> Self {
        self.align = Align::Center;
        self
    }

    /// Lines `height` apart (base text only; ruby adds its band).
    #[must_use]
    pub fn line_height(mut self, height: f32) -> Self {
        self.line_height = Some(height);
        self
    }

    /// `**emphasis**` in `font` and `color`.
    #[must_use]
    pub fn emphasis(mut self, font: FontId, color: Color32) -> Self {
        self.emphasis = Some((font, color));
        self
    }

    /// The screen's scale.
    #[must_use]
    pub fn scale(mut self, scale: f32) -> Self {
        self.scale = scale;
        self
    }
}

/// What to lay out.
#[derive(Debug, Clone)]
pub struct Spec<'a> {
    /// The text, in the packs' markup (`{漢字|かんじ}`, and `**` when the look has emphasis).
    pub text: &'a str,
    /// How it looks.
    pub look: Look,
    /// Widest line.
    pub width: f32,
    /// Draw the readings (the visitor's furigana switch, in a Japanese language).
    pub ruby_shown: bool,
    /// Even out a short last line (titles, prompts).
    pub balanced: bool,
    /// At most this many lines, the last ending in "…" when the text is longer.
    pub max_rows: Option<usize>,
}

impl<'a> Spec<'a> {
    /// `text` in `look`, at most `width` wide.
    #[must_use]
    pub fn new(text: &'a str, look: Look, width: f32) -> Self {
        Self {
            text,
            look,
            width,
            ruby_shown: false,
            balanced: false,
            max_rows: None,
        }
    }

    /// With the readings drawn when `shown`.
    #[must_use]
    pub fn ruby(mut self, shown: bool) -> Self {
        self.ruby_shown = shown;
        self
    }

    /// With a short last line evened out.
    #[must_use]
    pub fn balanced(mut self) -> Self {
        self.balanced = true;
        self
    }

    /// In at most `rows` lines.
    #[must_use]
    pub fn max_rows(mut self, rows: usize) -> Self {
        self.max_rows = Some(rows);
        self
    }
}

/// A laid-out text, ready to paint.
#[derive(Debug, Clone)]
pub struct RubyText {
    lines: Vec<Line>,
    size: Vec2,
    /// The height of the readings' band above the first line (0 without readings shown).
    band: f32,
    /// Where the lines start relative to the paint position: 0 for left-aligned text, minus
    /// half the width for centred text (painted at its centre), as egui's galleys do.
    left: f32,
    /// The words without readings, for assistive technology.
    plain: String,
}

#[derive(Debug, Clone)]
struct Line {
    galley: Arc<Galley>,
    /// Offset of the base galley from the text's top left.
    offset: Vec2,
    /// Readings: galley, offset of its top left, colour.
    readings: Vec<(Arc<Galley>, Vec2)>,
}

impl RubyText {
    /// Width and height.
    #[must_use]
    pub fn size(&self) -> Vec2 {
        self.size
    }

    /// The top at which the text's kanji and kana (the lines below the first line's band of
    /// readings) are centred on `middle`: a label with readings sits level with its icon and
    /// with neighbours that have none, its readings above.
    #[must_use]
    pub fn top_centring(&self, middle: f32) -> f32 {
        middle - f32::midpoint(self.size.y, self.band)
    }

    /// How far the readings reach beyond the base text's width at its widest side (a reading
    /// wider than the last kanji of a line, 「標準」 under ひょうじゅん): room a tight frame such
    /// as a button leaves at each side.
    #[must_use]
    pub fn reading_overhang(&self) -> f32 {
        let left = self.left;
        let right = self.left + self.size.x;
        self.lines
            .iter()
            .flat_map(|line| &line.readings)
            .map(|(galley, offset)| {
                let start = offset.x + galley.rect.left();
                let end = offset.x + galley.rect.right();
                (left - start).max(end - right)
            })
            .fold(0.0, f32::max)
    }

    /// Number of lines.
    #[must_use]
    pub fn rows(&self) -> usize {
        self.lines.len()
    }

    /// Width of the widest line.
    #[must_use]
    pub fn width(&self) -> f32 {
        self.size.x
    }

    /// The area the text covers when painted at `pos`.
    #[must_use]
    pub fn rect_at(&self, pos: Pos2) -> egui::Rect {
        egui::Rect::from_min_size(pos + vec2(self.left, 0.0), self.size)
    }

    /// Each line's words, without readings (for tests of the line breaking).
    #[must_use]
    pub fn line_texts(&self) -> Vec<String> {
        self.lines
            .iter()
            .map(|line| line.galley.text().trim_end_matches('…').to_owned())
            .collect()
    }

    /// The words without readings (and without `**` marks).
    #[must_use]
    pub fn plain(&self) -> &str {
        &self.plain
    }

    /// Paints the text at `top_left` (the top centre for centred text).
    pub fn paint(&self, painter: &Painter, top_left: Pos2) {
        self.paint_with(painter, top_left, Color32::PLACEHOLDER);
    }

    /// Paints the text at `top_left`, text of no colour of its own in `fallback`.
    pub fn paint_with(&self, painter: &Painter, top_left: Pos2, fallback: Color32) {
        for line in &self.lines {
            painter.galley(top_left + line.offset, line.galley.clone(), fallback);
            for (reading, offset) in &line.readings {
                painter.galley(top_left + *offset, reading.clone(), fallback);
            }
        }
    }
}

/// One base character, with what it belongs to.
#[derive(Debug, Clone, Copy)]
struct Unit {
    c: char,
    emphasis: bool,
    /// Index into the reading list, when under ruby.
    group: Option<usize>,
}

/// The parsed text: base characters in order and the readings over them.
#[derive(Debug, Clone, Default)]
struct Parsed {
    units: Vec<Unit>,
    /// Reading and the char range `[start, end)` it covers.
    groups: Vec<(String, usize, usize)>,
}

fn parse(text: &str, emphasis: bool) -> Parsed {
    let spans: Vec<Span> = if emphasis {
        // Paragraph breaks are the caller's: this keeps the text as one paragraph.
        rich_text::parse(&text.replace("\n\n", "\n"))
            .into_iter()
            .flatten()
            .collect()
    } else {
        vec![Span {
            text: text.to_owned(),
            emphasis: false,
        }]
    };
    let mut parsed = Parsed::default();
    for span in &spans {
        let (pieces, _) = ruby::parse(&span.text);
        for piece in pieces {
            match piece {
                Piece::Plain(text) => parsed.units.extend(text.chars().map(|c| Unit {
                    c,
                    emphasis: span.emphasis,
                    group: None,
                })),
                Piece::Ruby { base, reading } => {
                    let start = parsed.units.len();
                    let group = parsed.groups.len();
                    parsed.units.extend(base.chars().map(|c| Unit {
                        c,
                        emphasis: span.emphasis,
                        group: Some(group),
                    }));
                    parsed
                        .groups
                        .push((reading.to_owned(), start, parsed.units.len()));
                }
            }
        }
    }
    parsed
}

/// Where each line starts and ends, and the space added around each ruby group.
#[derive(Debug, Clone, Default)]
struct Plan {
    parsed: Parsed,
    /// Extra space before unit `i` (to fit a wide reading).
    leading: Vec<f32>,
    /// For a run of ruby starting at unit `i` whose reading is wider than its kanji: where the
    /// run ends and the space needed after it when a line starts with it (the reading then
    /// starts with the line, so all its extra width goes to the right).
    line_start_room: Vec<Option<(usize, f32)>>,
    /// Lines as unit ranges.
    lines: Vec<(usize, usize)>,
    /// The last line ends in "…" (the text was cut).
    ellipsis: bool,
}

/// Line plans by [`plan_key`], kept in egui's temporary data behind a mutex (it needs
/// `Send + Sync`), emptied when it grows past [`CACHE_LIMIT`].
type PlanCache = Arc<Mutex<std::collections::HashMap<u64, Arc<Plan>>>>;

/// What every text of a frame shares: the furigana switch and the screen's scale, set by the
/// app once a frame so that helpers given only a painter lay text out alike.
#[derive(Debug, Clone, Copy)]
pub struct FrameStyle {
    /// Readings drawn.
    pub furigana: bool,
    /// The screen's scale.
    pub scale: f32,
}

impl Default for FrameStyle {
    fn default() -> Self {
        Self {
            furigana: false,
            scale: 1.0,
        }
    }
}

fn frame_style_id() -> egui::Id {
    egui::Id::unique("ruby-frame-style")
}

/// Sets this frame's [`FrameStyle`].
pub fn set_frame_style(ctx: &egui::Context, style: FrameStyle) {
    ctx.data_mut(|data| data.insert_temp(frame_style_id(), style));
}

/// This frame's [`FrameStyle`].
#[must_use]
pub fn frame_style(ctx: &egui::Context) -> FrameStyle {
    ctx.data(|data| data.get_temp(frame_style_id()))
        .unwrap_or_default()
}

/// Lays `spec` out.
#[must_use]
pub fn layout(painter: &Painter, spec: &Spec<'_>) -> RubyText {
    if needs_clusters(spec.text) {
        return wrapped_by_egui(painter, spec);
    }
    let plan = plan(painter, spec);
    build(painter, spec, &plan)
}

/// Whether `text` is in a script whose letters join into clusters when shaped (Devanagari's
/// conjuncts and vowel signs, combining marks): its glyphs cannot be matched to its
/// characters one by one, which this module's own line breaking needs.
fn needs_clusters(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c, '\u{0900}'..='\u{097F}' | '\u{A8E0}'..='\u{A8FF}' | '\u{0300}'..='\u{036F}')
    })
}

/// `spec` laid out by egui's own wrapping, at spaces (scripts such as Devanagari, written with
/// spaces between words and shaped in clusters; no ruby, never Japanese).
fn wrapped_by_egui(painter: &Painter, spec: &Spec<'_>) -> RubyText {
    let parsed = parse(spec.text, spec.look.emphasis.is_some());
    let mut job = LayoutJob::default();
    job.wrap.max_width = spec.width;
    if let Some(rows) = spec.max_rows {
        job.wrap.max_rows = rows;
    }
    job.halign = spec.look.align;
    let mut run = String::new();
    let mut emphasis = None;
    let flush = |job: &mut LayoutJob, run: &mut String, emphasis: bool| {
        if !run.is_empty() {
            let mut format = format_of(&spec.look, emphasis);
            format.line_height = spec.look.line_height;
            job.append(run, 0.0, format);
            run.clear();
        }
    };
    for unit in &parsed.units {
        if emphasis.is_some_and(|e| e != unit.emphasis) {
            flush(&mut job, &mut run, emphasis.unwrap_or(false));
        }
        emphasis = Some(unit.emphasis);
        run.push(unit.c);
    }
    flush(&mut job, &mut run, emphasis.unwrap_or(false));
    let galley = painter.layout_job(job);
    let size = galley.size();
    let left = match spec.look.align {
        Align::Center => -size.x / 2.0,
        Align::Max => -size.x,
        Align::Min => 0.0,
    };
    RubyText {
        lines: vec![Line {
            galley,
            offset: Vec2::ZERO,
            readings: Vec::new(),
        }],
        size,
        band: 0.0,
        left,
        plain: parsed.units.iter().map(|u| u.c).collect(),
    }
}

fn plan(painter: &Painter, spec: &Spec<'_>) -> Arc<Plan> {
    let key = plan_key(painter, spec);
    let cache = painter.ctx().data_mut(|data| {
        data.get_temp_mut_or_default::<PlanCache>(egui::Id::unique("ruby-plans"))
            .clone()
    });
    if let Some(plan) = cache.lock().ok().and_then(|plans| plans.get(&key).cloned()) {
        return plan;
    }
    let plan = Arc::new(compute_plan(painter, spec));
    if let Ok(mut plans) = cache.lock() {
        if plans.len() > CACHE_LIMIT {
            plans.clear();
        }
        plans.insert(key, plan.clone());
    }
    plan
}

fn plan_key(painter: &Painter, spec: &Spec<'_>) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    spec.text.hash(&mut hasher);
    spec.look.font.hash(&mut hasher);
    spec.look
        .emphasis
        .as_ref()
        .map(|(f, _)| f.clone())
        .hash(&mut hasher);
    spec.look.line_height.map(f32::to_bits).hash(&mut hasher);
    spec.look.scale.to_bits().hash(&mut hasher);
    spec.width.to_bits().hash(&mut hasher);
    (spec.ruby_shown, spec.balanced, spec.max_rows).hash(&mut hasher);
    // Fonts that arrive later change every width: a probe's width keys them in.
    let probe = painter.layout_no_wrap("漢a".to_owned(), spec.look.font.clone(), Color32::WHITE);
    probe.size().x.to_bits().hash(&mut hasher);
    painter.ctx().pixels_per_point().to_bits().hash(&mut hasher);
    hasher.finish()
}

fn ruby_font(look: &Look) -> FontId {
    let size = (look.font.size * RUBY_SCALE).max(RUBY_MIN_SIZE * look.scale);
    FontId::new(size, FontFamily::Proportional)
}

fn format_of(look: &Look, emphasis: bool) -> TextFormat {
    let (font_id, color) = match (&look.emphasis, emphasis) {
        (Some((font, color)), true) => (font.clone(), *color),
        _ => (look.font.clone(), look.color),
    };
    TextFormat {
        font_id,
        color,
        ..TextFormat::default()
    }
}

/// The ruby spacing before each unit of a line `range` (indexed from `range.0`): a line never
/// starts with space; in left-aligned text a run of ruby that starts it takes all its room
/// after its characters (in centred text its reading reaches into the margin instead).
fn line_leading(plan: &Plan, range: (usize, usize), align: Align) -> Vec<f32> {
    let mut leading = plan
        .leading
        .get(range.0..range.1)
        .unwrap_or_default()
        .to_vec();
    if let Some(first) = leading.first_mut() {
        *first = 0.0;
    }
    if let Some(Some((end, room))) = plan.line_start_room.get(range.0)
        && align == Align::Min
        && *end < range.1
        && let Some(run) = end.checked_sub(range.0).filter(|&n| n > 0)
    {
        // The room is shared out after each of the run's characters (its kanji set a little
        // apart, as JIS X 4051 spreads a base under a long reading) rather than left as one
        // gap before the next word, which reads as a stray space (「協力隊 が」).
        #[allow(clippy::cast_precision_loss, reason = "a run holds few characters")]
        let share = *room / run as f32;
        for space in leading.iter_mut().take(run + 1).skip(1) {
            *space = share;
        }
    }
    leading
}

/// One line's job: units `range`, with the ruby spacing `leading` (one per unit of the range),
/// and "…" at the end when `ellipsis`.
fn line_job(
    spec: &Spec<'_>,
    plan: &Plan,
    range: (usize, usize),
    leading: &[f32],
    ellipsis: bool,
) -> LayoutJob {
    let mut job = LayoutJob::default();
    job.wrap.max_width = f32::INFINITY;
    let mut text = String::new();
    let units = plan.parsed.units.get(range.0..range.1).unwrap_or_default();
    let mut current: Option<(bool, f32)> = None;
    for (offset, unit) in units.iter().enumerate() {
        let leading = leading.get(offset).copied().unwrap_or(0.0);
        let starts_section = leading > 0.0 || current.is_none_or(|(e, _)| e != unit.emphasis);
        if starts_section {
            if let Some((emphasis, lead)) = current.take() {
                job.append(&text, lead, format_of(&spec.look, emphasis));
                text.clear();
            }
            current = Some((unit.emphasis, leading));
        }
        text.push(unit.c);
    }
    if ellipsis {
        text.push('…');
    }
    let (emphasis, lead) = current.unwrap_or((false, 0.0));
    if !text.is_empty() {
        job.append(&text, lead, format_of(&spec.look, emphasis));
    }
    job
}

fn compute_plan(painter: &Painter, spec: &Spec<'_>) -> Plan {
    let parsed = parse(spec.text, spec.look.emphasis.is_some());
    let (leading, line_start_room) = ruby_spacing(painter, spec, &parsed);
    let mut plan = Plan {
        parsed,
        leading,
        line_start_room,
        lines: Vec::new(),
        ellipsis: false,
    };
    let widths = unit_lefts(painter, spec, &plan);
    let chars: Vec<char> = plan.parsed.units.iter().map(|u| u.c).collect();
    let groups: Vec<(usize, usize)> = plan.parsed.groups.iter().map(|g| (g.1, g.2)).collect();
    let gaps = line_breaks::gaps(&chars, &groups);
    let mut inside_group = vec![false; chars.len() + 1];
    for &(start, end) in &groups {
        for inside in inside_group.iter_mut().take(end).skip(start + 1) {
            *inside = true;
        }
    }
    let text = Breakable {
        chars: &chars,
        gaps: &gaps,
        inside_group: &inside_group,
        lefts: &widths,
    };
    let mut lines = text.lines(spec.width);
    if spec.balanced && lines.len() >= 2 {
        lines = text.balanced(spec.width, lines);
    }
    if let Some(max) = spec.max_rows.filter(|max| lines.len() > *max && *max > 0) {
        lines.truncate(max);
        plan.ellipsis = true;
        let ellipsis_width = spec.look.font.size;
        if let Some(last) = lines.last_mut() {
            while last.1 > last.0 + 1
                && span_width(&widths, last.0, last.1) + ellipsis_width > spec.width
            {
                last.1 -= 1;
            }
            // Cut where a phrase ends, not inside a word, when the line keeps a third of it.
            let phrase_end = (last.0 + 1..=last.1)
                .rev()
                .find(|end| gaps.get(*end) == Some(&Gap::Phrase));
            if let Some(end) = phrase_end.filter(|end| 3 * (end - last.0) >= last.1 - last.0) {
                last.1 = end;
            }
        }
    }
    plan.lines = lines;
    plan
}

/// The space before each unit that makes room for readings wider than their kanji: a reading
/// may overhang a neighbouring kana or mark by up to one reading character; the rest is
/// spacing. Also each wide run's room after itself when it starts a line
/// ([`Plan::line_start_room`]).
fn ruby_spacing(
    painter: &Painter,
    spec: &Spec<'_>,
    parsed: &Parsed,
) -> (Vec<f32>, Vec<Option<(usize, f32)>>) {
    let mut leading = vec![0.0; parsed.units.len() + 1];
    let mut line_start_room = vec![None; parsed.units.len() + 1];
    if !spec.ruby_shown {
        return (leading, line_start_room);
    }
    let ruby_font = ruby_font(&spec.look);
    for (reading, start, end) in &compound_runs(&parsed.groups) {
        let base: String = parsed
            .units
            .get(*start..*end)
            .unwrap_or_default()
            .iter()
            .map(|u| u.c)
            .collect();
        let emphasis = parsed.units.get(*start).is_some_and(|u| u.emphasis);
        let base_font = format_of(&spec.look, emphasis).font_id;
        let base_width = painter
            .layout_no_wrap(base, base_font, Color32::WHITE)
            .size()
            .x;
        let reading_width = painter
            .layout_no_wrap(reading.clone(), ruby_font.clone(), Color32::WHITE)
            .size()
            .x;
        let extra = reading_width - base_width;
        if extra <= 0.0 {
            continue;
        }
        let half = extra / 2.0;
        let before = start.checked_sub(1).and_then(|i| parsed.units.get(i));
        let after = parsed.units.get(*end);
        let allowance = overhang_allowance(&ruby_font);
        let left = if may_overhang(before) {
            (half - allowance).max(0.0)
        } else {
            half
        };
        let right = if may_overhang(after) {
            (half - allowance).max(0.0)
        } else {
            half
        };
        if let Some(space) = leading.get_mut(*start) {
            *space += left;
        }
        if let Some(space) = leading.get_mut(*end) {
            *space += right;
        }
        let room = if may_overhang(after) {
            (extra - allowance).max(0.0)
        } else {
            extra
        };
        if let Some(slot) = line_start_room.get_mut(*start) {
            *slot = Some((*end, room));
        }
    }
    (leading, line_start_room)
}

/// How far a reading may reach over a kana or mark beside it: a reading character and a half
/// (JIS X 4051 allows one at half size; readings kept legible above their minimum size are
/// more than half, and spacing kanji apart for the rest reads as a stray space).
fn overhang_allowance(ruby_font: &FontId) -> f32 {
    ruby_font.size * 1.5
}

/// Whether a reading may reach over `neighbour`: a character without ruby of its own that is
/// not a kanji (kana, brackets, punctuation, Latin letters), so it cannot be taken for its
/// reading.
fn may_overhang(neighbour: Option<&Unit>) -> bool {
    neighbour.is_some_and(|u| u.group.is_none() && !ruby::is_kanji(u.c) && !u.c.is_whitespace())
}

/// The x of each unit's left edge (and one past the last) in a single unwrapped line.
fn unit_lefts(painter: &Painter, spec: &Spec<'_>, plan: &Plan) -> Vec<f32> {
    let count = plan.parsed.units.len();
    let job = line_job(spec, plan, (0, count), &plan.leading, false);
    let galley = painter.layout_job(job);
    let mut lefts = Vec::with_capacity(count + 1);
    let glyphs: Vec<(char, f32, f32)> = galley
        .rows
        .iter()
        .flat_map(|row| {
            row.row
                .glyphs
                .iter()
                .map(move |g| (g.chr, row.pos.x + g.pos.x, g.advance_width))
        })
        .collect();
    let mut glyph = 0;
    let mut last_right = 0.0_f32;
    for unit in &plan.parsed.units {
        // egui may add glyphs of its own (a section's leading space): skip to the unit's
        // character; a shaped cluster without one gets the position of the last glyph seen.
        let found = glyphs
            .get(glyph..)
            .and_then(|rest| rest.iter().position(|(chr, _, _)| *chr == unit.c))
            .map(|skip| glyph + skip);
        match found.and_then(|i| glyphs.get(i).map(|g| (i, *g))) {
            Some((i, (_, x, width))) => {
                lefts.push(x);
                last_right = x + width;
                glyph = i + 1;
            }
            None => lefts.push(last_right),
        }
    }
    lefts.push(last_right.max(lefts.last().copied().unwrap_or(0.0)));
    // Leading space belongs to the unit it precedes: a line starting there starts before it.
    for (i, left) in lefts.iter_mut().enumerate() {
        *left -= plan.leading.get(i).copied().unwrap_or(0.0);
    }
    lefts
}

fn span_width(lefts: &[f32], start: usize, end: usize) -> f32 {
    let a = lefts.get(start).copied().unwrap_or(0.0);
    let b = lefts.get(end).copied().unwrap_or(a);
    b - a
}

/// A text's characters with where they may break and how wide they are.
struct Breakable<'a> {
    chars: &'a [char],
    gaps: &'a [Gap],
    /// The gap before char `i` is inside a ruby group: never broken, not even as a last resort.
    inside_group: &'a [bool],
    lefts: &'a [f32],
}

impl Breakable<'_> {
    /// Greedy lines: each as long as fits, ending at a phrase boundary if one fits, else at an
    /// allowed break, else wherever it must (an unbreakable run wider than the line) but never
    /// inside a ruby group. Ranges exclude line-break characters.
    fn lines(&self, width: f32) -> Vec<(usize, usize)> {
        let n = self.chars.len();
        let mut lines = Vec::new();
        let mut start = 0;
        while start < n {
            // A soft-wrapped line never starts with a space (nor an ideographic one, 「！　」).
            let soft = start > 0 && self.chars.get(start - 1) != Some(&'\n');
            while soft && start < n && matches!(self.chars.get(start), Some(' ' | '\u{3000}')) {
                start += 1;
            }
            if start >= n {
                break;
            }
            let (stop, next) = self.line_from(start, width);
            lines.push((start, stop));
            start = next;
        }
        lines
    }

    /// Where the line from `start` ends, and where the next one starts.
    fn line_from(&self, start: usize, width: f32) -> (usize, usize) {
        let n = self.chars.len();
        let (mut phrase, mut allowed, mut any) = (None, None, None);
        for end in start + 1..=n {
            if self.chars.get(end - 1) == Some(&'\n') {
                return (end - 1, end);
            }
            if self.visible_width(start, end) > width + 0.5 {
                break;
            }
            if end == n {
                return (n, n);
            }
            match self.gaps.get(end) {
                Some(Gap::Phrase) => {
                    phrase = Some(end);
                    allowed = Some(end);
                }
                Some(Gap::Anywhere) => allowed = Some(end),
                _ => {}
            }
            if !self.inside_group.get(end).copied().unwrap_or(false) {
                any = Some(end);
            }
        }
        let stop = phrase.or(allowed).or(any).unwrap_or_else(|| {
            (start + 1..n)
                .find(|i| !matches!(self.gaps.get(*i), Some(Gap::Never)))
                .unwrap_or(n)
        });
        // Inside a phrase too long for the line, never leave one character of it to the next
        // line (「ジャパンデス｜ク」): break a character earlier.
        let stop = if phrase.is_none() && self.visible_before_phrase_end(stop) <= 1 {
            (start + 2..stop)
                .rev()
                .find(|i| self.gaps.get(*i) == Some(&Gap::Anywhere))
                .unwrap_or(stop)
        } else {
            stop
        };
        (stop, stop)
    }

    /// Visible characters from `from` to the next phrase boundary, line break or the end.
    fn visible_before_phrase_end(&self, from: usize) -> usize {
        let mut count = 0;
        for i in from..self.chars.len() {
            if i > from && self.gaps.get(i) == Some(&Gap::Phrase) {
                break;
            }
            match self.chars.get(i) {
                Some('\n') | None => break,
                Some(c) if !c.is_whitespace() && !line_breaks_punct(*c) => count += 1,
                _ => {}
            }
        }
        count
    }

    /// The last line's break moved back so that it holds more than a character or two: to
    /// just after a particle (「来た｜人」 becomes 「ひろばに｜来た人」) within the last
    /// four characters, else one character back, wherever a break is allowed.
    fn pull_down(&self, mut lines: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
        let count = lines.len();
        if count < 2 {
            return lines;
        }
        let (first, second) = (lines[count - 2], lines[count - 1]);
        if self.chars.get(first.1) == Some(&'\n') || first.1 != second.0 {
            return lines;
        }
        let allowed = |i: usize| {
            i > first.0 + 1 && matches!(self.gaps.get(i), Some(Gap::Anywhere | Gap::Phrase))
        };
        let earliest = first.1.saturating_sub(4);
        let after_particle = (earliest..first.1).rev().find(|&i| {
            allowed(i)
                && self
                    .chars
                    .get(i - 1)
                    .is_some_and(|c| "がをにでとへもはの".contains(*c))
        });
        let one_back = (earliest..first.1).rev().find(|&i| allowed(i));
        if let Some(stop) = after_particle.or(one_back) {
            lines[count - 2].1 = stop;
            lines[count - 1].0 = stop;
        }
        lines
    }

    /// Width of units `start..end`, without trailing spaces.
    fn visible_width(&self, start: usize, end: usize) -> f32 {
        let mut end = end;
        while end > start && self.chars.get(end - 1).is_some_and(|c| c.is_whitespace()) {
            end -= 1;
        }
        span_width(self.lefts, start, end)
    }

    /// Whether the last line is a word or a character or two alone.
    fn short_last(&self, lines: &[(usize, usize)], width: f32) -> bool {
        lines.last().is_some_and(|&(s, e)| {
            let visible = (s..e)
                .filter(|i| {
                    self.chars
                        .get(*i)
                        .is_some_and(|c| !c.is_whitespace() && !line_breaks_punct(*c))
                })
                .count();
            visible <= 2 || self.visible_width(s, e) < width * 0.3
        })
    }

    /// How many of `lines` end somewhere other than a phrase boundary or a newline.
    fn breaks_inside_phrases(&self, lines: &[(usize, usize)]) -> usize {
        lines
            .iter()
            .filter(|(_, end)| {
                *end < self.chars.len()
                    && self.chars.get(*end) != Some(&'\n')
                    && self.gaps.get(*end) != Some(&Gap::Phrase)
            })
            .count()
    }

    /// A short last line evened out: narrower widths, step by step, while the line count holds
    /// and no phrase is broken that was whole.
    fn balanced(&self, width: f32, lines: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
        if !self.short_last(&lines, width) {
            return lines;
        }
        let broken = self.breaks_inside_phrases(&lines);
        for step in 1..=12 {
            let narrower = width * (1.0 - 0.04 * step as f32);
            let candidate = self.lines(narrower);
            if candidate.len() > lines.len() || self.breaks_inside_phrases(&candidate) > broken {
                break;
            }
            if !self.short_last(&candidate, width) {
                return candidate;
            }
        }
        if self.visible_before_phrase_end(lines.last().map_or(0, |l| l.0)) <= 1 {
            return self.pull_down(lines);
        }
        lines
    }
}

fn line_breaks_punct(c: char) -> bool {
    "、。，．・！？!?.,」』）".contains(c)
}

/// Galleys and positions for a plan.
fn build(painter: &Painter, spec: &Spec<'_>, plan: &Plan) -> RubyText {
    let ruby_font = ruby_font(&spec.look);
    let has_ruby = !plan.parsed.groups.is_empty();
    let readings_shown = has_ruby && spec.ruby_shown;
    let mut first_band = None;

    let mut y = 0.0;
    let mut width: f32 = 0.0;
    let mut lines = Vec::with_capacity(plan.lines.len());
    let last_line = plan.lines.len().saturating_sub(1);
    for (index, &(start, end)) in plan.lines.iter().enumerate() {
        let mut end = end;
        while end > start
            && plan
                .parsed
                .units
                .get(end - 1)
                .is_some_and(|u| u.c.is_whitespace())
        {
            end -= 1;
        }
        let ellipsis = plan.ellipsis && index == last_line;
        let leading = line_leading(plan, (start, end), spec.look.align);
        let galley = painter.layout_job(line_job(spec, plan, (start, end), &leading, ellipsis));
        let base_height = spec.look.line_height.unwrap_or(galley.size().y);
        let line_width = galley.size().x;
        width = width.max(line_width);
        // As in egui's galleys: centred lines are centred on x = 0, right-aligned ones end there.
        let x = match spec.look.align {
            Align::Center => -line_width / 2.0,
            Align::Max => -line_width,
            Align::Min => 0.0,
        } - soft_line_bracket_blank(spec, plan, start, &galley);
        // The readings' band: what they need above the base text less the room the line's own
        // leading leaves there (the top of a reading's line box is blank, so it may reach a
        // little into the line above).
        let leading_above = (base_height - galley.size().y) / 2.0;
        let line_has_readings = plan
            .parsed
            .groups
            .iter()
            .any(|(_, group_start, group_end)| *group_start >= start && *group_end <= end);
        let band = if readings_shown && line_has_readings {
            (ruby_font.size * 0.9 - leading_above).max(ruby_font.size * 0.4)
        } else {
            0.0
        };
        first_band.get_or_insert(band);
        let base_top = y + band + leading_above;
        let mut readings = Vec::new();
        if spec.ruby_shown {
            let free = (spec.width - line_width).max(0.0);
            let (room_before, room_after) = match spec.look.align {
                Align::Min => (0.0, free),
                Align::Center => (free / 2.0, free / 2.0),
                Align::Max => (free, 0.0),
            };
            let line = Placement {
                range: (start, end),
                galley: &galley,
                ruby_font: &ruby_font,
                room_before,
                room_after,
            };
            readings = place_readings(painter, spec, plan, &line);
            for (_, offset) in &mut readings {
                *offset += vec2(x, base_top - ruby_font.size * 1.1);
            }
        }
        lines.push(Line {
            galley,
            offset: vec2(x, base_top),
            readings,
        });
        y += band + base_height;
    }
    let left = match spec.look.align {
        Align::Center => -width / 2.0,
        Align::Max => -width,
        Align::Min => 0.0,
    };
    RubyText {
        lines,
        size: vec2(width, y),
        band: first_band.unwrap_or(0.0),
        left,
        plain: plan.parsed.units.iter().map(|u| u.c).collect(),
    }
}

/// The blank half of a full-width opening bracket that starts a wrapped line: the bracket is
/// set against the column's edge (天付き), so that the line does not look indented.
fn soft_line_bracket_blank(spec: &Spec<'_>, plan: &Plan, start: usize, galley: &Galley) -> f32 {
    let soft = start > 0
        && plan
            .parsed
            .units
            .get(start - 1)
            .is_some_and(|u| u.c != '\n');
    let opening = plan
        .parsed
        .units
        .get(start)
        .is_some_and(|u| "「『（〔［｛〈《【".contains(u.c));
    if !soft || !opening || spec.look.align != Align::Min {
        return 0.0;
    }
    galley
        .rows
        .first()
        .and_then(|row| row.row.glyphs.first())
        .map_or(0.0, |glyph| glyph.advance_width / 2.0)
}

/// Groups that follow each other without a character between them (the parts of a compound,
/// {国際|こくさい}{協力|きょうりょく}) as one run with the readings joined: the readings of a
/// compound are set over the whole word (jukugo ruby), so a long reading borrows the room a
/// short one leaves instead of pushing its kanji apart.
fn compound_runs(groups: &[(String, usize, usize)]) -> Vec<(String, usize, usize)> {
    let mut runs: Vec<(String, usize, usize)> = Vec::with_capacity(groups.len());
    for (reading, start, end) in groups {
        match runs.last_mut() {
            Some(run) if run.2 == *start => {
                run.0.push_str(reading);
                run.2 = *end;
            }
            _ => runs.push((reading.clone(), *start, *end)),
        }
    }
    runs
}

/// One line being given its readings.
struct Placement<'a> {
    /// Its units.
    range: (usize, usize),
    /// Its base text.
    galley: &'a Galley,
    ruby_font: &'a FontId,
    /// Free width of the column before the line's start.
    room_before: f32,
    /// Free width of the column after the line's end.
    room_after: f32,
}

/// Each reading of a line over its base's glyphs (offsets relative to the line): centred over
/// its own kanji as far as the readings beside it allow, never over a kanji outside its run,
/// never outside the column at the line's start.
fn place_readings(
    painter: &Painter,
    spec: &Spec<'_>,
    plan: &Plan,
    line: &Placement<'_>,
) -> Vec<(Arc<Galley>, Vec2)> {
    let range = line.range;
    // Each unit's glyph: egui may add glyphs of its own (a section's leading space), so
    // glyphs are matched to the units by character, in order.
    let units = plan.parsed.units.get(range.0..range.1).unwrap_or_default();
    let mut spans: Vec<Option<(f32, f32)>> = Vec::with_capacity(units.len());
    let mut glyphs = line.galley.rows.iter().flat_map(|row| {
        row.row
            .glyphs
            .iter()
            .map(move |g| (g.chr, row.pos.x + g.pos.x, g.advance_width))
    });
    for unit in units {
        let found = glyphs.by_ref().find(|(chr, _, _)| *chr == unit.c);
        spans.push(found.map(|(_, x, width)| (x, x + width)));
    }
    let span = |unit: usize| {
        unit.checked_sub(range.0)
            .and_then(|i| spans.get(i).copied().flatten())
    };
    let allowance = overhang_allowance(line.ruby_font);
    let in_line: Vec<(String, usize, usize)> = plan
        .parsed
        .groups
        .iter()
        .filter(|(_, start, end)| *start >= range.0 && *end <= range.1)
        .cloned()
        .collect();
    let mut readings = Vec::new();
    for (_, run_start, run_end) in &compound_runs(&in_line) {
        let before = (*run_start > range.0)
            .then(|| run_start.checked_sub(1))
            .flatten();
        let lowest = match before.and_then(|i| span(i).map(|s| (i, s))) {
            Some((i, (_, right))) if may_overhang(plan.parsed.units.get(i)) => right - allowance,
            Some((_, (_, right))) => right,
            None => -line.room_before,
        };
        let highest = match span(*run_end).filter(|_| *run_end < range.1) {
            Some((left, _)) if may_overhang(plan.parsed.units.get(*run_end)) => left + allowance,
            Some((left, _)) => left,
            None => span(run_end - 1).map_or(0.0, |(_, right)| right) + line.room_after,
        };
        let mut placed = Vec::new();
        for (reading, start, end) in in_line
            .iter()
            .filter(|(_, start, end)| start >= run_start && end <= run_end)
        {
            let (Some(first), Some(last)) = (span(*start), span(end - 1)) else {
                continue;
            };
            let color = plan
                .parsed
                .units
                .get(*start)
                .map_or(spec.look.color, |u| format_of(&spec.look, u.emphasis).color);
            let galley = painter.layout_no_wrap(reading.clone(), line.ruby_font.clone(), color);
            placed.push((galley, f32::midpoint(first.0, last.1)));
        }
        let widths: Vec<f32> = placed.iter().map(|(g, _)| g.size().x).collect();
        let centres: Vec<f32> = placed.iter().map(|(_, centre)| *centre).collect();
        let lefts = spread(&centres, &widths, (lowest, highest));
        for ((galley, _), left) in placed.into_iter().zip(lefts) {
            readings.push((galley, vec2(left, 0.0)));
        }
    }
    readings
}

/// Left edges for readings `widths` wide, each as near as may be to being centred on its
/// `centres` entry, in order without overlapping, inside `bounds` when they fit (else centred
/// on the run, but never left of the lower bound): the least-squares placement, by pooling
/// adjacent violators.
fn spread(centres: &[f32], widths: &[f32], (lowest, highest): (f32, f32)) -> Vec<f32> {
    // With p_i the widths before reading i, y_i = left_i - p_i must not decrease.
    let mut before = 0.0;
    let mut targets = Vec::with_capacity(widths.len());
    for (centre, width) in centres.iter().zip(widths) {
        targets.push(centre - width / 2.0 - before);
        before += width;
    }
    let total = before;
    // Blocks of (sum, count) whose mean is their shared y.
    let mut blocks: Vec<(f32, usize)> = Vec::new();
    for target in targets {
        blocks.push((target, 1));
        while blocks.len() >= 2 {
            let (Some(&(sum_b, n_b)), Some(&(sum_a, n_a))) =
                (blocks.last(), blocks.get(blocks.len() - 2))
            else {
                break;
            };
            #[allow(clippy::cast_precision_loss, reason = "a line holds few readings")]
            let violates = sum_a / n_a as f32 > sum_b / n_b as f32;
            if !violates {
                break;
            }
            blocks.pop();
            if let Some(last) = blocks.last_mut() {
                *last = (sum_a + sum_b, n_a + n_b);
            }
        }
    }
    let fits = total <= highest - lowest;
    let run_centre = match (centres.first(), centres.last()) {
        (Some(first), Some(last)) => f32::midpoint(*first, *last),
        _ => lowest,
    };
    let mut lefts = Vec::with_capacity(widths.len());
    let mut before = 0.0;
    let mut widths = widths.iter();
    for (sum, count) in blocks {
        #[allow(clippy::cast_precision_loss, reason = "a line holds few readings")]
        let mean = sum / count as f32;
        let y = if fits {
            mean.min(highest - total).max(lowest)
        } else {
            (run_centre - total / 2.0).max(lowest)
        };
        for width in widths.by_ref().take(count) {
            lefts.push(y + before);
            before += width;
        }
    }
    lefts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lays `text` out at `width` with the shipped fonts, readings shown or not.
    fn laid_out(text: &str, width: f32, ruby_shown: bool) -> RubyText {
        laid_out_as(text, width, |spec| spec.ruby(ruby_shown))
    }

    /// Lays `text` out at `width` with the shipped fonts, as `choose` sets the spec up.
    fn laid_out_as(text: &str, width: f32, choose: impl FnOnce(Spec<'_>) -> Spec<'_>) -> RubyText {
        let ctx = egui::Context::default();
        // The shipped Japanese face, as the app installs it (ui may not import app).
        let mut fonts = egui::FontDefinitions::default();
        fonts.font_data.insert(
            "jp".to_owned(),
            Arc::new(egui::FontData::from_static(crate::fonts::REGULAR)),
        );
        if let Some(family) = fonts.families.get_mut(&FontFamily::Proportional) {
            family.insert(0, "jp".to_owned());
        }
        ctx.set_fonts(fonts);
        let mut laid = None;
        let mut choose = Some(choose);
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let look = Look::new(FontId::proportional(30.0), Color32::BLACK);
            if let Some(choose) = choose.take() {
                laid = Some(layout(ui.painter(), &choose(Spec::new(text, look, width))));
            }
        });
        output.textures_delta.clear();
        laid.expect("laid out in the frame")
    }

    #[test]
    fn the_parts_of_a_compound_share_one_reading_run() {
        let groups = vec![
            ("こくさい".to_owned(), 0, 2),
            ("きょうりょく".to_owned(), 2, 4),
            ("ね".to_owned(), 5, 6),
        ];
        assert_eq!(
            compound_runs(&groups),
            vec![
                ("こくさいきょうりょく".to_owned(), 0, 4),
                ("ね".to_owned(), 5, 6)
            ]
        );
    }

    #[test]
    fn lines_fit_keep_every_word_and_readings_never_move_them() {
        let text = "{国際|こくさい}{協力|きょうりょく}{機構|きこう}（JICA）は、{日本|にほん}の{市民|しみん}による{国際|こくさい}{協力|きょうりょく}の{活動|かつどう}を{応援|おうえん}しています。";
        for width in [300.0, 420.0, 700.0] {
            let shown = laid_out(text, width, true);
            let hidden = laid_out(text, width, false);
            for line in shown.line_texts() {
                assert!(!line.starts_with(['、', '。', '）']), "{line}");
            }
            assert_eq!(
                shown.line_texts().concat(),
                ruby::plain(text),
                "every word, once"
            );
            assert!(shown.width() <= width + 0.5, "{} > {width}", shown.width());
            if shown.rows() == hidden.rows() {
                assert!(
                    hidden.size().y < shown.size().y - 10.0,
                    "hidden readings leave no band: {} vs {}",
                    hidden.size().y,
                    shown.size().y
                );
            }
            assert_eq!(shown.plain(), ruby::plain(text));
        }
    }

    /// Each glyph's horizontal span in a line, by character.
    fn glyph_spans(line: &Line) -> Vec<(char, f32, f32)> {
        line.galley
            .rows
            .iter()
            .flat_map(|row| {
                row.row.glyphs.iter().map(move |g| {
                    let x = line.offset.x + row.pos.x + g.pos.x;
                    (g.chr, x, x + g.advance_width)
                })
            })
            .collect()
    }

    #[test]
    fn readings_spread_only_as_far_as_they_must() {
        // Fitting readings stay centred on their kanji.
        assert_eq!(
            spread(&[40.0, 120.0], &[60.0, 40.0], (0.0, 200.0)),
            vec![10.0, 100.0]
        );
        // Two that would overlap move apart around their common centre.
        assert_eq!(
            spread(&[50.0, 70.0], &[60.0, 60.0], (-100.0, 200.0)),
            vec![0.0, 60.0]
        );
        // ...but not past a kanji before the run.
        assert_eq!(
            spread(&[50.0, 70.0], &[60.0, 60.0], (10.0, 200.0)),
            vec![10.0, 70.0]
        );
        // Too wide for the room: centred on the run, not left of it.
        assert_eq!(
            spread(&[50.0, 70.0], &[60.0, 60.0], (0.0, 100.0)),
            vec![0.0, 60.0]
        );
    }

    #[test]
    fn a_compounds_readings_sit_over_their_own_kanji_where_they_fit() {
        let laid = laid_out(
            "{愛知|あいち}{県|けん}{名古屋|なごや}{市|し}にあります",
            900.0,
            true,
        );
        let line = laid.lines.first().expect("one line");
        let spans = glyph_spans(line);
        let centre_of = |chars: &str| {
            let first = chars.chars().next().unwrap_or_default();
            let last = chars.chars().last().unwrap_or_default();
            let left = spans.iter().find(|g| g.0 == first).map_or(0.0, |g| g.1);
            let right = spans.iter().find(|g| g.0 == last).map_or(0.0, |g| g.2);
            f32::midpoint(left, right)
        };
        assert_eq!(line.readings.len(), 4);
        for ((reading, offset), base) in line.readings.iter().zip(["愛知", "県", "名古屋", "市"])
        {
            let centre = offset.x + reading.size().x / 2.0;
            assert!(
                (centre - centre_of(base)).abs() < 1.0,
                "{} centred at {centre}, its kanji {base} at {}",
                reading.text(),
                centre_of(base)
            );
        }
    }

    #[test]
    fn a_wide_reading_reaches_over_brackets_and_kana_instead_of_spacing() {
        for text in ["「{協働|きょうどう}」と", "{協働|きょうどう}する"] {
            let shown = laid_out(text, 900.0, true);
            let hidden = laid_out(text, 900.0, false);
            assert!(
                (shown.width() - hidden.width()).abs() < 0.5,
                "{text}: {} wide with readings, {} without",
                shown.width(),
                hidden.width()
            );
            let line = shown.lines.first().expect("one line");
            let (reading, offset) = line.readings.first().expect("a reading");
            assert!(offset.x >= 0.0, "{text}: the reading stays in the column");
            assert!(offset.x + reading.size().x <= shown.width() + 0.5);
            assert!(
                glyph_spans(line).first().is_some_and(|g| g.1.abs() < 0.5),
                "{text}: the line starts at the column's edge"
            );
        }
    }

    #[test]
    fn a_centred_lines_first_reading_reaches_into_the_margin() {
        let text = "{国際|こくさい}{協力|きょうりょく}を、もっと{身近|みぢか}に。";
        let centred = |shown: bool| {
            laid_out_as(text, 900.0, |spec| {
                let mut spec = spec.ruby(shown);
                spec.look = spec.look.centred();
                spec
            })
        };
        assert!((centred(true).width() - centred(false).width()).abs() < 0.5);
    }

    #[test]
    fn a_text_cut_short_ends_after_a_whole_phrase() {
        // 30 px characters: 市民と|いっしょに|つくる|国際協力.
        let title = "市民といっしょにつくる国際協力";
        let whole = laid_out_as(title, 280.0, |spec| spec.max_rows(1));
        assert_eq!(whole.line_texts(), vec!["市民といっしょに"]);
        // Room for 市民といっしょ and "…" but not for the に: the phrase before is kept.
        let cut = laid_out_as(title, 250.0, |spec| spec.max_rows(1));
        assert_eq!(cut.line_texts(), vec!["市民と"]);
    }

    #[test]
    fn an_opening_bracket_that_starts_a_wrapped_line_is_set_against_the_edge() {
        let laid = laid_out("草の根技術協力事業（JPP）", 300.0, false);
        assert_eq!(laid.line_texts(), vec!["草の根技術協力事業", "（JPP）"]);
        let second = laid.lines.get(1).expect("two lines");
        let bracket = glyph_spans(second).first().map_or(0.0, |g| g.1);
        assert!(
            (bracket + 15.0).abs() < 1.0,
            "the bracket's blank half is outside the column: {bracket}"
        );
    }

    #[test]
    fn devanagari_wraps_at_spaces_within_the_column() {
        let text = "आर्थिक वर्ष 2020 मा जम्मा 49 वटा JPP परियोजना स्वीकृत भए। \
                    \"स्वीकृत\" हुनु भनेको परियोजनाका रूपमा सञ्चालन गर्ने निर्णय हुनु हो।";
        let laid = laid_out(text, 400.0, true);
        assert!(laid.width() <= 400.5, "{} wide", laid.width());
        assert!(laid.size().y > 60.0, "several lines: {}", laid.size().y);
        assert_eq!(laid.plain(), text);
    }

    #[test]
    fn a_reading_wider_than_the_last_kanji_says_how_far_it_reaches() {
        let ending = laid_out("{文字|もじ}：{標準|ひょうじゅん}", f32::INFINITY, true);
        assert!(
            ending.reading_overhang() > 1.0,
            "{}",
            ending.reading_overhang()
        );
        let fitting = laid_out("{文字|もじ}：{大|だい}", f32::INFINITY, true);
        assert!(
            fitting.reading_overhang() < 0.5,
            "{}",
            fitting.reading_overhang()
        );
        let hidden = laid_out("{文字|もじ}：{標準|ひょうじゅん}", f32::INFINITY, false);
        assert!(hidden.reading_overhang().abs() < 1e-3);
    }

    #[test]
    fn a_long_reading_that_starts_a_line_spreads_its_kanji_not_a_gap_after_them() {
        let laid = laid_out(
            "{協力|きょうりょく}{隊|たい}が{日本|にほん}に",
            f32::INFINITY,
            true,
        );
        let line = laid.lines.first().expect("one line");
        let spans = glyph_spans(line);
        let gap = |i: usize| spans[i + 1].1 - spans[i].2;
        // 協|力, 力|隊, 隊|が
        let (inner, after) = (gap(0), gap(2));
        assert!(inner > 0.5, "the kanji are set apart: {spans:?}");
        assert!(
            (after - inner).abs() < 0.5,
            "no gap before が wider than the kanji's spacing: {inner} and {after}"
        );
    }
}
