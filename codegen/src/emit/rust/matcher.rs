//! `from_detail`: recover an entry's parameters from a rendered detail, using only the
//! literal segments of its template (prefix, suffix, then each middle literal, leftmost).
//! No regex engine at run time.

use proc_macro2::TokenStream;
use quote::quote;

use super::{field, lit, variant, Names};
use crate::model::{Catalog, Entry, ParamKind, Segment};

pub(crate) fn emit(catalog: &Catalog, names: &Names) -> TokenStream {
    let Names { kind, problem, rt } = names;
    let arms = catalog.entries.iter().map(|e| {
        let v = variant(e);
        let body = matcher_body(e, names);
        quote!(#kind::#v => { #body })
    });
    quote! {
        #[allow(deprecated, dead_code)]
        impl #problem {
            /// Recover the parameters of `kind` from a rendered detail; `None` when the text
            /// does not fit the template. Rendering the result gives back `detail`.
            pub fn from_detail(kind: #kind, detail: &str) -> ::core::option::Option<#problem> {
                #[allow(unused_imports)]
                use ::core::option::Option::{None, Some};
                #[allow(unused_imports)]
                use #rt::__private::{parse_u64, split_first};
                match kind {
                    #(#arms)*
                }
            }
        }
    }
}

fn matcher_body(e: &Entry, names: &Names) -> TokenStream {
    let Names { problem, .. } = names;
    let v = variant(e);
    let segs = &e.detail.segments;
    if e.params.is_empty() {
        let text = lit(&e.detail.render(|_| String::new()));
        return quote! {
            if detail == #text { Some(#problem::#v) } else { None }
        };
    }
    let mut steps = Vec::new();
    let mut middle: &[Segment] = segs;
    if let Some(Segment::Literal(prefix)) = middle.first() {
        let prefix = lit(prefix);
        steps.push(quote!(let rest = detail.strip_prefix(#prefix)?;));
        middle = &middle[1..];
    } else {
        steps.push(quote!(let rest = detail;));
    }
    if let Some(Segment::Literal(suffix)) = middle.last() {
        let suffix = lit(suffix);
        steps.push(quote!(let rest = rest.strip_suffix(#suffix)?;));
        middle = &middle[..middle.len() - 1];
    }
    // Now `middle` is Param (Literal Param)*: take each value up to the next literal.
    let mut taken: Vec<(String, proc_macro2::Ident)> = Vec::new();
    let mut pending: Option<&str> = None;
    for seg in middle {
        match seg {
            Segment::Param(name) => pending = Some(name),
            Segment::Literal(l) => {
                let name = pending.take().unwrap_or_default();
                let raw = quote::format_ident!("raw_{}_{}", taken.len(), name);
                let l = lit(l);
                steps.push(quote!(let (#raw, rest) = split_first(rest, #l)?;));
                taken.push((name.to_owned(), raw));
            }
        }
    }
    if let Some(name) = pending {
        let raw = quote::format_ident!("raw_{}_{}", taken.len(), name);
        steps.push(quote!(let #raw = rest;));
        taken.push((name.to_owned(), raw));
    }
    // A placeholder used twice must have the same value both times.
    let fields = e.params.iter().map(|p| {
        let f = field(&p.name);
        let raws: Vec<&proc_macro2::Ident> = taken
            .iter()
            .filter(|(n, _)| *n == p.name)
            .map(|(_, r)| r)
            .collect();
        let first = raws[0];
        let value = match p.kind {
            ParamKind::String => quote!(::std::string::String::from(#first)),
            ParamKind::Integer => quote!(parse_u64(#first)?),
        };
        if raws.len() == 1 {
            return quote!(#f: #value);
        }
        let same = raws[1..]
            .iter()
            .map(|r| quote!(if #r != #first { return ::core::option::Option::None; }));
        quote!(#f: { #(#same)* #value })
    });
    quote! {
        #(#steps)*
        Some(#problem::#v { #(#fields),* })
    }
}
