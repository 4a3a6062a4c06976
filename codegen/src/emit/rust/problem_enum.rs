//! The typed problem enum: one variant per entry with its parameters as fields, plus
//! `Unknown`; Display is the rendered detail, serde is problem+json.

use proc_macro2::TokenStream;
use quote::quote;

use super::{any_fields, field, lit, variant, with_fields, Names};
use crate::model::{Catalog, Entry, ParamKind, Segment};

pub(crate) fn emit(catalog: &Catalog, names: &Names) -> TokenStream {
    let Names { kind, problem, rt } = names;
    let variants = catalog.entries.iter().map(variant_def);
    let kind_arms = catalog.entries.iter().map(|e| {
        let (v, pat) = (variant(e), any_fields(problem, e));
        quote!(#pat => ::core::option::Option::Some(#kind::#v),)
    });
    let example_arms = catalog.entries.iter().map(|e| {
        let v = variant(e);
        let fields = e.params.iter().map(|p| {
            let f = field(&p.name);
            match p.kind {
                ParamKind::String => {
                    let ex = lit(&p.example);
                    quote!(#f: ::std::string::String::from(#ex))
                }
                ParamKind::Integer => {
                    let n: u64 = p.example.parse().unwrap_or_default();
                    quote!(#f: #n)
                }
            }
        });
        let build = if e.params.is_empty() {
            quote!(#problem::#v)
        } else {
            quote!(#problem::#v { #(#fields),* })
        };
        quote!(#kind::#v => #build,)
    });
    let params_arms = catalog.entries.iter().map(|e| {
        let (pat, values) = (with_fields(problem, e), param_values(e));
        quote!(#pat => ::std::vec![#(#values),*],)
    });
    let serialize_arms = catalog.entries.iter().map(|e| {
        let (v, pat, values) = (variant(e), with_fields(problem, e), param_values(e));
        let detail = if e.params.is_empty() {
            let text = lit(&e.detail.render(|_| String::new()));
            quote!(D::Static(#text))
        } else {
            let pieces = e.detail.segments.iter().map(|seg| match seg {
                Segment::Literal(l) => {
                    let l = lit(l);
                    quote!(Pc::Str(#l))
                }
                Segment::Param(name) => {
                    let f = field(name);
                    if is_integer(e, name) {
                        quote!(Pc::Int(*#f))
                    } else {
                        quote!(Pc::Str(#f))
                    }
                }
            });
            quote!(D::Pieces(&[#(#pieces),*]))
        };
        quote! {
            #pat => ser(serializer, #kind::#v.info(), #detail, &[#(#values),*]),
        }
    });
    let from_ext_arms = catalog.entries.iter().map(|e| from_extensions(e, names));
    let is_fns = catalog.entries.iter().map(|e| {
        let (v, pat) = (variant(e), any_fields(problem, e));
        let f = quote::format_ident!("is_{}", e.id);
        let doc = lit(&format!(" Whether this is [`{kind}::{v}`]."));
        quote! {
            #[doc = #doc]
            pub fn #f(&self) -> bool {
                ::core::matches!(self, #pat)
            }
        }
    });
    let doc = lit(&format!(
        " A problem of the catalogue with its parameters, or `Unknown`. `Display` is the rendered detail; serde reads and writes `application/problem+json`, parameters included as extension members. See [`{kind}`] for the catalogue facts."
    ));
    quote! {
        #[doc = #doc]
        #[derive(Clone, Debug, PartialEq, Eq, ::thiserror::Error)]
        #[non_exhaustive]
        #[allow(deprecated, dead_code)]
        pub enum #problem {
            #(#variants)*
            /// A problem outside the catalogue, kept whole.
            #[error("{0}")]
            Unknown(::std::boxed::Box<#rt::ProblemDetails>),
        }

        #[allow(deprecated, dead_code)]
        impl #problem {
            /// The problem type; `None` for `Unknown`.
            pub fn problem_type(&self) -> ::core::option::Option<#kind> {
                match self {
                    #(#kind_arms)*
                    #problem::Unknown(_) => ::core::option::Option::None,
                }
            }

            /// A problem of type `kind` with each parameter set to its catalogue example.
            pub fn example(kind: #kind) -> #problem {
                match kind {
                    #(#example_arms)*
                }
            }

            /// The HTTP status (for `Unknown`, the one received, else 500).
            pub fn status(&self) -> u16 {
                match (self.problem_type(), self) {
                    (::core::option::Option::Some(kind), _) => kind.status(),
                    (::core::option::Option::None, #problem::Unknown(details)) => details.status.unwrap_or(500),
                    _ => 500,
                }
            }

            /// The title (for `Unknown`, the one received).
            pub fn title(&self) -> &str {
                match (self.problem_type(), self) {
                    (::core::option::Option::Some(kind), _) => kind.title(),
                    (::core::option::Option::None, #problem::Unknown(details)) => details.title.as_deref().unwrap_or(""),
                    _ => "",
                }
            }

            /// The type URI (for `Unknown`, the one received, `about:blank` when absent).
            pub fn type_uri(&self) -> &str {
                match (self.problem_type(), self) {
                    (::core::option::Option::Some(kind), _) => kind.type_uri(),
                    (::core::option::Option::None, #problem::Unknown(details)) => details.type_or_blank(),
                    _ => "about:blank",
                }
            }

            /// The retry hint (for `Unknown`: back off on 5xx, 423 and 429, else never).
            pub fn retry(&self) -> #rt::RetryHint {
                match self.problem_type() {
                    ::core::option::Option::Some(kind) => kind.retry(),
                    ::core::option::Option::None => #rt::RetryHint::for_status(self.status()),
                }
            }

            /// The parameters and their values, in declaration order.
            pub fn params(&self) -> ::std::vec::Vec<(&'static str, #rt::ParamValue<'_>)> {
                #[allow(unused_imports)]
                use #rt::ParamValue as V;
                match self {
                    #(#params_arms)*
                    #problem::Unknown(_) => ::std::vec::Vec::new(),
                }
            }

            /// The body as a `ProblemDetails` value.
            pub fn to_problem_details(&self) -> #rt::ProblemDetails {
                match self.problem_type() {
                    ::core::option::Option::Some(kind) => {
                        #rt::__private::to_details(kind.info(), ::std::string::ToString::to_string(self), &self.params())
                    }
                    ::core::option::Option::None => match self {
                        #problem::Unknown(details) => (**details).clone(),
                        _ => #rt::ProblemDetails::default(),
                    },
                }
            }

            /// The typed problem for a received body: by exact type URI, with parameters
            /// from extension members or else from the detail; otherwise `Unknown`.
            // With no parameters anywhere, every arm returns and the detail fallback is unreachable.
            #[allow(unreachable_code)]
            pub fn from_problem_details(details: #rt::ProblemDetails) -> #problem {
                #[allow(unused_imports)]
                use ::core::option::Option::Some;
                #[allow(unused_imports)]
                use #rt::__private::{ext_str, ext_u64};
                let kind = details.type_uri.as_deref().and_then(#kind::from_type_uri);
                if let ::core::option::Option::Some(kind) = kind {
                    match kind {
                        #(#from_ext_arms)*
                    }
                    if let ::core::option::Option::Some(problem) = details.detail.as_deref().and_then(|d| #problem::from_detail(kind, d)) {
                        return problem;
                    }
                }
                #problem::Unknown(::std::boxed::Box::new(details))
            }

            #(#is_fns)*
        }

        impl #rt::__private::serde::Serialize for #problem {
            fn serialize<S: #rt::__private::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                #[allow(unused_imports)]
                use #rt::__private::{serialize_known as ser, Detail as D, Piece as Pc};
                #[allow(unused_imports)]
                use #rt::ParamValue as V;
                #[allow(deprecated)]
                match self {
                    #(#serialize_arms)*
                    #problem::Unknown(details) => #rt::__private::serde::Serialize::serialize(&**details, serializer),
                }
            }
        }

        impl<'de> #rt::__private::serde::Deserialize<'de> for #problem {
            fn deserialize<D: #rt::__private::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                <#rt::ProblemDetails as #rt::__private::serde::Deserialize>::deserialize(deserializer)
                    .map(#problem::from_problem_details)
            }
        }

        impl #rt::ToProblem for #problem {
            fn status(&self) -> u16 { #problem::status(self) }
            fn to_problem_details(&self) -> #rt::ProblemDetails { #problem::to_problem_details(self) }
            fn retry_hint(&self) -> #rt::RetryHint { #problem::retry(self) }
        }

        impl #rt::CatalogProblem for #problem {
            type Kind = #kind;
            fn problem_type(&self) -> ::core::option::Option<#kind> { #problem::problem_type(self) }
            fn example(kind: #kind) -> Self { #problem::example(kind) }
            fn from_detail(kind: #kind, detail: &str) -> ::core::option::Option<Self> { #problem::from_detail(kind, detail) }
            fn from_problem_details(details: #rt::ProblemDetails) -> Self { #problem::from_problem_details(details) }
            fn unknown(details: #rt::ProblemDetails) -> Self { #problem::Unknown(::std::boxed::Box::new(details)) }
            fn as_unknown(&self) -> ::core::option::Option<&#rt::ProblemDetails> {
                match self {
                    #problem::Unknown(details) => ::core::option::Option::Some(details),
                    _ => ::core::option::Option::None,
                }
            }
            fn params(&self) -> ::std::vec::Vec<(&'static str, #rt::ParamValue<'_>)> { #problem::params(self) }
        }
    }
}

fn variant_def(e: &Entry) -> TokenStream {
    let v = variant(e);
    let display = lit(&display_format(e));
    let doc = lit(&format!(
        " **{}** ({}): {}",
        e.title, e.status, e.detail.source
    ));
    let deprecated = e.retired.as_deref().map(|why| {
        let note = lit(why);
        quote!(#[deprecated(note = #note)])
    });
    let fields = e.params.iter().map(|p| {
        let f = field(&p.name);
        let ty = match p.kind {
            ParamKind::String => quote!(::std::string::String),
            ParamKind::Integer => quote!(u64),
        };
        let doc = lit(&format!(
            " {} (e.g. `{}`)",
            p.description.as_deref().unwrap_or("Template parameter"),
            p.example
        ));
        quote!(#[doc = #doc] #f: #ty)
    });
    let body = if e.params.is_empty() {
        quote!()
    } else {
        quote!({ #(#fields),* })
    };
    quote! {
        #[doc = #doc]
        #[error(#display)]
        #deprecated
        #v #body,
    }
}

/// The thiserror format string: literal braces doubled, `{name}` for each parameter.
fn display_format(e: &Entry) -> String {
    let mut out = String::new();
    for s in &e.detail.segments {
        match s {
            Segment::Literal(l) => out.push_str(&l.replace('{', "{{").replace('}', "}}")),
            Segment::Param(p) => {
                out.push('{');
                out.push_str(p);
                out.push('}');
            }
        }
    }
    out
}

/// The match arm that reads an entry's parameters from extension members.
fn from_extensions(e: &Entry, names: &Names) -> TokenStream {
    let Names { kind, problem, .. } = names;
    let v = variant(e);
    if e.params.is_empty() {
        return quote!(#kind::#v => return #problem::#v,);
    }
    let pats = e.params.iter().map(|p| {
        let f = field(&p.name);
        quote!(Some(#f))
    });
    let reads = e.params.iter().map(|p| {
        let name = lit(&p.name);
        match p.kind {
            ParamKind::String => quote!(ext_str(&details, #name)),
            ParamKind::Integer => quote!(ext_u64(&details, #name)),
        }
    });
    let build = with_fields(problem, e);
    quote! {
        #kind::#v => {
            if let (#(#pats,)*) = (#(#reads,)*) {
                return #build;
            }
        }
    }
}

/// `("name", V::Str(name))` for each parameter, with `V` = `ParamValue` in scope.
fn param_values(e: &Entry) -> Vec<TokenStream> {
    e.params
        .iter()
        .map(|p| {
            let (f, name) = (field(&p.name), lit(&p.name));
            match p.kind {
                ParamKind::String => quote!((#name, V::Str(#f))),
                ParamKind::Integer => quote!((#name, V::Int(*#f))),
            }
        })
        .collect()
}

fn is_integer(e: &Entry, name: &str) -> bool {
    e.params
        .iter()
        .any(|p| p.name == name && p.kind == ParamKind::Integer)
}
