//! The examples in content/README.md (the authors' reference) are real, valid pack files.

use plaza_kiosk::content::{PackFileKind, check_file_bytes};

fn ron_blocks() -> Vec<String> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/content/README.md"))
        .expect("content/README.md exists");
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in readme.lines() {
        match (&mut current, line.trim_start()) {
            (None, "```ron") => current = Some(String::new()),
            (Some(block), "```") => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            (Some(block), _) => {
                block.push_str(line);
                block.push('\n');
            }
            (None, _) => {}
        }
    }
    blocks
}

#[test]
fn the_manifest_example_is_a_valid_pack_ron() {
    let blocks = ron_blocks();
    let manifest = blocks
        .iter()
        .find(|b| b.trim_start().starts_with("Pack("))
        .expect("a Pack example");
    let diagnostics = check_file_bytes(PackFileKind::Manifest, manifest.as_bytes());
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
}

#[test]
fn the_exhibit_example_is_a_valid_exhibit_using_every_question_kind() {
    let blocks = ron_blocks();
    let exhibit = blocks
        .iter()
        .find(|b| b.trim_start().starts_with("Exhibit("))
        .expect("an Exhibit example");
    let diagnostics = check_file_bytes(PackFileKind::Exhibit, exhibit.as_bytes());
    assert!(diagnostics.is_empty(), "{diagnostics:#?}");
    for kind in [
        "SingleChoice(",
        "MultipleChoice(",
        "TrueFalse(",
        "ImageChoice(",
    ] {
        assert!(exhibit.contains(kind), "the example shows {kind}");
    }
}
