//! Small readings of JSON text shared by the body readers and the classified value: a
//! leaf module, so that the readers and what they produce do not import each other.

use std::borrow::Cow;

use serde::de;
use serde_json::value::RawValue;
use serde_json::Value;

/// The start of the body as text, at most `max` bytes, invalid UTF-8 replaced.
/// Returns the text and whether it was cut.
pub(crate) fn bounded_text(bytes: &[u8], max: usize) -> (String, bool) {
    if bytes.len() <= max {
        // `from_utf8` checks valid text much faster than the lossy conversion walks it.
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text.to_owned(),
            Err(_) => String::from_utf8_lossy(bytes).into_owned(),
        };
        return (text, false);
    }
    let mut cut = &bytes[..max];
    // Do not split a UTF-8 sequence at the cut: drop an incomplete trailing one.
    if let Err(e) = std::str::from_utf8(cut) {
        if e.error_len().is_none() {
            cut = &cut[..e.valid_up_to()];
        }
    }
    (String::from_utf8_lossy(cut).into_owned(), true)
}

/// The text of a JSON string value (valid JSON), borrowed when it has no escapes.
pub(crate) fn json_string(json: &str) -> Option<Cow<'_, str>> {
    let json = json.trim();
    let inner = json.strip_prefix('"')?.strip_suffix('"')?;
    if !inner.contains('\\') {
        return Some(Cow::Borrowed(inner));
    }
    serde_json::from_str::<String>(json).ok().map(Cow::Owned)
}

/// How deep a member may nest, so that the whole body stays within `serde_json`'s limit of
/// 128 levels when a member is read as a `Value` later.
const MAX_MEMBER_DEPTH: usize = 126;

/// A member's raw JSON, refused when it nests deeper than [`MAX_MEMBER_DEPTH`]. Raw members
/// are skipped without recursion, so the depth is checked here, on structured members only.
pub(crate) fn bounded<E: de::Error>(raw: &RawValue) -> Result<&RawValue, E> {
    let json = raw.get();
    // Nesting n levels takes 2n bytes: short values need no scan.
    let may_be_deep = json.len() > 2 * MAX_MEMBER_DEPTH;
    if may_be_deep && json.starts_with(['[', '{']) && !depth_within(json, MAX_MEMBER_DEPTH) {
        return Err(E::custom("JSON nested too deep"));
    }
    Ok(raw)
}

/// Whether `json` nests at most `max` levels deep (strings skipped).
pub(crate) fn depth_within(json: &str, max: usize) -> bool {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for b in json.bytes() {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return false;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    true
}

/// A raw JSON value as a `serde_json::Value` (the raw text is always valid JSON).
pub(crate) fn value_of(raw: &str) -> Value {
    serde_json::from_str(raw).unwrap_or(Value::Null)
}
