//! `errors-codegen`: read, check, document and compare a problem catalogue.
//! Each command lives in its own file under `cli/`.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
