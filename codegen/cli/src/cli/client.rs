//! `client`: a self-contained client of the catalogue in TypeScript or Python.

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use errors_codegen::emit::clients::{self, Language};

use super::{catalog_dir, load, Outcome};

/// Write a client of the catalogue into a folder: typed problems, `classify` with the rules
/// of the Rust classifier, retry advice, the operation sets and every locale's texts, plus a
/// command line (`classify.mjs` / `classify.py`) that prints what the Rust example prints.
///
/// TypeScript: an ES module (`index.mjs` and its declarations `index.d.mts`) for Node ≥ 18
/// and browsers. Python: the package `problems` for Python ≥ 3.9, standard library only.
/// Files are written only when their content changes; other files of the folder are left
/// alone.
#[derive(Args)]
pub struct ClientArgs {
    /// The language of the client
    #[arg(long, value_enum)]
    lang: Lang,
    /// The folder to write the client into (created when missing)
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// The catalogue directory [default: catalog]
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
}

/// A client language, as the command line names it.
#[derive(Clone, Copy, ValueEnum)]
enum Lang {
    /// An ES module with `.d.mts` declarations
    Typescript,
    /// A Python package
    Python,
}

impl From<Lang> for Language {
    fn from(lang: Lang) -> Language {
        match lang {
            Lang::Typescript => Language::TypeScript,
            Lang::Python => Language::Python,
        }
    }
}

pub fn run(args: ClientArgs) -> Outcome {
    let (catalog, _warnings) = load(&catalog_dir(args.dir))?;
    let written = clients::write(&catalog, args.lang.into(), &args.out)?;
    let total = clients::generate(&catalog, args.lang.into()).len();
    eprintln!(
        "{}: {} of {total} files written, the others up to date",
        args.out.display(),
        written.len()
    );
    Ok(())
}
