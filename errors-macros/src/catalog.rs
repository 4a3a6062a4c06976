//! `catalog!("path", ...)`: load, validate and generate, turning diagnostics into compile
//! errors.

use std::path::{Path, PathBuf};

use errors_codegen::{Config, Error, Severity};
use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::punctuated::Punctuated;
use syn::{LitStr, Token};

pub fn expand(input: TokenStream) -> TokenStream {
    let parser = Punctuated::<LitStr, Token![,]>::parse_separated_nonempty;
    let paths = match syn::parse::Parser::parse2(parser, input) {
        Ok(paths) => paths,
        Err(err) => {
            let message = "expected the catalogue's path as a string, e.g. `catalog!(\"catalog\")`";
            return syn::Error::new(err.span(), message).into_compile_error();
        }
    };
    let Some(lit) = paths.first().cloned() else {
        let message = "expected the catalogue's path as a string, e.g. `catalog!(\"catalog\")`";
        return syn::Error::new(Span::call_site(), message).into_compile_error();
    };
    let root = manifest_dir();
    let mut files = Vec::new();
    for written in &paths {
        match catalog_files(&written.value(), &root.join(written.value())) {
            Ok(more) => files.extend(more),
            Err(message) => return errors(written.span(), [message]),
        }
    }
    let tracked = track(&files);
    let code = Config::new()
        .display_root(&root)
        .catalog_files(&files)
        .generate();
    let code = match code {
        Ok(code) => code,
        Err(Error::Catalog(diags)) => {
            let mistakes = diags
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .map(ToString::to_string);
            let errs = errors(lit.span(), mistakes);
            return quote!(#errs #tracked);
        }
        Err(err) => {
            let errs = errors(lit.span(), [err.to_string()]);
            return quote!(#errs #tracked);
        }
    };
    match code.parse::<TokenStream>() {
        Ok(items) => quote!(#items #tracked),
        // The generator wrote text that does not lex: a bug here, not in the catalogue.
        Err(err) => errors(
            lit.span(),
            [format!("errors-codegen generated invalid Rust: {err}")],
        ),
    }
}

/// The directory of the Cargo.toml of the crate being compiled.
fn manifest_dir() -> PathBuf {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_default()
}

/// One `*.yaml` file, or the catalogue files of a directory. `written` is the path as the
/// macro's argument gives it, for messages.
fn catalog_files(written: &str, path: &Path) -> Result<Vec<PathBuf>, String> {
    if path.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    if !path.exists() {
        return Err(format!(
            "{written}: no such catalogue file or directory (the path is relative to the \
             directory of the crate's Cargo.toml)"
        ));
    }
    Config::new()
        .catalog_dir(path)
        .files()
        .map_err(|err| match err {
            Error::NoCatalog(_) => {
                format!("{written}: no catalogue files (*.yaml) in this directory")
            }
            other => other.to_string(),
        })
}

/// `include_bytes!` of each file, so that cargo recompiles the crate when one changes.
fn track(files: &[PathBuf]) -> TokenStream {
    let paths = files.iter().map(|f| {
        let absolute = std::fs::canonicalize(f).unwrap_or_else(|_| f.clone());
        absolute.to_string_lossy().into_owned()
    });
    quote! {
        #( const _: &[u8] = ::core::include_bytes!(#paths); )*
    }
}

/// One `compile_error!` per message, at the macro's argument.
fn errors(span: Span, messages: impl IntoIterator<Item = String>) -> TokenStream {
    let errors = messages
        .into_iter()
        .map(|message| quote_spanned!(span=> ::core::compile_error!(#message);));
    quote!(#(#errors)*)
}
