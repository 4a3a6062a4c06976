//! Stage 1: read every catalogue file of a directory, with the position of every key.

mod bytes;
mod decode;
mod fields;
mod read;
mod record;
mod scalar;
mod spec;
pub mod translations;
mod tree;
mod values;

use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Error, Location};
pub use spec::*;
pub use tree::{Seg, Tree};
#[cfg(test)]
pub use values::{LINK_KEYS, PARAM_KEYS};

/// One catalogue file: where it is, what it says, and where each part of it stands.
#[derive(Debug)]
pub struct LoadedFile {
    /// The path shown in messages (relative to the display root).
    pub display: PathBuf,
    /// The values, with the position of every key and value.
    pub tree: Tree,
    /// The content, as far as it could be read (empty for a translation file).
    pub spec: FileSpec,
    /// The content of a translation file (`locales/*.yaml`); `None` for a catalogue file.
    pub translation: Option<translations::TranslationSpec>,
}

impl LoadedFile {
    /// The location of the value (or key) at `path`.
    pub fn at(&self, path: &[Seg]) -> Location {
        let pos = self.tree.locate(path);
        self.location(pos.line, pos.col)
    }

    /// The location of the key of `path`, else of its value.
    pub fn key_at(&self, path: &[Seg]) -> Location {
        match self.tree.key(path) {
            Some(pos) => self.location(pos.line, pos.col),
            None => self.at(path),
        }
    }

    /// The location of character `offset` inside the string `value` at `path`.
    pub fn in_value(&self, path: &[Seg], value: &str, offset: usize) -> Location {
        let pos = self.tree.locate_in_value(path, value, offset);
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

/// The path of operation `n` of a file.
pub fn operation_path(n: usize) -> Vec<Seg> {
    vec![Seg::Key("operations".into()), Seg::Index(n)]
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
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: path.clone(),
            source,
        })?;
        loaded.push(load_bytes(display_path(path, display_root), &bytes, diags));
    }
    Ok(loaded)
}

/// Decode one file's bytes: text that is not UTF-8 is reported at its first invalid byte,
/// and the file is left empty.
pub fn load_bytes(display: PathBuf, content: &[u8], diags: &mut Vec<Diagnostic>) -> LoadedFile {
    match bytes::utf8(content) {
        Ok(text) => load_text(display, text, diags),
        Err(problems) => load_reading(
            display,
            read::Reading {
                tree: None,
                problems,
            },
            diags,
        ),
    }
}

/// Decode one file's text. A mistake that stops reading leaves the file empty after
/// reporting it.
fn load_text(display: PathBuf, text: &str, diags: &mut Vec<Diagnostic>) -> LoadedFile {
    load_reading(display, read::read(text), diags)
}

/// Decode what reading one file gave.
fn load_reading(
    display: PathBuf,
    reading: read::Reading,
    diags: &mut Vec<Diagnostic>,
) -> LoadedFile {
    let translation =
        translations::is_translation(&display).then(translations::TranslationSpec::default);
    let mut file = LoadedFile {
        display,
        tree: Tree::default(),
        spec: FileSpec::default(),
        translation,
    };
    for problem in reading.problems {
        let at = file.location(problem.pos.line, problem.pos.col);
        diags.push(Diagnostic::error(at, problem.message));
    }
    if let Some(tree) = reading.tree {
        file.tree = tree;
        if translations::is_translation(&file.display) {
            let spec = translations::decode_translation(&file, &file.tree.root, diags);
            file.translation = Some(spec);
        } else {
            file.spec = fields::decode_file(&file, &file.tree.root, diags);
        }
    }
    file
}

/// `path` relative to `root` when it is inside it, else `path` as given.
fn display_path(path: &Path, root: &Path) -> PathBuf {
    let canon = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    match canon(path).strip_prefix(canon(root)) {
        Ok(rel) => rel.to_path_buf(),
        Err(_) => path.to_path_buf(),
    }
}
