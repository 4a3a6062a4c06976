//! Checks across entries: ids, type URIs and variant names are each used once.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Location};

/// Remembers the first holder of each value and reports the later ones.
pub struct Unique<'a> {
    what: &'a str,
    seen: HashMap<String, (String, Location)>,
}

impl<'a> Unique<'a> {
    /// A registry for one kind of value, e.g. "type URI".
    pub fn new(what: &'a str) -> Self {
        Unique {
            what,
            seen: HashMap::new(),
        }
    }

    /// Claim `value` for entry `id` at `at`; a second claim is reported and returns false.
    pub fn claim(
        &mut self,
        value: &str,
        id: &str,
        at: Location,
        diags: &mut Vec<Diagnostic>,
    ) -> bool {
        let first = !self.seen.contains_key(value);
        match self.seen.get(value) {
            Some((_, first_at)) if self.what == "id" => diags.push(Diagnostic::error(
                at,
                format!("duplicate id `{value}`: already defined at {first_at}"),
            )),
            Some((first, first_at)) => diags.push(Diagnostic::error(
                at,
                format!(
                    "entry `{id}`: duplicate {} `{value}`, already used by entry `{first}` at {first_at}",
                    self.what
                ),
            )),
            None => {
                self.seen.insert(value.to_owned(), (id.to_owned(), at));
            }
        }
        first
    }
}
