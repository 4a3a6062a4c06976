//! JSON objects that keep their members in the order they were added.
//!
//! `serde_json::Map` sorts its keys unless serde_json's `preserve_order` feature is on, and
//! turning that on would change `Map` for every crate in a user's build. Example bodies
//! must read `type, title, status, detail, params…` (the problem+json order), so they are
//! built as an [`Object`] instead, whatever features the build has.

use std::fmt;

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;

/// A JSON object whose members serialize in the order they were added.
#[derive(Clone, Debug, PartialEq)]
pub struct Object<V = Value> {
    members: Vec<(String, V)>,
}

impl<V> Default for Object<V> {
    fn default() -> Self {
        Object {
            members: Vec::new(),
        }
    }
}

impl<V> Object<V> {
    /// An object without members.
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// Add a member at the end. Keys are unique by construction where this is called
    /// (problem+json members, then distinct parameter names).
    pub(crate) fn push(&mut self, key: impl Into<String>, value: V) {
        self.members.push((key.into(), value));
    }

    /// The value of the member `key`, if there is one.
    pub fn get(&self, key: &str) -> Option<&V> {
        self.members.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The members, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &V)> {
        self.members.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// How many members it has.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether it has no members.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }
}

impl<V: Serialize> Object<V> {
    /// The object as a `serde_json::Value` (whose key order depends on serde_json's
    /// features: compare with it, do not render from it).
    pub fn to_value(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }
}

impl<V: Serialize> Serialize for Object<V> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.members.len()))?;
        for (key, value) in &self.members {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Compact JSON, members in order.
impl<V: Serialize> fmt::Display for Object<V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&serde_json::to_string(self).map_err(|_| fmt::Error)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_serialize_in_the_order_they_were_added() {
        let mut object = Object::new();
        object.push("type", Value::from("t"));
        object.push("b", Value::from(2));
        object.push("a", Value::from(1));
        assert_eq!(object.to_string(), r#"{"type":"t","b":2,"a":1}"#);
        let pretty = serde_json::to_string_pretty(&object).unwrap();
        assert_eq!(pretty, "{\n  \"type\": \"t\",\n  \"b\": 2,\n  \"a\": 1\n}");
        assert_eq!(object.get("a"), Some(&Value::from(1)));
        assert_eq!(object.len(), 3);
    }
}
