//! One YAML document as a tree: every value with the place where it, and its key, start.
//!
//! Semantic checks find the place of an offending key or value by its path from the root, so
//! the values and their positions come from the same parse and cannot disagree.

/// One step of a path from the document root: a mapping key or a sequence index.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Seg {
    /// A key of a mapping.
    Key(String),
    /// A position in a sequence.
    Index(usize),
}

/// A mistake in the YAML, and where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// Where the mistake is.
    pub pos: Pos,
    /// What is wrong, without the position.
    pub message: String,
}

/// A 1-based line and column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pos {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
    /// Offset of the position in the text, in characters.
    pub(crate) char_index: usize,
}

impl Pos {
    /// The start of the text.
    pub const START: Pos = Pos {
        line: 1,
        col: 1,
        char_index: 0,
    };
}

/// A value as the YAML core schema resolves it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`, `~` or nothing.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number of zero or more.
    Uint(u64),
    /// A negative whole number.
    Int(i64),
    /// A number with a fraction or an exponent, or `.inf` / `.nan`.
    Float(f64),
    /// Text.
    Str(String),
    /// A list, in file order.
    Seq(Vec<Node>),
    /// Key-value pairs, in file order, each key once.
    Map(Vec<(Node, Node)>),
}

/// A value and where it starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// The value.
    pub value: Value,
    /// Where the value starts (its anchor or tag included, as the parser reports it).
    pub pos: Pos,
    /// Whether the value is a single- or double-quoted string: its text starts one
    /// character after `pos`.
    pub quoted: bool,
}

impl Node {
    /// A value with no quotes.
    pub fn new(value: Value, pos: Pos) -> Node {
        Node {
            value,
            pos,
            quoted: false,
        }
    }

    /// The string of a string value.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The name a path uses for this node as a mapping key; `None` for a list or mapping.
    pub fn key_name(&self) -> Option<String> {
        Some(match &self.value {
            Value::Str(s) => s.clone(),
            Value::Uint(n) => n.to_string(),
            Value::Int(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
            Value::Float(f) => f.to_string(),
            Value::Null => "null".to_owned(),
            Value::Seq(_) | Value::Map(_) => return None,
        })
    }

    /// The value of key `key`, if this is a mapping that has it.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|(_, v)| v)
    }

    /// The key and value of `key`, if this is a mapping that has it.
    fn entry(&self, key: &str) -> Option<(&Node, &Node)> {
        match &self.value {
            Value::Map(entries) => entries
                .iter()
                .find(|(k, _)| k.as_str() == Some(key) || is_named(k, key))
                .map(|(k, v)| (k, v)),
            _ => None,
        }
    }
}

/// A non-string key (`200:`) matched by the name a path gives it.
fn is_named(key: &Node, name: &str) -> bool {
    !matches!(key.value, Value::Str(_)) && key.key_name().as_deref() == Some(name)
}

/// A few words naming the kind of a value, for messages.
pub fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Uint(_) | Value::Int(_) | Value::Float(_) => "a number",
        Value::Str(_) => "a string",
        Value::Seq(_) => "a list",
        Value::Map(_) => "a mapping",
    }
}

/// One file's document and its text, for lookups by path.
#[derive(Debug)]
pub struct Tree {
    /// The document's root value; null for an empty file.
    pub root: Node,
    /// The text the positions count in (without a byte-order mark).
    text: String,
}

impl Default for Tree {
    fn default() -> Tree {
        Tree::new(Node::new(Value::Null, Pos::START), String::new())
    }
}

impl Tree {
    /// A tree over `text`, whose positions `root` counts in.
    pub fn new(root: Node, text: String) -> Tree {
        Tree { root, text }
    }

    /// The key (none for the root or a list item) and the value at `path`.
    fn lookup(&self, path: &[Seg]) -> Option<(Option<&Node>, &Node)> {
        let mut found = (None, &self.root);
        for seg in path {
            found = match (seg, &found.1.value) {
                (Seg::Key(k), _) => found.1.entry(k).map(|(k, v)| (Some(k), v))?,
                (Seg::Index(i), Value::Seq(items)) => (None, items.get(*i)?),
                (Seg::Index(_), _) => return None,
            };
        }
        Some(found)
    }

    /// The node at `path`, if the file has it.
    pub fn node(&self, path: &[Seg]) -> Option<&Node> {
        self.lookup(path).map(|(_, v)| v)
    }

    /// Where the key of `path` starts, if the file has it.
    pub fn key(&self, path: &[Seg]) -> Option<Pos> {
        self.lookup(path).and_then(|(k, _)| k).map(|k| k.pos)
    }

    /// Where the value at `path` starts, else the nearest enclosing value that exists.
    pub fn locate(&self, path: &[Seg]) -> Pos {
        let mut path = path;
        loop {
            if let Some(node) = self.node(path) {
                return node.pos;
            }
            match path.split_last() {
                Some((_, parent)) => path = parent,
                None => return self.root.pos,
            }
        }
    }

    /// The position of character `offset` inside the string value at `path`, when the value
    /// is written on one line without escapes; otherwise the start of the value.
    pub fn locate_in_value(&self, path: &[Seg], value: &str, offset: usize) -> Pos {
        let Some(node) = self.node(path) else {
            return self.locate(path);
        };
        let start = node.pos;
        let skip = usize::from(node.quoted);
        let from = start.char_index + skip;
        // Only on a mistake: walking the text here keeps a copy of it as chars out of loading.
        let mut written = self.text.chars().skip(from);
        let same = value
            .chars()
            .take(offset)
            .all(|c| !matches!(c, '\n' | '\r') && written.next() == Some(c));
        if same && value.chars().count() >= offset {
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

#[cfg(test)]
mod tests {
    use super::super::read::read;
    use super::*;

    fn k(s: &str) -> Seg {
        Seg::Key(s.to_owned())
    }

    fn tree(text: &str) -> Tree {
        read(text).tree.expect("valid YAML")
    }

    #[test]
    fn finds_keys_and_values_in_nested_block_yaml() {
        let text = "api: x\nentries:\n  - id: a\n    status: 400\n  - id: b\n    links:\n      - title: T\n        href: \"h\"\n";
        let t = tree(text);
        let at = |pos: Option<Pos>| pos.map(|x| (x.line, x.col));
        assert_eq!(at(t.node(&[k("api")]).map(|n| n.pos)), Some((1, 6)));
        let status = [k("entries"), Seg::Index(0), k("status")];
        assert_eq!(at(t.key(&status)), Some((4, 5)));
        assert_eq!(at(Some(t.locate(&status))), Some((4, 13)));
        assert_eq!(t.node(&status).map(|n| &n.value), Some(&Value::Uint(400)));
        assert_eq!(
            at(Some(t.locate(&[k("entries"), Seg::Index(1)]))),
            Some((5, 5))
        );
        let href = [
            k("entries"),
            Seg::Index(1),
            k("links"),
            Seg::Index(0),
            k("href"),
        ];
        assert_eq!(at(Some(t.locate(&href))), Some((8, 15)));
        // A missing node falls back to its nearest parent.
        let missing = [k("entries"), Seg::Index(1), k("title")];
        assert_eq!(at(Some(t.locate(&missing))), Some((5, 5)));
        assert_eq!(t.key(&missing), None);
    }

    #[test]
    fn places_offsets_inside_single_line_strings_only() {
        let text = "detail: \"ab {x}\"\nother: |\n  ab\n  {x}\n";
        let t = tree(text);
        let pos = t.locate_in_value(&[k("detail")], "ab {x}", 3);
        assert_eq!((pos.line, pos.col), (1, 13));
        // Past a line break the written text and the value no longer line up.
        let block = t.locate_in_value(&[k("other")], "ab\n{x}\n", 3);
        assert_eq!(block, t.locate(&[k("other")]));
        // An offset past the end of the value stays at its start.
        let past = t.locate_in_value(&[k("detail")], "ab", 5);
        assert_eq!(past, t.locate(&[k("detail")]));
    }

    #[test]
    fn keys_keep_file_order_and_non_string_keys_are_found_by_name() {
        let t = tree("zeta: 1\nalpha: 2\n200: x\n");
        let Value::Map(entries) = &t.root.value else {
            panic!("a mapping")
        };
        let names: Vec<_> = entries.iter().filter_map(|(k, _)| k.key_name()).collect();
        assert_eq!(names, ["zeta", "alpha", "200"]);
        assert_eq!(t.key(&[k("200")]).map(|p| p.line), Some(3));
    }

    #[test]
    fn an_empty_file_is_null_at_the_start() {
        let t = tree("# nothing\n");
        assert_eq!(t.root.value, Value::Null);
        assert_eq!(t.locate(&[k("api")]), Pos::START);
    }
}
