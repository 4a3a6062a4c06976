//! The modules of a crate and the modules each one names (`crate::…`, `super::…`,
//! `self::…` paths, with `pub use` re-exports followed to where an item is defined), and the
//! circles among them. Text-based: enough for this workspace's code, not a Rust parser.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A module path from the crate root (`["classify", "body"]`); the root is empty.
pub type Module = Vec<String>;

/// Every module of the crate whose root is `src` (`lib.rs` or `main.rs` inside it), with its
/// source text (test modules cut off).
pub fn modules(src: &Path) -> BTreeMap<Module, String> {
    let mut out = BTreeMap::new();
    collect(src, src, &mut out);
    out
}

fn collect(root: &Path, dir: &Path, out: &mut BTreeMap<Module, String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, out);
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let rel = path.strip_prefix(root).unwrap().with_extension("");
        let mut module: Module = rel
            .iter()
            .map(|s| s.to_string_lossy().into_owned())
            .collect();
        if matches!(
            module.last().map(String::as_str),
            Some("mod" | "lib" | "main")
        ) {
            module.pop();
        }
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let code = text
            .split("#[cfg(test)]\nmod tests")
            .next()
            .unwrap_or_default();
        let code: String = code
            .lines()
            .map(|line| line.split("//").next().unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n");
        out.insert(module, code);
    }
}

/// `(module, name)` → the path it re-exports (`pub use a::b::{C, D as E}`).
fn reexports(modules: &BTreeMap<Module, String>) -> BTreeMap<(Module, String), String> {
    let mut out = BTreeMap::new();
    for (module, code) in modules {
        for statement in code.split(';') {
            let mut statement = statement.trim();
            // Attributes (`#[cfg(feature = "http")]`) before the item.
            while let Some(rest) = statement.strip_prefix("#[") {
                statement = rest.split_once(']').map_or("", |(_, r)| r).trim_start();
            }
            let Some(rest) = statement.strip_prefix("pub") else {
                continue;
            };
            let rest = rest.trim_start();
            let rest = match rest.strip_prefix('(') {
                Some(r) => r.split_once(')').map_or("", |(_, r)| r).trim_start(),
                None => rest,
            };
            let Some(path) = rest.strip_prefix("use ") else {
                continue;
            };
            let path: String = path.split_whitespace().collect::<Vec<_>>().join(" ");
            let (base, items) = match path.split_once("::{") {
                Some((base, items)) => (base.to_owned(), items.trim_end_matches('}').to_owned()),
                None => match path.rsplit_once("::") {
                    Some((base, item)) => (base.to_owned(), item.to_owned()),
                    None => continue,
                },
            };
            for item in items.split(',') {
                let item = item.trim();
                let (original, name) = item.split_once(" as ").unwrap_or((item, item));
                let first = original.split("::").next().unwrap_or_default().trim();
                if !first.is_empty() {
                    let target = format!("{base}::{first}");
                    out.insert((module.clone(), name.trim().to_owned()), target);
                }
            }
        }
    }
    out
}

/// The module that `path` (as written in `from`) names.
fn resolve(
    from: &Module,
    path: &str,
    known: &BTreeSet<Module>,
    reexports: &BTreeMap<(Module, String), String>,
    depth: usize,
) -> Option<Module> {
    let mut segments = path.split("::").map(str::trim);
    let mut base: Module = match segments.next()? {
        "crate" => Vec::new(),
        "self" => from.clone(),
        "super" => from[..from.len().checked_sub(1)?].to_vec(),
        // A child module named from its parent (`use body::x`, `pub use classified::y`).
        first if known.contains(&[from.as_slice(), &[first.to_owned()]].concat()) => {
            [from.as_slice(), &[first.to_owned()]].concat()
        }
        _ => return None,
    };
    for segment in segments {
        if segment == "super" {
            base.pop();
            continue;
        }
        let child = [base.as_slice(), &[segment.to_owned()]].concat();
        if known.contains(&child) {
            base = child;
            continue;
        }
        if let Some(target) = reexports.get(&(base.clone(), segment.to_owned())) {
            if depth < 8 {
                let target = if target.starts_with("crate") || target.starts_with("super") {
                    target.clone()
                } else {
                    format!("self::{target}")
                };
                return resolve(&base, &target, known, reexports, depth + 1).or(Some(base));
            }
        }
        break;
    }
    Some(base)
}

/// Each module and the modules it names, itself left out.
pub fn edges(modules: &BTreeMap<Module, String>) -> BTreeMap<Module, BTreeSet<Module>> {
    let known: BTreeSet<Module> = modules.keys().cloned().collect();
    let reexports = reexports(modules);
    let mut out = BTreeMap::new();
    for (module, code) in modules {
        let mut targets = BTreeSet::new();
        for path in paths(code) {
            if let Some(target) = resolve(module, &path, &known, &reexports, 0) {
                if &target != module {
                    targets.insert(target);
                }
            }
        }
        out.insert(module.clone(), targets);
    }
    out
}

/// Every path starting with `crate`, `super` or `self`, with `a::{b, c}` groups expanded,
/// and the paths of `use child::…` / `pub use child::…` statements.
fn paths(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes: Vec<char> = code.chars().collect();
    let text: String = bytes.iter().collect();
    for start in ["crate::", "super::", "self::", "use "] {
        let mut from = 0;
        while let Some(at) = text[from..].find(start) {
            let at = from + at;
            from = at + start.len();
            let before = text[..at].chars().last();
            // `$crate::` is a macro's path, resolved where the macro expands: not an import.
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':' || c == '$') {
                continue;
            }
            let begin = if start == "use " { at + 4 } else { at };
            let rest = &text[begin..];
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(rest.len());
            let head = rest[..end].trim_end_matches("::");
            if rest[end..].starts_with('{') {
                let group = rest[end + 1..].split('}').next().unwrap_or_default();
                for item in group.split(',') {
                    let item = item.trim().split([' ', ':']).next().unwrap_or_default();
                    if !item.is_empty() && item != "self" {
                        out.push(format!("{head}::{item}"));
                    }
                }
            } else if !head.is_empty() {
                out.push(head.to_owned());
            }
        }
    }
    out
}

/// The circles: groups of two or more modules that reach each other (strongly connected).
pub fn circles(edges: &BTreeMap<Module, BTreeSet<Module>>) -> Vec<Vec<Module>> {
    let nodes: Vec<&Module> = edges.keys().collect();
    let reach = |from: &Module| -> BTreeSet<Module> {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.clone()];
        while let Some(m) = todo.pop() {
            for next in edges.get(&m).into_iter().flatten() {
                if seen.insert(next.clone()) {
                    todo.push(next.clone());
                }
            }
        }
        seen
    };
    let reached: BTreeMap<&Module, BTreeSet<Module>> =
        nodes.iter().map(|m| (*m, reach(m))).collect();
    let mut done = BTreeSet::new();
    let mut out = Vec::new();
    for m in &nodes {
        if done.contains(*m) {
            continue;
        }
        let group: Vec<Module> = nodes
            .iter()
            .filter(|o| reached[*m].contains(**o) && reached[**o].contains(*m))
            .map(|o| (*o).clone())
            .collect();
        if group.len() > 1 {
            done.extend(group.iter().cloned());
            out.push(group);
        }
    }
    out
}

/// Every `crate::name` path of a module other than the root whose first segment is not a
/// module: a name taken through the crate root's re-exports rather than from where it is
/// defined. `(module, path)`, in module order.
pub fn through_root(modules: &BTreeMap<Module, String>) -> Vec<(Module, String)> {
    let mut out = Vec::new();
    for (module, code) in modules {
        if module.is_empty() {
            continue;
        }
        let unique: BTreeSet<String> = paths(code).into_iter().collect();
        for path in unique {
            let mut segments = path.split("::");
            if segments.next() != Some("crate") {
                continue;
            }
            let first = segments.next().unwrap_or_default().to_owned();
            if !modules.contains_key(&vec![first]) {
                out.push((module.clone(), path));
            }
        }
    }
    out
}
