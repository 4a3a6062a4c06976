//! Mistakes below the YAML grammar, each at its character: bytes that are not UTF-8,
//! characters YAML forbids, a `\u` escape naming a surrogate, and a tab used as indentation.
//!
//! Positions count lines and columns in characters, after a leading byte-order mark, as the
//! parser does.

use super::tree::{Pos, Problem};

/// More forbidden characters than this in one file are summed up in one line.
const MAX_REPORTED: usize = 10;

/// The text of a file's bytes (a byte-order mark kept), or every problem up to and including
/// the first byte that is not UTF-8.
pub fn utf8(bytes: &[u8]) -> Result<&str, Vec<Problem>> {
    let err = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok(text),
        Err(err) => err,
    };
    let valid = &bytes[..err.valid_up_to()];
    // The prefix is valid UTF-8 by construction.
    let prefix = std::str::from_utf8(valid).unwrap_or_default();
    let prefix = prefix.strip_prefix('\u{feff}').unwrap_or(prefix);
    let byte = bytes[err.valid_up_to()];
    let why = match err.error_len() {
        Some(_) => "the files of a catalogue are UTF-8 text",
        None => "the file ends in the middle of a UTF-8 character",
    };
    let mut problems = forbidden_characters(prefix);
    problems.push(Problem {
        pos: pos_at(prefix, prefix.len()),
        message: format!("byte 0x{byte:02X} is not UTF-8: {why}"),
    });
    Err(problems)
}

/// Every character of `text` that YAML forbids (controls other than tab, line feed and
/// carriage return; U+FFFE and U+FFFF), each at its place.
pub fn forbidden_characters(text: &str) -> Vec<Problem> {
    let found: Vec<(usize, char)> = text.char_indices().filter(|(_, c)| forbidden(*c)).collect();
    let mut problems: Vec<Problem> = found
        .iter()
        .take(MAX_REPORTED)
        .map(|&(at, c)| Problem {
            pos: pos_at(text, at),
            message: format!(
                "{} U+{:04X} is not allowed in YAML: remove it (inside double quotes, write it as the escape `\\u{:04X}`)",
                if c.is_control() { "control character" } else { "character" },
                u32::from(c),
                u32::from(c),
            ),
        })
        .collect();
    if let Some(&(at, _)) = found.get(MAX_REPORTED) {
        problems.push(Problem {
            pos: pos_at(text, at),
            message: format!(
                "and {} more characters YAML does not allow, from here on",
                found.len() - MAX_REPORTED
            ),
        });
    }
    problems
}

/// YAML's printable set, inverted (a `str` holds no surrogate).
fn forbidden(c: char) -> bool {
    match c {
        '\t' | '\n' | '\r' | '\u{85}' => false,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => true,
        '\u{fffe}' | '\u{ffff}' => true,
        _ => false,
    }
}

/// The parser's syntax error `problem`, said at the character at fault when it is about a tab
/// used as indentation or a `\u` escape of a surrogate.
pub fn explain(text: &str, problem: Problem) -> Problem {
    if problem.message.contains("tab") {
        if let Some(found) = indenting_tab(text, problem.pos.line) {
            return found;
        }
    }
    if problem.message.contains("escape") {
        if let Some(found) = surrogate_escape(text, problem.pos.char_index) {
            return found;
        }
    }
    problem
}

/// The position just after the last character of `text`.
pub fn end_of(text: &str) -> Pos {
    pos_at(text, text.len())
}

/// The first tab in the indentation of a line from `line` on. The parser reports a tab
/// that indents while still reading the line before, so the search starts there.
fn indenting_tab(text: &str, line: usize) -> Option<Problem> {
    let mut start = 0;
    for (n, content) in yaml_lines(text).enumerate() {
        let indent = content.len() - content.trim_start_matches([' ', '\t']).len();
        if n + 1 >= line {
            if let Some(tab) = content[..indent].find('\t') {
                return Some(Problem {
                    pos: pos_at(text, start + tab),
                    message: "a tab cannot indent YAML: indent with spaces".into(),
                });
            }
        }
        start += content.len();
    }
    None
}

/// The first `\u` escape of a surrogate in the double-quoted scalar at character `at`.
fn surrogate_escape(text: &str, at: usize) -> Option<Problem> {
    let start = text.char_indices().nth(at).map(|(i, _)| i)?;
    let quoted = text[start..].strip_prefix('"')?;
    let hex4 = |s: &str| s.get(..4).and_then(|h| u32::from_str_radix(h, 16).ok());
    let mut rest = quoted;
    while let Some(i) = rest.find(['\\', '"']) {
        let after = &rest[i + 1..];
        if rest[i..].starts_with('"') {
            return None;
        }
        if let Some(code) = after.strip_prefix('u').and_then(hex4) {
            if (0xD800..=0xDFFF).contains(&code) {
                let offset = text.len() - rest.len() + i;
                let low = after[5..]
                    .strip_prefix("\\u")
                    .and_then(hex4)
                    .filter(|low| (0xDC00..=0xDFFF).contains(low) && code < 0xDC00);
                let message = match low {
                    Some(low) => format!(
                        "`\\u{code:04X}\\u{low:04X}` is a UTF-16 surrogate pair, which YAML does not read: write the character itself or `\\U{:08X}`",
                        0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    ),
                    None => format!(
                        "`\\u{code:04X}` names a lone surrogate, which is not a character: write the character itself or its `\\U` escape"
                    ),
                };
                return Some(Problem {
                    pos: pos_at(text, offset),
                    message,
                });
            }
        }
        rest = after.get(1..).unwrap_or_default();
    }
    None
}

/// The position of byte `offset` of `text`, its lines counted as the parser counts them.
fn pos_at(text: &str, offset: usize) -> Pos {
    let before = &text[..offset];
    let (mut line, mut line_start) = (1, 0);
    for content in yaml_lines(before) {
        if content.ends_with(['\n', '\r']) {
            line += 1;
            line_start += content.len();
        }
    }
    Pos {
        line,
        col: before[line_start..].chars().count() + 1,
        char_index: before.chars().count(),
    }
}

/// The lines of `text`, each with its line break: YAML ends a line at CR LF, CR or LF.
fn yaml_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = match rest.find(['\r', '\n']) {
            Some(i) if rest[i..].starts_with("\r\n") => i + 2,
            Some(i) => i + 1,
            None => rest.len(),
        };
        let (line, after) = rest.split_at(end);
        rest = after;
        Some(line)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_surrogate_pair_is_shown_as_its_code_point() {
        let text = "a: \"x\\uD83D\\uDE00\"\n";
        let found = surrogate_escape(text, 3).unwrap();
        assert_eq!((found.pos.line, found.pos.col), (1, 6));
        assert!(found.message.contains("`\\U0001F600`"), "{}", found.message);
    }

    #[test]
    fn lines_end_where_yaml_ends_them() {
        let text = "a\r\nb\rc\nd";
        let lines: Vec<&str> = yaml_lines(text).collect();
        assert_eq!(lines, ["a\r\n", "b\r", "c\n", "d"]);
        let at = |offset| {
            let p = pos_at(text, offset);
            (p.line, p.col)
        };
        assert_eq!(
            [at(0), at(3), at(5), at(7), at(8)],
            [(1, 1), (2, 1), (3, 1), (4, 1), (4, 2)]
        );
    }

    #[test]
    fn the_end_is_after_the_last_character() {
        let end = end_of("a: 1\n  bé");
        assert_eq!((end.line, end.col, end.char_index), (2, 5, 9));
        let end = end_of("a: 1\r\n");
        assert_eq!((end.line, end.col, end.char_index), (2, 1, 6));
    }

    #[test]
    fn an_escaped_backslash_is_not_an_escape() {
        assert!(surrogate_escape("a: \"\\\\uD800\"\n", 3).is_none());
    }

    #[test]
    fn a_cut_escape_makes_no_panic() {
        for text in ["\"\\u", "\"\\uD800", "\"\\uD800\\u", "\"\\", "\"\\é"] {
            let _ = surrogate_escape(text, 0);
        }
    }
}
