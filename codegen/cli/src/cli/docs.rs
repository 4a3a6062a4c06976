//! `docs`: the catalogue as Markdown, HTML, JSON or OpenAPI.

use std::path::PathBuf;

use clap::{Args, ValueEnum};
use errors_codegen::{emit, write_if_changed, Catalog};

use super::{catalog_dir, load, print, Failure, Outcome};

/// Write the documentation of the catalogue, to stdout or to a file.
///
/// Markdown: per API, the error table (Title | Description | Comment | Status | Type |
/// Retry) with an anchor per entry. HTML: one self-contained, searchable page. JSON: the
/// whole catalogue for other languages. OpenAPI: a 3.1 document with the Problem schema
/// and one named example per entry.
#[derive(Args)]
pub struct DocsArgs {
    /// What to write
    #[arg(long, short, value_enum, default_value_t = Format::Markdown)]
    format: Format,
    /// Write to this file (only if its content changes) instead of stdout
    #[arg(long, short, value_name = "FILE")]
    out: Option<PathBuf>,
    /// The catalogue directory [default: catalog]
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
    /// Markdown only: the titles and details of this locale of the catalogue (`nb`); the
    /// HTML page, JSON and OpenAPI carry every locale
    #[arg(long, value_name = "LOCALE")]
    lang: Option<String>,
}

/// An output format.
#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// The Markdown error table
    Markdown,
    /// One self-contained HTML page
    Html,
    /// The whole catalogue as JSON
    Json,
    /// An OpenAPI 3.1 document (JSON)
    Openapi,
}

pub fn run(args: DocsArgs) -> Outcome {
    let (catalog, _warnings) = load(&catalog_dir(args.dir))?;
    if args.lang.is_some() && !matches!(args.format, Format::Markdown) {
        return Err(Failure::usage(
            "--lang is for Markdown: the HTML page, JSON and OpenAPI carry every locale",
        ));
    }
    let lang = locale_of(&catalog, args.lang.as_deref())?;
    let text = match args.format {
        Format::Markdown => emit::markdown::render_in(&catalog, &lang),
        Format::Html => emit::html::render(&catalog),
        Format::Json => emit::json::render(&catalog),
        Format::Openapi => emit::openapi::render(&catalog),
    };
    match args.out {
        None => print(&text),
        Some(path) => {
            let written = write_if_changed(&path, text.as_bytes())?;
            let what = if written { "wrote" } else { "up to date:" };
            eprintln!("{what} {}", path.display());
            Ok(())
        }
    }
}

/// The locale of the catalogue that `lang` names (ASCII case aside), else its source
/// locale; a locale the catalogue lacks is a usage error naming those it has.
pub fn locale_of(catalog: &Catalog, lang: Option<&str>) -> Result<String, Failure> {
    let locales = catalog.locales();
    let Some(lang) = lang else {
        return Ok(catalog.source_locale().to_owned());
    };
    match locales.iter().find(|l| l.eq_ignore_ascii_case(lang.trim())) {
        Some(found) => Ok((*found).to_owned()),
        None => Err(Failure::usage(format!(
            "--lang {lang}: the catalogue is in {}",
            locales.join(", ")
        ))),
    }
}
