//! Detail templates as the generator splits them: literal text and parameter slots.
//!
//! Rendering and matching read the same segments, so a rendered detail always matches back
//! to the values it was rendered from (when the values do not contain the literal text that
//! follows them; see [`match_segments`]).

use std::fmt;

use crate::ParamValue;

/// One piece of a detail template, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TemplateSegment {
    /// Literal text (with `{{`/`}}` already unescaped).
    Literal(&'static str),
    /// The value of the parameter at this index of [`crate::ProblemTypeInfo::params`].
    Param(usize),
}

/// Write the template with `values` (in parameter order) in the slots, straight into the
/// formatter (serde's `collect_str` and `Display` both hand one over).
pub(crate) fn render(
    segments: &[TemplateSegment],
    values: &[ParamValue<'_>],
    f: &mut fmt::Formatter<'_>,
) -> fmt::Result {
    for segment in segments {
        match *segment {
            TemplateSegment::Literal(text) => f.write_str(text)?,
            TemplateSegment::Param(i) => match values.get(i) {
                Some(ParamValue::Str(s)) => f.write_str(s)?,
                Some(ParamValue::Int(n)) => fmt::Display::fmt(n, f)?,
                None => {}
            },
        }
    }
    Ok(())
}

/// The text of each parameter (in parameter order) in `detail`, or `None` when it does not
/// fit the template.
///
/// Only literal text is compared: the prefix, the suffix, then each middle literal at its
/// leftmost occurrence; a value is whatever lies between. A parameter used twice must have
/// the same text both times. Slots of parameters the template does not use stay empty.
pub(crate) fn match_segments<'d, const N: usize>(
    segments: &[TemplateSegment],
    detail: &'d str,
) -> Option<[&'d str; N]> {
    let mut texts = [""; N];
    let mut seen = [false; N];
    let mut put = |slot: usize, text: &'d str| -> Option<()> {
        let seen = seen.get_mut(slot)?;
        if *seen {
            return (texts[slot] == text).then_some(());
        }
        *seen = true;
        texts[slot] = text;
        Some(())
    };
    let mut rest = detail;
    let mut middle = segments;
    if let Some((TemplateSegment::Literal(prefix), after)) = middle.split_first() {
        rest = rest.strip_prefix(prefix)?;
        middle = after;
    }
    if let Some((TemplateSegment::Literal(suffix), before)) = middle.split_last() {
        rest = rest.strip_suffix(suffix)?;
        middle = before;
    }
    // `middle` is now empty, or Param (Literal Param)*: the generator rejects two slots
    // without literal text between them.
    let mut pending = None;
    for segment in middle {
        match *segment {
            TemplateSegment::Param(slot) => pending = Some(slot),
            TemplateSegment::Literal(literal) => {
                let (value, after) = crate::__private::split_first(rest, literal)?;
                put(pending.take()?, value)?;
                rest = after;
            }
        }
    }
    match pending {
        Some(slot) => put(slot, rest)?,
        None if rest.is_empty() => {}
        None => return None,
    }
    Some(texts)
}

#[cfg(test)]
mod tests {
    use super::TemplateSegment::{Literal as L, Param as P};
    use super::*;

    fn rendered(segments: &[TemplateSegment], values: &[ParamValue<'_>]) -> String {
        struct Rendered<'a>(&'a [TemplateSegment], &'a [ParamValue<'a>]);
        impl fmt::Display for Rendered<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                render(self.0, self.1, f)
            }
        }
        Rendered(segments, values).to_string()
    }

    #[test]
    fn renders_literals_and_values_in_template_order() {
        let segments = [L("Only "), P(1), L(" of "), P(0), L(" left.")];
        let values = [ParamValue::Str("A-1"), ParamValue::Int(3)];
        assert_eq!(rendered(&segments, &values), "Only 3 of A-1 left.");
    }

    #[test]
    fn matches_back_prefix_suffix_and_middle_literals() {
        let segments = [L("Only "), P(1), L(" of "), P(0), L(" left.")];
        assert_eq!(
            match_segments::<2>(&segments, "Only 3 of A of B left."),
            Some(["A of B", "3"])
        );
        assert_eq!(match_segments::<2>(&segments, "Only 3 of A left"), None);
        assert_eq!(match_segments::<2>(&segments, "Just 3 of A left."), None);
    }

    #[test]
    fn fixed_text_matches_only_itself_and_pads_unused_slots() {
        let segments = [L("Try again later.")];
        assert_eq!(
            match_segments::<2>(&segments, "Try again later."),
            Some(["", ""])
        );
        assert_eq!(match_segments::<2>(&segments, "Try again later. "), None);
        assert_eq!(match_segments::<0>(&[], ""), Some([]));
        assert_eq!(match_segments::<0>(&[], "x"), None);
    }

    #[test]
    fn a_parameter_used_twice_must_agree() {
        let segments = [P(0), L(" is gone; see "), P(0), L(" in the archive")];
        assert_eq!(
            match_segments::<1>(&segments, "B-2 is gone; see B-2 in the archive"),
            Some(["B-2"])
        );
        assert_eq!(
            match_segments::<1>(&segments, "B-2 is gone; see C-3 in the archive"),
            None
        );
    }

    #[test]
    fn a_template_that_is_one_parameter_takes_the_whole_text() {
        assert_eq!(match_segments::<1>(&[P(0)], "any text"), Some(["any text"]));
    }

    #[test]
    fn a_slot_beyond_the_array_is_no_match_not_a_panic() {
        assert_eq!(match_segments::<1>(&[L("a "), P(3)], "a b"), None);
    }
}
