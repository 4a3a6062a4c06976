//! The `#[problem(...)]` attributes, read into values with their tokens kept for messages.

use errors_codegen::{Retry, PROBLEM_STATUSES};
use syn::meta::ParseNestedMeta;
use syn::{Attribute, Expr, Lit, LitInt, LitStr};

use super::Errors;

/// The keys a type or variant attribute accepts.
const SPEC_KEYS: &str = "`type`, `title`, `status`, `retry`, `detail`, `entry`, `kind`";
/// The keys a field attribute accepts.
const FIELD_KEYS: &str = "`rename`, `skip`";

/// `"a"`, `"a" or "b"`, `"a", "b" or "c"`.
fn one_of(names: &[String]) -> String {
    match names.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// `#[problem(...)]` on a type or a variant.
#[derive(Default)]
pub struct Spec {
    /// The first `#[problem]` attribute, for messages about what it lacks.
    pub attr: Option<Attribute>,
    /// `status` was written, even if its value was wrong (already reported).
    pub status_written: bool,
    pub type_uri: Option<LitStr>,
    pub title: Option<LitStr>,
    pub status: Option<(u16, LitInt)>,
    pub retry: Option<(Retry, LitStr)>,
    pub detail: Option<LitStr>,
    pub entry: Option<LitStr>,
    pub kind: Option<syn::Path>,
}

/// `#[problem(...)]` on a field, plus thiserror's markers of a source.
#[derive(Default)]
pub struct FieldAttrs {
    pub rename: Option<LitStr>,
    pub skip: bool,
    /// `#[source]`, `#[from]` or `#[backtrace]`: the field is a cause and never sent.
    pub cause: bool,
}

fn is_problem(attr: &Attribute) -> bool {
    attr.path().is_ident("problem")
}

/// Set `slot` once; a second value for the same key is a mistake.
fn set<T>(slot: &mut Option<T>, value: T, meta: &ParseNestedMeta, errors: &mut Errors) {
    if slot.is_some() {
        errors.at(&meta.path, "this key is given twice");
    } else {
        *slot = Some(value);
    }
}

/// The value after `=`, which must be a string literal.
fn string(meta: &ParseNestedMeta, errors: &mut Errors) -> syn::Result<Option<LitStr>> {
    let expr: Expr = meta.value()?.parse()?;
    match expr {
        Expr::Lit(syn::ExprLit {
            lit: Lit::Str(s), ..
        }) => Ok(Some(s)),
        other => {
            let key = meta
                .path
                .get_ident()
                .map(ToString::to_string)
                .unwrap_or_default();
            errors.at(
                other,
                format!("`{key}` takes a string literal, e.g. `{key} = \"...\"`"),
            );
            Ok(None)
        }
    }
}

/// `status = 409`: an integer literal within 400..=599.
fn status(meta: &ParseNestedMeta, errors: &mut Errors) -> syn::Result<Option<(u16, LitInt)>> {
    let expr: Expr = meta.value()?.parse()?;
    let Expr::Lit(syn::ExprLit { lit, .. }) = &expr else {
        errors.at(&expr, "`status` takes a number, e.g. `status = 409`");
        return Ok(None);
    };
    let int = match lit {
        Lit::Int(int) => int,
        Lit::Str(s) => {
            let hint = format!(
                "`status` takes a number, not a string: `status = {}`",
                s.value()
            );
            errors.at(lit, hint);
            return Ok(None);
        }
        _ => {
            errors.at(lit, "`status` takes a number, e.g. `status = 409`");
            return Ok(None);
        }
    };
    match int.base10_parse::<u16>() {
        Ok(n) if PROBLEM_STATUSES.contains(&n) => Ok(Some((n, int.clone()))),
        _ => {
            let message = format!(
                "status {} is out of range: a problem's status is an HTTP error, 400..=599",
                int.base10_digits()
            );
            errors.at(int, message);
            Ok(None)
        }
    }
}

/// `retry = "backoff"`.
fn retry(meta: &ParseNestedMeta, errors: &mut Errors) -> syn::Result<Option<(Retry, LitStr)>> {
    let Some(lit) = string(meta, errors)? else {
        return Ok(None);
    };
    // The catalogue's spellings: the generator's table is the one list of retry hints.
    let Some(retry) = Retry::from_name(&lit.value()) else {
        let expected: Vec<String> = Retry::NAMES.iter().map(|n| format!("{n:?}")).collect();
        let message = format!(
            "unknown retry hint `{}`; expected {}",
            lit.value(),
            one_of(&expected)
        );
        errors.at(&lit, message);
        return Ok(None);
    };
    Ok(Some((retry, lit)))
}

/// Skip what follows an unknown key, so the keys after it are still read.
fn skip_value(meta: &ParseNestedMeta) -> syn::Result<()> {
    if meta.input.peek(syn::Token![=]) {
        let _: Expr = meta.value()?.parse()?;
    } else if meta.input.peek(syn::token::Paren) {
        meta.parse_nested_meta(|inner| skip_value(&inner))?;
    }
    Ok(())
}

impl Spec {
    /// Read every `#[problem(...)]` of a type or variant.
    pub fn from_attrs(attrs: &[Attribute], errors: &mut Errors) -> Spec {
        let mut spec = Spec::default();
        for attr in attrs.iter().filter(|a| is_problem(a)) {
            spec.attr.get_or_insert_with(|| attr.clone());
            let result = attr.parse_nested_meta(|meta| {
                let key = meta.path.get_ident().map(ToString::to_string);
                match key.as_deref() {
                    Some("type") => {
                        if let Some(v) = string(&meta, errors)? {
                            set(&mut spec.type_uri, v, &meta, errors);
                        }
                    }
                    Some("title") => {
                        if let Some(v) = string(&meta, errors)? {
                            set(&mut spec.title, v, &meta, errors);
                        }
                    }
                    Some("detail") => {
                        if let Some(v) = string(&meta, errors)? {
                            set(&mut spec.detail, v, &meta, errors);
                        }
                    }
                    Some("entry") => {
                        if let Some(v) = string(&meta, errors)? {
                            set(&mut spec.entry, v, &meta, errors);
                        }
                    }
                    Some("status") => {
                        spec.status_written = true;
                        if let Some(v) = status(&meta, errors)? {
                            set(&mut spec.status, v, &meta, errors);
                        }
                    }
                    Some("retry") => {
                        if let Some(v) = retry(&meta, errors)? {
                            set(&mut spec.retry, v, &meta, errors);
                        }
                    }
                    Some("kind") => {
                        let path: syn::Path = meta.value()?.parse()?;
                        set(&mut spec.kind, path, &meta, errors);
                    }
                    _ => {
                        let name = quote::ToTokens::to_token_stream(&meta.path).to_string();
                        errors.at(
                            &meta.path,
                            format!("unknown attribute `{name}`; expected one of {SPEC_KEYS}"),
                        );
                        skip_value(&meta)?;
                    }
                }
                Ok(())
            });
            if let Err(err) = result {
                errors.push(err);
            }
        }
        spec
    }
}

impl FieldAttrs {
    /// Read a field's `#[problem(...)]` and thiserror's `#[source]`, `#[from]`, `#[backtrace]`.
    pub fn from_attrs(attrs: &[Attribute], errors: &mut Errors) -> FieldAttrs {
        let mut field = FieldAttrs::default();
        for attr in attrs {
            let path = attr.path();
            if path.is_ident("source") || path.is_ident("from") || path.is_ident("backtrace") {
                field.cause = true;
            }
        }
        for attr in attrs.iter().filter(|a| is_problem(a)) {
            let result = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename") {
                    if let Some(v) = string(&meta, errors)? {
                        set(&mut field.rename, v, &meta, errors);
                    }
                } else if meta.path.is_ident("skip") {
                    if field.skip {
                        errors.at(&meta.path, "this key is given twice");
                    }
                    field.skip = true;
                } else {
                    let name = quote::ToTokens::to_token_stream(&meta.path).to_string();
                    errors.at(
                        &meta.path,
                        format!("unknown field attribute `{name}`; expected one of {FIELD_KEYS}"),
                    );
                    skip_value(&meta)?;
                }
                Ok(())
            });
            if let Err(err) = result {
                errors.push(err);
            }
        }
        field
    }
}
