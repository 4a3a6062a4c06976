//! Unpacking a `.crate` file (a gzip'd tar with one top directory `name-version/`).
//!
//! The archive's files carry a fixed old modification time, so cargo, which decides by
//! modification times whether a path dependency changed, would never see a changed file.
//! A file is therefore written only when its content differs from the copy already
//! unpacked (then it is new to cargo too), and files the archive no longer has are removed.

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use flate2::read::GzDecoder;

/// Unpack `archive` into `into`, leaving unchanged files untouched; the directory of the
/// package (`into/name-version`).
pub fn unpack(archive: &Path, into: &Path) -> PathBuf {
    let files = read_archive(archive);
    let top = top_directory(archive, &files);
    let dir = into.join(&top);
    for (relative, content) in &files {
        let path = into.join(relative);
        if fs::read(&path).ok().as_deref() != Some(content.as_slice()) {
            fs::create_dir_all(path.parent().expect("a file in a directory")).unwrap();
            fs::write(&path, content)
                .unwrap_or_else(|err| panic!("cannot write {}: {err}", path.display()));
        }
    }
    remove_files_not_in(&dir, into, &files);
    dir
}

/// Every regular file of the archive: its path (below `into`) and its content.
fn read_archive(archive: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let file = fs::File::open(archive)
        .unwrap_or_else(|err| panic!("cannot open {}: {err}", archive.display()));
    let mut tar = tar::Archive::new(GzDecoder::new(file));
    let mut files = BTreeMap::new();
    let entries = tar
        .entries()
        .unwrap_or_else(|err| panic!("{} is no tar archive: {err}", archive.display()));
    for entry in entries {
        let mut entry =
            entry.unwrap_or_else(|err| panic!("a broken entry in {}: {err}", archive.display()));
        if !entry.header().entry_type().is_file() {
            continue;
        }
        let path = entry.path().expect("an entry path").into_owned();
        assert!(
            path.components()
                .all(|c| matches!(c, std::path::Component::Normal(_))),
            "{} holds a path outside its directory: {}",
            archive.display(),
            path.display()
        );
        let mut content = Vec::new();
        entry.read_to_end(&mut content).expect("an entry's content");
        files.insert(path, content);
    }
    files
}

/// The one top directory all files of a `.crate` sit in.
fn top_directory(archive: &Path, files: &BTreeMap<PathBuf, Vec<u8>>) -> PathBuf {
    let tops: std::collections::BTreeSet<_> = files
        .keys()
        .filter_map(|p| p.components().next())
        .map(|c| PathBuf::from(c.as_os_str()))
        .collect();
    assert_eq!(
        tops.len(),
        1,
        "{} has not exactly one top directory: {tops:?}",
        archive.display()
    );
    tops.into_iter().next().unwrap()
}

/// Remove the files below `dir` that an earlier archive had and this one has not.
fn remove_files_not_in(dir: &Path, into: &Path, files: &BTreeMap<PathBuf, Vec<u8>>) {
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in fs::read_dir(&current).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else if !files.contains_key(path.strip_prefix(into).unwrap()) {
                fs::remove_file(&path).unwrap();
            }
        }
    }
}
