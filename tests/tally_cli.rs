//! `plaza-kiosk tally` on real files: exact CSV, copies counted once, damaged lines named.

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
