//! JSON written one member per line, as YAML reads it (JSON is YAML's flow style), with the
//! lines each value spans: where a mistake in it should be reported.

use std::collections::BTreeMap;

use serde_json::Value;

/// One step into a JSON value.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Key(String),
    Index(usize),
}

/// The text, and for each path the first and last line (from 1) of its member: the key's
/// line to the value's end.
pub struct Printed {
    pub text: String,
    pub spans: BTreeMap<Vec<Step>, (usize, usize)>,
}

/// `value` as text, one member or item per line.
pub fn print(value: &Value) -> Printed {
    let mut printed = Printed {
        text: String::new(),
        spans: BTreeMap::new(),
    };
    write(value, &mut Vec::new(), 0, &mut printed);
    printed.text.push('\n');
    printed
}

fn line(printed: &Printed) -> usize {
    printed.text.matches('\n').count() + 1
}

fn write(value: &Value, path: &mut Vec<Step>, depth: usize, out: &mut Printed) {
    let start = line(out);
    let indent = "  ".repeat(depth + 1);
    match value {
        Value::Object(members) if !members.is_empty() => {
            out.text.push_str("{\n");
            for (i, (key, member)) in members.iter().enumerate() {
                out.text.push_str(&indent);
                out.text.push_str(&Value::from(key.as_str()).to_string());
                out.text.push_str(": ");
                path.push(Step::Key(key.clone()));
                write(member, path, depth + 1, out);
                path.pop();
                out.text
                    .push_str(if i + 1 < members.len() { ",\n" } else { "\n" });
            }
            out.text.push_str(&"  ".repeat(depth));
            out.text.push('}');
        }
        Value::Array(items) if !items.is_empty() => {
            out.text.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                out.text.push_str(&indent);
                path.push(Step::Index(i));
                write(item, path, depth + 1, out);
                path.pop();
                out.text
                    .push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.text.push_str(&"  ".repeat(depth));
            out.text.push(']');
        }
        scalar => out.text.push_str(&scalar.to_string()),
    }
    out.spans.insert(path.clone(), (start, line(out)));
}
