//! `diff OLD NEW`: classify every change between two catalogues.

use clap::Args;
use errors_codegen::compat::diff_catalogs;

use super::source::load_source;
use super::{print, Failure, Outcome};

/// Classify every change between two catalogues as breaking or compatible.
///
/// Exit code 1 when any change is breaking.
///
/// Breaking: an entry removed, an id or type URI reused, a type URI, status, wire shape or
/// legacy error code changed, a parameter removed, renamed, added or changed in kind, a
/// retry hint made stricter. Compatible: title, detail wording, comment, links, status
/// reason, new entries, retiring an entry.
///
/// OLD and NEW are catalogue directories, or REV:PATH for a directory in a git revision of
/// the repository around the current directory (PATH from the repository root, or `./…`
/// from the current directory), e.g. `errors-codegen diff main:catalog catalog`.
#[derive(Args)]
pub struct DiffArgs {
    /// The older catalogue: DIR or REV:PATH
    old: String,
    /// The newer catalogue: DIR or REV:PATH
    new: String,
}

pub fn run(args: DiffArgs) -> Outcome {
    let old = load_source(&args.old)?;
    let new = load_source(&args.new)?;
    let changes = diff_catalogs(&old, &new);
    let breaking = changes.iter().filter(|c| c.is_breaking()).count();
    let mut out = String::new();
    for change in &changes {
        out.push_str(&change.to_string());
        out.push('\n');
    }
    let summary = if changes.is_empty() {
        format!("no changes from {} to {}", args.old, args.new)
    } else {
        format!(
            "{} change{} from {} to {}: {breaking} breaking, {} compatible",
            changes.len(),
            if changes.len() == 1 { "" } else { "s" },
            args.old,
            args.new,
            changes.len() - breaking
        )
    };
    out.push_str(&summary);
    out.push('\n');
    print(&out)?;
    if breaking > 0 {
        return Err(Failure::findings(String::new()));
    }
    Ok(())
}
