//! What loading any bytes as a catalogue must give, checked by the `catalog_load` fuzz target
//! and by the test that runs its seeds: the catalogue, or catalogue mistakes, each located
//! inside the file it names. Never a panic, never another kind of error.

use std::path::PathBuf;

use errors_codegen::{load_bytes, Diagnostic, Error, Location};

/// The catalogue file a translation is loaded beside: one entry, with a parameter.
pub const CATALOGUE: &str = "api: shop
name: Shop API
type_base: https://shop.example/problems/
entries:
  - id: out_of_stock
    title: Out of stock
    status: 409
    detail: Item {sku} is out of stock.
    comment: Sold out.
    params:
      - name: sku
        example: A-1
";

/// The files of one input: its first byte chooses where the rest goes. Even: the only
/// catalogue file; odd: a translation (`locales/nb.yaml`) beside [`CATALOGUE`].
pub fn files(input: &[u8]) -> Vec<(PathBuf, Vec<u8>)> {
    let Some((mode, content)) = input.split_first() else {
        return Vec::new();
    };
    if mode % 2 == 0 {
        vec![("catalog/shop.yaml".into(), content.to_vec())]
    } else {
        vec![
            ("catalog/shop.yaml".into(), CATALOGUE.as_bytes().to_vec()),
            ("catalog/locales/nb.yaml".into(), content.to_vec()),
        ]
    }
}

/// Load `input` and check the outcome; `Some(true)` for a catalogue, `Some(false)` for
/// mistakes, `None` for an empty input.
pub fn load_and_check(input: &[u8]) -> Option<bool> {
    let files = files(input);
    if files.is_empty() {
        return None;
    }
    match load_bytes(&files) {
        Ok((_, warnings)) => {
            assert!(!warnings.has_errors(), "an error among the warnings");
            warnings.iter().for_each(|w| assert_located(&files, w));
            Some(true)
        }
        Err(Error::Catalog(diagnostics)) => {
            assert!(diagnostics.has_errors(), "a failed load without an error");
            diagnostics.iter().for_each(|d| assert_located(&files, d));
            Some(false)
        }
        Err(other) => panic!("bytes gave an error that is not a catalogue mistake: {other}"),
    }
}

/// The diagnostic names one of the files, at a line of it and a column within (or just
/// past the end of) that line.
pub fn assert_located(files: &[(PathBuf, Vec<u8>)], diagnostic: &Diagnostic) {
    let Location {
        file, line, col, ..
    } = &diagnostic.location;
    let (_, content) = files
        .iter()
        .find(|(path, _)| path == file)
        .unwrap_or_else(|| panic!("{diagnostic}: no such file"));
    let lines = yaml_lines(content);
    assert!(
        *line >= 1 && *col >= 1,
        "{diagnostic}: positions count from 1"
    );
    let text = lines
        .get(line - 1)
        .unwrap_or_else(|| panic!("{diagnostic}: the file has {} lines", lines.len()));
    // Columns count characters, so a line has at most as many as it has bytes.
    assert!(
        *col <= text.len() + 1,
        "{diagnostic}: line {line} has {} bytes",
        text.len()
    );
}

/// The lines of a file as YAML counts them: CR LF, CR and LF each end one.
fn yaml_lines(content: &[u8]) -> Vec<&[u8]> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < content.len() {
        if matches!(content[i], b'\r' | b'\n') {
            lines.push(&content[start..i]);
            i += if content[i..].starts_with(b"\r\n") {
                2
            } else {
                1
            };
            start = i;
        } else {
            i += 1;
        }
    }
    lines.push(&content[start..]);
    lines
}
