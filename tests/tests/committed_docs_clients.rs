//! The committed clients (`docs/clients/typescript/`, `docs/clients/python/`) are exactly what
//! the generator writes for the shipped catalogue: every file, and no other (the caches tools
//! leave in place aside: `__pycache__`, `.mypy_cache`). Regenerate them with the committed docs:
//! `UPDATE_DOCS=1 cargo test -p errors-tests --test cross_crate committed_docs`.

use std::path::{Path, PathBuf};

use errors_codegen::emit::clients::{generate, ClientFile, Language};

use crate::support::{check_committed, shipped_catalog, workspace, REGENERATE};

/// Every file below `dir`, relative to it, with `/`.
fn files_below(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack: Vec<PathBuf> = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&at) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                // Caches of tools that run in place (`__pycache__`, `.mypy_cache`).
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
                if name.is_some_and(|n| n != "__pycache__" && !n.starts_with('.')) {
                    stack.push(path);
                }
            } else if let Ok(relative) = path.strip_prefix(dir) {
                out.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    out
}

/// Every way the client folder `folder` (relative to `root`) differs from `files`; with
/// `update`, the folder is made to match instead.
fn drift(root: &Path, folder: &str, files: &[ClientFile], update: bool) -> Vec<String> {
    let mut found = Vec::new();
    for f in files {
        let relative = format!("{folder}/{}", f.path);
        if update {
            if let Some(parent) = root.join(&relative).parent() {
                let _ = std::fs::create_dir_all(parent);
            }
        }
        found.extend(check_committed(root, &relative, &f.text, update).err());
    }
    for extra in files_below(&root.join(folder)) {
        if files.iter().any(|f| f.path == extra) {
            continue;
        }
        if update {
            let _ = std::fs::remove_file(root.join(folder).join(&extra));
        } else {
            found.push(format!(
                "{folder}/{extra} is not part of the generated client: delete it.\n\
                 Regenerate the committed docs and lock with:\n    {REGENERATE}"
            ));
        }
    }
    found
}

fn assert_client(language: Language) {
    let update = std::env::var_os("UPDATE_DOCS").is_some_and(|v| v == "1");
    let files = generate(&shipped_catalog(), language);
    let folder = format!("docs/clients/{}", language.name());
    let found = drift(&workspace(), &folder, &files, update);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_typescript_client_matches_the_catalogue() {
    assert_client(Language::TypeScript);
}

#[test]
fn the_python_client_matches_the_catalogue() {
    assert_client(Language::Python);
}

#[test]
fn a_stale_missing_or_extra_client_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let files = generate(&shipped_catalog(), Language::Python);
    let folder = "docs/clients/python";
    assert!(drift(dir.path(), folder, &files, true).is_empty());
    assert!(
        drift(dir.path(), folder, &files, false).is_empty(),
        "written, then in step"
    );

    let types = dir.path().join(folder).join("problems/types.py");
    let text = std::fs::read_to_string(&types).unwrap();
    std::fs::write(&types, text.replacen("class ", "class Old", 1)).unwrap();
    std::fs::remove_file(dir.path().join(folder).join("README.md")).unwrap();
    std::fs::write(dir.path().join(folder).join("problems/old.py"), "# gone\n").unwrap();
    std::fs::create_dir_all(dir.path().join(folder).join("problems/__pycache__")).unwrap();
    std::fs::write(
        dir.path().join(folder).join("problems/__pycache__/x.pyc"),
        "",
    )
    .unwrap();
    let found = drift(dir.path(), folder, &files, false);
    assert_eq!(found.len(), 3, "{found:#?}");
    assert!(found
        .iter()
        .any(|m| m.starts_with("docs/clients/python/problems/types.py is out of date")));
    assert!(found
        .iter()
        .any(|m| m.starts_with("docs/clients/python/README.md is out of date")));
    assert!(found
        .iter()
        .any(|m| m.starts_with("docs/clients/python/problems/old.py is not part")));
    assert!(found.iter().all(|m| m.contains(REGENERATE)), "{found:#?}");

    // Updating puts it back in step, the extra file deleted.
    assert_eq!(drift(dir.path(), folder, &files, true).len(), 0);
    assert!(drift(dir.path(), folder, &files, false).is_empty());
}
