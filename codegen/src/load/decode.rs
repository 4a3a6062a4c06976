//! Typed decoding of a tree node: the field types of the catalogue (`Param`, `Link`, ...)
//! are read straight from the tree, in file order, and a mistake names the sub-field at
//! fault and says what serde would say for it ("invalid type: string \"x\", expected i64").
//!
//! Written by hand rather than with serde: a build script that generates a catalogue then
//! compiles no serde (nor proc macros) for the host, which is most of its build cost.
//!
//! The rules follow the YAML value model: null reads as an empty list or mapping, and as
//! `None` for an optional field.

use super::tree::{Node, Seg, Value};
use crate::model::Vocabulary;

/// A decoding mistake: the message, and the path below the decoded node to the part at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mistake {
    /// From the decoded node down to the part at fault.
    pub path: Vec<Seg>,
    /// The whole message.
    pub message: String,
}

impl Mistake {
    fn new(message: String) -> Mistake {
        Mistake {
            path: Vec::new(),
            message,
        }
    }

    /// The same mistake, one step further from the node decoded.
    fn under(mut self, seg: Seg) -> Mistake {
        self.path.insert(0, seg);
        self
    }
}

/// The path as text: `kind`, `[0].href`, `.` for none.
pub fn path_text(path: &[Seg]) -> String {
    if path.is_empty() {
        return ".".to_owned();
    }
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(key) if out.is_empty() => out.push_str(key),
            Seg::Key(key) => {
                out.push('.');
                out.push_str(key);
            }
            Seg::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    out
}

/// A result of decoding.
pub type Result<T> = std::result::Result<T, Mistake>;

/// A type read from a tree node.
pub trait Decode: Sized {
    /// Read `node` as `Self`.
    fn decode(node: &Node) -> Result<Self>;
}

/// How serde names a value it did not expect.
fn unexpected(value: &Value) -> String {
    match value {
        Value::Null => "unit value".to_owned(),
        Value::Bool(b) => format!("boolean `{b}`"),
        Value::Uint(n) => format!("integer `{n}`"),
        Value::Int(n) => format!("integer `{n}`"),
        Value::Float(f) => format!("floating point `{}`", float_text(*f)),
        Value::Str(s) => format!("string {s:?}"),
        Value::Seq(_) => "sequence".to_owned(),
        Value::Map(_) => "map".to_owned(),
    }
}

/// A float as serde shows one: always with a decimal point when finite.
fn float_text(f: f64) -> String {
    let text = f.to_string();
    if f.is_finite() && !text.contains('.') {
        format!("{text}.0")
    } else {
        text
    }
}

/// "invalid type: ..., expected ...".
pub fn invalid_type(node: &Node, expected: &str) -> Mistake {
    Mistake::new(format!(
        "invalid type: {}, expected {expected}",
        unexpected(&node.value)
    ))
}

/// serde's list of names: "`a`", "`a` or `b`", "one of `a`, `b`, `c`".
fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.as_slice() {
        [] => "nothing".to_owned(),
        [one] => one.clone(),
        [a, b] => format!("{a} or {b}"),
        many => format!("one of {}", many.join(", ")),
    }
}

impl Decode for String {
    fn decode(node: &Node) -> Result<String> {
        match &node.value {
            Value::Str(s) => Ok(s.clone()),
            _ => Err(invalid_type(node, "a string")),
        }
    }
}

/// Text that says something: a string that is not empty, as the schema's `minLength: 1`.
pub struct Text(pub String);

impl Decode for Text {
    fn decode(node: &Node) -> Result<Text> {
        non_empty(String::decode(node)?).map(Text)
    }
}

/// `text`, unless it is empty.
pub fn non_empty(text: String) -> Result<String> {
    if text.is_empty() {
        return Err(Mistake::new("the text is empty".into()));
    }
    Ok(text)
}

impl Decode for i64 {
    fn decode(node: &Node) -> Result<i64> {
        match node.value {
            Value::Int(n) => Ok(n),
            Value::Uint(n) => i64::try_from(n)
                .map_err(|_| Mistake::new(format!("invalid value: integer `{n}`, expected i64"))),
            _ => Err(invalid_type(node, "i64")),
        }
    }
}

impl Decode for bool {
    fn decode(node: &Node) -> Result<bool> {
        match node.value {
            Value::Bool(b) => Ok(b),
            _ => Err(invalid_type(node, "a boolean")),
        }
    }
}

impl<T: Decode> Decode for Option<T> {
    fn decode(node: &Node) -> Result<Option<T>> {
        match node.value {
            Value::Null => Ok(None),
            _ => T::decode(node).map(Some),
        }
    }
}

/// A value of vocabulary `T`, written as its spelling; `name` is the enum named in messages.
pub fn variant<T: Vocabulary>(node: &Node, name: &str) -> Result<T> {
    let Value::Str(text) = &node.value else {
        return Err(invalid_type(node, &format!("enum {name}")));
    };
    T::from_name(text).ok_or_else(|| {
        Mistake::new(format!(
            "unknown variant `{text}`, expected {}",
            one_of(T::NAMES)
        ))
    })
}

/// Text where a string is meant, accepting `57`, `true` or `1.5` too: examples are text.
pub fn scalar_text(node: &Node) -> Result<String> {
    let kind = match &node.value {
        Value::Str(s) => return Ok(s.clone()),
        Value::Bool(b) => return Ok(b.to_string()),
        Value::Uint(n) => return Ok(n.to_string()),
        Value::Int(n) => return Ok(n.to_string()),
        // Written as YAML writes it: `.inf`, `.nan`, `1.5`, `1000.0`, `1e20`.
        Value::Float(f) if f.is_nan() => return Ok(".nan".to_owned()),
        Value::Float(f) if f.is_infinite() => {
            return Ok(if *f < 0.0 { "-.inf" } else { ".inf" }.to_owned())
        }
        Value::Float(f) => return Ok(format!("{f:?}")),
        Value::Null => "null",
        Value::Seq(_) => "a list",
        Value::Map(_) => "a mapping",
    };
    Err(Mistake::new(format!(
        "invalid type: {kind}, expected a string"
    )))
}

/// The members of a mapping that decodes as struct `name` with the fields `known`: each is
/// handed to `field` in file order; an unknown one, or a key that is no text, is a mistake.
/// Null is a mapping without members.
pub fn members<'a>(
    node: &'a Node,
    name: &str,
    known: &[&str],
    mut field: impl FnMut(&str, &'a Node) -> Result<()>,
) -> Result<()> {
    let entries: &[(Node, Node)] = match &node.value {
        Value::Map(entries) => entries,
        Value::Null => &[],
        _ => return Err(invalid_type(node, &format!("struct {name}"))),
    };
    for (key, value) in entries {
        let Some(key) = key.as_str() else {
            return Err(invalid_type(key, "field identifier"));
        };
        if !known.contains(&key) {
            return Err(Mistake::new(format!(
                "unknown field `{key}`, expected {}",
                one_of(known)
            )));
        }
        field(key, value).map_err(|m| m.under(Seg::Key(key.to_owned())))?;
    }
    Ok(())
}

/// A field the mapping must have.
pub fn required<T>(value: Option<T>, name: &str) -> Result<T> {
    value.ok_or_else(|| Mistake::new(format!("missing field `{name}`")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::tree::Pos;
    use crate::model::{Link, Param, ParamKind};

    fn node(value: Value) -> Node {
        Node::new(value, Pos::START)
    }

    fn map(pairs: Vec<(Value, Value)>) -> Node {
        node(Value::Map(
            pairs.into_iter().map(|(k, v)| (node(k), node(v))).collect(),
        ))
    }

    fn text(s: &str) -> Value {
        Value::Str(s.to_owned())
    }

    #[test]
    fn says_what_serde_says_for_the_wrong_kind_of_value() {
        let cases = [
            (
                String::decode(&node(Value::Uint(5))).unwrap_err(),
                "invalid type: integer `5`, expected a string",
            ),
            (
                i64::decode(&node(text("409"))).unwrap_err(),
                "invalid type: string \"409\", expected i64",
            ),
            (
                i64::decode(&node(Value::Float(1e19))).unwrap_err(),
                "invalid type: floating point `10000000000000000000.0`, expected i64",
            ),
            (
                i64::decode(&node(Value::Uint(u64::MAX))).unwrap_err(),
                "invalid value: integer `18446744073709551615`, expected i64",
            ),
            (
                String::decode(&node(Value::Null)).unwrap_err(),
                "invalid type: unit value, expected a string",
            ),
            (
                ParamKind::decode(&node(text("text"))).unwrap_err(),
                "unknown variant `text`, expected `string` or `integer`",
            ),
            (
                ParamKind::decode(&node(Value::Bool(true))).unwrap_err(),
                "invalid type: boolean `true`, expected enum ParamKindSpec",
            ),
            (
                scalar_text(&node(Value::Seq(vec![]))).unwrap_err(),
                "invalid type: a list, expected a string",
            ),
        ];
        for (mistake, message) in cases {
            assert_eq!(mistake.message, message);
            assert!(mistake.path.is_empty());
        }
        assert_eq!(Option::<String>::decode(&node(Value::Null)), Ok(None));
        assert_eq!(
            scalar_text(&node(Value::Float(f64::NEG_INFINITY))).unwrap(),
            "-.inf"
        );
    }

    #[test]
    fn structs_report_unknown_missing_and_mistyped_fields_with_their_path() {
        let unknown = Link::decode(&map(vec![(text("titel"), text("x"))])).unwrap_err();
        assert_eq!(
            unknown.message,
            "unknown field `titel`, expected `title` or `href`"
        );
        assert!(unknown.path.is_empty());
        let missing = Link::decode(&map(vec![(text("title"), text("x"))])).unwrap_err();
        assert_eq!(missing.message, "missing field `href`");
        let mistyped = Param::decode(&map(vec![
            (text("name"), text("sku")),
            (text("kind"), text("text")),
        ]))
        .unwrap_err();
        assert_eq!(mistyped.path, [Seg::Key("kind".into())]);
        assert_eq!(path_text(&mistyped.path), "kind");
        let odd_key = Link::decode(&map(vec![(Value::Uint(7), text("x"))])).unwrap_err();
        assert_eq!(
            odd_key.message,
            "invalid type: integer `7`, expected field identifier"
        );
        let many = Param::decode(&map(vec![(text("colour"), text("x"))])).unwrap_err();
        assert_eq!(
            many.message,
            "unknown field `colour`, expected one of `name`, `kind`, `example`, `description`"
        );
        let param = Param::decode(&map(vec![
            (text("name"), text("count")),
            (text("example"), Value::Uint(3)),
        ]))
        .unwrap();
        assert_eq!(
            (param.kind, param.example.as_str()),
            (ParamKind::String, "3")
        );
        assert_eq!(
            path_text(&[Seg::Index(0), Seg::Key("href".into())]),
            "[0].href"
        );
        assert_eq!(path_text(&[]), ".");
    }
}
