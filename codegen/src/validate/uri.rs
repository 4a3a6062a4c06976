//! Type URIs: resolution against a file's base, and the shapes that are accepted.

use crate::diagnostic::Diagnostic;
use crate::load::{entry_path, field_path, EntrySpec, LoadedFile, Seg};

/// `scheme:rest` with an RFC 3986 scheme and no whitespace.
pub fn is_absolute_uri(uri: &str) -> bool {
    let Some((scheme, rest)) = uri.split_once(':') else {
        return false;
    };
    scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !rest.is_empty()
        && !uri.chars().any(char::is_whitespace)
}

/// `http://host...` or `https://host...`.
pub fn is_http_url(href: &str) -> bool {
    let rest = href
        .strip_prefix("https://")
        .or_else(|| href.strip_prefix("http://"));
    matches!(rest, Some(r) if !r.is_empty() && !r.starts_with('/') && !href.chars().any(char::is_whitespace))
}

/// The entry's absolute type URI: its `type`, or its id as a slug, against the file's base.
pub fn resolve_type(
    file: &LoadedFile,
    spec: &EntrySpec,
    owner: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<String> {
    let written = match (&spec.type_uri, &spec.id) {
        (Some(t), _) => t.clone(),
        (None, Some(id)) => id.replace('_', "-"),
        (None, None) => return None,
    };
    let at = match spec.type_uri {
        Some(_) => file.at(&field_path(&entry_path(spec.index), "type")),
        None => file.at(&entry_path(spec.index)),
    };
    let resolved = if is_absolute_uri(&written) {
        if !written.starts_with("https://") {
            diags.push(Diagnostic::error(at, format!(
                "{owner}: type URI `{written}` is absolute but not https: a catalogue states absolute type URIs as `https://…`, or relative to `type_base`"
            )));
            return None;
        }
        written
    } else if let Some(base) = file
        .spec
        .type_base
        .as_deref()
        .filter(|b| is_absolute_uri(b))
    {
        format!("{base}{written}")
    } else {
        diags.push(Diagnostic::error(at, format!(
            "{owner}: type URI `{written}` is not absolute; write a full URI or set `type_base` in the file"
        )));
        return None;
    };
    let unfit = |c: char| c.is_whitespace() || c == '{' || c == '}';
    if resolved.contains(unfit) || resolved == "about:blank" {
        diags.push(Diagnostic::error(at, format!(
            "{owner}: type URI `{resolved}` cannot identify an entry (no whitespace or braces, not `about:blank`)"
        )));
        return None;
    }
    Some(resolved)
}

/// Check the file-level URIs: `type_base` and `generic_types`.
pub fn check_file_uris(file: &LoadedFile, diags: &mut Vec<Diagnostic>) {
    if let Some(base) = &file.spec.type_base {
        let at = file.at(&[Seg::Key("type_base".into())]);
        if !is_absolute_uri(base) {
            diags.push(Diagnostic::error(
                at,
                format!("file: type_base `{base}` is not an absolute URI"),
            ));
        } else if !base.starts_with("https://") || !base.ends_with('/') {
            // Relative types are appended to the base as they are, so it ends in `/`.
            diags.push(Diagnostic::error(
                at,
                format!("file: type_base `{base}` must be an https URI ending in `/`, such as `https://example.com/problems/`"),
            ));
        }
    }
    for (i, t) in file.spec.generic_types.iter().enumerate() {
        let path = [Seg::Key("generic_types".into()), Seg::Index(i)];
        let filled = t.replace("{status}", "400");
        if !is_absolute_uri(&filled) || filled.contains(['{', '}']) {
            diags.push(Diagnostic::error(file.at(&path), format!(
                "file: generic type `{t}` is not an absolute URI (only `{{status}}` may stand in it)"
            )));
        } else if file.spec.generic_types[..i].contains(t) {
            diags.push(Diagnostic::error(
                file.at(&path),
                format!("file: generic type `{t}` is listed twice"),
            ));
        }
    }
}
