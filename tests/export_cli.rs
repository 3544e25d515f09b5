//! `plaza-kiosk export`: a CSV that Excel in Japan opens as intended (BOM, CRLF, RFC 4180),
//! with daily, monthly and per-exhibit figures of one fiscal year; parsed back here. A path
//! with nothing to count writes no file and exits 4.

use crate::util;

use std::process::Command;

fn line(ts: &str, session: &str, event: &str, extra: &str) -> String {
    format!(
        "{{\"v\":1,\"ts\":\"{ts}\",\"kiosk\":\"k\",\"session\":\"{session}\",\"pack\":\"p\",\"event\":\"{event}\"{extra}}}\n"
    )
}

#[test]
fn export_writes_daily_monthly_and_exhibit_rows_for_excel() {
    let dir = tempfile::tempdir().unwrap();
    let mut log = String::new();
    log += &line(
        "2021-03-31T10:00:00.000+09:00",
        "old",
        "visit_start",
        ",\"lang\":\"ja\"",
    );
    for (session, day) in [
        ("a", "2021-04-01"),
        ("b", "2021-04-01"),
        ("c", "2021-05-02"),
    ] {
        log += &line(
            &format!("{day}T10:00:00.000+09:00"),
            session,
            "visit_start",
            ",\"lang\":\"ja\"",
        );
        log += &line(
            &format!("{day}T10:00:05.000+09:00"),
            session,
            "page_view",
            ",\"exhibit\":\"jpp, \\\"49\\\"\",\"page\":\"p1\"",
        );
        log += &line(
            &format!("{day}T10:00:09.000+09:00"),
            session,
            "page_view",
            ",\"exhibit\":\"jpp, \\\"49\\\"\",\"page\":\"p2\"",
        );
    }
    log += &line(
        "2021-04-01T11:00:00.000+09:00",
        "a",
        "page_view",
        ",\"exhibit\":\"philippines\",\"page\":\"p1\"",
    );
    std::fs::create_dir_all(dir.path().join("copy")).unwrap();
    std::fs::write(dir.path().join("log.jsonl"), &log).unwrap();
    std::fs::write(dir.path().join("copy/log.jsonl"), &log).unwrap();
    let out = dir.path().join("plaza-kiosk_k_FY2021.csv");
    let status = Command::new(env!("CARGO_BIN_EXE_plaza-kiosk"))
        .args(["export", "--fiscal-year", "2021", "--out"])
        .arg(&out)
        .arg(dir.path())
        .status()
        .unwrap();
    assert!(status.success());
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with BOM");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(
        text.lines().count() > 1 && text.split("\r\n").count() == text.lines().count() + 1,
        "CRLF line ends"
    );
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        reader.headers().unwrap(),
        vec!["section", "fiscal_year", "key", "visitors", "page_views"]
    );
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    let row = |section: &str, key: &str| {
        rows.iter()
            .find(|r| r[0] == section && r[2] == key)
            .cloned()
    };
    assert_eq!(row("day", "2021-04-01").unwrap()[3], "2");
    assert_eq!(row("day", "2021-05-02").unwrap()[3], "1");
    assert!(row("day", "2021-03-31").is_none(), "fiscal 2020 stays out");
    assert_eq!(row("month", "2021-04").unwrap()[3], "2");
    assert_eq!(row("month", "2021-05").unwrap()[3], "1");
    let jpp = row("exhibit", "jpp, \"49\"").expect("a quoted exhibit id survives the round trip");
    assert_eq!(
        (jpp[3].as_str(), jpp[4].as_str()),
        ("3", "6"),
        "copies counted once"
    );
    assert_eq!(row("exhibit", "philippines").unwrap()[3..5], ["1", "1"]);
    assert_eq!(row("total", "").unwrap()[3], "3");
    assert!(!dir.path().join("plaza-kiosk_k_FY2021.csv.partial").exists());
}

#[test]
fn a_path_with_nothing_to_count_writes_no_file_and_exits_4() {
    let dir = util::temp_dir();
    let logs = dir.path().join("logs");
    std::fs::create_dir_all(&logs).unwrap();
    std::fs::write(
        logs.join("2021-04-01.jsonl"),
        line(
            "2021-04-01T10:00:00.000+09:00",
            "a",
            "visit_start",
            ",\"lang\":\"ja\"",
        ),
    )
    .unwrap();
    let empty = dir.path().join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let typo = dir.path().join("lgos");
    let out = dir.path().join("out").join("fy2021.csv");
    std::fs::create_dir_all(out.parent().unwrap()).unwrap();
    let text = |path: &std::path::Path| path.to_str().unwrap().to_owned();
    let export = |paths: &[&std::path::Path]| {
        let mut args = vec![
            "export".to_owned(),
            "--fiscal-year".to_owned(),
            "2021".to_owned(),
            "--out".to_owned(),
            text(&out),
        ];
        args.extend(paths.iter().map(|p| text(p)));
        util::run(args)
    };
    for (paths, bad, why) in [
        (vec![typo.as_path()], &typo, "no such folder"),
        (
            vec![logs.as_path(), typo.as_path()],
            &typo,
            "no such folder",
        ),
        (
            vec![empty.as_path(), logs.as_path()],
            &empty,
            "holds no visitor logs (*.jsonl)",
        ),
    ] {
        let output = export(&paths);
        assert_eq!(output.status.code(), Some(4), "{}", output.stderr);
        assert_eq!(
            output.stderr,
            format!("plaza-kiosk: {}: {why}\n", bad.display())
        );
        let written: Vec<_> = std::fs::read_dir(out.parent().unwrap()).unwrap().collect();
        assert!(
            written.is_empty(),
            "no CSV, not even a partial one: {written:?}"
        );
    }
    // Logs that are there but hold no visit of that year: a year of zeros, not an error.
    let output = util::run([
        "export",
        "--fiscal-year",
        "2030",
        "--out",
        &text(&out),
        &text(&logs),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", output.stderr);
    let csv = std::fs::read_to_string(&out).unwrap();
    assert!(csv.ends_with("total,2030,,0,\r\n"), "{csv}");
}
