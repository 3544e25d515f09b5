//! The visitor log's two costs: appending an event from the UI thread (what a tap pays), and
//! tallying a fiscal year of logs (what staff wait for). The 15-year, 2.2-million-visit figure
//! comes from `scripts/measure-tally.sh`; this benchmark tallies one fiscal year of the same
//! synthetic logs (146,564 visits, about 750,000 events) so it runs in seconds.

mod support;

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use plaza_kiosk::app::visit_recorder::VisitRecorder;
use plaza_kiosk::content::load_pack;
use plaza_kiosk::kiosk::VisitSignal;
use plaza_kiosk::visits::tally::{self, GroupBy, YearRange};
use plaza_kiosk::visits::{FiscalCalendar, VisitLog};
use support::synthetic_logs::{PLAZA_VISITORS, Plan, generate};

fn append_from_the_ui_thread(c: &mut Criterion) {
    let pack = load_pack(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content/civil-society"))
        .pack
        .expect("the default pack loads");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let log = VisitLog::start(dir.path(), "bench-kiosk").expect("the log starts");
    let mut recorder = VisitRecorder::new(log, "bench-kiosk".to_owned());
    recorder.record(&[VisitSignal::VisitStarted], &pack, "ja");
    let view = [VisitSignal::PageViewed {
        exhibit: 1,
        page: 0,
    }];
    let mut group = c.benchmark_group("visit_log");
    group.measurement_time(std::time::Duration::from_secs(2));
    group.bench_function("record a page view (UI thread)", |b| {
        b.iter(|| recorder.record(black_box(&view), &pack, "ja"));
    });
    group.finish();
    recorder.shut_down(Some(&pack), 0, 0);
}

fn tally_one_fiscal_year(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let plan = Plan {
        first_year: 2020,
        last_year: 2020,
        visits: PLAZA_VISITORS / 15,
        ..Plan::plaza()
    };
    let written = generate(dir.path(), plan).expect("the logs are written");
    let files = tally::log_files(&[dir.path().to_path_buf()]);
    let mut group = c.benchmark_group("tally");
    group.sample_size(10);
    group.throughput(criterion::Throughput::Bytes(written.bytes));
    group.bench_function("one fiscal year by fiscal year", |b| {
        b.iter(|| {
            let result = tally::tally(
                black_box(&files),
                GroupBy::FiscalYear,
                YearRange::default(),
                FiscalCalendar::default(),
            );
            assert_eq!(result.total(), plan.visits);
        });
    });
    group.bench_function("one fiscal year by exhibit", |b| {
        b.iter(|| {
            black_box(tally::tally(
                black_box(&files),
                GroupBy::Exhibit,
                YearRange::default(),
                FiscalCalendar::default(),
            ))
        });
    });
    group.finish();
}

criterion_group!(benches, append_from_the_ui_thread, tally_one_fiscal_year);
criterion_main!(benches);
