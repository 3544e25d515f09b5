//! `plaza-kiosk export`: a CSV that Excel in Japan opens as intended (BOM, CRLF, RFC 4180),
//! with daily, monthly and per-exhibit figures of one fiscal year; parsed back here.

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
