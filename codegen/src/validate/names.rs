//! Rules for ids and parameter names, and how an id becomes a Rust variant.

/// Rust's keywords, strict and reserved (2021 edition and later).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "static", "struct", "super", "trait", "true", "try", "type", "typeof",
    "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Problem+json members and thiserror's special fields: a parameter may not take these names.
pub const RESERVED_PARAMS: &[&str] = &[
    "type",
    "title",
    "status",
    "detail",
    "instance",
    "source",
    "backtrace",
];

/// Variant names the generator uses itself.
pub const RESERVED_VARIANTS: &[&str] = &["Unknown"];

/// The variant of an operation's enum that keeps a problem the operation does not declare.
pub const OPERATION_CATCH_ALL: &str = "Other";

/// An operation id that can name a Rust type: ASCII letters, digits and `_`, starting with
/// a letter (`capturePayment`, `get_payment`).
pub fn is_operation_id(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// `capturePayment` → `CapturePaymentError`; `get_payment` → `GetPaymentError`.
pub fn operation_enum_name(id: &str) -> String {
    let mut name: String = id
        .split('_')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect();
    name.push_str("Error");
    name
}

/// `a_b_2`: lowercase ASCII letters and digits in words joined by single underscores.
pub fn is_snake_case(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.split('_').all(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

/// Whether `s` is a Rust keyword.
pub fn is_keyword(s: &str) -> bool {
    KEYWORDS.contains(&s)
}

/// `reference_not_found` → `ReferenceNotFound`.
pub fn variant_name(id: &str) -> String {
    id.split('_')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + c.as_str(),
                None => String::new(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_is_strict() {
        assert!(is_snake_case("reference_not_found"));
        assert!(is_snake_case("error_81"));
        for bad in ["Reference", "a__b", "_a", "a_", "1a", "a-b", "", "a b"] {
            assert!(!is_snake_case(bad), "{bad}");
        }
    }

    #[test]
    fn operation_ids_name_enums() {
        assert_eq!(operation_enum_name("capturePayment"), "CapturePaymentError");
        assert_eq!(operation_enum_name("get_payment"), "GetPaymentError");
        assert!(is_operation_id("forceApprove") && is_operation_id("v2_get"));
        for bad in ["", "1get", "get-payment", "get payment", "_get", "gét"] {
            assert!(!is_operation_id(bad), "{bad}");
        }
    }

    #[test]
    fn variants_are_camel_case_and_may_collide() {
        assert_eq!(variant_name("reference_not_found"), "ReferenceNotFound");
        assert_eq!(variant_name("foo_bar2"), variant_name("foo_bar_2"));
    }
}
