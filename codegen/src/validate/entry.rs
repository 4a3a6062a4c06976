//! Checks on one entry, turning its spec into a model entry.

use crate::diagnostic::Diagnostic;
use crate::load::{entry_path, field_path, EntrySpec, LoadedFile, Seg};
use crate::model::{Entry, Link, Param, ParamKind, Retry, SentAs, Template, PROBLEM_STATUSES};

use super::names::{is_keyword, is_snake_case, variant_name, RESERVED_PARAMS, RESERVED_VARIANTS};
use super::uri::{is_http_url, resolve_type};

/// Check one entry; `None` when a required part is missing or wrong (already reported).
pub fn check_entry(
    file: &LoadedFile,
    api: &str,
    spec: &EntrySpec,
    diags: &mut Vec<Diagnostic>,
) -> Option<Entry> {
    let path = entry_path(spec.index);
    let at = |key: &str| file.at(&field_path(&path, key));
    let owner = match &spec.id {
        Some(id) => format!("entry `{id}`"),
        None => format!("entry #{}", spec.index + 1),
    };
    let mut ok = true;
    let mut fail = |diags: &mut Vec<Diagnostic>, d: Diagnostic| {
        diags.push(d);
        ok = false;
    };

    if let Some(id) = &spec.id {
        if !is_snake_case(id) {
            fail(diags, Diagnostic::error(at("id"), format!(
                "entry id `{id}` is not snake_case (lowercase letters and digits in words joined by single `_`, starting with a letter)"
            )));
        } else if is_keyword(id) {
            fail(
                diags,
                Diagnostic::error(at("id"), format!("entry id `{id}` is a Rust keyword")),
            );
        } else if RESERVED_VARIANTS.contains(&variant_name(id).as_str()) {
            fail(diags, Diagnostic::error(at("id"), format!(
                "entry id `{id}` becomes the variant `{}`, which is reserved for problems outside the catalogue",
                variant_name(id)
            )));
        }
    }
    if let Some(title) = &spec.title {
        if title.trim().is_empty() {
            fail(
                diags,
                Diagnostic::error(at("title"), format!("{owner}: title is empty")),
            );
        }
    }
    if let Some(status) = spec.status {
        if !u16::try_from(status).is_ok_and(|s| PROBLEM_STATUSES.contains(&s)) {
            fail(diags, Diagnostic::error(at("status"), format!(
                "{owner}: status {status} is outside 400..=599 (a problem is a client or server error)"
            )));
        }
    }

    let type_uri = resolve_type(file, spec, &owner, diags);
    let params = check_params(file, spec, &owner, diags);
    let detail = spec
        .detail
        .as_deref()
        .and_then(|d| check_template(file, spec, &owner, d, &params, diags));
    let links = check_links(file, spec, &owner, diags);

    let sent_as = spec
        .sent_as
        .or(file.spec.defaults.sent_as)
        .unwrap_or(SentAs::Problem);
    if let Some(code) = spec.error_code.as_deref().filter(|c| !is_error_code(c)) {
        fail(
            diags,
            Diagnostic::error(
                at("error_code"),
                format!(
                    "{owner}: error_code `{code}` is not a code: letters, digits, `_`, `.` and `-`"
                ),
            ),
        );
    }
    if spec.error_code.is_some() && sent_as != SentAs::Legacy {
        fail(
            diags,
            Diagnostic::error(
                at("error_code"),
                format!(
            "{owner}: `error_code` belongs to legacy entries; add `sent_as: legacy` or remove it"
        ),
            ),
        );
    }

    let (
        Some(id),
        Some(title),
        Some(status),
        Some(detail),
        Some(type_uri),
        Some(params),
        Some(links),
    ) = (
        &spec.id,
        &spec.title,
        spec.status,
        detail,
        type_uri,
        params,
        links,
    )
    else {
        return None;
    };
    if !ok {
        return None;
    }
    Some(Entry {
        id: id.clone(),
        variant: variant_name(id),
        api: api.to_owned(),
        type_uri,
        title: title.clone(),
        status: u16::try_from(status).ok()?,
        status_reason: spec.status_reason.clone(),
        detail,
        params,
        comment: spec.comment.clone(),
        links,
        retry: spec
            .retry
            .or(file.spec.defaults.retry)
            .unwrap_or(Retry::Never),
        sent_as,
        error_code: spec.error_code.clone(),
        retired: spec.retired.clone(),
        every_operation: every_operation(file, spec),
        location: file.at(&path),
    })
}

/// The entry's `every_operation`, else its file's default, else `false`.
pub(super) fn every_operation(file: &LoadedFile, spec: &EntrySpec) -> bool {
    spec.every_operation
        .or(file.spec.defaults.every_operation)
        .unwrap_or(false)
}

fn check_params(
    file: &LoadedFile,
    spec: &EntrySpec,
    owner: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<Param>> {
    let mut ok = true;
    let mut out: Vec<Param> = Vec::new();
    for (i, p) in spec.params.items.iter().enumerate() {
        let mut path = field_path(&entry_path(spec.index), "params");
        path.push(Seg::Index(i));
        let name_at = file.at(&field_path(&path, "name"));
        let name = &p.name;
        let problem = if !is_snake_case(name) || is_keyword(name) {
            Some(format!("{owner}: parameter name `{name}` is not a valid field name (snake_case, not a Rust keyword)"))
        } else if RESERVED_PARAMS.contains(&name.as_str()) {
            Some(format!("{owner}: parameter name `{name}` is reserved (it is a problem+json member or a thiserror field)"))
        } else if out.iter().any(|q| &q.name == name) {
            Some(format!("{owner}: parameter `{name}` is declared twice"))
        } else {
            None
        };
        if let Some(message) = problem {
            diags.push(Diagnostic::error(name_at, message));
            ok = false;
            continue;
        }
        if p.kind == ParamKind::Integer && !is_canonical_whole_number(&p.example) {
            diags.push(Diagnostic::error(
                file.at(&field_path(&path, "example")),
                format!(
                    "{owner}: example `{}` of integer parameter `{name}` is not a whole number \
                     written as rendering writes one (digits, no sign, no leading zero)",
                    p.example
                ),
            ));
            ok = false;
        }
        out.push(p.clone());
    }
    ok.then_some(out)
}

fn check_template(
    file: &LoadedFile,
    spec: &EntrySpec,
    owner: &str,
    source: &str,
    params: &Option<Vec<Param>>,
    diags: &mut Vec<Diagnostic>,
) -> Option<Template> {
    let path = field_path(&entry_path(spec.index), "detail");
    let template = match Template::parse(source) {
        Ok(t) => t,
        Err(errors) => {
            for e in errors {
                let at = file.in_value(&path, source, e.offset);
                diags.push(Diagnostic::error(at, format!("{owner}: {}", e.message)));
            }
            return None;
        }
    };
    if !spec.params.complete {
        // A parameter failed to decode (reported); its placeholder would look undeclared.
        return None;
    }
    let mut ok = true;
    let placeholders = template.placeholders();
    let declared: Vec<&str> = spec.params.items.iter().map(|p| p.name.as_str()).collect();
    for (name, offset) in &placeholders {
        if !declared.contains(name) {
            let at = file.in_value(&path, source, *offset);
            diags.push(Diagnostic::error(
                at,
                format!(
                "{owner}: placeholder `{{{name}}}` is not a declared parameter; add it to `params`"
            ),
            ));
            ok = false;
        }
    }
    ok &= check_adjacent_placeholders(
        &template,
        |offset| file.in_value(&path, source, offset),
        owner,
        diags,
    );
    if params.is_some() {
        for (i, p) in spec.params.items.iter().enumerate() {
            if !placeholders.iter().any(|(n, _)| *n == p.name) {
                let mut ppath = field_path(&entry_path(spec.index), "params");
                ppath.push(Seg::Index(i));
                diags.push(Diagnostic::error(
                    file.at(&field_path(&ppath, "name")),
                    format!(
                        "{owner}: parameter `{}` is declared but not used in `detail`",
                        p.name
                    ),
                ));
                ok = false;
            }
        }
    }
    ok.then_some(template)
}

/// Two placeholders with no literal text between them cannot be told apart in a received
/// detail: reported at the second (`at` places a character offset of the template).
pub(super) fn check_adjacent_placeholders(
    template: &Template,
    at: impl Fn(usize) -> crate::Location,
    owner: &str,
    diags: &mut Vec<Diagnostic>,
) -> bool {
    let placeholders = template.placeholders();
    let mut ok = true;
    for pair in template.segments.windows(2) {
        if let [crate::model::Segment::Param(a), crate::model::Segment::Param(b)] = pair {
            let offset = placeholders
                .iter()
                .find(|(n, _)| n == b)
                .map_or(0, |(_, o)| *o);
            diags.push(Diagnostic::error(at(offset), format!(
                "{owner}: placeholders `{{{a}}}` and `{{{b}}}` need literal text between them, or a received detail cannot be split back into parameters"
            )));
            ok = false;
        }
    }
    ok
}

fn check_links(
    file: &LoadedFile,
    spec: &EntrySpec,
    owner: &str,
    diags: &mut Vec<Diagnostic>,
) -> Option<Vec<Link>> {
    let mut ok = true;
    for (i, link) in spec.links.iter().enumerate() {
        let mut path = field_path(&entry_path(spec.index), "links");
        path.push(Seg::Index(i));
        if link.title.trim().is_empty() {
            diags.push(Diagnostic::error(
                file.at(&field_path(&path, "title")),
                format!("{owner}: link title is empty"),
            ));
            ok = false;
        }
        if !is_http_url(&link.href) {
            diags.push(Diagnostic::error(
                file.at(&field_path(&path, "href")),
                format!("{owner}: link href `{}` is not an http(s) URL", link.href),
            ));
            ok = false;
        }
    }
    ok.then(|| spec.links.clone())
}

/// Digits only, no sign, no leading zero, within `u64`: what a rendered detail contains, so
/// the example matches back to itself.
fn is_canonical_whole_number(text: &str) -> bool {
    text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'))
        && text.parse::<u64>().is_ok()
}

/// A legacy error code: a token of letters, digits, `_`, `.` and `-`, as legacy APIs send
/// them (`"35"`, `"ECOM.101"`).
fn is_error_code(code: &str) -> bool {
    !code.is_empty()
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c))
}
