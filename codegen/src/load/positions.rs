//! Where each key and value of a YAML file starts.
//!
//! serde_yaml reports positions for syntax and type errors only, so semantic checks look up
//! the place of the offending key or value here, by its path from the document root.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle, Span};

/// One step of a path from the document root: a mapping key or a sequence index.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Seg {
    /// A key of a mapping.
    Key(String),
    /// A position in a sequence.
    Index(usize),
}

/// A path from the document root, e.g. `entries[3].status`.
pub type Path = Vec<Seg>;

/// A 1-based line and column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pos {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
    /// Offset of the position in the text, in characters.
    char_index: usize,
}

impl Pos {
    fn from_span(span: Span) -> Pos {
        Pos {
            line: span.start.line(),
            col: span.start.col() + 1,
            char_index: span.start.index(),
        }
    }
}

#[derive(Clone, Copy, Debug, Default)]
struct Node {
    key: Option<Pos>,
    value: Option<Pos>,
    quoted: bool,
}

/// Path → position of the key and of the value, for every node of one YAML document.
#[derive(Debug, Default)]
pub struct PositionIndex {
    nodes: HashMap<Path, Node>,
    chars: Vec<char>,
}

enum Frame {
    Map {
        path: Path,
        key: Option<String>,
    },
    Seq {
        path: Path,
        next: usize,
    },
    /// A mapping or sequence used as a mapping key: indexed under no path.
    ComplexKey,
}

impl PositionIndex {
    /// Index `text`. A syntax error stops indexing; what was read before it stays indexed.
    pub fn build(text: &str) -> PositionIndex {
        let mut index = PositionIndex {
            nodes: HashMap::new(),
            chars: text.chars().collect(),
        };
        let mut stack: Vec<Frame> = Vec::new();
        for event in Parser::new_from_str(text) {
            let Ok((event, span)) = event else { break };
            let pos = Pos::from_span(span);
            match event {
                Event::Scalar(value, style, ..) => {
                    let quoted =
                        matches!(style, ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted);
                    index.scalar(&mut stack, value.into_owned(), pos, quoted);
                }
                Event::Alias(_) => index.scalar(&mut stack, String::new(), pos, false),
                Event::MappingStart(..) | Event::SequenceStart(..) => {
                    let is_map = matches!(event, Event::MappingStart(..));
                    let frame = match index.value_path(&mut stack) {
                        Some(path) => {
                            index.nodes.entry(path.clone()).or_default().value = Some(pos);
                            if is_map {
                                Frame::Map { path, key: None }
                            } else {
                                Frame::Seq { path, next: 0 }
                            }
                        }
                        None => Frame::ComplexKey,
                    };
                    stack.push(frame);
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    if let Some(Frame::ComplexKey) = stack.pop() {
                        if let Some(Frame::Map { key, .. }) = stack.last_mut() {
                            *key = Some("?".to_owned());
                        }
                        continue;
                    }
                    advance(&mut stack);
                }
                _ => {}
            }
        }
        index
    }

    /// The path a value arriving now belongs to; `None` when it is a mapping key.
    fn value_path(&self, stack: &mut [Frame]) -> Option<Path> {
        match stack.last() {
            None => Some(Vec::new()),
            Some(Frame::Map { key: None, .. }) | Some(Frame::ComplexKey) => None,
            Some(Frame::Map { path, key: Some(k) }) => Some(child(path, Seg::Key(k.clone()))),
            Some(Frame::Seq { path, next }) => Some(child(path, Seg::Index(*next))),
        }
    }

    fn scalar(&mut self, stack: &mut [Frame], value: String, pos: Pos, quoted: bool) {
        if let Some(Frame::Map {
            path,
            key: key @ None,
        }) = stack.last_mut()
        {
            self.nodes
                .entry(child(path, Seg::Key(value.clone())))
                .or_default()
                .key = Some(pos);
            *key = Some(value);
            return;
        }
        if let Some(path) = self.value_path(stack) {
            let node = self.nodes.entry(path).or_default();
            node.value = Some(pos);
            node.quoted = quoted;
        }
        advance(stack);
    }

    /// Where the value at `path` starts, if the file has it.
    pub fn value(&self, path: &[Seg]) -> Option<Pos> {
        self.nodes.get(path).and_then(|n| n.value)
    }

    /// Where the key of `path` starts, if the file has it.
    pub fn key(&self, path: &[Seg]) -> Option<Pos> {
        self.nodes.get(path).and_then(|n| n.key)
    }

    /// The value at `path`, else its key, else the nearest enclosing node that exists.
    pub fn locate(&self, path: &[Seg]) -> Pos {
        let mut path = path;
        loop {
            if let Some(pos) = self.value(path).or_else(|| self.key(path)) {
                return pos;
            }
            match path.split_last() {
                Some((_, parent)) => path = parent,
                None => {
                    return Pos {
                        line: 1,
                        col: 1,
                        char_index: 0,
                    }
                }
            }
        }
    }

    /// The position of character `offset` inside the string value at `path`, when the value
    /// is written on one line without escapes; otherwise the start of the value.
    pub fn locate_in_value(&self, path: &[Seg], value: &str, offset: usize) -> Pos {
        let start = self.locate(path);
        let Some(node) = self.nodes.get(path) else {
            return start;
        };
        let skip = usize::from(node.quoted);
        let from = start.char_index + skip;
        let written = self.chars.get(from..from + offset);
        let expected: Vec<char> = value.chars().take(offset).collect();
        if written == Some(expected.as_slice()) && !expected.contains(&'\n') {
            Pos {
                line: start.line,
                col: start.col + skip + offset,
                char_index: from + offset,
            }
        } else {
            start
        }
    }
}

fn child(path: &[Seg], seg: Seg) -> Path {
    let mut p = path.to_vec();
    p.push(seg);
    p
}

/// A value of the innermost container is complete: move to the next key or index.
fn advance(stack: &mut [Frame]) {
    match stack.last_mut() {
        Some(Frame::Map { key, .. }) => *key = None,
        Some(Frame::Seq { next, .. }) => *next += 1,
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(s: &str) -> Seg {
        Seg::Key(s.to_owned())
    }

    #[test]
    fn finds_keys_and_values_in_nested_block_yaml() {
        let text = "api: x\nentries:\n  - id: a\n    status: 400\n  - id: b\n    links:\n      - title: T\n        href: \"h\"\n";
        let ix = PositionIndex::build(text);
        let p = |line, col| (line, col);
        let at = |pos: Option<Pos>| pos.map(|x| p(x.line, x.col));
        assert_eq!(at(ix.value(&[k("api")])), Some((1, 6)));
        assert_eq!(
            at(ix.key(&[k("entries"), Seg::Index(0), k("status")])),
            Some((4, 5))
        );
        assert_eq!(
            at(ix.value(&[k("entries"), Seg::Index(0), k("status")])),
            Some((4, 13))
        );
        assert_eq!(at(ix.value(&[k("entries"), Seg::Index(1)])), Some((5, 5)));
        let href = [
            k("entries"),
            Seg::Index(1),
            k("links"),
            Seg::Index(0),
            k("href"),
        ];
        assert_eq!(at(ix.value(&href)), Some((8, 15)));
        // A missing node falls back to its nearest parent.
        let missing = [k("entries"), Seg::Index(1), k("title")];
        assert_eq!((ix.locate(&missing).line, ix.locate(&missing).col), (5, 5));
    }

    #[test]
    fn places_offsets_inside_single_line_strings_only() {
        let text = "detail: \"ab {x}\"\nother: |\n  ab {x}\n";
        let ix = PositionIndex::build(text);
        let pos = ix.locate_in_value(&[k("detail")], "ab {x}", 3);
        assert_eq!((pos.line, pos.col), (1, 13));
        let block = ix.locate_in_value(&[k("other")], "ab {x}\n", 3);
        assert_eq!(block.line, ix.locate(&[k("other")]).line);
    }
}
