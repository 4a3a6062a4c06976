//! Write a synthetic catalogue of N entries into DIR (for benchmarks and compile-cost runs):
//! `cargo run -p errors-codegen --example synthetic_catalog -- 1000 /tmp/synthetic`.

#[path = "../benches/synthetic.rs"]
mod synthetic;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(dir)) = (
        args.first().and_then(|n| n.parse::<usize>().ok()),
        args.get(1),
    ) else {
        eprintln!("usage: synthetic_catalog N DIR");
        return ExitCode::from(2);
    };
    let written = std::fs::create_dir_all(dir)
        .and_then(|()| std::fs::write(format!("{dir}/synthetic.yaml"), synthetic::catalog_yaml(n)));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("{dir}: {err}");
            ExitCode::from(2)
        }
    }
}
