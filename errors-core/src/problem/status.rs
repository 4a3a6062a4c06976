//! The one reading of a `status` member (problem+json) or `statusCode` (gateway): a number,
//! or a string of digits as some APIs send (`"status": "400"`), within 100..=999. Every
//! reader of bodies asks here, so they agree on what a status is.

/// A status from a JSON number.
pub(crate) fn from_number(n: u64) -> Option<u16> {
    u16::try_from(n).ok().filter(|n| (100..=999).contains(n))
}

/// A status from the text of a JSON string: ASCII digits, optionally surrounded by spaces
/// (`" 409 "`); no sign, no other characters.
pub(crate) fn from_text(text: &str) -> Option<u16> {
    let digits = text.trim_matches(' ');
    let plain = (1..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    if !plain {
        return None;
    }
    from_number(digits.parse().ok()?)
}

/// The reason phrase of a status (`Not Found` for 404); none for a status without one.
pub(crate) fn reason_phrase(status: u16) -> Option<&'static str> {
    http::StatusCode::from_u16(status)
        .ok()
        .and_then(|status| status.canonical_reason())
}

/// A status from a JSON value: a number or a string, as above.
pub(crate) fn from_value(value: &serde_json::Value) -> Option<u16> {
    match value {
        serde_json::Value::Number(n) => from_number(n.as_u64()?),
        serde_json::Value::String(s) => from_text(s),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_numbers_and_digit_strings_within_range() {
        assert_eq!(from_number(404), Some(404));
        assert_eq!(from_number(99), None);
        assert_eq!(from_number(1000), None);
        assert_eq!(from_number(u64::MAX), None);
        for (text, status) in [
            ("400", Some(400)),
            (" 409 ", Some(409)),
            ("100", Some(100)),
            ("999", Some(999)),
            ("099", None),
            ("+409", None),
            ("-400", None),
            ("4o9", None),
            ("", None),
            ("  ", None),
            ("\t409", None),
            ("0400", None),
            ("40 9", None),
        ] {
            assert_eq!(from_text(text), status, "{text:?}");
        }
        assert_eq!(from_value(&json!(429)), Some(429));
        assert_eq!(from_value(&json!("429")), Some(429));
        assert_eq!(from_value(&json!(429.0)), None);
        assert_eq!(from_value(&json!(-1)), None);
        assert_eq!(from_value(&json!(null)), None);
        assert_eq!(from_value(&json!([429])), None);
    }
}
