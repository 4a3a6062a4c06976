//! Where each key and value of a YAML file starts.
//!
//! serde_yaml reports positions for syntax and type errors only, so semantic checks look up
//! the place of the offending key or value here, by its path from the document root.

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

#[derive(Clone, Debug, Default)]
struct Node {
    key: Option<Pos>,
    value: Option<Pos>,
    quoted: bool,
    /// Children of a mapping, by key, in file order.
    keys: Vec<(String, usize)>,
    /// Children of a sequence, in order.
    items: Vec<usize>,
}

/// Path → position of the key and of the value, for every node of one YAML document.
///
/// The nodes form a tree in an arena, so building it copies no paths and a lookup walks
/// from the root.
#[derive(Debug, Default)]
pub struct PositionIndex {
    nodes: Vec<Node>,
    chars: Vec<char>,
}

enum Frame {
    /// A mapping; `key` is the node of the key just read, waiting for its value.
    Map {
        node: usize,
        key: Option<usize>,
    },
    Seq {
        node: usize,
    },
    /// A mapping or sequence used as a mapping key: not indexed.
    ComplexKey,
}

impl PositionIndex {
    /// Index `text`. A syntax error stops indexing; what was read before it stays indexed.
    pub fn build(text: &str) -> PositionIndex {
        let mut index = PositionIndex {
            nodes: vec![Node::default()],
            chars: text.chars().collect(),
        };
        let mut stack: Vec<Frame> = Vec::new();
        let mut root_seen = false;
        for event in Parser::new_from_str(text) {
            let Ok((event, span)) = event else { break };
            let pos = Pos::from_span(span);
            match event {
                Event::Scalar(value, style, ..) => {
                    let quoted =
                        matches!(style, ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted);
                    index.scalar(&mut stack, &mut root_seen, &value, pos, quoted);
                }
                Event::Alias(_) => index.scalar(&mut stack, &mut root_seen, "", pos, false),
                Event::MappingStart(..) | Event::SequenceStart(..) => {
                    let is_map = matches!(event, Event::MappingStart(..));
                    let frame = match index.value_node(&mut stack, &mut root_seen) {
                        Some(node) => {
                            index.nodes[node].value = Some(pos);
                            if is_map {
                                Frame::Map { node, key: None }
                            } else {
                                Frame::Seq { node }
                            }
                        }
                        None => Frame::ComplexKey,
                    };
                    stack.push(frame);
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    if let Some(Frame::ComplexKey) = stack.pop() {
                        if let Some(Frame::Map { node, key }) = stack.last_mut() {
                            let parent = *node;
                            *key = Some(index.add_key(parent, "?".to_owned(), None));
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

    fn add_key(&mut self, parent: usize, key: String, pos: Option<Pos>) -> usize {
        let id = self.nodes.len();
        self.nodes.push(Node {
            key: pos,
            ..Node::default()
        });
        self.nodes[parent].keys.push((key, id));
        id
    }

    /// The node a value arriving now belongs to; `None` when it is a mapping key.
    fn value_node(&mut self, stack: &mut [Frame], root_seen: &mut bool) -> Option<usize> {
        match stack.last() {
            None if !*root_seen => {
                *root_seen = true;
                Some(0)
            }
            None | Some(Frame::Map { key: None, .. }) | Some(Frame::ComplexKey) => None,
            Some(Frame::Map { key: Some(k), .. }) => Some(*k),
            Some(Frame::Seq { node }) => {
                let (parent, id) = (*node, self.nodes.len());
                self.nodes.push(Node::default());
                self.nodes[parent].items.push(id);
                Some(id)
            }
        }
    }

    fn scalar(
        &mut self,
        stack: &mut [Frame],
        root_seen: &mut bool,
        value: &str,
        pos: Pos,
        quoted: bool,
    ) {
        if let Some(Frame::Map {
            node,
            key: key @ None,
        }) = stack.last_mut()
        {
            let parent = *node;
            let id = self.nodes.len();
            self.nodes.push(Node {
                key: Some(pos),
                ..Node::default()
            });
            self.nodes[parent].keys.push((value.to_owned(), id));
            *key = Some(id);
            return;
        }
        if let Some(node) = self.value_node(stack, root_seen) {
            self.nodes[node].value = Some(pos);
            self.nodes[node].quoted = quoted;
        }
        advance(stack);
    }

    /// The node at `path`, walking from the root.
    fn node(&self, path: &[Seg]) -> Option<&Node> {
        let mut node = self.nodes.first()?;
        for seg in path {
            let next = match seg {
                Seg::Key(k) => node
                    .keys
                    .iter()
                    .find(|(name, _)| name == k)
                    .map(|(_, id)| *id),
                Seg::Index(i) => node.items.get(*i).copied(),
            };
            node = &self.nodes[next?];
        }
        Some(node)
    }

    /// Where the value at `path` starts, if the file has it.
    pub fn value(&self, path: &[Seg]) -> Option<Pos> {
        self.node(path).and_then(|n| n.value)
    }

    /// Where the key of `path` starts, if the file has it.
    pub fn key(&self, path: &[Seg]) -> Option<Pos> {
        self.node(path).and_then(|n| n.key)
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
        let Some(node) = self.node(path) else {
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

/// A value of the innermost container is complete: move to the next key or index.
fn advance(stack: &mut [Frame]) {
    if let Some(Frame::Map { key, .. }) = stack.last_mut() {
        *key = None;
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
