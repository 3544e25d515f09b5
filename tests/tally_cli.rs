//! `plaza-kiosk tally` on real files: exact CSV, copies counted once, damaged lines named, a
//! byte-order mark left by an editor ignored.

use crate::util;

use std::process::Command;

fn start(ts: &str, session: &str) -> String {
    format!(
        "{{\"v\":1,\"ts\":\"{ts}\",\"kiosk\":\"ichigaya-1\",\"session\":\"{session}\",\"pack\":\"civil-society\",\"event\":\"visit_start\",\"lang\":\"ja\"}}\n"
    )
}

#[test]
fn fiscal_year_csv_is_exact_and_copies_of_a_folder_count_once() {
    let dir = tempfile::tempdir().unwrap();
    let day = start("2021-03-31T23:59:59.999+09:00", "a")
        + &start("2021-04-01T00:00:00.000+09:00", "b")
        + "{\"v\":1,\"event\":\"page_view\",\"ts\":\"2021-04-01T00:00:01.000+09:00\",\"kiosk\":\"ichigaya-1\",\"session\":\"b\"}\n"
        + "not json at all\n";
    for copy in ["usb-1/visits/ichigaya-1", "usb-2/visits/ichigaya-1"] {
        std::fs::create_dir_all(dir.path().join(copy)).unwrap();
        std::fs::write(dir.path().join(copy).join("2021-03-31.jsonl"), &day).unwrap();
    }
    let output = Command::new(env!("CARGO_BIN_EXE_plaza-kiosk"))
        .args(["tally", "--by", "fiscal-year", "--format", "csv"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8_lossy(&output.stdout),
        "fiscal_year,visitors\n2020,1\n2021,1\ntotal,2\n"
    );
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains(
            "usb-1/visits/ichigaya-1/2021-03-31.jsonl:4: skipped a damaged line: not a JSON object"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("usb-2/visits/ichigaya-1/2021-03-31.jsonl:4:"),
        "{stderr}"
    );
}

#[test]
fn the_table_groups_thousands_and_a_year_range_filters() {
    let dir = tempfile::tempdir().unwrap();
    let many: String = (0..1234)
        .map(|i| start("2020-06-01T10:00:00.000+09:00", &format!("s{i}")))
        .collect();
    let text = many + &start("2018-06-01T10:00:00.000+09:00", "old");
    std::fs::write(dir.path().join("log.jsonl"), text).unwrap();
    let run = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_plaza-kiosk"))
            .arg("tally")
            .args(args)
            .arg(dir.path())
            .output()
            .unwrap();
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let table = run(&[]);
    assert!(table.contains("2020            1,234"), "{table}");
    assert!(table.contains("total           1,235"), "{table}");
    assert_eq!(
        run(&["--from", "2019", "--to", "2020", "--format", "csv"]),
        "fiscal_year,visitors\n2020,1234\ntotal,1234\n"
    );
}

fn event(ts: &str, session: &str, body: &str) -> String {
    format!(
        "{{\"v\":1,\"ts\":\"{ts}\",\"kiosk\":\"ichigaya-1\",\"session\":\"{session}\",\"pack\":\"civil-society\",{body}}}\n"
    )
}

#[test]
fn exhibits_pages_quizzes_and_languages_with_active_time() {
    let dir = tempfile::tempdir().unwrap();
    let ts = "2026-11-27T10:00:00.000+09:00";
    let visit = |session: &str,
                 lang: &str,
                 active: u64,
                 pages: &[(&str, &str)],
                 answers: &[bool]| {
        let mut text = event(
            ts,
            session,
            &format!("\"event\":\"visit_start\",\"lang\":\"{lang}\""),
        );
        for (i, (exhibit, page)) in pages.iter().enumerate() {
            let ts = format!("2026-11-27T10:00:0{i}.500+09:00");
            text += &event(
                &ts,
                session,
                &format!("\"event\":\"page_view\",\"exhibit\":\"{exhibit}\",\"page\":\"{page}\""),
            );
        }
        for (i, correct) in answers.iter().enumerate() {
            text += &event(
                ts,
                session,
                &format!(
                    "\"event\":\"quiz_answer\",\"quiz\":\"odi-quiz\",\"question\":\"q{}\",\"correct\":{correct}",
                    i + 1
                ),
            );
        }
        if !answers.is_empty() {
            let score = answers.iter().filter(|c| **c).count();
            text += &event(
                ts,
                session,
                &format!(
                    "\"event\":\"quiz_complete\",\"quiz\":\"odi-quiz\",\"score\":{score},\"max\":{}",
                    answers.len()
                ),
            );
        }
        text + &event(
            ts,
            session,
            &format!(
                "\"event\":\"visit_end\",\"reason\":\"finish\",\"duration_ms\":{active},\"active_ms\":{active}"
            ),
        )
    };
    let log = visit(
        "a",
        "ja",
        60_000,
        &[("sdgs", "goals"), ("sdgs", "goals"), ("oda", "what")],
        &[true, false],
    ) + &visit("b", "ja", 120_000, &[("sdgs", "targets")], &[true, true])
        + &visit("c", "en", 30_000, &[], &[]);
    std::fs::write(dir.path().join("2026-11-27.jsonl"), &log).unwrap();
    // A copy of the same day elsewhere changes nothing.
    std::fs::create_dir_all(dir.path().join("copy")).unwrap();
    std::fs::write(dir.path().join("copy/2026-11-27.jsonl"), &log).unwrap();
    let run = |by: &str, format: &str| {
        let output = Command::new(env!("CARGO_BIN_EXE_plaza-kiosk"))
            .args(["tally", "--by", by, "--format", format])
            .arg(dir.path())
            .output()
            .unwrap();
        assert!(output.status.success());
        assert!(
            output.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    };
    assert_eq!(
        run("exhibit", "csv"),
        "exhibit,visits,page_views\noda,1,1\nsdgs,2,3\ntotal,,4\n"
    );
    assert_eq!(
        run("page", "csv"),
        "exhibit,page,visits,page_views\noda,what,1,1\nsdgs,goals,1,2\nsdgs,targets,1,1\ntotal,,,4\n"
    );
    assert_eq!(
        run("quiz", "csv"),
        "quiz,question,answers,correct,percent_correct,completions,average_score_percent\n\
         odi-quiz,q1,2,2,100.0,,\nodi-quiz,q2,2,1,50.0,,\nodi-quiz,all,4,3,75.0,2,75.0\n"
    );
    assert_eq!(
        run("language", "csv"),
        "language,visitors,avg_active_ms\nen,1,30000\nja,2,90000\ntotal,3,70000\n"
    );
    let table = run("language", "table");
    assert!(table.contains("ja               2        1:30"), "{table}");
    let json: serde_json::Value = serde_json::from_str(&run("quiz", "json")).unwrap();
    assert_eq!(json["rows"][2]["percent_correct"], 75.0);
    // The copy's four answers and two finished quizzes.
    assert_eq!(json["duplicates_ignored"], 6);
}

#[test]
fn a_visit_counts_in_the_language_its_visitor_chose_not_the_one_it_started_in() {
    let dir = tempfile::tempdir().unwrap();
    let ts = "2026-11-27T10:00:00.000+09:00";
    let change = |session: &str, lang: &str| {
        event(
            ts,
            session,
            &format!("\"event\":\"language_change\",\"lang\":\"{lang}\""),
        )
    };
    let end = |session: &str| {
        event(
            ts,
            session,
            "\"event\":\"visit_end\",\"reason\":\"finish\",\"duration_ms\":1000,\"active_ms\":1000",
        )
    };
    // Every visit starts in the kiosk's default, Japanese. One visitor chooses Tiếng Việt and
    // later looks at the English; one chooses नेपाली; one stays in Japanese.
    let log = start(ts, "a")
        + &change("a", "vi")
        + &change("a", "en")
        + &end("a")
        + &start(ts, "b")
        + &change("b", "ne")
        + &end("b")
        + &start(ts, "c")
        + &end("c");
    std::fs::write(dir.path().join("2026-11-27.jsonl"), &log).unwrap();
    std::fs::create_dir_all(dir.path().join("copy")).unwrap();
    std::fs::write(dir.path().join("copy/2026-11-27.jsonl"), &log).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_plaza-kiosk"))
        .args(["tally", "--by", "language", "--format", "csv"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "language,visitors,avg_active_ms\nja,1,1000\nne,1,1000\nvi,1,1000\ntotal,3,1000\n"
    );
}

#[test]
fn a_log_saved_by_an_editor_with_a_byte_order_mark_counts_its_first_line() {
    let dir = util::temp_dir();
    let log = "\u{FEFF}".to_owned()
        + &start("2021-04-01T10:00:00.000+09:00", "a")
        + &start("2021-04-01T10:05:00.000+09:00", "b");
    std::fs::write(dir.path().join("2021-04-01.jsonl"), log).unwrap();
    let output = util::run(["tally", "--format", "csv", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", output.stderr);
    assert_eq!(output.stdout, "fiscal_year,visitors\n2021,2\ntotal,2\n");
    assert_eq!(output.stderr, "", "no damaged line");
}

#[test]
fn a_mistyped_or_empty_path_is_an_error_naming_it_never_zero_visitors() {
    let dir = util::temp_dir();
    let good = dir.path().join("usb-1");
    std::fs::create_dir_all(&good).unwrap();
    std::fs::write(
        good.join("2021-04-01.jsonl"),
        start("2021-04-01T10:00:00.000+09:00", "a"),
    )
    .unwrap();
    let empty = dir.path().join("usb-2");
    std::fs::create_dir_all(&empty).unwrap();
    std::fs::write(empty.join("notes.txt"), "no logs here").unwrap();
    let typo = dir.path().join("usb-3");
    let out = dir.path().join("tally.csv");
    let text = |path: &std::path::Path| path.to_str().unwrap().to_owned();
    for (bad, why) in [
        (&typo, "no such folder"),
        (&empty, "holds no visitor logs (*.jsonl)"),
    ] {
        // The good stick first: one wrong path among several still stops the count.
        let output = util::run([
            "tally".to_owned(),
            "--format".to_owned(),
            "csv".to_owned(),
            "--out".to_owned(),
            text(&out),
            text(&good),
            text(bad),
        ]);
        assert_eq!(output.status.code(), Some(4), "{}", output.stderr);
        assert_eq!(
            output.stderr,
            format!("plaza-kiosk: {}: {why}\n", bad.display())
        );
        assert_eq!(output.stdout, "");
        assert!(!out.exists(), "no tally written");
    }
    let output = util::run(["tally", "--format", "csv", &text(&good)]);
    assert_eq!(output.status.code(), Some(0), "{}", output.stderr);
    assert_eq!(output.stdout, "fiscal_year,visitors\n2021,1\ntotal,1\n");

    // Without a path: the kiosk's data folder, here one where no visit was ever logged.
    let settings = dir.path().join("settings.ron");
    let data = dir.path().join("data");
    std::fs::write(&settings, format!("(data_dir: {data:?})")).unwrap();
    let output = util::run(["tally", "--config", &text(&settings)]);
    assert_eq!(output.status.code(), Some(4), "{}", output.stderr);
    assert_eq!(
        output.stderr,
        format!(
            "plaza-kiosk: {}: no such folder\n",
            data.join("visits").display()
        )
    );
}

#[test]
fn the_help_lists_the_exit_statuses() {
    for command in ["tally", "export"] {
        let output = util::run([command, "--help"]);
        assert_eq!(output.status.code(), Some(0));
        for status in ["0  ", "1  ", "2  usage error", "4  nothing to count"] {
            assert!(
                output.stdout.contains(status),
                "{command}: {status}: {}",
                output.stdout
            );
        }
    }
}
