//! A detail rendered into a buffer on the stack, so that a serializer gets it as one string:
//! no formatting machinery, no allocation. Details longer than the buffer take the
//! `Display` path instead.

use crate::problem::param_value::ParamValue;
use crate::problem::segment::TemplateSegment;

/// Bytes a detail may have to be rendered on the stack; the catalogues' details are far
/// shorter.
const CAPACITY: usize = 256;

/// Text written into a fixed buffer.
pub(crate) struct StackText {
    buf: [u8; CAPACITY],
    len: usize,
}

impl StackText {
    /// The detail of `segments` with `values`, or `None` when it does not fit.
    pub(crate) fn render(segments: &[TemplateSegment], values: &[ParamValue<'_>]) -> Option<Self> {
        let mut text = StackText {
            buf: [0; CAPACITY],
            len: 0,
        };
        for segment in segments {
            match *segment {
                TemplateSegment::Literal(literal) => text.push(literal.as_bytes())?,
                TemplateSegment::Param(i) => match values.get(i) {
                    Some(ParamValue::Str(value)) => text.push(value.as_bytes())?,
                    Some(ParamValue::Int(n)) => text.push_int(*n)?,
                    None => {}
                },
            }
        }
        Some(text)
    }

    /// The text. Only whole `str`s and ASCII digits were pushed, so it is UTF-8; the check
    /// is a fast scan of mostly ASCII bytes, and keeps this crate free of `unsafe`.
    pub(crate) fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.buf[..self.len]).ok()
    }

    fn push(&mut self, bytes: &[u8]) -> Option<()> {
        let end = self.len.checked_add(bytes.len())?;
        self.buf.get_mut(self.len..end)?.copy_from_slice(bytes);
        self.len = end;
        Some(())
    }

    fn push_int(&mut self, mut n: u64) -> Option<()> {
        // u64::MAX has 20 digits.
        let mut digits = [0u8; 20];
        let mut start = digits.len();
        loop {
            start -= 1;
            digits[start] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        self.push(&digits[start..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::segment::TemplateSegment as S;

    #[test]
    fn renders_literals_text_and_numbers_in_order() {
        let segments = [
            S::Literal("Only "),
            S::Param(1),
            S::Literal(" of "),
            S::Param(0),
        ];
        let values = [ParamValue::Str("Å-1"), ParamValue::Int(0)];
        let text = StackText::render(&segments, &values).unwrap();
        assert_eq!(text.as_str(), Some("Only 0 of Å-1"));
        let text = StackText::render(&[S::Param(0)], &[ParamValue::Int(u64::MAX)]).unwrap();
        assert_eq!(text.as_str(), Some("18446744073709551615"));
    }

    #[test]
    fn a_detail_longer_than_the_buffer_is_refused() {
        let long = "x".repeat(CAPACITY - 3);
        let values = [ParamValue::Str(&long)];
        let fits = StackText::render(&[S::Literal("ab"), S::Param(0)], &values).unwrap();
        assert_eq!(fits.as_str().map(str::len), Some(CAPACITY - 1));
        let exactly = StackText::render(&[S::Literal("abc"), S::Param(0)], &values).unwrap();
        assert_eq!(exactly.as_str().map(str::len), Some(CAPACITY));
        assert!(StackText::render(&[S::Literal("abcd"), S::Param(0)], &values).is_none());
    }
}
