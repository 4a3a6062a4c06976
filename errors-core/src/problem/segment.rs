//! One piece of a detail template: what rendering and matching read, and the tables hold.

/// One piece of a detail template, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TemplateSegment {
    /// Literal text (with `{{`/`}}` already unescaped).
    Literal(&'static str),
    /// The value of the parameter at this index of `ProblemTypeInfo::params`.
    Param(usize),
}
