//! Detail templates: literal text with `{name}` placeholders, `{{` and `}}` for braces.

/// One piece of a template.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Segment {
    /// Text written as is.
    Literal(String),
    /// A `{name}` placeholder.
    Param(String),
}

/// A parsed detail template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Template {
    /// The template as written.
    pub(crate) source: String,
    /// Literals and placeholders in order; no two literals are adjacent.
    pub(crate) segments: Vec<Segment>,
    /// The character offset of each placeholder, in order.
    param_offsets: Vec<usize>,
}

/// A mistake in a template, at a character offset of its source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct TemplateError {
    /// Offset in characters from the start of the template.
    pub(crate) offset: usize,
    /// What is wrong.
    pub(crate) message: String,
}

impl Template {
    /// Parse `source`; every malformed placeholder is reported.
    pub(crate) fn parse(source: &str) -> Result<Template, Vec<TemplateError>> {
        let chars: Vec<char> = source.chars().collect();
        let mut segments = Vec::new();
        let mut errors = Vec::new();
        let mut literal = String::new();
        let mut param_offsets = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            match chars[i] {
                '{' if chars.get(i + 1) == Some(&'{') => {
                    literal.push('{');
                    i += 2;
                }
                '}' if chars.get(i + 1) == Some(&'}') => {
                    literal.push('}');
                    i += 2;
                }
                '{' => {
                    let close = chars[i + 1..].iter().position(|&c| c == '}' || c == '{');
                    match close.map(|n| (n + i + 1, chars[n + i + 1])) {
                        Some((end, '}')) => {
                            let name: String = chars[i + 1..end].iter().collect();
                            if name.is_empty() {
                                errors.push(err(i, "empty placeholder `{}`: name the parameter, or write `{{` for a brace"));
                            } else if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                                errors.push(err(i, format!("malformed placeholder `{{{name}}}`: a placeholder is a parameter name (letters, digits, `_`)")));
                            } else {
                                if !literal.is_empty() {
                                    segments.push(Segment::Literal(std::mem::take(&mut literal)));
                                }
                                segments.push(Segment::Param(name));
                                param_offsets.push(i);
                            }
                            i = end + 1;
                        }
                        _ => {
                            errors.push(err(i, "unclosed `{` in template: close the placeholder, or write `{{` for a brace"));
                            i += 1;
                        }
                    }
                }
                '}' => {
                    errors.push(err(i, "unmatched `}` in template: write `}}` for a brace"));
                    i += 1;
                }
                c => {
                    literal.push(c);
                    i += 1;
                }
            }
        }
        if !literal.is_empty() {
            segments.push(Segment::Literal(literal));
        }
        if errors.is_empty() {
            Ok(Template {
                source: source.to_owned(),
                segments,
                param_offsets,
            })
        } else {
            Err(errors)
        }
    }

    /// The template as written in the catalogue.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// Literals and placeholders in order; no two literals are adjacent.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// The placeholder names in order of appearance, each with its character offset.
    pub(crate) fn placeholders(&self) -> Vec<(&str, usize)> {
        self.params()
            .zip(self.param_offsets.iter().copied())
            .collect()
    }

    /// The placeholder names in order (a name may repeat).
    pub fn params(&self) -> impl Iterator<Item = &str> {
        self.segments.iter().filter_map(|s| match s {
            Segment::Param(p) => Some(p.as_str()),
            Segment::Literal(_) => None,
        })
    }

    /// The text with each placeholder replaced by `value(name)`.
    pub fn render(&self, mut value: impl FnMut(&str) -> String) -> String {
        let mut out = String::new();
        for s in &self.segments {
            match s {
                Segment::Literal(l) => out.push_str(l),
                Segment::Param(p) => out.push_str(&value(p)),
            }
        }
        out
    }
}

fn err(offset: usize, message: impl Into<String>) -> TemplateError {
    TemplateError {
        offset,
        message: message.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_literals_and_placeholders_and_unescapes_braces() {
        let t = Template::parse("Ref {reference} at {{x}} for {msn}").unwrap();
        assert_eq!(
            t.segments,
            vec![
                Segment::Literal("Ref ".into()),
                Segment::Param("reference".into()),
                Segment::Literal(" at {x} for ".into()),
                Segment::Param("msn".into()),
            ]
        );
        assert_eq!(t.placeholders(), vec![("reference", 4), ("msn", 29)]);
        assert_eq!(
            t.render(|p| p.to_uppercase()),
            "Ref REFERENCE at {x} for MSN"
        );
    }

    #[test]
    fn reports_each_malformed_placeholder_with_its_offset() {
        let errors = Template::parse("a {} b {x y} c { d }").unwrap_err();
        let offsets: Vec<usize> = errors.iter().map(|e| e.offset).collect();
        assert_eq!(offsets, vec![2, 7, 15]);
        assert!(errors[0].message.contains("empty placeholder"));
        assert!(errors[1].message.contains("malformed placeholder `{x y}`"));
        assert!(errors[2].message.contains("malformed placeholder"));
        let unclosed = Template::parse("tail {").unwrap_err();
        assert!(unclosed[0].message.contains("unclosed `{`"));
        let stray = Template::parse("x } y").unwrap_err();
        assert_eq!(stray[0].offset, 2);
    }
}
