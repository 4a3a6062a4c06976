/// A problem an operation does not declare, kept whole: what the `Other` variant of each
/// operation's enum holds. Only classifying a problem builds one (its field is private), so
/// a handler that returns an operation's enum cannot answer with a problem outside its set.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[allow(dead_code)]
pub struct $Undeclared($Problem);

#[allow(dead_code)]
impl $Undeclared {
    /// The problem, as the catalogue-wide enum holds it.
    pub fn problem(&self) -> &$Problem {
        &self.0
    }

    /// The problem, taken out.
    pub fn into_problem(self) -> $Problem {
        self.0
    }
}
