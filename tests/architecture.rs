//! The folder tree is the architecture: each layer imports only the layers below it, the
//! layers below the screens know nothing of egui, and no two files import each other.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Each layer and the layers it may import (besides the small shared files).
const LAYERS: &[(&str, &[&str])] = &[
    ("decoding", &[]),
    ("content", &["decoding"]),
    ("kiosk", &[]),
    ("audio", &["decoding"]),
    ("visits", &[]),
    ("config", &["audio", "visits", "content"]),
    (
        "staff",
        &["config", "content", "visits", "kiosk", "audio", "decoding"],
    ),
    (
        "ui",
        &[
            "decoding", "content", "kiosk", "audio", "visits", "config", "staff",
        ],
    ),
    (
        "app",
        &[
            "decoding", "content", "kiosk", "audio", "visits", "config", "staff", "ui",
        ],
    ),
    (
        "cli",
        &[
            "decoding", "content", "kiosk", "audio", "visits", "config", "staff", "ui", "app",
        ],
    ),
];

/// The small shared files at the top of `src/`: anything may use them, they use no layer
/// (the font coverage is read by the pack checks, so `fonts` stands on its own).
const SHARED: &[&str] = &[
    "fonts",
    "digits",
    "worker",
    "atomic_file",
    "regular_file",
    "test_child",
    "phrase_breaks",
];

/// The layers that must not know about egui.
const WITHOUT_EGUI: &[&str] = &[
    "decoding", "content", "kiosk", "audio", "visits", "config", "staff",
];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("src/ is readable").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The code of a file without its comments (doc links may name any module).
fn code(path: &Path) -> String {
    std::fs::read_to_string(path)
        .expect("a source file is readable")
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The names that follow `prefix` in `text` (`crate::ui::theme` gives `ui`).
fn names_after<'t>(text: &'t str, prefix: &str) -> BTreeSet<&'t str> {
    text.match_indices(prefix)
        .filter_map(|(at, _)| {
            let rest = &text[at + prefix.len()..];
            let end = rest
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            (end > 0).then(|| &rest[..end])
        })
        .collect()
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The top-level module a file belongs to: `src/ui/staff/mod.rs` is in `ui`.
fn layer_of(file: &Path) -> String {
    let relative = file.strip_prefix(src()).expect("a file under src/");
    let first = relative
        .components()
        .next()
        .expect("a file under src/")
        .as_os_str();
    first.to_string_lossy().trim_end_matches(".rs").to_owned()
}

#[test]
fn every_layer_imports_only_the_layers_below_it() {
    let allowed: BTreeMap<&str, &[&str]> = LAYERS.iter().copied().collect();
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut wrong = Vec::new();
    for file in &files {
        let layer = layer_of(file);
        if layer == "lib" || layer == "main" {
            continue;
        }
        let text = code(file);
        for used in names_after(&text, "crate::") {
            let fine = used == layer
                || SHARED.contains(&used)
                || (!SHARED.contains(&layer.as_str())
                    && allowed
                        .get(layer.as_str())
                        .is_some_and(|l| l.contains(&used)));
            if !fine {
                wrong.push(format!("{}: crate::{used}", file.display()));
            }
        }
        if WITHOUT_EGUI.contains(&layer.as_str())
            && (text.contains("egui::") || text.contains("eframe::"))
        {
            wrong.push(format!("{}: egui below the screens", file.display()));
        }
    }
    assert!(
        wrong.is_empty(),
        "imports pointing up:\n{}",
        wrong.join("\n")
    );
    let top: BTreeSet<String> = files.iter().map(|f| layer_of(f)).collect();
    for layer in &top {
        assert!(
            ["lib", "main"].contains(&layer.as_str())
                || SHARED.contains(&layer.as_str())
                || allowed.contains_key(layer.as_str()),
            "src/{layer} is neither a layer nor a shared file: give it a home"
        );
    }
}

#[test]
fn no_two_files_of_a_folder_import_each_other() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    // For each folder, which of its files (by module name) each file uses.
    let mut uses: BTreeMap<(PathBuf, String), BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let name = file.file_stem().unwrap().to_string_lossy().into_owned();
        if name == "mod" || name == "lib" || name == "main" {
            continue;
        }
        let folder = file.parent().unwrap().to_path_buf();
        let relative = folder.strip_prefix(src()).unwrap();
        let as_path = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("::");
        let text = code(file);
        let mut siblings: BTreeSet<String> = names_after(&text, "super::")
            .into_iter()
            .map(str::to_owned)
            .collect();
        if !as_path.is_empty() {
            siblings.extend(
                names_after(&text, &format!("crate::{as_path}::"))
                    .into_iter()
                    .map(str::to_owned),
            );
        }
        siblings.remove(&name);
        uses.insert((folder, name), siblings);
    }
    // Any circle among the files of one folder, found by walking from each file.
    let mut circles = BTreeSet::new();
    for (folder, start) in uses.keys() {
        let mut path = vec![start.clone()];
        find_circle(&uses, folder, &mut path, &mut circles);
    }
    assert!(
        circles.is_empty(),
        "import circles:\n{}",
        circles.into_iter().collect::<Vec<_>>().join("\n")
    );
}

type Uses = BTreeMap<(PathBuf, String), BTreeSet<String>>;

/// Walks the imports from the last file of `path`; a file met again closes a circle.
fn find_circle(uses: &Uses, folder: &Path, path: &mut Vec<String>, circles: &mut BTreeSet<String>) {
    let Some(last) = path.last().cloned() else {
        return;
    };
    let Some(next) = uses.get(&(folder.to_path_buf(), last)) else {
        return;
    };
    for other in next {
        if let Some(at) = path.iter().position(|p| p == other) {
            let mut circle: Vec<String> = path[at..].to_vec();
            // One name per circle, whichever file it was found from.
            let smallest = circle
                .iter()
                .enumerate()
                .min_by_key(|(_, n)| *n)
                .map_or(0, |(i, _)| i);
            circle.rotate_left(smallest);
            circles.insert(format!("{}: {}", folder.display(), circle.join(" -> ")));
        } else if uses.contains_key(&(folder.to_path_buf(), other.clone())) {
            path.push(other.clone());
            find_circle(uses, folder, path, circles);
            path.pop();
        }
    }
}
