//! How much classification reads and keeps.

/// Bounds on what classification reads and keeps.
///
/// JSON nesting is bounded too: `serde_json` refuses more than 128 levels, and such a body
/// is classified as [`BodyShape::InvalidJson`](super::BodyShape::InvalidJson).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Bodies longer than this are not parsed
    /// ([`BodyShape::TooLarge`](super::BodyShape::TooLarge)); the `reqwest` integration stops
    /// reading after it.
    pub max_body: usize,
    /// How much of an unparsed body is kept as
    /// [`Classified::raw_text`](super::Classified::raw_text).
    pub max_raw_text: usize,
}

impl Default for Limits {
    /// 64 KiB of body, 4 KiB of raw text.
    fn default() -> Self {
        Limits {
            max_body: 64 * 1024,
            max_raw_text: 4 * 1024,
        }
    }
}
