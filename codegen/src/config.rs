//! The build API: one function and a builder, in the style of prost-build.

use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics, Error};
use crate::emit::rust::{generate_rust, RustOptions};
use crate::model::Catalog;
use crate::write::write_if_changed;
use crate::{load, validate};

/// Generate `file_name` in `OUT_DIR` from the catalogue in `catalog_dir`, with defaults.
pub fn compile(catalog_dir: impl AsRef<Path>, file_name: &str) -> Result<(), Error> {
    Config::new().catalog_dir(catalog_dir).compile(file_name)
}

/// Load and validate the catalogue in `dir`; paths in messages are relative to the
/// current directory. Warnings are returned beside the catalogue.
pub fn load_catalog(dir: impl AsRef<Path>) -> Result<(Catalog, Diagnostics), Error> {
    Config::new().catalog_dir(dir).load()
}

/// Load and validate a catalogue from the texts of its files (read from git, say), each
/// with the path shown in messages. Warnings are returned beside the catalogue.
pub fn load_texts(files: &[(PathBuf, String)]) -> Result<(Catalog, Diagnostics), Error> {
    load_contents(files)
}

/// Load and validate a catalogue from the bytes of its files (read from git, say), each
/// with the path shown in messages: bytes that are not UTF-8 are a located mistake, as in a
/// file on disk. Warnings are returned beside the catalogue.
pub fn load_bytes(files: &[(PathBuf, Vec<u8>)]) -> Result<(Catalog, Diagnostics), Error> {
    load_contents(files)
}

/// Load and validate files held in memory: text is bytes that happen to be UTF-8.
fn load_contents<T: AsRef<[u8]>>(files: &[(PathBuf, T)]) -> Result<(Catalog, Diagnostics), Error> {
    let mut diags: Vec<Diagnostic> = Vec::new();
    let loaded: Vec<_> = files
        .iter()
        .map(|(display, content)| load::load_bytes(display.clone(), content.as_ref(), &mut diags))
        .collect();
    validated(&loaded, diags)
}

/// Validate loaded files: the catalogue and its warnings, or every error.
fn validated(
    loaded: &[load::LoadedFile],
    mut diags: Vec<Diagnostic>,
) -> Result<(Catalog, Diagnostics), Error> {
    let catalog = validate::validate(loaded, &mut diags);
    let diags = Diagnostics::new(diags);
    if diags.has_errors() {
        return Err(Error::Catalog(diags));
    }
    Ok((catalog, diags))
}

/// How to find a catalogue and what to generate from it.
///
/// A builder: each setting returns the changed configuration, and [`Config::compile`] (in a
/// build script), [`Config::generate`] or [`Config::load`] does the work.
///
/// ```no_run
/// let code = errors_codegen::Config::new()
///     .catalog_dir("catalog")
///     .type_enum_name("ShopProblemType")
///     .problem_enum_name("ShopProblem")
///     .generate()?;
/// assert!(code.contains("pub enum ShopProblemType"));
/// # Ok::<(), errors_codegen::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Config {
    catalog_dir: PathBuf,
    /// Files named one by one; when set, `catalog_dir` is not listed.
    catalog_files: Option<Vec<PathBuf>>,
    display_root: Option<PathBuf>,
    out_dir: Option<PathBuf>,
    rust: RustOptions,
}

impl Default for Config {
    fn default() -> Self {
        Self::new()
    }
}

impl Config {
    /// Defaults: catalogue in `catalog/`, output in `$OUT_DIR`, enums `ProblemType` and
    /// `Problem`, runtime crate `::errors_core`.
    pub fn new() -> Self {
        Config {
            catalog_dir: PathBuf::from("catalog"),
            catalog_files: None,
            display_root: None,
            out_dir: None,
            rust: RustOptions::default(),
        }
    }

    /// The directory whose `*.yaml` files make the catalogue.
    pub fn catalog_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.catalog_dir = dir.as_ref().to_path_buf();
        self
    }

    /// Read exactly these catalogue files instead of the `*.yaml` files of
    /// [`catalog_dir`](Config::catalog_dir) (a single file, say).
    pub fn catalog_files(mut self, files: &[PathBuf]) -> Self {
        self.catalog_files = Some(files.to_vec());
        self
    }

    /// Paths in messages are shown relative to this directory (default: the current one).
    pub fn display_root(mut self, dir: impl AsRef<Path>) -> Self {
        self.display_root = Some(dir.as_ref().to_path_buf());
        self
    }

    /// Where `compile` writes (default: `$OUT_DIR`).
    pub fn out_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.out_dir = Some(dir.as_ref().to_path_buf());
        self
    }

    /// Name of the generated fieldless enum of problem types (default `ProblemType`).
    pub fn type_enum_name(mut self, name: &str) -> Self {
        self.rust.type_enum = name.to_owned();
        self
    }

    /// Name of the generated typed problem enum (default `Problem`).
    pub fn problem_enum_name(mut self, name: &str) -> Self {
        self.rust.problem_enum = name.to_owned();
        self
    }

    /// Path of the runtime crate in generated code (default `::errors_core`).
    pub fn runtime_crate(mut self, path: &str) -> Self {
        self.rust.runtime = path.to_owned();
        self
    }

    /// The catalogue files this configuration reads: those given to
    /// [`catalog_files`](Config::catalog_files), else the `*.yaml` files of the directory
    /// ([`Error::NoCatalog`] when it has none) and its translations, `locales/*.yaml`. A file
    /// in a folder named `locales` is read as a translation file.
    pub fn files(&self) -> Result<Vec<PathBuf>, Error> {
        match &self.catalog_files {
            Some(files) => Ok(files.clone()),
            None => {
                let mut files = load::catalog_files(&self.catalog_dir)?;
                files.extend(load::translations::translation_files(&self.catalog_dir)?);
                Ok(files)
            }
        }
    }

    /// Load and validate: the catalogue and its warnings, or every error at once.
    pub fn load(&self) -> Result<(Catalog, Diagnostics), Error> {
        let files = self.files()?;
        self.load_files(&files)
    }

    fn load_files(&self, files: &[PathBuf]) -> Result<(Catalog, Diagnostics), Error> {
        let root = match &self.display_root {
            Some(root) => root.clone(),
            None => std::env::current_dir().unwrap_or_default(),
        };
        let mut diags: Vec<Diagnostic> = Vec::new();
        let loaded = load::load_files(files, &root, &mut diags)?;
        validated(&loaded, diags)
    }

    /// The generated Rust source for the catalogue (warnings are dropped), or every
    /// mistake as [`Error::Catalog`].
    pub fn generate(&self) -> Result<String, Error> {
        let (catalog, _) = self.load()?;
        Ok(generate_rust(&catalog, &self.rust))
    }

    /// Generate `file_name` in the output directory, writing only when it changed, and tell
    /// cargo to rerun when any catalogue file (or the set of files) changes.
    pub fn compile(&self, file_name: &str) -> Result<(), Error> {
        let out_dir = match &self.out_dir {
            Some(dir) => dir.clone(),
            None => std::env::var_os("OUT_DIR")
                .map(PathBuf::from)
                .ok_or_else(|| Error::Io {
                    path: PathBuf::from("$OUT_DIR"),
                    source: std::io::Error::new(
                        std::io::ErrorKind::NotFound,
                        "OUT_DIR is not set; call from a build script or set Config::out_dir",
                    ),
                })?,
        };
        // Name inputs before reading them, so a failed build reruns once they are fixed.
        if self.catalog_files.is_none() {
            println!("cargo:rerun-if-changed={}", self.catalog_dir.display());
        }
        let files = self.files()?;
        for file in &files {
            println!("cargo:rerun-if-changed={}", file.display());
        }
        let (catalog, _) = self.load_files(&files)?;
        let code = generate_rust(&catalog, &self.rust);
        write_if_changed(&out_dir.join(file_name), code.as_bytes())?;
        Ok(())
    }
}
