//! `plaza-kiosk furigana`: ruby proposals written into a pack for review. Without the
//! `furigana-tool` feature the command only says how to get it; with it, the real tool runs
//! with the real dictionary (Debian's mecab-ipadic, which only this feature's tests need) on a
//! copy of `fixtures/furigana/small`, and the files it writes are compared byte for byte with
//! `fixtures/furigana/expected`.

#[cfg(not(feature = "furigana-tool"))]
#[test]
fn without_the_feature_the_command_says_how_to_get_it() {
    let output = crate::util::run(["furigana", "content/volunteers", "--dictionary", "/nowhere"]);
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    assert!(
        output
            .stderr
            .contains("cargo build --release --features furigana-tool"),
        "{}",
        output.stderr
    );
    assert!(output.stdout.is_empty());
}

#[cfg(feature = "furigana-tool")]
mod with_the_dictionary {
    use std::path::Path;

    use crate::util::{Output, copy_of_fixture, fixture, plaza_kiosk, run};

    /// IPADIC's source as Debian's mecab-ipadic installs it.
    const IPADIC: &str = "/usr/share/mecab/dic/ipadic";

    /// Runs the tool with the compiled dictionary kept under Cargo's target folder, so it is
    /// compiled once for all test runs and nothing is written into the user's cache.
    fn furigana(pack: &Path, more: &[&str]) -> Output {
        assert!(
            Path::new(IPADIC).join("matrix.def").is_file(),
            "the furigana-tool tests need IPADIC: sudo apt-get install mecab-ipadic"
        );
        let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("furigana-cache");
        let output = plaza_kiosk()
            .env("XDG_CACHE_HOME", &cache)
            .arg("furigana")
            .arg(pack)
            .args(["--dictionary", IPADIC])
            .args(more)
            .output()
            .expect("the plaza-kiosk binary runs");
        Output {
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            status: output.status,
        }
    }

    fn read(path: &Path) -> String {
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    #[test]
    fn proposals_are_checked_then_written_for_review_and_the_pack_still_loads() {
        let (_parent, pack) = copy_of_fixture("furigana/small");
        let original = fixture("furigana/small");

        let check = furigana(&pack, &["--check"]);
        assert_eq!(check.status.code(), Some(1), "{check:?}");
        let shown = pack.display().to_string();
        let printed = check.stdout.replace(&shown, "PACK");
        assert_eq!(
            printed,
            read(&fixture("furigana/expected/check.txt")),
            "{}",
            check.stderr
        );
        for file in ["pack.ron", "exhibits/story.ron"] {
            assert_eq!(read(&pack.join(file)), read(&original.join(file)), "{file}");
        }

        let write = furigana(&pack, &[]);
        assert_eq!(write.status.code(), Some(0), "{write:?}");
        assert!(
            write.stdout.contains("review the lines marked"),
            "{}",
            write.stdout
        );
        for file in ["pack.ron", "exhibits/story.ron"] {
            assert_eq!(
                read(&pack.join(file)),
                read(&fixture("furigana/expected").join(file)),
                "{file}"
            );
        }
        assert!(!pack.join("pack.ron.partial").exists());

        let validate = run([Path::new("validate"), pack.as_path()]);
        assert_eq!(validate.status.code(), Some(0), "{}", validate.stdout);
        let again = furigana(&pack, &["--check"]);
        assert_eq!(again.status.code(), Some(0), "{}", again.stdout);
    }

    #[test]
    fn a_folder_that_is_no_dictionary_is_named_with_what_to_install() {
        let (_parent, pack) = copy_of_fixture("furigana/small");
        let output = plaza_kiosk()
            .arg("furigana")
            .arg(&pack)
            .args(["--dictionary", "tests/fixtures"])
            .output()
            .expect("the plaza-kiosk binary runs");
        assert_eq!(output.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("sudo apt-get install mecab-ipadic"),
            "{stderr}"
        );
    }
}
