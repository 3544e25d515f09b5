//! Where the home screen's cards go: every exhibit at first sight where the screen allows it,
//! and no empty slot in the grid.
//!
//! The plan tries the widest grid first (most columns) and, for each, two arrangements:
//! - the featured quizzes as cards in the grid, sharing the last row's free slots between them
//!   (seven exhibits and a quiz make a 4 × 2 grid; six and a quiz, a quiz card two slots wide);
//! - the featured quizzes as a banner strip above the cards.
//!
//! An arrangement fits when all its rows show on the screen with each picture at least
//! [`MIN_PICTURE_SHARE`] of its card's width tall (the pictures give way before the words do).
//! Each row is as tall as its tallest card's words, so one long subtitle (furigana, やさしい
//! 日本語) does not leave every other card of the grid half empty.
//! When nothing fits (a portrait screen, large text, a pack of many exhibits), the grid scrolls
//! at its natural size, the quizzes head it as a banner so they are seen at once, and a last row
//! that is not full is centred.

/// Narrowest a card may be (at 1080p, standard text) before the grid drops a column.
pub const MIN_CARD_WIDTH: f32 = 400.0;
/// Most columns, however wide the screen.
pub const MAX_COLUMNS: usize = 4;
/// A card's picture at its natural size: half as tall as the card is wide.
pub const NATURAL_PICTURE_SHARE: f32 = 0.5;
/// The least a picture may shrink to so that a grid fits on the screen.
pub const MIN_PICTURE_SHARE: f32 = 0.36;

/// What the plan is made for.
#[derive(Debug, Clone, Copy)]
pub struct GridSpace {
    /// Width the cards share (the screen less its margins).
    pub width: f32,
    /// Height the cards may take without scrolling (the screen below the bar, less the space
    /// above the grid and a bottom margin).
    pub height: f32,
    /// Space between cards.
    pub gap: f32,
    /// The narrowest card allowed, at this screen's scale and text size.
    pub min_card_width: f32,
    /// Height of the featured-quiz banner with its gap, when the quizzes head the grid.
    pub banner_height: f32,
}

/// What fills one place of the grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlotKind {
    /// The exhibit at this index of the pack.
    Exhibit(usize),
    /// The featured quiz at this index of the featured list.
    Quiz(usize),
}

/// One card of the grid.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Slot {
    pub kind: SlotKind,
    pub row: usize,
    /// Left edge of the card, from the grid's left.
    pub x: f32,
    /// Width of the card (a quiz card may span several columns).
    pub width: f32,
}

/// The whole grid.
#[derive(Debug, Clone, PartialEq)]
pub struct GridPlan {
    pub columns: usize,
    pub card_width: f32,
    pub picture_height: f32,
    /// Height of each row's words and padding, under (or beside) its pictures.
    pub row_words: Vec<f32>,
    /// True when the pictures stand beside the words (one column): a row is then as tall as
    /// the taller of its picture and its words.
    pub picture_beside: bool,
    /// True when the featured quizzes are a banner above the grid, not cards in it.
    pub banner: bool,
    /// True when every card shows without scrolling.
    pub fits: bool,
    pub slots: Vec<Slot>,
}

impl GridPlan {
    /// Rows of cards.
    #[must_use]
    pub fn rows(&self) -> usize {
        self.slots.iter().map(|s| s.row + 1).max().unwrap_or(0)
    }

    /// Height of the cards of `row`.
    #[must_use]
    pub fn row_height(&self, row: usize) -> f32 {
        let words = self.row_words.get(row).copied().unwrap_or(0.0);
        if self.picture_beside {
            self.picture_height.max(words)
        } else {
            self.picture_height + words
        }
    }

    /// Top of `row`, from the grid's top, rows `gap` apart.
    #[must_use]
    pub fn row_top(&self, row: usize, gap: f32) -> f32 {
        (0..row).map(|r| self.row_height(r) + gap).sum()
    }

    /// Height of the whole grid.
    #[must_use]
    pub fn height(&self, gap: f32) -> f32 {
        let rows = self.rows();
        if rows == 0 {
            return 0.0;
        }
        self.row_top(rows - 1, gap) + self.row_height(rows - 1)
    }
}

/// Plans `exhibits` cards and `quizzes` featured quizzes in `space`; `words_heights` says how
/// tall each card's words (and padding) are at a given card width: the exhibits' in the pack's
/// order, then the quizzes' as cards one slot wide.
#[must_use]
pub fn plan(
    exhibits: usize,
    quizzes: usize,
    space: &GridSpace,
    words_heights: &mut dyn FnMut(f32) -> Vec<f32>,
) -> GridPlan {
    let widest = most_columns(space);
    for columns in (1..=widest).rev() {
        let card_width = card_width(space, columns);
        let words = words_heights(card_width);
        let rows = exhibits.div_ceil(columns).max(1);
        let free = rows * columns - exhibits;
        let arrangements = [
            (false, quizzes > 0 && free >= quizzes && free > 0),
            (true, quizzes > 0),
            (false, quizzes == 0),
        ];
        for (banner, possible) in arrangements {
            if !possible {
                continue;
            }
            let height = space.height - if banner { space.banner_height } else { 0.0 };
            let row_words = row_words(&words, exhibits, columns, !banner);
            let fitted = (height - space.gap * (rows as f32 - 1.0) - row_words.iter().sum::<f32>())
                / rows as f32;
            if fitted >= card_width * MIN_PICTURE_SHARE {
                let picture_height = fitted.min(card_width * NATURAL_PICTURE_SHARE).floor();
                let layout = Layout {
                    columns,
                    card_width,
                    gap: space.gap,
                    banner,
                };
                return layout.plan(exhibits, quizzes, picture_height, row_words, true);
            }
        }
    }
    // Nothing fits: the natural size, scrolling, the quizzes as a banner on top.
    let columns = widest;
    let card_width = card_width(space, columns);
    let row_words = row_words(&words_heights(card_width), exhibits, columns, quizzes == 0);
    let layout = Layout {
        columns,
        card_width,
        gap: space.gap,
        banner: quizzes > 0,
    };
    let picture_height = (card_width * NATURAL_PICTURE_SHARE).floor();
    layout.plan(exhibits, quizzes, picture_height, row_words, false)
}

/// The tallest words of each row of `columns` cards; the quizzes' (after the exhibits' in
/// `words`) count in the last row when they are cards of the grid.
fn row_words(words: &[f32], exhibits: usize, columns: usize, quiz_cards: bool) -> Vec<f32> {
    let rows = exhibits.div_ceil(columns).max(1);
    let tallest = |cards: &[f32]| cards.iter().copied().fold(0.0, f32::max);
    let (exhibit_words, quiz_words) = words.split_at(exhibits.min(words.len()));
    (0..rows)
        .map(|row| {
            let start = (row * columns).min(exhibit_words.len());
            let end = ((row + 1) * columns).min(exhibit_words.len());
            let mut height = tallest(&exhibit_words[start..end]);
            if quiz_cards && row + 1 == rows {
                height = height.max(tallest(quiz_words));
            }
            height
        })
        .collect()
}

/// The most columns whose cards are at least the narrowest allowed.
fn most_columns(space: &GridSpace) -> usize {
    let fits = (space.width + space.gap) / (space.min_card_width + space.gap);
    (1..=MAX_COLUMNS)
        .rev()
        .find(|&n| n as f32 <= fits)
        .unwrap_or(1)
}

fn card_width(space: &GridSpace, columns: usize) -> f32 {
    ((space.width - space.gap * (columns as f32 - 1.0)) / columns as f32).floor()
}

struct Layout {
    columns: usize,
    card_width: f32,
    gap: f32,
    banner: bool,
}

impl Layout {
    fn plan(
        &self,
        exhibits: usize,
        quizzes: usize,
        picture_height: f32,
        row_words: Vec<f32>,
        fits: bool,
    ) -> GridPlan {
        let step = self.card_width + self.gap;
        let mut slots: Vec<Slot> = (0..exhibits)
            .map(|index| Slot {
                kind: SlotKind::Exhibit(index),
                row: index / self.columns,
                x: (index % self.columns) as f32 * step,
                width: self.card_width,
            })
            .collect();
        let used = exhibits % self.columns;
        let last_row = exhibits / self.columns;
        if !self.banner && quizzes > 0 {
            // The quizzes share the last row's free slots, the first ones a slot wider.
            let free = self.columns - used;
            let mut column = used;
            for quiz in 0..quizzes {
                let span = free / quizzes + usize::from(quiz < free % quizzes);
                slots.push(Slot {
                    kind: SlotKind::Quiz(quiz),
                    row: last_row,
                    x: column as f32 * step,
                    width: span as f32 * step - self.gap,
                });
                column += span;
            }
        } else if used > 0 {
            // A last row that is not full is centred under the others.
            let shift = (self.columns - used) as f32 * step / 2.0;
            for slot in slots.iter_mut().filter(|s| s.row == last_row) {
                slot.x += shift;
            }
        }
        GridPlan {
            columns: self.columns,
            card_width: self.card_width,
            picture_height,
            row_words,
            picture_beside: false,
            banner: self.banner && quizzes > 0,
            fits,
            slots,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 1080p landscape screen: 1920 less two 56 px margins, 960 px under the bar less the
    /// space above and below the grid.
    fn landscape() -> GridSpace {
        GridSpace {
            width: 1808.0,
            height: 960.0 - 36.0 - 36.0,
            gap: 24.0,
            min_card_width: 400.0,
            banner_height: 174.0,
        }
    }

    fn no_empty_slot(plan: &GridPlan) {
        let rows = plan.rows();
        let full = plan.columns as f32 * (plan.card_width + 24.0) - 24.0;
        for row in 0..rows {
            let cards: Vec<&Slot> = plan.slots.iter().filter(|s| s.row == row).collect();
            let covered: f32 =
                cards.iter().map(|s| s.width).sum::<f32>() + 24.0 * (cards.len() as f32 - 1.0);
            let left = cards.iter().map(|s| s.x).fold(f32::MAX, f32::min);
            if covered < full - 0.5 {
                // A short last row, centred.
                assert_eq!(row, rows - 1, "{plan:?}");
                assert!((left - (full - covered) / 2.0).abs() < 0.5, "{plan:?}");
            }
        }
    }

    #[test]
    fn seven_exhibits_and_a_quiz_fill_four_by_two_on_a_landscape_screen() {
        let plan = plan(7, 1, &landscape(), &mut |_| vec![240.0; 8]);
        assert_eq!((plan.columns, plan.rows()), (4, 2));
        assert!(plan.fits && !plan.banner);
        assert_eq!(plan.slots[7].kind, SlotKind::Quiz(0));
        assert!(plan.picture_height >= plan.card_width * MIN_PICTURE_SHARE);
        assert!(plan.height(24.0) <= landscape().height);
        no_empty_slot(&plan);
    }

    #[test]
    fn six_exhibits_leave_the_quiz_two_slots() {
        let plan = plan(6, 1, &landscape(), &mut |_| vec![240.0; 7]);
        assert_eq!((plan.columns, plan.rows()), (4, 2));
        let quiz = plan.slots[6];
        assert_eq!(quiz.kind, SlotKind::Quiz(0));
        assert!((quiz.width - (2.0 * plan.card_width + 24.0)).abs() < 1e-3);
        no_empty_slot(&plan);
    }

    #[test]
    fn a_full_grid_puts_the_quiz_above_it() {
        let plan = plan(8, 1, &landscape(), &mut |_| vec![160.0; 9]);
        assert!(plan.banner && plan.fits, "{plan:?}");
        assert_eq!(plan.slots.len(), 8);
        no_empty_slot(&plan);
    }

    #[test]
    fn a_tall_narrow_screen_scrolls_with_the_quiz_on_top_and_the_last_row_centred() {
        let portrait = GridSpace {
            width: 968.0,
            height: 1800.0 - 200.0,
            ..landscape()
        };
        let plan = plan(7, 1, &portrait, &mut |_| vec![240.0; 8]);
        assert_eq!(plan.columns, 2);
        assert!(plan.banner && !plan.fits);
        assert!((plan.picture_height - (plan.card_width / 2.0).floor()).abs() < 1e-3);
        no_empty_slot(&plan);
    }

    #[test]
    fn words_too_tall_for_the_screen_give_fewer_columns_not_cut_words() {
        let large = GridSpace {
            min_card_width: 520.0,
            ..landscape()
        };
        let plan = plan(7, 1, &large, &mut |width| vec![120_000.0 / width; 8]);
        assert!(plan.columns <= 3);
        no_empty_slot(&plan);
    }

    #[test]
    fn each_row_is_as_tall_as_its_own_words() {
        // One long subtitle in the second row, a short quiz card beside it.
        let mut words = vec![120.0; 8];
        words[5] = 260.0;
        let plan = plan(7, 1, &landscape(), &mut |_| words.clone());
        assert_eq!((plan.columns, plan.rows()), (4, 2), "{plan:?}");
        assert!((plan.row_height(1) - plan.row_height(0) - 140.0).abs() < 1e-3);
        assert!((plan.row_top(1, 24.0) - plan.row_height(0) - 24.0).abs() < 1e-3);
        assert!(plan.height(24.0) <= landscape().height);
    }

    #[test]
    fn a_tall_quiz_card_makes_the_last_row_taller_not_the_first() {
        let mut words = vec![120.0; 8];
        words[7] = 200.0;
        let plan = plan(7, 1, &landscape(), &mut |_| words.clone());
        assert!(!plan.banner);
        assert!((plan.row_height(1) - plan.row_height(0) - 80.0).abs() < 1e-3);
    }
}
