//! `#[derive(Problem)]`, in stages as thiserror has them: [`ast`] reads the item, [`attr`]
//! reads the `#[problem(...)]` attributes, [`valid`] checks the combination, [`expand`]
//! writes the impls. Every mistake found is reported, each on its own token.

mod ast;
mod attr;
mod expand;
mod valid;

use proc_macro2::TokenStream;

/// Mistakes collected across stages, reported together.
#[derive(Default)]
pub struct Errors(Vec<syn::Error>);

impl Errors {
    pub fn push(&mut self, error: syn::Error) {
        self.0.push(error);
    }

    /// A mistake at `tokens`.
    pub fn at(&mut self, tokens: impl quote::ToTokens, message: impl std::fmt::Display) {
        self.push(syn::Error::new_spanned(tokens, message));
    }

    /// All of them as one error, or `Ok` when there are none.
    pub fn finish(self) -> syn::Result<()> {
        let mut errors = self.0.into_iter();
        let Some(mut first) = errors.next() else {
            return Ok(());
        };
        for error in errors {
            first.combine(error);
        }
        Err(first)
    }
}

pub fn expand(input: &syn::DeriveInput) -> syn::Result<TokenStream> {
    let mut errors = Errors::default();
    let item = ast::Item::from_syn(input, &mut errors);
    let cases = valid::check(&item, &mut errors);
    errors.finish()?;
    Ok(expand::impls(&item, &cases))
}
