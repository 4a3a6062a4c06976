//! Decode a parsed YAML value field by field, so that one bad field does not hide the others.

use super::decode::{path_text, Decode};
use super::record::{Listed, Reader};
use super::spec::{EntrySpec, FileSpec, OperationSpec};
use super::tree::{describe, Node, Seg, Value};
use super::{entry_path, field_path, operation_path, LoadedFile};
use crate::diagnostic::Diagnostic;

/// Reads the fields of one mapping, reporting unknown, missing and mistyped ones.
pub(super) struct Fields<'a> {
    pub(super) file: &'a LoadedFile,
    /// The mapping's key-value pairs, in file order.
    pub(super) map: &'a [(Node, Node)],
    pub(super) path: Vec<Seg>,
    /// "entry `id`" or "file", for messages.
    pub(super) owner: String,
    pub(super) diags: &'a mut Vec<Diagnostic>,
}

impl<'a> Fields<'a> {
    /// The value of field `key`, if the mapping has it.
    pub(super) fn get(&self, key: &str) -> Option<&'a Node> {
        self.map
            .iter()
            .find(|(k, _)| k.as_str() == Some(key))
            .map(|(_, v)| v)
    }
}

impl Reader for Fields<'_> {
    /// Report every key that is not in `known`, at the key.
    fn reject_unknown(&mut self, known: &[&str]) {
        for (key, _) in self.map {
            let name = match &key.value {
                Value::Str(s) => s.clone(),
                other => format!("<{}>", describe(other)),
            };
            if !known.contains(&name.as_str()) {
                let at = self.file.location(key.pos.line, key.pos.col);
                let expected = known.join(", ");
                self.diags.push(Diagnostic::error(
                    at,
                    format!(
                        "{}: unknown field `{name}`, expected one of: {expected}",
                        self.owner
                    ),
                ));
            }
        }
    }

    /// The field `key`, decoded; `None` (and reported) when mistyped, `None` when absent.
    fn optional<T: Decode>(&mut self, key: &str) -> Option<T> {
        let value = self.get(key)?;
        let path = || field_path(&self.path, key);
        decode(
            self.file,
            path,
            value,
            &self.owner,
            || key.to_owned(),
            self.diags,
        )
    }

    /// Like `optional`, and reports the field when it is absent.
    fn required<T: Decode>(&mut self, key: &str) -> Option<T> {
        if self.get(key).is_none() {
            let at = self.file.at(&self.path);
            self.diags.push(Diagnostic::error(
                at,
                format!("{}: missing required field `{key}`", self.owner),
            ));
            return None;
        }
        self.optional(key)
    }

    /// Like `optional`, and the type's default when absent or mistyped.
    fn optional_or_default<T: Decode + Default>(&mut self, key: &str) -> T {
        self.optional(key).unwrap_or_default()
    }

    /// A field its record's caller reads itself: the default here.
    fn by_hand<T: Default>(&mut self, _key: &str) -> T {
        T::default()
    }

    /// A list field whose items are decoded one by one; bad items are reported and skipped.
    fn list<T: Decode>(&mut self, key: &str) -> Vec<T> {
        self.list_checked(key).items
    }

    /// `list`, and whether every item decoded.
    fn list_checked<T: Decode>(&mut self, key: &str) -> Listed<T> {
        let Some(value) = self.get(key) else {
            return Listed::default();
        };
        let path = field_path(&self.path, key);
        let items = match &value.value {
            Value::Seq(items) => items,
            Value::Null => return Listed::default(),
            other => {
                self.diags.push(Diagnostic::error(
                    self.file.at(&path),
                    format!(
                        "{}: field `{key}`: invalid type: {}, expected a list",
                        self.owner,
                        describe(other)
                    ),
                ));
                return Listed {
                    items: Vec::new(),
                    complete: false,
                };
            }
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let item_path = || {
                let mut item_path = path.clone();
                item_path.push(Seg::Index(i));
                item_path
            };
            let what = || format!("{key}[{i}]");
            if let Some(v) = decode(self.file, item_path, item, &self.owner, what, self.diags) {
                out.push(v);
            }
        }
        let complete = out.len() == items.len();
        Listed {
            items: out,
            complete,
        }
    }
}

/// Decode `value` (at `path`) as `T`; report a mistake at the exact sub-field that is wrong.
/// The path and the field's name are only built for a mistake: most fields have none.
fn decode<T: Decode>(
    file: &LoadedFile,
    path: impl FnOnce() -> Vec<Seg>,
    value: &Node,
    owner: &str,
    field: impl FnOnce() -> String,
    diags: &mut Vec<Diagnostic>,
) -> Option<T> {
    match T::decode(value) {
        Ok(v) => Some(v),
        Err(mistake) => {
            let mut at_path = path();
            at_path.extend(mistake.path.iter().cloned());
            // An unknown key is best shown at the key itself.
            let at = match unknown_field_name(&mistake.message) {
                Some(name) => file.key_at(&field_path(&at_path, name)),
                None => file.at(&at_path),
            };
            let sub = path_text(&mistake.path);
            let field = field();
            let field = if sub == "." {
                field
            } else {
                format!("{field}.{sub}")
            };
            diags.push(Diagnostic::error(
                at,
                format!("{owner}: field `{field}`: {}", mistake.message),
            ));
            None
        }
    }
}

fn unknown_field_name(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("unknown field `")?;
    rest.split('`').next()
}

/// Decode a whole file.
pub fn decode_file(file: &LoadedFile, root: &Node, diags: &mut Vec<Diagnostic>) -> FileSpec {
    let Value::Map(map) = &root.value else {
        diags.push(Diagnostic::error(
            file.location(1, 1),
            format!(
                "a catalogue file must be a mapping with `api`, `name` and `entries`, found {}",
                describe(&root.value)
            ),
        ));
        return FileSpec::default();
    };
    let mut f = Fields {
        file,
        map,
        path: Vec::new(),
        owner: "file".into(),
        diags,
    };
    let mut spec = FileSpec::read(&mut f);
    match f.get("operations").map(|node| &node.value) {
        Some(Value::Seq(items)) => {
            for (n, item) in items.iter().enumerate() {
                if let Some(op) = decode_operation(file, n, item, f.diags) {
                    spec.operations.push(op);
                }
            }
        }
        None | Some(Value::Null) => {}
        Some(other) => f.diags.push(Diagnostic::error(
            file.at(&[Seg::Key("operations".into())]),
            format!(
                "file: field `operations`: invalid type: {}, expected a list",
                describe(other)
            ),
        )),
    }
    match f.get("entries").map(|node| &node.value) {
        None => f.diags.push(Diagnostic::error(
            file.location(1, 1),
            "file: missing required field `entries`",
        )),
        Some(Value::Seq(items)) if !items.is_empty() => {
            for (n, item) in items.iter().enumerate() {
                if let Some(entry) = decode_entry(file, n, item, f.diags) {
                    spec.entries.push(entry);
                }
            }
        }
        Some(Value::Seq(_) | Value::Null) => f.diags.push(Diagnostic::error(
            file.at(&[Seg::Key("entries".into())]),
            "file: field `entries` is empty: a catalogue file holds at least one entry",
        )),
        Some(other) => f.diags.push(Diagnostic::error(
            file.at(&[Seg::Key("entries".into())]),
            format!(
                "file: field `entries`: invalid type: {}, expected a list",
                describe(other)
            ),
        )),
    }
    spec
}

/// The fields of item `n` of a list of `what`s (entries, operations) at `path`, named in
/// messages by its `id`; `None` after reporting that the item is no mapping.
fn item_fields<'a>(
    file: &'a LoadedFile,
    path: Vec<Seg>,
    node: &'a Node,
    what: &str,
    n: usize,
    diags: &'a mut Vec<Diagnostic>,
) -> Option<Fields<'a>> {
    let Value::Map(map) = &node.value else {
        diags.push(Diagnostic::error(
            file.at(&path),
            format!(
                "{what} #{}: expected a mapping, found {}",
                n + 1,
                describe(&node.value)
            ),
        ));
        return None;
    };
    let owner = match node.get("id").and_then(Node::as_str) {
        Some(id) => format!("{what} `{id}`"),
        None => format!("{what} #{}", n + 1),
    };
    Some(Fields {
        file,
        map,
        path,
        owner,
        diags,
    })
}

fn decode_entry(
    file: &LoadedFile,
    n: usize,
    node: &Node,
    diags: &mut Vec<Diagnostic>,
) -> Option<EntrySpec> {
    let mut f = item_fields(file, entry_path(n), node, "entry", n, diags)?;
    Some(EntrySpec {
        index: n,
        ..EntrySpec::read(&mut f)
    })
}

fn decode_operation(
    file: &LoadedFile,
    n: usize,
    node: &Node,
    diags: &mut Vec<Diagnostic>,
) -> Option<OperationSpec> {
    let mut f = item_fields(file, operation_path(n), node, "operation", n, diags)?;
    let read = OperationSpec::read(&mut f);
    let mut entries = Vec::new();
    let mut entries_complete = f.get("entries").is_some();
    if !entries_complete {
        let at = file.at(&f.path);
        f.diags.push(Diagnostic::error(
            at,
            format!("{}: missing required field `entries`", f.owner),
        ));
    }
    if let Some(Value::Seq(items)) = f.get("entries").map(|node| &node.value) {
        for (i, item) in items.iter().enumerate() {
            let item_path = || {
                let mut p = field_path(&f.path, "entries");
                p.push(Seg::Index(i));
                p
            };
            let what = || format!("entries[{i}]");
            match decode::<String>(file, item_path, item, &f.owner, what, f.diags) {
                Some(entry) => entries.push((i, entry)),
                None => entries_complete = false,
            }
        }
    } else if let Some(node) = f.get("entries").filter(|n| n.value != Value::Null) {
        f.diags.push(Diagnostic::error(
            file.at(&field_path(&f.path, "entries")),
            format!(
                "{}: field `entries`: invalid type: {}, expected a list of entry ids",
                f.owner,
                describe(&node.value)
            ),
        ));
        entries_complete = false;
    }
    Some(OperationSpec {
        index: n,
        entries,
        entries_complete,
        ..read
    })
}
