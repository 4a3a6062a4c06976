//! Detail templates as the generator splits them: literal text and parameter slots.
//!
//! Rendering and matching read the same segments, so a rendered detail always matches back
//! to the values it was rendered from (when the values do not contain the literal text that
//! follows them; see [`match_segments`]).

use std::fmt;

use crate::problem::param_value::ParamValue;
use crate::problem::segment::TemplateSegment;

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
                let (value, after) = split_first(rest, literal)?;
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

/// Split `s` at the first occurrence of `literal`: the text before it and after it.
fn split_first<'a>(s: &'a str, literal: &str) -> Option<(&'a str, &'a str)> {
    let at = find(s, literal)?;
    Some((s.get(..at)?, s.get(at + literal.len()..)?))
}

/// The first occurrence of `needle` in `haystack`. Details are short, and building the
/// two-way searcher of `str::find` costs more than scanning them; long texts (a hostile
/// body) still get its linear-time search.
fn find(haystack: &str, needle: &str) -> Option<usize> {
    const SHORT: usize = 512;
    if haystack.len() > SHORT {
        return haystack.find(needle);
    }
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else {
        return Some(0);
    };
    let last = h.len().checked_sub(n.len())?;
    let mut i = 0;
    while i <= last {
        i += h[i..=last].iter().position(|&b| b == first)?;
        if h[i + 1..i + n.len()] == *rest {
            // A UTF-8 needle starts with a leading byte, so `i` is a character boundary.
            return Some(i);
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::TemplateSegment::{Literal as L, Param as P};
    use super::*;
    use proptest::prelude::*;

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

    #[test]
    fn finds_like_str_find() {
        for (h, n) in [
            ("", ""),
            ("", "a"),
            ("abc", ""),
            ("abc", "abc"),
            ("abc", "abcd"),
            ("aab", "ab"),
            ("øab", "ab"),
            ("ab ab", "b a"),
            ("x cannot be cancelled. y", " cannot be cancelled. "),
        ] {
            assert_eq!(find(h, n), h.find(n), "{h:?} {n:?}");
        }
        let long = format!("{}needle", "a".repeat(600));
        assert_eq!(find(&long, "needle"), Some(600));
    }

    proptest! {
        #[test]
        fn finds_like_str_find_on_any_text(h in "[ab ø.]{0,40}", n in "[ab ø.]{0,4}") {
            prop_assert_eq!(find(&h, &n), h.find(n.as_str()));
        }
    }
}
