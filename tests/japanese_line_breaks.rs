//! Japanese typography: every Japanese page text of both shipped packs (standard and easy
//! Japanese), laid out at the kiosk's real column widths with the shipped fonts, with and
//! without furigana, normal and large text, landscape and portrait, breaks only where a
//! Japanese editor would allow: no line starts with closing punctuation or a small kana (kinsoku), none ends
//! with an opening bracket, no number is parted from its counter, no Latin word is cut.

use egui::{Vec2, vec2};
use plaza_kiosk::app::install_fonts;
use plaza_kiosk::content::rich_text;
use plaza_kiosk::ui::kinsoku::{NO_LINE_START, layout_paragraph};
use plaza_kiosk::ui::line_breaks::NO_LINE_END;
use plaza_kiosk::ui::ruby_text::{FrameStyle, set_frame_style};
use plaza_kiosk::ui::theme::Theme;

/// What is wrong where a line ends with `before` and the next starts with `after` (shared
/// with `short_text_breaks`).
pub(crate) fn bad_break(before: char, after: char) -> Option<&'static str> {
    if NO_LINE_START.contains(after) {
        return Some("a line starts with a character that must not start one");
    }
    if NO_LINE_END.contains(before) {
        return Some("a line ends with an opening bracket");
    }
    if before.is_ascii_digit() && !after.is_whitespace() {
        return Some("a number is parted from its counter or unit");
    }
    if before.is_ascii_alphanumeric() && after.is_ascii_alphanumeric() {
        return Some("a Latin word or number is cut");
    }
    None
}

struct Setting {
    screen: Vec2,
    column_share: f32,
    large_text: bool,
    furigana: bool,
}

fn check_pack(name: &str, setting: &Setting) -> usize {
    let pack = crate::util::shipped_pack(name);
    let ctx = egui::Context::default();
    install_fonts(&ctx);
    let theme = Theme::new(setting.screen, None, setting.large_text);
    let width = (setting.screen.x - 2.0 * theme.margin()) * setting.column_share;
    let mut lines_checked = 0;
    let mut bad = Vec::new();
    let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
        set_frame_style(
            ui.ctx(),
            FrameStyle {
                furigana: setting.furigana,
                scale: theme.scale,
            },
        );
        for exhibit in &pack.exhibits {
            for page in &exhibit.pages {
                for language in ["ja", "ja-x-easy"] {
                    let Some(body) = page.body.get(language) else {
                        continue;
                    };
                    for paragraph in rich_text::paragraph_texts(body) {
                        let laid = layout_paragraph(ui.painter(), &theme, paragraph, width);
                        let lines = laid.line_texts();
                        lines_checked += lines.len();
                        for pair in lines.windows(2) {
                            let (Some(before), Some(after)) =
                                (pair[0].chars().last(), pair[1].chars().next())
                            else {
                                continue;
                            };
                            if let Some(problem) = bad_break(before, after) {
                                bad.push(format!(
                                    "{}/{} {language}: {problem}: …{}｜{}…",
                                    exhibit.id, page.id, pair[0], pair[1]
                                ));
                            }
                        }
                    }
                }
            }
        }
    });
    // Nothing is drawn; the font atlas updates are not needed.
    output.textures_delta.clear();
    assert!(bad.is_empty(), "{bad:#?}");
    lines_checked
}

#[test]
fn japanese_lines_break_only_where_an_editor_allows_in_every_layout() {
    for pack in ["civil-society", "volunteers"] {
        let mut lines = 0;
        for furigana in [false, true] {
            for (screen, column_share, large_text) in [
                (vec2(1920.0, 1080.0), 0.54, false),
                (vec2(1920.0, 1080.0), 0.54, true),
                (vec2(1080.0, 1920.0), 1.0, false),
                (vec2(1080.0, 1920.0), 1.0, true),
                (vec2(1280.0, 720.0), 0.54, false),
            ] {
                lines += check_pack(
                    pack,
                    &Setting {
                        screen,
                        column_share,
                        large_text,
                        furigana,
                    },
                );
            }
        }
        assert!(lines > 400, "{pack}: only {lines} lines laid out");
    }
}
