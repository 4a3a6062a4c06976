//! The runtime's layout holds: `errors-core/src/lib.rs` is a face (docs, module declarations
//! and re-exports, at most 60 lines of code), at most four files stand loose beside it, and
//! no module imports a name through the crate root's re-exports.

use crate::support::imports;

use std::path::{Path, PathBuf};

/// Lines of code a face may have: declarations and re-exports, no logic.
const FACE_LINES: usize = 60;
/// Files that may stand beside `lib.rs`; everything else lives in a wing.
const LOOSE_FILES: usize = 4;

fn core_src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../errors-core/src")
}

/// Lines that are neither blank, nor comments, nor attributes.
fn code_lines(text: &str) -> usize {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//") && !l.starts_with("#["))
        .count()
}

fn layout_faults(src: &Path) -> Vec<String> {
    let mut faults = Vec::new();
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    let lines = code_lines(&lib);
    if lines > FACE_LINES {
        faults.push(format!(
            "lib.rs has {lines} lines of code, a face at most {FACE_LINES}"
        ));
    }
    for line in lib.lines().map(str::trim) {
        let face = line.is_empty()
            || line.starts_with("//")
            || line.starts_with("#[")
            || line.starts_with("#![")
            || ["mod ", "pub mod ", "pub use ", "extern crate "]
                .iter()
                .any(|p| line.starts_with(p))
            || !line.starts_with(|c: char| c.is_ascii_lowercase());
        if !face {
            faults.push(format!("lib.rs holds more than declarations: `{line}`"));
        }
    }
    let mut loose: Vec<String> = std::fs::read_dir(src)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "rs"))
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .filter(|name| name != "lib.rs")
        .collect();
    loose.sort();
    if loose.len() > LOOSE_FILES {
        faults.push(format!(
            "{} files beside lib.rs, at most {LOOSE_FILES}: {loose:?}",
            loose.len()
        ));
    }
    for (module, path) in imports::through_root(&imports::modules(src)) {
        faults.push(format!(
            "{} imports `{path}` through the crate root",
            module.join("::")
        ));
    }
    faults
}

#[test]
fn the_runtime_is_a_face_over_its_wings() {
    let faults = layout_faults(&core_src());
    assert!(faults.is_empty(), "{faults:#?}");
}

#[test]
fn each_layout_rule_fails_when_broken() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write("lib.rs", "//! Docs.\nmod wing;\npub use wing::Thing;\n");
    write("wing/mod.rs", "pub struct Thing;\npub struct Other;\n");
    write("wing/user.rs", "use super::Thing;\n");
    assert!(layout_faults(dir.path()).is_empty());

    write("wing/user.rs", "use crate::Thing;\n");
    assert_eq!(
        layout_faults(dir.path()),
        ["wing::user imports `crate::Thing` through the crate root"]
    );
    write("wing/user.rs", "use crate::{wing::Other, Thing};\n");
    assert_eq!(
        layout_faults(dir.path()),
        ["wing::user imports `crate::Thing` through the crate root"]
    );
    write("wing/user.rs", "use crate::wing::Thing;\n");

    write("lib.rs", "mod wing;\nfn helper() {}\n");
    assert_eq!(
        layout_faults(dir.path()),
        ["lib.rs holds more than declarations: `fn helper() {}`"]
    );
    let long: String = (0..=FACE_LINES).map(|i| format!("mod m{i};\n")).collect();
    write("lib.rs", &long);
    assert_eq!(
        layout_faults(dir.path()),
        [format!(
            "lib.rs has {} lines of code, a face at most {FACE_LINES}",
            FACE_LINES + 1
        )]
    );
    write("lib.rs", "mod wing;\n");
    for name in ["a.rs", "b.rs", "c.rs", "d.rs", "e.rs"] {
        write(name, "");
    }
    assert_eq!(
        layout_faults(dir.path()),
        [r#"5 files beside lib.rs, at most 4: ["a.rs", "b.rs", "c.rs", "d.rs", "e.rs"]"#]
    );
}
