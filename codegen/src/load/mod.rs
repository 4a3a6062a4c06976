//! Stage 1: read every catalogue file of a directory, with the position of every key.

mod fields;
pub mod positions;
pub mod spec;

use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Error, Location};
pub use positions::{PositionIndex, Seg};
pub use spec::*;

/// One catalogue file: where it is, what it says, and where each part of it stands.
#[derive(Debug)]
pub struct LoadedFile {
    /// The path shown in messages (relative to the display root).
    pub display: PathBuf,
    /// Key and value positions.
    pub index: PositionIndex,
    /// The content, as far as it could be read.
    pub spec: FileSpec,
}

impl LoadedFile {
    /// The location of the value (or key) at `path`.
    pub fn at(&self, path: &[Seg]) -> Location {
        let pos = self.index.locate(path);
        self.location(pos.line, pos.col)
    }

    /// The location of the key of `path`, else of its value.
    pub fn key_at(&self, path: &[Seg]) -> Location {
        match self.index.key(path) {
            Some(pos) => self.location(pos.line, pos.col),
            None => self.at(path),
        }
    }

    /// The location of character `offset` inside the string `value` at `path`.
    pub fn in_value(&self, path: &[Seg], value: &str, offset: usize) -> Location {
        let pos = self.index.locate_in_value(path, value, offset);
        self.location(pos.line, pos.col)
    }

    /// A location in this file.
    pub fn location(&self, line: usize, col: usize) -> Location {
        Location {
            file: self.display.clone(),
            line,
            col,
        }
    }
}

/// The path of entry `n` of a file.
pub fn entry_path(n: usize) -> Vec<Seg> {
    vec![Seg::Key("entries".into()), Seg::Index(n)]
}

/// `path` followed by one more key.
pub fn field_path(path: &[Seg], key: &str) -> Vec<Seg> {
    let mut p = path.to_vec();
    p.push(Seg::Key(key.into()));
    p
}

/// The catalogue files of `dir`: every `*.yaml` / `*.yml`, sorted by name.
pub fn catalog_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let io = |source| Error::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        let is_yaml = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        );
        if is_yaml && path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    if files.is_empty() {
        return Err(Error::NoCatalog(dir.to_path_buf()));
    }
    Ok(files)
}

/// Read and decode the files; every mistake found goes to `diags`.
pub fn load_files(
    files: &[PathBuf],
    display_root: &Path,
    diags: &mut Vec<Diagnostic>,
) -> Result<Vec<LoadedFile>, Error> {
    let mut loaded = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.clone(),
            source,
        })?;
        let display = display_path(path, display_root);
        loaded.push(load_text(display, &text, diags));
    }
    Ok(loaded)
}

/// Decode one file's text. A syntax error leaves the file empty after reporting it.
///
/// The text is parsed twice, for the values and for the positions; the two parses are
/// independent, so they run side by side.
pub fn load_text(display: PathBuf, text: &str, diags: &mut Vec<Diagnostic>) -> LoadedFile {
    let (index, parsed) = std::thread::scope(|scope| {
        let index = scope.spawn(|| PositionIndex::build(text));
        let parsed = serde_yaml::from_str::<serde_yaml::Value>(text);
        // Building the index does not panic on any text; should it, build it again here
        // so the panic surfaces with its own message.
        let index = index.join().unwrap_or_else(|_| PositionIndex::build(text));
        (index, parsed)
    });
    let mut file = LoadedFile {
        display,
        index,
        spec: FileSpec::default(),
    };
    match parsed {
        Ok(value) => file.spec = fields::decode_file(&file, &value, diags),
        Err(err) => {
            let (line, col) = err.location().map_or((1, 1), |l| (l.line(), l.column()));
            let message = strip_position(&err.to_string());
            diags.push(Diagnostic::error(
                file.location(line, col),
                format!("YAML syntax error: {message}"),
            ));
        }
    }
    file
}

/// serde_yaml appends " at line L column C"; the location already says it.
fn strip_position(message: &str) -> String {
    match message.find(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

/// `path` relative to `root` when it is inside it, else `path` as given.
fn display_path(path: &Path, root: &Path) -> PathBuf {
    let canon = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    match canon(path).strip_prefix(canon(root)) {
        Ok(rel) => rel.to_path_buf(),
        Err(_) => path.to_path_buf(),
    }
}
