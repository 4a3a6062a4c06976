//! Fill a code template: `$name` placeholders on template lines, and slot lines (`$$name`
//! alone on a line) replaced by generated lines at the slot's indentation.
//!
//! Only template text is searched for placeholders: slot text (which holds catalogue
//! strings) is copied as it is, so a `$` in a title or detail stays untouched.

/// Values for a template: `names` replace `$name`, `slots` replace `$$name` lines.
pub(crate) struct Fill<'a> {
    pub names: &'a [(&'a str, &'a str)],
    pub slots: &'a [(&'a str, &'a str)],
}

impl Fill<'_> {
    /// Append the filled `template` to `out`. A placeholder or slot without a value is a
    /// bug in the generator: it is left in the output, where the compiler reports it.
    pub(crate) fn write(&self, template: &str, out: &mut String) {
        for line in template.lines() {
            let trimmed = line.trim_start();
            if let Some(slot) = trimmed.strip_prefix("$$") {
                if let Some((_, text)) = self.slots.iter().find(|(name, _)| *name == slot) {
                    let indent = &line[..line.len() - trimmed.len()];
                    for generated in text.lines() {
                        if !generated.is_empty() {
                            out.push_str(indent);
                        }
                        out.push_str(generated);
                        out.push('\n');
                    }
                    continue;
                }
            }
            self.write_line(line, out);
            out.push('\n');
        }
    }

    fn write_line(&self, line: &str, out: &mut String) {
        let mut rest = line;
        while let Some(at) = rest.find('$') {
            out.push_str(&rest[..at]);
            let after = &rest[at + 1..];
            let len = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            match self.names.iter().find(|(name, _)| *name == &after[..len]) {
                Some((_, value)) => out.push_str(value),
                None => out.push_str(&rest[at..at + 1 + len]),
            }
            rest = &after[len..];
        }
        out.push_str(rest);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_names_and_indents_slot_lines() {
        let fill = Fill {
            names: &[("Kind", "ShopType"), ("n", "2")],
            slots: &[("arms", "A => 1,\n\nB => \"$Kind\",")],
        };
        let mut out = String::new();
        fill.write(
            "match $Kind::x($n) {\n    $$arms\n    _ => $other,\n}",
            &mut out,
        );
        assert_eq!(
            out,
            "match ShopType::x(2) {\n    A => 1,\n\n    B => \"$Kind\",\n    _ => $other,\n}\n"
        );
    }
}
