//! The fieldless `Copy` enum of problem types and its table of catalogue facts.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use super::{lit, variant, Names};
use crate::model::{Catalog, Entry, ParamKind, Retry, SentAs};

pub(crate) fn emit(catalog: &Catalog, names: &Names) -> TokenStream {
    let Names { kind, rt, .. } = names;
    let variants = catalog.entries.iter().map(|e| {
        let v = variant(e);
        let doc = lit(&format!(
            " **{}** ({}): {}",
            e.title, e.status, e.detail.source
        ));
        let type_doc = lit(&format!(" Type URI: <{}>", e.type_uri));
        let deprecated = e.retired.as_deref().map(|why| {
            let note = lit(why);
            quote!(#[deprecated(note = #note)])
        });
        quote! {
            #[doc = #doc]
            #[doc = ""]
            #[doc = #type_doc]
            #deprecated
            #v
        }
    });
    let all = catalog.entries.iter().map(|e| {
        let v = variant(e);
        quote!(#kind::#v)
    });
    let infos = catalog.entries.iter().map(info);
    let count = catalog.entries.len();
    let generic = catalog.generic_types().into_iter().map(lit);
    let lookup = type_uri_lookup(catalog, names);
    let enum_doc = lit(&format!(
        " Every problem type of the catalogue ({count} entries): the identifiers clients match on."
    ));
    quote! {
        #[doc = #enum_doc]
        #[doc = ""]
        #[doc = " Serializes as its type URI; `Display` writes the type URI too."]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        #[allow(dead_code)]
        pub enum #kind {
            #(#variants,)*
        }

        #[allow(deprecated, dead_code)]
        impl #kind {
            /// Every problem type, in catalogue order.
            pub const ALL: &'static [#kind] = &[#(#all,)*];

            /// Type URIs the live API sends that identify no entry; `{status}` stands for the status.
            pub const GENERIC_TYPE_URIS: &'static [&'static str] = &[#(#generic,)*];

            /// Everything the catalogue says about this problem type.
            pub const fn info(self) -> &'static #rt::ProblemTypeInfo {
                // Short names keep the table small: it is the bulk of the generated code.
                #[allow(unused_imports)]
                use ::core::option::Option::{None, Some};
                #[allow(unused_imports)]
                use #rt::{Link as L, ParamInfo as P, ParamKind as K, ProblemTypeInfo as I, RetryHint as R, WireShape as W};
                static INFO: [I; #count] = [#(#infos,)*];
                &INFO[self as usize]
            }
            /// The stable snake_case id.
            pub const fn id(self) -> &'static str { self.info().id }
            /// The type URI: the identifier clients match on.
            pub const fn type_uri(self) -> &'static str { self.info().type_uri }
            /// The short summary (not unique across entries).
            pub const fn title(self) -> &'static str { self.info().title }
            /// The HTTP status.
            pub const fn status(self) -> u16 { self.info().status }
            /// The HTTP status as an `http::StatusCode`.
            pub fn status_code(self) -> #rt::http::StatusCode {
                #rt::__private::status_code(self.status())
            }
            /// Whether and how a client may retry.
            pub const fn retry(self) -> #rt::RetryHint { self.info().retry }
            /// Which side must act: client (4xx) or server (5xx).
            pub const fn fault(self) -> #rt::Fault { #rt::Fault::of_status(self.status()) }
            /// Related documents.
            pub const fn links(self) -> &'static [#rt::Link] { self.info().links }
            /// The detail template, `{name}` for each parameter.
            pub const fn detail_template(self) -> &'static str { self.info().detail_template }
            /// The template parameters.
            pub const fn params(self) -> &'static [#rt::ParamInfo] { self.info().params }
            /// Whether the entry is retired (no longer sent).
            pub const fn is_retired(self) -> bool { self.info().retired.is_some() }

            /// The problem type with this exact type URI.
            pub fn from_type_uri(uri: &str) -> ::core::option::Option<#kind> {
                #lookup
            }

            /// The problem type with this id (a scan: ids are for people and tools, type URIs
            /// are what clients match on).
            pub fn from_id(id: &str) -> ::core::option::Option<#kind> {
                #kind::ALL.iter().copied().find(|kind| kind.id() == id)
            }
        }

        impl ::core::fmt::Display for #kind {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.type_uri())
            }
        }

        impl ::core::str::FromStr for #kind {
            type Err = #rt::UnknownTypeUri;
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                #kind::from_type_uri(s).ok_or_else(|| #rt::UnknownTypeUri(s.into()))
            }
        }

        impl #rt::__private::serde::Serialize for #kind {
            fn serialize<S: #rt::__private::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.type_uri())
            }
        }

        impl<'de> #rt::__private::serde::Deserialize<'de> for #kind {
            fn deserialize<D: #rt::__private::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                let uri = <::std::borrow::Cow<'de, str> as #rt::__private::serde::Deserialize>::deserialize(deserializer)?;
                #kind::from_type_uri(&uri).ok_or_else(|| {
                    <D::Error as #rt::__private::serde::de::Error>::custom(#rt::UnknownTypeUri(uri.into_owned()))
                })
            }
        }

        impl #rt::ProblemKind for #kind {
            fn all() -> &'static [Self] { Self::ALL }
            fn info(self) -> &'static #rt::ProblemTypeInfo { #kind::info(self) }
            fn from_type_uri(uri: &str) -> ::core::option::Option<Self> { #kind::from_type_uri(uri) }
            fn generic_type_uris() -> &'static [&'static str] { Self::GENERIC_TYPE_URIS }
        }
    }
}

/// A `match` on the length first, then on the text: a few comparisons per lookup.
fn type_uri_lookup(catalog: &Catalog, names: &Names) -> TokenStream {
    let kind = &names.kind;
    let mut by_len: BTreeMap<usize, Vec<&Entry>> = BTreeMap::new();
    for e in &catalog.entries {
        by_len.entry(e.type_uri.len()).or_default().push(e);
    }
    let arms = by_len.iter().map(|(len, entries)| {
        let inner = entries.iter().map(|e| {
            let (v, uri) = (variant(e), lit(&e.type_uri));
            quote!(#uri => ::core::option::Option::Some(#kind::#v),)
        });
        quote! {
            #len => match uri {
                #(#inner)*
                _ => ::core::option::Option::None,
            },
        }
    });
    quote! {
        match uri.len() {
            #(#arms)*
            _ => ::core::option::Option::None,
        }
    }
}

/// One row of the table, written with the short names `info()` brings into scope.
fn info(e: &Entry) -> TokenStream {
    let (id, api, uri, title, status) = (
        lit(&e.id),
        lit(&e.api),
        lit(&e.type_uri),
        lit(&e.title),
        e.status,
    );
    let status_reason = short_opt(e.status_reason.as_deref());
    let template = lit(&e.detail.source);
    let comment = short_opt(e.comment.as_deref());
    let error_code = short_opt(e.error_code.as_deref());
    let retired = short_opt(e.retired.as_deref());
    let retry = match e.retry {
        Retry::Never => quote!(R::Never),
        Retry::Backoff => quote!(R::Backoff),
        Retry::Reauthenticate => quote!(R::Reauthenticate),
    };
    let sent_as = match e.sent_as {
        SentAs::Problem => quote!(W::Problem),
        SentAs::Gateway => quote!(W::Gateway),
        SentAs::Legacy => quote!(W::Legacy),
    };
    let params = e.params.iter().map(|p| {
        let (name, example) = (lit(&p.name), lit(&p.example));
        let description = short_opt(p.description.as_deref());
        let kind = match p.kind {
            ParamKind::String => quote!(K::String),
            ParamKind::Integer => quote!(K::Integer),
        };
        quote!(P { name: #name, kind: #kind, example: #example, description: #description })
    });
    let links = e.links.iter().map(|l| {
        let (title, href) = (lit(&l.title), lit(&l.href));
        quote!(L { title: #title, href: #href })
    });
    quote! {
        I {
            id: #id,
            api: #api,
            type_uri: #uri,
            title: #title,
            status: #status,
            status_reason: #status_reason,
            detail_template: #template,
            params: &[#(#params),*],
            comment: #comment,
            links: &[#(#links),*],
            retry: #retry,
            sent_as: #sent_as,
            error_code: #error_code,
            retired: #retired,
        }
    }
}

/// `Some("..")` or `None`, with the names `info()` imports.
fn short_opt(s: Option<&str>) -> TokenStream {
    match s {
        Some(s) => {
            let s = lit(s);
            quote!(Some(#s))
        }
        None => quote!(None),
    }
}
