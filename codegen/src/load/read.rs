//! Read a catalogue file's text into one [`Tree`], in one pass over the parser's events.
//!
//! Mistakes in the YAML itself are found here, each at its place: a syntax error, a key given
//! twice, a second document, and the YAML features a catalogue does not use.

use saphyr_parser::{Event, Marker, Parser, ScalarStyle, Tag};

use super::tree::{Node, Pos, Tree, Value};
use super::{bytes, scalar};

/// Deeper nesting than any catalogue needs; the limit keeps work on the tree (which recurses)
/// safe from a stack overflow on hostile text.
pub const MAX_DEPTH: usize = 128;

pub use super::tree::Problem;

/// The result of reading one file.
#[derive(Debug)]
pub struct Reading {
    /// The document; `None` when reading stopped at a mistake that leaves nothing usable.
    pub tree: Option<Tree>,
    /// Every mistake found, in file order.
    pub problems: Vec<Problem>,
}

/// A collection whose end has not been read yet.
enum Frame {
    Seq {
        pos: Pos,
        items: Vec<Node>,
    },
    Map {
        pos: Pos,
        entries: Vec<(Node, Node)>,
        /// The key read last, waiting for its value.
        key: Option<Node>,
        /// The waiting key repeats an earlier one: its value is reported, not kept.
        duplicate: bool,
    },
}

/// Read `text`. A leading byte-order mark is not part of the document and moves no column.
pub fn read(text: &str) -> Reading {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let forbidden = bytes::forbidden_characters(text);
    if !forbidden.is_empty() {
        return Reading {
            tree: None,
            problems: forbidden,
        };
    }
    let mut builder = Builder {
        end: bytes::end_of(text),
        stack: Vec::new(),
        root: None,
        documents: 0,
        problems: Vec::new(),
    };
    let stop = builder.run(text);
    let tree = match stop {
        Stop::Fatal(problem) => {
            builder.problems.push(problem);
            None
        }
        Stop::End => {
            let root = builder
                .root
                .unwrap_or_else(|| Node::new(Value::Null, Pos::START));
            Some(Tree::new(root, text.to_owned()))
        }
    };
    Reading {
        tree,
        problems: builder.problems,
    }
}

/// Why reading stopped.
enum Stop {
    /// The end of the first document (or of the text).
    End,
    /// A mistake after which the rest cannot be read.
    Fatal(Problem),
}

struct Builder {
    /// Where the text ends: no position read is after it.
    end: Pos,
    stack: Vec<Frame>,
    root: Option<Node>,
    documents: usize,
    problems: Vec<Problem>,
}

impl Builder {
    /// The position of a parser's marker. The parser places the end of a text without a
    /// final line break on the line after the last: that is the end of the text.
    fn pos(&self, marker: &Marker) -> Pos {
        let pos = Pos {
            line: marker.line(),
            col: marker.col() + 1,
            char_index: marker.index(),
        };
        if (pos.line, pos.col) > (self.end.line, self.end.col) {
            self.end
        } else {
            pos
        }
    }

    fn run(&mut self, text: &str) -> Stop {
        for event in Parser::new_from_str(text) {
            let (event, span) = match event {
                Ok(ok) => ok,
                Err(err) => {
                    let problem = Problem {
                        pos: self.pos(err.marker()),
                        message: format!("YAML syntax error: {}", err.info()),
                    };
                    return Stop::Fatal(bytes::explain(text, problem));
                }
            };
            let at = self.pos(&span.start);
            match event {
                Event::DocumentStart(_) => {
                    self.documents += 1;
                    if self.documents > 1 {
                        self.problems.push(Problem {
                            pos: at,
                            message: "a second YAML document starts here: a catalogue file holds one document".into(),
                        });
                        return Stop::End;
                    }
                }
                Event::StreamEnd => return Stop::End,
                Event::Scalar(value, style, anchor, tag) => {
                    if anchor != 0 {
                        return anchors(at);
                    }
                    let value = match scalar::resolve(&value, style, tag.as_deref()) {
                        Ok(value) => value,
                        Err(message) => return Stop::Fatal(Problem { pos: at, message }),
                    };
                    let quoted =
                        matches!(style, ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted);
                    self.add(Node {
                        value,
                        pos: at,
                        quoted,
                    });
                }
                Event::Alias(_) => return anchors(at),
                Event::SequenceStart(anchor, tag) => {
                    if let Err(stop) = self.open(at, anchor, tag.as_deref(), false) {
                        return stop;
                    }
                }
                Event::MappingStart(anchor, tag) => {
                    if let Err(stop) = self.open(at, anchor, tag.as_deref(), true) {
                        return stop;
                    }
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    let node = match self.stack.pop() {
                        Some(Frame::Seq { pos, items }) => Node::new(Value::Seq(items), pos),
                        Some(Frame::Map { pos, entries, .. }) => {
                            Node::new(Value::Map(entries), pos)
                        }
                        // The parser pairs every end with a start.
                        None => continue,
                    };
                    self.add(node);
                }
                Event::StreamStart | Event::DocumentEnd | Event::Nothing => {}
            }
        }
        Stop::End
    }

    /// A mapping or list starts at `at`.
    fn open(
        &mut self,
        at: Pos,
        anchor: usize,
        tag: Option<&Tag>,
        is_map: bool,
    ) -> Result<(), Stop> {
        if anchor != 0 {
            return Err(anchors(at));
        }
        let fatal = |message| Err(Stop::Fatal(Problem { pos: at, message }));
        if let Err(message) = scalar::collection_tag(tag, if is_map { "map" } else { "seq" }) {
            return fatal(message);
        }
        if self.stack.len() >= MAX_DEPTH {
            return fatal(format!("YAML nested more than {MAX_DEPTH} levels deep"));
        }
        self.stack.push(if is_map {
            Frame::Map {
                pos: at,
                entries: Vec::new(),
                key: None,
                duplicate: false,
            }
        } else {
            Frame::Seq {
                pos: at,
                items: Vec::new(),
            }
        });
        Ok(())
    }

    /// A complete node: the root, a list item, a key, or the value of the waiting key.
    fn add(&mut self, node: Node) {
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Frame::Seq { items, .. }) => items.push(node),
            Some(Frame::Map {
                entries,
                key,
                duplicate,
                ..
            }) => match key.take() {
                Some(k) => {
                    if !*duplicate {
                        entries.push((k, node));
                    }
                    *duplicate = false;
                }
                None => {
                    if let Some(problem) = repeated(entries, &node) {
                        self.problems.push(problem);
                        *duplicate = true;
                    }
                    *key = Some(node);
                }
            },
        }
    }
}

/// The report for `key` when `entries` already has it: the first one is kept.
fn repeated(entries: &[(Node, Node)], key: &Node) -> Option<Problem> {
    if matches!(key.value, Value::Seq(_) | Value::Map(_)) {
        return None;
    }
    let (first, _) = entries.iter().find(|(k, _)| k.value == key.value)?;
    let name = key.key_name().unwrap_or_default();
    Some(Problem {
        pos: key.pos,
        message: format!(
            "duplicate key `{name}`: already given on line {}; a key appears once in a mapping",
            first.pos.line
        ),
    })
}

fn anchors(at: Pos) -> Stop {
    Stop::Fatal(Problem {
        pos: at,
        message: "anchors and aliases are not supported: write each value out in full".into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(text: &str) -> Vec<(usize, usize, String)> {
        read(text)
            .problems
            .into_iter()
            .map(|p| (p.pos.line, p.pos.col, p.message))
            .collect()
    }

    #[test]
    fn a_duplicate_key_keeps_the_first_value() {
        let reading = read("a: 1\nb: 2\na: 3\n");
        let root = reading.tree.unwrap().root;
        assert_eq!(root.get("a").map(|n| &n.value), Some(&Value::Uint(1)));
        let Value::Map(entries) = &root.value else {
            panic!("a mapping")
        };
        assert_eq!(entries.len(), 2);
        assert_eq!(
            problems("a: 1\nb: 2\na: 3\n"),
            [(
                3,
                1,
                "duplicate key `a`: already given on line 1; a key appears once in a mapping"
                    .to_owned()
            )]
        );
    }

    #[test]
    fn keys_equal_as_values_are_duplicates() {
        // `0x10` and `16` are the same integer; `"16"` is text.
        assert_eq!(problems("0x10: a\n16: b\n").len(), 1);
        assert!(problems("16: a\n\"16\": b\n").is_empty());
    }

    #[test]
    fn a_byte_order_mark_moves_no_column() {
        let with = read("\u{feff}a: 'x'\n").tree.unwrap();
        let without = read("a: 'x'\n").tree.unwrap();
        assert_eq!(with.root, without.root);
        assert!(problems("\u{feff}a: 1\n").is_empty());
    }

    #[test]
    fn the_first_document_is_kept_and_the_second_reported() {
        let reading = read("a: 1\n---\nb: 2\n");
        let root = reading.tree.unwrap().root;
        assert_eq!(root.get("a").map(|n| &n.value), Some(&Value::Uint(1)));
        assert_eq!(root.get("b"), None);
        assert_eq!(reading.problems.len(), 1);
        assert_eq!(
            (reading.problems[0].pos.line, reading.problems[0].pos.col),
            (2, 1)
        );
        // A `---` before the only document is not a second one.
        assert!(problems("--- \na: 1\n...\n").is_empty());
    }

    #[test]
    fn a_fatal_mistake_leaves_no_tree() {
        for text in ["a: [\n", "a: &x 1\n", "a: !!binary AAAA\n", "a: !!str {}\n"] {
            let reading = read(text);
            assert!(reading.tree.is_none(), "{text:?}");
            assert_eq!(reading.problems.len(), 1, "{text:?}");
        }
    }

    #[test]
    fn no_text_makes_the_reader_panic() {
        let sample = "\u{feff}api: shop\nentries:\n  - id: &a x\n    t: !!str \"q\\n\"\n    l: [1, {b: *a}]\n---\n? c\n: |\n  d\n";
        let chars: Vec<char> = sample.chars().collect();
        for end in 0..=chars.len() {
            let prefix: String = chars[..end].iter().collect();
            let _ = read(&prefix);
            for insert in [
                '[', '{', '"', '\'', ':', '-', '\t', '\u{feff}', '&', '*', '!', '%',
            ] {
                let mut text = prefix.clone();
                text.push(insert);
                text.extend(&chars[end..]);
                let _ = read(&text);
            }
        }
    }
}
