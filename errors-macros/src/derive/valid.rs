//! Which combinations of attributes make sense, and what each case of the type sends.

use errors_codegen::{is_absolute_uri, is_snake_case, variant_name, Retry};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::{Ident, Member};

use super::ast::{Field, Item, Shape};
use super::attr::Spec;
use super::Errors;

/// The members a field may not be sent as: the problem decides them.
const STANDARD_MEMBERS: [&str; 5] = ["type", "title", "status", "detail", "instance"];

/// One struct, or one variant of an enum, ready to expand.
pub struct Case<'a> {
    /// `None` for a struct.
    pub variant: Option<&'a Ident>,
    pub facts: Facts,
    /// The fields sent as extension members, with their member names.
    pub sent: Vec<(String, &'a Field<'a>)>,
}

pub enum Facts {
    /// Written in the attribute.
    Own {
        type_uri: Option<String>,
        title: Option<String>,
        status: u16,
        retry: Option<Retry>,
        detail: Detail,
    },
    /// A catalogue entry: `kind::Variant`, with the variant's span on the `entry` literal.
    Entry { kind: syn::Path, variant: Ident },
}

pub enum Detail {
    Fixed(String),
    /// The type's `Display` text.
    Display,
    /// A 5xx without a fixed detail sends none.
    Omitted,
}

pub fn check<'a>(item: &'a Item<'a>, errors: &mut Errors) -> Vec<Case<'a>> {
    match &item.shape {
        Shape::Struct(fields) => {
            let facts = facts(&item.spec, None, item.ident, errors);
            let sent = sent_fields(fields, errors);
            facts
                .map(|facts| Case {
                    variant: None,
                    facts,
                    sent,
                })
                .into_iter()
                .collect()
        }
        Shape::Enum(variants) => {
            check_enum_spec(&item.spec, errors);
            variants
                .iter()
                .filter_map(|v| {
                    let facts = facts(&v.spec, item.spec.kind.as_ref(), v.ident, errors);
                    let sent = sent_fields(&v.fields, errors);
                    Some(Case {
                        variant: Some(v.ident),
                        facts: facts?,
                        sent,
                    })
                })
                .collect()
        }
    }
}

/// On an enum itself only `kind` makes sense: every variant is its own problem.
fn check_enum_spec(spec: &Spec, errors: &mut Errors) {
    let misplaced: [(Option<&dyn ToTokens>, &str); 6] = [
        (spec.type_uri.as_ref().map(|t| t as _), "type"),
        (spec.title.as_ref().map(|t| t as _), "title"),
        (spec.status.as_ref().map(|(_, t)| t as _), "status"),
        (spec.retry.as_ref().map(|(_, t)| t as _), "retry"),
        (spec.detail.as_ref().map(|t| t as _), "detail"),
        (spec.entry.as_ref().map(|t| t as _), "entry"),
    ];
    for (tokens, key) in misplaced {
        if let Some(tokens) = tokens {
            errors.at(
                tokens,
                format!("on an enum, `{key}` goes on each variant; only `kind` goes on the enum"),
            );
        }
    }
}

fn facts(
    spec: &Spec,
    outer_kind: Option<&syn::Path>,
    ident: &Ident,
    errors: &mut Errors,
) -> Option<Facts> {
    if let Some(entry) = &spec.entry {
        return entry_facts(spec, entry, outer_kind, errors);
    }
    if let Some(kind) = &spec.kind {
        errors.at(
            kind,
            "`kind` names the catalogue of an `entry`; add `entry = \"...\"`",
        );
    }
    let Some((status, _)) = spec.status else {
        if spec.status_written {
            // Its value was wrong, and that is reported on the value.
            return None;
        }
        let message = format!(
            "missing `status` for `{ident}`: add `#[problem(status = 4xx or 5xx, ...)]`, \
             or name a catalogue entry with `#[problem(entry = \"...\")]`"
        );
        match &spec.attr {
            Some(attr) => errors.at(attr, message),
            None => errors.at(ident, message),
        }
        return None;
    };
    if let Some(type_uri) = &spec.type_uri {
        if !is_absolute_uri(&type_uri.value()) {
            errors.at(type_uri, "`type` must be an absolute URI, e.g. \"https://example.com/problems/out-of-stock\"");
        }
    }
    if let Some(title) = &spec.title {
        if title.value().trim().is_empty() {
            errors.at(title, "`title` must not be empty");
        }
    }
    let detail = match (&spec.detail, status) {
        (Some(detail), _) => Detail::Fixed(detail.value()),
        (None, 400..=499) => Detail::Display,
        (None, _) => Detail::Omitted,
    };
    Some(Facts::Own {
        type_uri: spec.type_uri.as_ref().map(syn::LitStr::value),
        title: spec.title.as_ref().map(syn::LitStr::value),
        status,
        retry: spec.retry.as_ref().map(|(r, _)| *r),
        detail,
    })
}

fn entry_facts(
    spec: &Spec,
    entry: &syn::LitStr,
    outer_kind: Option<&syn::Path>,
    errors: &mut Errors,
) -> Option<Facts> {
    let conflicting: [(Option<&dyn ToTokens>, &str); 5] = [
        (spec.type_uri.as_ref().map(|t| t as _), "type"),
        (spec.title.as_ref().map(|t| t as _), "title"),
        (spec.status.as_ref().map(|(_, t)| t as _), "status"),
        (spec.retry.as_ref().map(|(_, t)| t as _), "retry"),
        (spec.detail.as_ref().map(|t| t as _), "detail"),
    ];
    for (tokens, key) in conflicting {
        if let Some(tokens) = tokens {
            errors.at(
                tokens,
                format!("`{key}` comes from the catalogue entry; remove it, or remove `entry`"),
            );
        }
    }
    let id = entry.value();
    if !is_snake_case(&id) {
        errors.at(
            entry,
            format!("`{id}` is not a catalogue entry id: ids are snake_case, e.g. \"reference_not_found\""),
        );
        return None;
    }
    let kind = spec
        .kind
        .clone()
        .or_else(|| outer_kind.cloned())
        .unwrap_or_else(|| syn::parse_quote!(ProblemType));
    Some(Facts::Entry {
        kind,
        variant: Ident::new(&variant_name(&id), entry.span()),
    })
}

/// The fields sent as extension members, and their names; causes and skipped fields are not.
fn sent_fields<'a>(fields: &'a [Field<'a>], errors: &mut Errors) -> Vec<(String, &'a Field<'a>)> {
    let mut sent: Vec<(String, &Field)> = Vec::new();
    for field in fields {
        let attrs = &field.attrs;
        if attrs.skip {
            if let Some(rename) = &attrs.rename {
                errors.at(
                    rename,
                    "a skipped field is not sent: remove `rename` or `skip`",
                );
            }
            continue;
        }
        let name = match (&attrs.rename, &field.member) {
            (Some(rename), _) => rename.value(),
            (None, Member::Named(ident)) => ident.unraw().to_string(),
            (None, Member::Unnamed(_)) if attrs.cause => continue,
            (None, Member::Unnamed(_)) => {
                errors.at(
                    field.original,
                    "a tuple field needs a member name to be sent: add \
                     `#[problem(rename = \"name\")]`, or `#[problem(skip)]`",
                );
                continue;
            }
        };
        if attrs.rename.is_none() && (attrs.cause || name == "source" || name == "backtrace") {
            continue;
        }
        let at: &dyn ToTokens = match &attrs.rename {
            Some(rename) => rename,
            None => field.original,
        };
        if name.is_empty() {
            errors.at(at, "the member name must not be empty");
        } else if STANDARD_MEMBERS.contains(&name.as_str()) {
            errors.at(
                at,
                format!(
                    "`{name}` is a standard problem member, set by the attributes: rename the \
                     field's member with `#[problem(rename = \"...\")]`, or `#[problem(skip)]` it"
                ),
            );
        } else if sent.iter().any(|(n, _)| *n == name) {
            errors.at(at, format!("two fields are sent as the member `{name}`"));
        } else {
            sent.push((name, field));
        }
    }
    sent
}
