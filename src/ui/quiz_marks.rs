//! How a quiz choice looks in each state: its frame, the number, tick box, ○ or × at its start
//! (with a tick or a cross once answered) and the words that say right or the visitor's answer,
//! so an answer is never told by colour alone.

use egui::{Color32, Rect, Stroke, StrokeKind, Ui, pos2, vec2};

use super::ScreenContext;
use super::paint::{self, Icon};
use super::widgets;
use crate::ui::theme::{TextStyle, Theme};

/// How a choice is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ChoiceState {
    /// Not answered yet, not chosen.
    Open,
    /// Chosen, not yet checked (multiple choice).
    Chosen,
    /// Answered: a right choice (`chosen`: the visitor chose it too).
    Right { chosen: bool },
    /// Answered: chosen, but wrong.
    WrongChosen,
    /// Answered: neither right nor chosen.
    Quiet,
}

/// What stands at the start of a text choice.
#[derive(Debug, Clone, Copy)]
pub(super) enum Marker {
    /// Its number on screen (a plain ring instead when the choices are numbers themselves,
    /// so that no badge "4" stands beside the answer "5"); a tick box for multiple choice.
    Number { multiple: bool, numbered: bool },
    /// ○ for true, × for false.
    TrueFalse,
}

/// One choice's place and state, for drawing it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Cell {
    /// Where it is drawn.
    pub(super) rect: Rect,
    /// Its place on screen, counted from 0.
    pub(super) position: usize,
    /// Its index in the pack.
    pub(super) choice: usize,
    /// How it is drawn.
    pub(super) state: ChoiceState,
}

impl Cell {
    /// Its touch area with the accessibility label; true when tapped while choosing is open.
    pub(super) fn tapped(
        &self,
        ui: &mut Ui,
        ctx: &ScreenContext<'_>,
        label: &str,
        open: bool,
    ) -> bool {
        let response = widgets::touch_area(ui, self.rect, ("choice", self.choice), label);
        draw_frame(
            ui,
            ctx.theme,
            self.rect,
            self.state,
            response.is_pointer_button_down_on(),
        );
        response.clicked() && ctx.clicks_allowed && open
    }
}

/// A choice's frame: its fill and outline say open, chosen, right or wrong.
pub(super) fn draw_frame(ui: &Ui, theme: &Theme, rect: Rect, state: ChoiceState, pressed: bool) {
    let painter = ui.painter();
    let (fill, outline, width) = match state {
        ChoiceState::Open => (theme.surface, theme.edge, 2.0),
        ChoiceState::Chosen => (theme.accent_soft, theme.accent, 5.0),
        ChoiceState::Right { .. } => (theme.right.gamma_multiply(0.10), theme.right, 5.0),
        ChoiceState::WrongChosen => (theme.wrong.gamma_multiply(0.08), theme.wrong, 5.0),
        ChoiceState::Quiet => (theme.surface.gamma_multiply(0.6), theme.line, 2.0),
    };
    let fill = if pressed {
        fill.gamma_multiply(0.85)
    } else {
        fill
    };
    painter.rect_filled(
        rect.translate(vec2(0.0, theme.px(4.0))),
        theme.radius(),
        Color32::from_black_alpha(14),
    );
    painter.rect_filled(rect, theme.radius(), theme.surface);
    painter.rect_filled(rect, theme.radius(), fill);
    painter.rect_stroke(
        rect,
        theme.radius(),
        Stroke::new(theme.px(width), outline),
        StrokeKind::Inside,
    );
}

/// Size of ○ and × in a true/false button in `state`: larger in the taller buttons of a
/// portrait screen, the same before and after the answer (when the button grows by its tag).
pub(super) fn true_false_icon(theme: &Theme, button: Rect, state: ChoiceState) -> f32 {
    let answered = !matches!(state, ChoiceState::Open | ChoiceState::Chosen);
    let height = button.height() - if answered { tag_row(theme) } else { 0.0 };
    (height * 0.42).clamp(theme.px(84.0), theme.px(132.0))
}

pub(super) fn draw_marker(ui: &Ui, theme: &Theme, marker: Marker, center: egui::Pos2, cell: &Cell) {
    let (position, choice, state) = (cell.position, cell.choice, cell.state);
    let painter = ui.painter();
    let radius = theme.px(32.0);
    let color = match state {
        ChoiceState::Right { .. } => theme.right,
        ChoiceState::WrongChosen => theme.wrong,
        ChoiceState::Chosen => theme.accent,
        ChoiceState::Open | ChoiceState::Quiet => theme.muted_ink,
    };
    match marker {
        Marker::TrueFalse => {
            // Once answered the marks say right and wrong, never a green ×: ✓ on the right
            // answer, ✗ on a wrong one chosen, ○ and × as they were on the others.
            let icon = match state {
                ChoiceState::Right { .. } => Icon::Check,
                ChoiceState::WrongChosen => Icon::Close,
                _ if choice == 0 => Icon::Circle,
                _ => Icon::Close,
            };
            let color = if state == ChoiceState::Open {
                theme.accent
            } else {
                color
            };
            paint::icon(
                painter,
                icon,
                center,
                true_false_icon(theme, cell.rect, state),
                color,
            );
        }
        Marker::Number { multiple: true, .. } => {
            let square = Rect::from_center_size(center, vec2(2.0 * radius, 2.0 * radius));
            let ticked = matches!(
                state,
                ChoiceState::Chosen
                    | ChoiceState::Right { chosen: true }
                    | ChoiceState::WrongChosen
            );
            if ticked {
                painter.rect_filled(square, theme.px(8.0), color);
                paint::icon(painter, Icon::Check, center, radius * 1.3, theme.surface);
            } else {
                painter.rect_stroke(
                    square,
                    theme.px(8.0),
                    Stroke::new(theme.px(3.0), color),
                    StrokeKind::Inside,
                );
            }
        }
        Marker::Number {
            multiple: false,
            numbered: false,
        } => match state {
            ChoiceState::Right { .. } | ChoiceState::WrongChosen => {
                painter.circle_filled(center, radius, color);
                let icon = if matches!(state, ChoiceState::Right { .. }) {
                    Icon::Check
                } else {
                    Icon::Close
                };
                paint::icon(painter, icon, center, radius * 1.2, theme.surface);
            }
            _ => {
                let ring = if state == ChoiceState::Open {
                    theme.accent
                } else {
                    color
                };
                painter.circle_stroke(
                    center,
                    radius - theme.px(2.0),
                    Stroke::new(theme.px(4.0), ring),
                );
            }
        },
        Marker::Number {
            multiple: false,
            numbered: true,
        } => {
            painter.circle_filled(
                center,
                radius,
                if state == ChoiceState::Open {
                    theme.accent
                } else {
                    color
                },
            );
            let number = painter.layout_no_wrap(
                (position + 1).to_string(),
                theme.font(TextStyle::Button),
                theme.surface,
            );
            painter.galley(center - number.size() / 2.0, number, theme.surface);
        }
    }
}

/// Where a choice's tag goes: its top right corner beside the words (text choices, which
/// leave it room), or centred along its bottom, under the words (true/false, whose cards
/// grow by [`tag_row`] once answered).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TagPlace {
    TopRight,
    BottomCentre,
}

/// The room a tag takes along the bottom of a card.
pub(super) fn tag_row(theme: &Theme) -> f32 {
    theme.px(64.0)
}

/// Once answered: "✓ Right answer" on the right choices, "✗ Your answer" on a wrong one.
pub(super) fn draw_tag(
    ui: &Ui,
    ctx: &ScreenContext<'_>,
    rect: Rect,
    state: ChoiceState,
    place: TagPlace,
) {
    let theme = ctx.theme;
    let (icon, key, color) = match state {
        ChoiceState::Right { .. } => (Icon::Check, "quiz-right-answer", theme.right),
        ChoiceState::WrongChosen => (Icon::Close, "quiz-your-answer", theme.wrong),
        _ => return,
    };
    let painter = ui.painter();
    let text = super::kinsoku::layout_text(
        painter,
        &ctx.ui_text(key),
        &theme.font(TextStyle::Caption),
        theme.surface,
        f32::INFINITY,
        false,
    );
    let icon_size = theme.px(26.0);
    let size = vec2(
        text.size().x + icon_size + theme.px(40.0),
        text.size().y + theme.px(14.0),
    );
    let pill = match place {
        TagPlace::TopRight => Rect::from_min_size(
            pos2(
                rect.right() - size.x - theme.px(16.0),
                rect.top() + theme.px(16.0),
            ),
            size,
        ),
        TagPlace::BottomCentre => Rect::from_center_size(
            pos2(
                rect.center().x,
                rect.bottom() - tag_row(theme) / 2.0 - theme.px(4.0),
            ),
            size,
        ),
    };
    painter.rect_filled(pill, size.y / 2.0, color);
    paint::icon(
        painter,
        icon,
        pos2(
            pill.left() + theme.px(14.0) + icon_size / 2.0,
            pill.center().y,
        ),
        icon_size,
        theme.surface,
    );
    text.paint(
        painter,
        pos2(
            pill.left() + theme.px(22.0) + icon_size,
            text.top_centring(pill.center().y),
        ),
    );
}
