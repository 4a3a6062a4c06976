//! Which of a problem's locales answers a request's `Accept-Language`.
//!
//! The header is parsed by the `accept-language` crate (q-values, ordered by preference);
//! each range is then looked up among the locales as [`lookup`] does (`nb-NO` → `nb`, ASCII
//! case ignored), and `*` takes the source locale. A header that is missing, not text, over
//! [`ACCEPT_LANGUAGE_LIMIT`] bytes, malformed, or naming none of the locales gets the source
//! locale: never an error.

use ::http::header::{HeaderMap, ACCEPT_LANGUAGE};

use crate::catalog::locale::lookup;

/// The longest `Accept-Language` read, in bytes: 1 KiB (browsers send well under 100). A
/// longer header is ignored: the answer is in the source locale.
pub const ACCEPT_LANGUAGE_LIMIT: usize = 1024;

/// The locale of `locales` (the source first) that the `Accept-Language` of `headers` asks
/// for; the source when it asks for none of them. `None` only when `locales` is empty.
///
/// ```
/// use errors_core::http::{header::ACCEPT_LANGUAGE, HeaderMap, HeaderValue};
/// use errors_core::respond::negotiate_language;
///
/// let locales = ["en", "nb"];
/// let mut headers = HeaderMap::new();
/// assert_eq!(negotiate_language(&headers, &locales), Some("en"));
/// headers.insert(ACCEPT_LANGUAGE, HeaderValue::from_static("da, nb-NO;q=0.8, en;q=0.5"));
/// assert_eq!(negotiate_language(&headers, &locales), Some("nb"));
/// ```
pub fn negotiate_language(headers: &HeaderMap, locales: &[&'static str]) -> Option<&'static str> {
    let source = *locales.first()?;
    // No header, or no other locale to choose: nothing to read.
    if locales.len() == 1 || !headers.contains_key(ACCEPT_LANGUAGE) {
        return Some(source);
    }
    let mut text = String::new();
    for value in headers.get_all(ACCEPT_LANGUAGE) {
        let Ok(value) = value.to_str() else {
            return Some(source);
        };
        if text.len() + value.len() + 1 > ACCEPT_LANGUAGE_LIMIT {
            return Some(source);
        }
        if !text.is_empty() {
            text.push(',');
        }
        text.push_str(value);
    }
    Some(choose(&text, locales).map_or(source, |at| locales[at]))
}

/// The position in `locales` that the header value `text` prefers, if any.
fn choose(text: &str, locales: &[&str]) -> Option<usize> {
    // The crate orders ranges by an `f32` compared with `>` and `<`: a `NaN` q-value would
    // make that order inconsistent (which `sort` may answer with a panic). Such a header is
    // malformed: no preference.
    // Spaces go first, as the crate drops them.
    let compact: String = text.chars().filter(|&c| c != ' ').collect();
    let nan = compact.split(',').any(|range| {
        range
            .split(';')
            .skip(1)
            .filter_map(|param| param.strip_prefix("q="))
            .any(|q| q.parse::<f32>().is_ok_and(f32::is_nan))
    });
    if nan {
        return None;
    }
    for (range, quality) in accept_language::parse_with_quality(text) {
        // `q=0` means "not this one"; an unreadable q-value is read as 0 by the crate.
        if quality <= 0.0 {
            continue;
        }
        if range == "*" {
            return Some(0);
        }
        if let Some(at) = lookup(locales, &range) {
            return Some(at);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use ::http::header::{HeaderMap, HeaderValue, ACCEPT_LANGUAGE};

    use super::*;

    const LOCALES: [&str; 3] = ["en", "nb", "da"];

    fn negotiated(values: &[&[u8]]) -> &'static str {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append(ACCEPT_LANGUAGE, HeaderValue::from_bytes(value).unwrap());
        }
        negotiate_language(&headers, &LOCALES).unwrap()
    }

    #[test]
    fn q_values_order_the_ranges_and_zero_refuses_one() {
        assert_eq!(negotiated(&[b"nb"]), "nb");
        assert_eq!(negotiated(&[b"da;q=0.4, nb;q=0.9, en;q=0.5"]), "nb");
        assert_eq!(negotiated(&[b"nb;q=0, da"]), "da");
        assert_eq!(negotiated(&[b"fi, da;q=0.1"]), "da");
        // Equal q-values keep the header's order.
        assert_eq!(negotiated(&[b"da, nb"]), "da");
    }

    #[test]
    fn a_regional_tag_falls_back_to_its_language() {
        assert_eq!(negotiated(&[b"nb-NO"]), "nb");
        assert_eq!(negotiated(&[b"NB-no;q=0.8, fi"]), "nb");
        assert_eq!(negotiated(&[b"en-GB, nb;q=0.5"]), "en");
    }

    #[test]
    fn the_wildcard_and_no_header_get_the_source_locale() {
        assert_eq!(negotiated(&[]), "en");
        assert_eq!(negotiated(&[b"*"]), "en");
        assert_eq!(negotiated(&[b"fi, *;q=0.5, nb;q=0.1"]), "en");
    }

    #[test]
    fn several_header_lines_are_one_list() {
        assert_eq!(negotiated(&[b"fi", b"nb;q=0.5"]), "nb");
    }

    #[test]
    fn only_unknown_languages_get_the_source_locale() {
        assert_eq!(negotiated(&[b"fi, sv-SE;q=0.8, de;q=0.1"]), "en");
    }

    #[test]
    fn malformed_headers_get_the_source_locale() {
        for value in [
            &b""[..],
            b",,,;;;===",
            b";q=1",
            b"nb;q=abc",
            b"nb;q=-1",
            b"nb;;q=0.5;;",
            b"\xff\xfe nb",
            b"nb; q = NaN",
        ] {
            assert_eq!(negotiated(&[value]), "en", "{value:?}");
        }
        // A NaN among many ranges, where sorting would meet it more than once.
        let mut many = String::from("nb;q=NaN");
        for i in 0..64 {
            many.push_str(&format!(", x{i};q=0.{}", i % 9 + 1));
        }
        assert_eq!(negotiated(&[many.as_bytes()]), "en");
    }

    #[test]
    fn an_enormous_header_is_not_read() {
        // It ends asking for `nb`, but beyond the limit nothing is read.
        let mut huge = "fi, ".repeat(ACCEPT_LANGUAGE_LIMIT);
        huge.push_str("nb");
        assert_eq!(negotiated(&[huge.as_bytes()]), "en");
        let lines: Vec<&[u8]> = vec![b"fi, fi, fi, fi, fi"; 100];
        let mut with_nb = lines.clone();
        with_nb.push(b"nb");
        assert_eq!(negotiated(&with_nb), "en");
        // Within the limit, the same header is read.
        assert_eq!(negotiated(&[b"fi, fi, fi, nb"]), "nb");
    }

    #[test]
    fn no_locales_no_answer() {
        assert_eq!(negotiate_language(&HeaderMap::new(), &[]), None);
    }
}
