//! The catalogue's titles and details in its other languages, and choosing among them.
//!
//! A catalogue is written in one source locale (`en` unless it says) and may carry
//! translations (`locales/<tag>.yaml` beside it). The generator writes every locale's texts
//! as static tables, so a localised problem is rendered as the source one is: from static
//! segments, straight into the output, without allocating. The type URI, the status and the
//! extension members never change with the locale; only `title` and `detail` do. A
//! problem in a locale is [`Localized`](crate::Localized), made by
//! [`CatalogProblem::localized`](crate::CatalogProblem::localized); this module chooses the
//! locale for a tag.
//!
//! ```
//! use errors_core::locale::lookup;
//!
//! let locales = ["en", "nb"];
//! assert_eq!(lookup(&locales, "nb"), Some(1));
//! assert_eq!(lookup(&locales, "nb-NO"), Some(1)); // a more specific tag falls back
//! assert_eq!(lookup(&locales, "EN-gb"), Some(0)); // case does not matter
//! assert_eq!(lookup(&locales, "da"), None);
//! ```

/// The position in `locales` of the locale that serves `tag` (BCP 47, ASCII case ignored):
/// the same tag, else the tag with its last subtags cut one by one (`nb-NO` → `nb`, as
/// RFC 4647's lookup does), else the first locale that is a more specific form of it
/// (`nb` → `nb-NO`). `None` when none does.
pub fn lookup(locales: &[&str], tag: &str) -> Option<usize> {
    let tag = tag.trim();
    if tag.is_empty() {
        return None;
    }
    let same = |candidate: &str| {
        locales
            .iter()
            .position(|l| l.eq_ignore_ascii_case(candidate))
    };
    let mut range = tag;
    loop {
        if let Some(at) = same(range) {
            return Some(at);
        }
        let Some((shorter, _)) = range.rsplit_once('-') else {
            break;
        };
        // A single-letter subtag (`x-`, an extension's singleton) means nothing alone.
        range = match shorter.rsplit_once('-') {
            Some((before, last)) if last.len() == 1 => before,
            _ => shorter,
        };
    }
    locales.iter().position(|l| {
        l.as_bytes().get(tag.len()) == Some(&b'-')
            && l.get(..tag.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(tag))
    })
}

#[cfg(test)]
mod tests {
    use super::lookup;

    #[test]
    fn lookup_falls_back_from_specific_to_general_and_the_reverse() {
        let locales = ["en", "nb", "da-DK"];
        assert_eq!(lookup(&locales, "nb"), Some(1));
        assert_eq!(lookup(&locales, "NB-no"), Some(1));
        assert_eq!(lookup(&locales, "nb-Latn-NO-x-oslo"), Some(1));
        assert_eq!(lookup(&locales, "da"), Some(2));
        assert_eq!(lookup(&locales, "da-DK"), Some(2));
        assert_eq!(lookup(&locales, "d"), None);
        assert_eq!(lookup(&locales, "fi"), None);
        assert_eq!(lookup(&locales, ""), None);
        assert_eq!(lookup(&locales, "-"), None);
        assert_eq!(lookup(&locales, "nb-"), Some(1));
        assert_eq!(lookup(&[], "nb"), None);
        // Text that is no tag at all finds nothing, and never panics.
        assert_eq!(lookup(&["nø-X", "en"], "n"), None);
        assert_eq!(lookup(&locales, "ø"), None);
    }
}
