//! What a scalar's text means: the YAML 1.2 core schema, as the catalogue has always read it.
//!
//! A plain (unquoted) scalar may be null, a boolean, an integer or a float; a quoted or block
//! scalar is text. A core-schema tag (`!!str`, `!!int`, ...) asks for one of these kinds.

use std::num::ParseIntError;

use saphyr_parser::{ScalarStyle, Tag};

use super::tree::Value;

/// The value of a scalar written as `text` in `style` with `tag`; `Err` says why a tag does
/// not fit.
pub fn resolve(text: &str, style: ScalarStyle, tag: Option<&Tag>) -> Result<Value, String> {
    let Some(tag) = tag else {
        return Ok(match style {
            ScalarStyle::Plain => plain(text),
            _ => Value::Str(text.to_owned()),
        });
    };
    let kind = core_suffix(tag).ok_or_else(|| unsupported(tag))?;
    let value = match kind {
        "str" => Some(Value::Str(text.to_owned())),
        "null" => null(text).then_some(Value::Null),
        "bool" => bool(text).map(Value::Bool),
        "int" => int(text),
        "float" => float(text)
            .or_else(|| int(text).and_then(as_float))
            .map(Value::Float),
        _ => return Err(unsupported(tag)),
    };
    value.ok_or_else(|| format!("`{text}` is not a valid `{}` value", tag_name(tag)))
}

/// Whether a mapping or sequence may carry `tag` (`!!map` on a mapping, `!!seq` on a list).
pub fn collection_tag(tag: Option<&Tag>, expected: &str) -> Result<(), String> {
    match tag {
        None => Ok(()),
        Some(tag) if core_suffix(tag) == Some(expected) => Ok(()),
        Some(tag) => Err(unsupported(tag)),
    }
}

/// The tag as written: `!!int`, `!local` or `!<uri>`.
pub fn tag_name(tag: &Tag) -> String {
    match (core_suffix(tag), tag.handle.as_str()) {
        (Some(suffix), _) => format!("!!{suffix}"),
        (None, "!") | (None, "") => format!("!{}", tag.suffix),
        (None, handle) => format!("!<{handle}{}>", tag.suffix),
    }
}

fn core_suffix(tag: &Tag) -> Option<&str> {
    tag.is_yaml_core_schema().then_some(tag.suffix.as_str())
}

fn unsupported(tag: &Tag) -> String {
    format!(
        "tag `{}` is not supported (a catalogue uses plain YAML values, or `!!str` to keep text as text)",
        tag_name(tag)
    )
}

/// The value of an untagged plain scalar.
fn plain(text: &str) -> Value {
    if null(text) {
        return Value::Null;
    }
    if let Some(b) = bool(text) {
        return Value::Bool(b);
    }
    if let Some(n) = int(text) {
        return n;
    }
    match float(text) {
        Some(f) => Value::Float(f),
        None => Value::Str(text.to_owned()),
    }
}

fn null(text: &str) -> bool {
    matches!(text, "" | "~" | "null" | "Null" | "NULL")
}

fn bool(text: &str) -> Option<bool> {
    match text {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

/// Decimal with an optional sign, or `0x` / `0o` / `0b` with an optional sign before it.
/// Leading zeros make text (`007`), as YAML 1.2 says.
fn int(text: &str) -> Option<Value> {
    let (negative, unsigned) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let magnitude = |digits: &str, radix| -> Result<u64, ParseIntError> {
        // `from_str_radix` accepts a sign of its own; YAML has only the one before the prefix.
        if digits.starts_with(['+', '-']) {
            return "".parse();
        }
        u64::from_str_radix(digits, radix)
    };
    let parsed = if let Some(hex) = unsigned.strip_prefix("0x") {
        magnitude(hex, 16)
    } else if let Some(octal) = unsigned.strip_prefix("0o") {
        magnitude(octal, 8)
    } else if let Some(binary) = unsigned.strip_prefix("0b") {
        magnitude(binary, 2)
    } else if leading_zero(unsigned) {
        return None;
    } else {
        magnitude(unsigned, 10)
    };
    let n = parsed.ok()?;
    if !negative {
        return Some(Value::Uint(n));
    }
    match n {
        0 => Some(Value::Uint(0)),
        _ => 0i64.checked_sub_unsigned(n).map(Value::Int),
    }
}

fn leading_zero(digits: &str) -> bool {
    digits.len() > 1 && digits.starts_with('0') && digits.bytes().all(|b| b.is_ascii_digit())
}

/// `1.5`, `1e3`, `-.5`, `.inf`, `-.inf`, `.nan` (and their capitalised forms).
fn float(text: &str) -> Option<f64> {
    let unsigned = text.strip_prefix(['+', '-']).unwrap_or(text);
    let negative = text.starts_with('-');
    match unsigned {
        ".inf" | ".Inf" | ".INF" if negative => return Some(f64::NEG_INFINITY),
        ".inf" | ".Inf" | ".INF" => return Some(f64::INFINITY),
        ".nan" | ".NaN" | ".NAN" if text == unsigned => return Some(f64::NAN),
        _ => {}
    }
    if leading_zero(unsigned) || unsigned.starts_with(['+', '-']) {
        return None;
    }
    // Rust also reads `inf`, `NaN` and `infinity`, which YAML leaves as text.
    text.parse().ok().filter(|f: &f64| f.is_finite())
}

fn as_float(value: Value) -> Option<f64> {
    match value {
        Value::Uint(n) => Some(n as f64),
        Value::Int(n) => Some(n as f64),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain_value(text: &str) -> Value {
        resolve(text, ScalarStyle::Plain, None).unwrap()
    }

    #[test]
    fn plain_scalars_follow_the_core_schema() {
        for null in ["", "~", "null", "Null", "NULL"] {
            assert_eq!(plain_value(null), Value::Null, "{null:?}");
        }
        assert_eq!(plain_value("True"), Value::Bool(true));
        assert_eq!(plain_value("FALSE"), Value::Bool(false));
        assert_eq!(plain_value("409"), Value::Uint(409));
        assert_eq!(plain_value("+7"), Value::Uint(7));
        assert_eq!(plain_value("-7"), Value::Int(-7));
        assert_eq!(plain_value("0x1F"), Value::Uint(31));
        assert_eq!(plain_value("0o17"), Value::Uint(15));
        assert_eq!(plain_value("-0x10"), Value::Int(-16));
        assert_eq!(plain_value("1.5"), Value::Float(1.5));
        assert_eq!(plain_value("1e3"), Value::Float(1000.0));
        assert_eq!(plain_value("-.5"), Value::Float(-0.5));
        assert_eq!(plain_value(".inf"), Value::Float(f64::INFINITY));
        assert_eq!(plain_value("-.Inf"), Value::Float(f64::NEG_INFINITY));
        assert!(matches!(plain_value(".nan"), Value::Float(f) if f.is_nan()));
        assert_eq!(
            plain_value("18446744073709551616"),
            Value::Float(18446744073709551616.0)
        );
    }

    #[test]
    fn look_alikes_stay_text() {
        for text in [
            "007", "0x", "0x+1", "yes", "off", "inf", "NaN", "infinity", "1_000", "1.2.3", "A-1",
            "-.nan", "--1", "+-1",
        ] {
            assert_eq!(plain_value(text), Value::Str(text.to_owned()), "{text:?}");
        }
    }

    #[test]
    fn quoted_and_block_scalars_are_text() {
        for style in [
            ScalarStyle::SingleQuoted,
            ScalarStyle::DoubleQuoted,
            ScalarStyle::Literal,
            ScalarStyle::Folded,
        ] {
            assert_eq!(
                resolve("409", style, None).unwrap(),
                Value::Str("409".into())
            );
        }
    }

    fn core(suffix: &str) -> Tag {
        Tag {
            handle: "tag:yaml.org,2002:".into(),
            suffix: suffix.into(),
        }
    }

    #[test]
    fn core_tags_choose_the_kind() {
        let tagged = |text, suffix| resolve(text, ScalarStyle::Plain, Some(&core(suffix)));
        assert_eq!(tagged("409", "str"), Ok(Value::Str("409".into())));
        assert_eq!(tagged("true", "str"), Ok(Value::Str("true".into())));
        assert_eq!(
            resolve("5", ScalarStyle::DoubleQuoted, Some(&core("int"))),
            Ok(Value::Uint(5))
        );
        assert_eq!(tagged("5", "float"), Ok(Value::Float(5.0)));
        assert_eq!(tagged("~", "null"), Ok(Value::Null));
        assert_eq!(
            tagged("many", "int"),
            Err("`many` is not a valid `!!int` value".into())
        );
        let local = Tag {
            handle: "!".into(),
            suffix: "money".into(),
        };
        assert!(resolve("5", ScalarStyle::Plain, Some(&local))
            .unwrap_err()
            .starts_with("tag `!money` is not supported"));
        assert!(tagged("AAAA", "binary").is_err());
    }
}
