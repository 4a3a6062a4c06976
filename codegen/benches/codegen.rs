//! Load + validate + generate + format, for the shipped catalogue and for synthetic ones of
//! 1,000 and 10,000 entries (the cost should grow linearly).

mod synthetic;

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use errors_codegen::Config;

fn synthetic_dir(root: &Path, n: usize) -> PathBuf {
    let dir = root.join(format!("n{n}"));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("synthetic.yaml"), synthetic::catalog_yaml(n)).unwrap();
    dir
}

fn codegen(c: &mut Criterion) {
    let tmp = tempfile::tempdir().unwrap();
    let shipped = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../catalog"));
    let mut group = c.benchmark_group("codegen");
    group.sample_size(10);
    let dirs = [
        ("shipped", shipped),
        ("1000", synthetic_dir(tmp.path(), 1_000)),
        ("10000", synthetic_dir(tmp.path(), 10_000)),
    ];
    for (name, dir) in &dirs {
        let config = Config::new().catalog_dir(dir);
        group.bench_with_input(BenchmarkId::new("generate", name), &config, |b, config| {
            b.iter(|| black_box(config.generate().unwrap().len()))
        });
    }
    group.finish();
}

criterion_group!(benches, codegen);
criterion_main!(benches);
