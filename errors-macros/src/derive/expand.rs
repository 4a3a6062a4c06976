//! The impls: `errors_core::ToProblem`, and `IntoResponse` through errors-core's macro.

use errors_codegen::Retry;
use proc_macro2::Ident;
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use super::ast::{Field, Item};
use super::valid::{Case, Detail, Facts};

pub fn impls(item: &Item, cases: &[Case]) -> TokenStream {
    let ident = item.ident;
    let (impl_generics, ty_generics, where_clause) = item.generics.split_for_impl();
    let status = cases.iter().map(|c| {
        let pat = pattern(c, false);
        let value = match &c.facts {
            Facts::Own { status, .. } => quote!(#status),
            Facts::Entry { .. } => {
                let info = info(&c.facts);
                quote!(#info.status())
            }
        };
        quote!(#pat => #value,)
    });
    let retry = cases.iter().map(|c| {
        let pat = pattern(c, false);
        let value = match &c.facts {
            Facts::Own { retry: Some(r), .. } => retry_tokens(*r),
            Facts::Own {
                retry: None,
                status,
                ..
            } => quote!(::errors_core::RetryHint::for_status(#status)),
            Facts::Entry { .. } => {
                let info = info(&c.facts);
                quote!(#info.retry())
            }
        };
        quote!(#pat => #value,)
    });
    let details = cases.iter().map(|c| {
        let pat = pattern(c, true);
        let inserts = c.sent.iter().enumerate().map(|(i, (name, field))| {
            let binding = binding(i, field);
            // The bound's error, for a field that cannot be serialized, points at its type.
            quote_spanned!(field.ty.span()=>
                ::errors_core::__private::insert_member(&mut __members, #name, #binding);
            )
        });
        let build = match &c.facts {
            Facts::Own {
                type_uri,
                title,
                status,
                detail,
                ..
            } => {
                let type_uri = option_str(type_uri.as_deref());
                let title = option_str(title.as_deref());
                let detail = match detail {
                    Detail::Fixed(text) => {
                        quote!(::core::option::Option::Some(::std::string::String::from(#text)))
                    }
                    Detail::Display => {
                        quote!(::core::option::Option::Some(::std::string::ToString::to_string(self)))
                    }
                    Detail::Omitted => quote!(::core::option::Option::None),
                };
                quote! {
                    ::errors_core::__private::own_problem(#type_uri, #title, #status, #detail, __members)
                }
            }
            Facts::Entry { .. } => {
                let info = info(&c.facts);
                quote!(::errors_core::__private::entry_problem(#info, __members))
            }
        };
        quote! {
            #pat => {
                #[allow(unused_mut)]
                let mut __members = ::errors_core::Extensions::new();
                #(#inserts)*
                #build
            }
        }
    });
    // An enum without variants has no value to match on.
    let scrutinee = if cases.is_empty() {
        quote!(*self)
    } else {
        quote!(self)
    };
    let params = &item.generics.params;
    let predicates = where_clause.map(|w| {
        let p = w.predicates.iter();
        quote!(#(#p,)*)
    });
    quote! {
        #[automatically_derived]
        impl #impl_generics ::errors_core::ToProblem for #ident #ty_generics #where_clause {
            fn status(&self) -> u16 {
                match #scrutinee { #(#status)* }
            }
            fn retry_hint(&self) -> ::errors_core::RetryHint {
                match #scrutinee { #(#retry)* }
            }
            fn to_problem_details(&self) -> ::errors_core::ProblemDetails {
                match #scrutinee { #(#details)* }
            }
        }
        ::errors_core::__impl_into_response!(
            impl [#params] for #ident #ty_generics where [#predicates]
        );
    }
}

/// `Self { .. }` or `Self::V { .. }`, binding the sent fields as `__field0`, ... when asked.
fn pattern(case: &Case, bind: bool) -> TokenStream {
    let path = match case.variant {
        Some(v) => quote!(Self::#v),
        None => quote!(Self),
    };
    if !bind {
        return quote!(#path { .. });
    }
    let bindings = case.sent.iter().enumerate().map(|(i, (_, field))| {
        let member = &field.member;
        let binding = binding(i, field);
        quote!(#member: #binding)
    });
    quote!(#path { #(#bindings,)* .. })
}

/// The local a sent field is bound to, spanned on its type so that a type that cannot be
/// serialized is reported there.
fn binding(i: usize, field: &Field) -> Ident {
    Ident::new(&format!("__field{i}"), field.ty.span())
}

/// `errors_core::ProblemKind::info(kind::Variant)`: an unknown entry fails here, on the
/// `entry` literal.
fn info(facts: &Facts) -> TokenStream {
    let Facts::Entry { kind, variant } = facts else {
        return TokenStream::new();
    };
    quote_spanned!(variant.span()=> ::errors_core::ProblemKind::info(#kind::#variant))
}

/// The runtime's variant, by the model's name for it: one table for generator and derive.
fn retry_tokens(retry: Retry) -> TokenStream {
    let variant = Ident::new(retry.runtime_name(), proc_macro2::Span::call_site());
    quote!(::errors_core::RetryHint::#variant)
}

fn option_str(s: Option<&str>) -> TokenStream {
    match s {
        Some(s) => quote!(::core::option::Option::Some(#s)),
        None => quote!(::core::option::Option::None),
    }
}
