//! The settings example in README.md is a valid settings file.

use plaza_kiosk::config;

#[test]
fn the_readme_settings_example_loads_without_warnings() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let start = readme
        .find("```ron\nConfig(")
        .expect("README has a Config example")
        + "```ron\n".len();
    let end = start + readme[start..].find("```").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kiosk.ron");
    std::fs::write(&path, &readme[start..end]).unwrap();
    let loaded = config::load(Some(&path));
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.config.kiosk_id, "ichigaya-1");
    assert_eq!(loaded.config.idle_timeout_secs, 60);
}
