//! Write a synthetic catalogue of N entries into DIR (for benchmarks and compile-cost runs),
//! with OPS operations if given (then it prints the variants of all operation enums):
//! `cargo run -p errors-codegen --example synthetic_catalog -- 1000 /tmp/synthetic [8]`.

#[path = "../benches/synthetic.rs"]
mod synthetic;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let ops = match args.get(2).map(|ops| ops.parse::<usize>()) {
        None => Some(0),
        Some(Ok(ops)) => Some(ops),
        Some(Err(_)) => None,
    };
    let (Some(n), Some(dir), Some(ops)) = (
        args.first().and_then(|n| n.parse::<usize>().ok()),
        args.get(1),
        ops,
    ) else {
        eprintln!("usage: synthetic_catalog N DIR [OPS]");
        return ExitCode::from(2);
    };
    let yaml = synthetic::catalog_yaml_with_operations(n, ops);
    let written = std::fs::create_dir_all(dir)
        .and_then(|()| std::fs::write(format!("{dir}/synthetic.yaml"), yaml));
    match written {
        Ok(()) => {
            if ops > 0 {
                println!("{}", synthetic::operation_variants(n, ops));
            }
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("{dir}: {err}");
            ExitCode::from(2)
        }
    }
}
