//! Japanese typography: laid out at the kiosk's real column widths with the shipped fonts, no
//! line of any Japanese page text starts with closing punctuation (kinsoku shori).

use std::path::Path;

use egui::{Vec2, vec2};
use plaza_kiosk::app::install_fonts;
use plaza_kiosk::content::{load_pack, rich_text};
use plaza_kiosk::ui::kinsoku::layout_paragraph;
use plaza_kiosk::ui::theme::Theme;

/// Characters a Japanese line must not start with.
const NO_LINE_START: &[char] = &[
    '。', '、', '」', '』', '）', '・', 'ー', 'ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ', 'っ', 'ゃ', 'ゅ', 'ょ',
    'ァ', 'ィ', 'ゥ', 'ェ', 'ォ', 'ッ', 'ャ', 'ュ', 'ョ', '！', '？', '，', '．', '：', '；',
];

fn check_pack(name: &str, screen: Vec2, column_share: f32, large_text: bool) -> usize {
    let pack = load_pack(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("content")
            .join(name),
    )
    .pack
    .expect("the shipped pack loads");
    let ctx = egui::Context::default();
    install_fonts(&ctx);
    let theme = Theme::new(screen, None, large_text);
    let width = (screen.x - 2.0 * theme.margin()) * column_share;
    let mut rows_checked = 0;
    let mut bad = Vec::new();
    let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
        for exhibit in &pack.exhibits {
            for page in &exhibit.pages {
                for paragraph in rich_text::parse(&page.body["ja"]) {
                    let galley = layout_paragraph(ui.painter(), &theme, &paragraph, width);
                    for row in &galley.rows {
                        rows_checked += 1;
                        let first = row.glyphs.first().map(|g| g.chr);
                        if first.is_some_and(|c| NO_LINE_START.contains(&c)) {
                            bad.push(format!(
                                "{}/{}: row starts with {:?}",
                                exhibit.id, page.id, first
                            ));
                        }
                    }
                }
            }
        }
    });
    // Nothing is drawn; the font atlas updates are not needed.
    output.textures_delta.clear();
    assert!(bad.is_empty(), "{bad:#?}");
    rows_checked
}

#[test]
fn no_japanese_line_starts_with_closing_punctuation_in_landscape_and_portrait() {
    for pack in ["civil-society", "volunteers"] {
        let rows = check_pack(pack, vec2(1920.0, 1080.0), 0.54, false)
            + check_pack(pack, vec2(1920.0, 1080.0), 0.54, true)
            + check_pack(pack, vec2(1080.0, 1920.0), 1.0, false)
            + check_pack(pack, vec2(1280.0, 720.0), 0.54, false);
        assert!(rows > 100, "{pack}: only {rows} rows laid out");
    }
}
