//! How long loading and validating a pack takes: the whole pack with every picture decoded
//! (what `validate` and the kiosk's loader thread do), and the RON files alone.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};
use plaza_kiosk::content::{PackFileKind, check_file_bytes, load_pack};

fn pack_dir(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("content")
        .join(name)
}

fn load_whole_pack(c: &mut Criterion) {
    let mut group = c.benchmark_group("load_pack");
    group.sample_size(10);
    for name in ["civil-society", "volunteers"] {
        let dir = pack_dir(name);
        group.bench_function(name, |b| {
            b.iter(|| black_box(load_pack(&dir)));
        });
    }
    group.finish();
}

fn parse_ron_files(c: &mut Criterion) {
    let dir = pack_dir("civil-society");
    let manifest = std::fs::read(dir.join("pack.ron")).expect("the default pack has a pack.ron");
    let exhibit = std::fs::read(dir.join("exhibits").join("ngo-partnership.ron"))
        .expect("the default pack has the ngo-partnership exhibit");
    c.bench_function("check pack.ron bytes", |b| {
        b.iter(|| {
            black_box(check_file_bytes(
                PackFileKind::Manifest,
                black_box(&manifest),
            ))
        });
    });
    c.bench_function("check exhibit bytes", |b| {
        b.iter(|| black_box(check_file_bytes(PackFileKind::Exhibit, black_box(&exhibit))));
    });
}

criterion_group!(benches, load_whole_pack, parse_ron_files);
criterion_main!(benches);
