//! Extension members of a problem, in order, without changing `serde_json` for anyone.
//!
//! `serde_json::Map` keeps insertion order only with its `preserve_order` feature, and a
//! library that turned that on would change `Map` for every crate of its users' builds. So
//! the members a problem carries beyond the standard ones live here, in a list that keeps
//! their order. Objects nested inside a member's value are `serde_json` values as the
//! application's build makes them (sorted by key, unless it enables `preserve_order`).

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;

/// The extension members of a problem, in the order received or added.
///
/// Reads like a map: [`get`](Self::get), [`insert`](Self::insert) (a member given again
/// keeps its place), [`remove`](Self::remove), and indexing by name, which gives
/// [`Value::Null`] for a member that is absent, as indexing a `serde_json::Value` does.
/// Equality does not depend on order, as for JSON objects.
///
/// ```
/// use errors_core::Extensions;
///
/// let mut members = Extensions::new();
/// members.insert("traceId", "00-4bf9");
/// members.insert("extraDetails", serde_json::json!([{"name": "amount", "reason": "too small"}]));
/// members.insert("traceId", "00-77aa"); // keeps its place
/// assert_eq!(members.keys().collect::<Vec<_>>(), ["traceId", "extraDetails"]);
/// assert_eq!(members["traceId"], "00-77aa");
/// assert!(members["absent"].is_null());
/// assert_eq!(serde_json::to_string(&members).unwrap(),
///     r#"{"traceId":"00-77aa","extraDetails":[{"name":"amount","reason":"too small"}]}"#);
/// ```
#[derive(Clone, Default)]
pub struct Extensions {
    members: Vec<(String, Value)>,
}

impl Extensions {
    /// No members.
    pub const fn new() -> Self {
        Extensions {
            members: Vec::new(),
        }
    }

    /// The number of members.
    pub fn len(&self) -> usize {
        self.members.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    fn position(&self, name: &str) -> Option<usize> {
        self.members.iter().position(|(n, _)| n == name)
    }

    /// The value of member `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.position(name).map(|i| &self.members[i].1)
    }

    /// The value of member `name`, to change it.
    pub fn get_mut(&mut self, name: &str) -> Option<&mut Value> {
        self.position(name).map(|i| &mut self.members[i].1)
    }

    /// Whether member `name` is there.
    pub fn contains_key(&self, name: &str) -> bool {
        self.position(name).is_some()
    }

    /// Set member `name`: in its place when it is there (the old value is returned), else
    /// last.
    pub fn insert(&mut self, name: impl Into<String>, value: impl Into<Value>) -> Option<Value> {
        let name = name.into();
        let value = value.into();
        match self.position(&name) {
            Some(i) => Some(std::mem::replace(&mut self.members[i].1, value)),
            None => {
                self.members.push((name, value));
                None
            }
        }
    }

    /// Take member `name` out; the others keep their order.
    pub fn remove(&mut self, name: &str) -> Option<Value> {
        self.position(name).map(|i| self.members.remove(i).1)
    }

    /// Keep only the members for which `keep` says so.
    pub fn retain(&mut self, mut keep: impl FnMut(&str, &Value) -> bool) {
        self.members.retain(|(name, value)| keep(name, value));
    }

    /// The members, in order.
    pub fn iter(&self) -> Iter<'_> {
        fn pair((name, value): &(String, Value)) -> (&str, &Value) {
            (name, value)
        }
        self.members.iter().map(pair)
    }

    /// The names, in order.
    pub fn keys(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.members.iter().map(|(name, _)| name.as_str())
    }
}

impl PartialEq for Extensions {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len()
            && self
                .iter()
                .all(|(name, value)| other.get(name) == Some(value))
    }
}

impl Eq for Extensions {}

impl fmt::Debug for Extensions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl std::ops::Index<&str> for Extensions {
    type Output = Value;

    fn index(&self, name: &str) -> &Value {
        static NULL: Value = Value::Null;
        self.get(name).unwrap_or(&NULL)
    }
}

impl<K: Into<String>, V: Into<Value>> Extend<(K, V)> for Extensions {
    fn extend<I: IntoIterator<Item = (K, V)>>(&mut self, members: I) {
        for (name, value) in members {
            self.insert(name, value);
        }
    }
}

impl<K: Into<String>, V: Into<Value>> FromIterator<(K, V)> for Extensions {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(members: I) -> Self {
        let mut out = Extensions::new();
        out.extend(members);
        out
    }
}

impl IntoIterator for Extensions {
    type Item = (String, Value);
    type IntoIter = std::vec::IntoIter<(String, Value)>;

    fn into_iter(self) -> Self::IntoIter {
        self.members.into_iter()
    }
}

/// The members by reference, in order, as [`Extensions::iter`] gives them.
pub type Iter<'a> = std::iter::Map<
    std::slice::Iter<'a, (String, Value)>,
    fn(&'a (String, Value)) -> (&'a str, &'a Value),
>;

impl<'a> IntoIterator for &'a Extensions {
    type Item = (&'a str, &'a Value);
    type IntoIter = Iter<'a>;

    fn into_iter(self) -> Iter<'a> {
        self.iter()
    }
}

impl From<serde_json::Map<String, Value>> for Extensions {
    /// In the map's order (which is sorted by key unless the build enables `preserve_order`).
    fn from(map: serde_json::Map<String, Value>) -> Self {
        map.into_iter().collect()
    }
}

impl Serialize for Extensions {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (name, value) in self.iter() {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Extensions {
    /// A JSON object, member by member in order; a member given twice keeps its first place
    /// and its last value, as `serde_json::Map` does.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Members;
        impl<'de> Visitor<'de> for Members {
            type Value = Extensions;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Extensions, A::Error> {
                let mut out = Extensions::new();
                while let Some((name, value)) = map.next_entry::<String, Value>()? {
                    out.insert(name, value);
                }
                Ok(out)
            }
        }
        deserializer.deserialize_map(Members)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keeps_order_through_a_round_trip_and_compares_as_a_set() {
        let text = r#"{"zeta":1,"alpha":[2],"mid":{"b":1,"a":2},"zeta":3}"#;
        let members: Extensions = serde_json::from_str(text).unwrap();
        assert_eq!(members.keys().collect::<Vec<_>>(), ["zeta", "alpha", "mid"]);
        assert_eq!(members["zeta"], 3);
        let again: Extensions =
            serde_json::from_str(&serde_json::to_string(&members).unwrap()).unwrap();
        assert_eq!(again.keys().collect::<Vec<_>>(), ["zeta", "alpha", "mid"]);
        let reordered: Extensions = [("alpha", json!([2])), ("zeta", json!(3))]
            .into_iter()
            .chain([("mid", json!({"a": 2, "b": 1}))])
            .collect();
        assert_eq!(reordered, members);
        let mut fewer = members.clone();
        assert_eq!(fewer.remove("alpha"), Some(json!([2])));
        assert_ne!(fewer, members);
        assert_eq!(fewer.keys().collect::<Vec<_>>(), ["zeta", "mid"]);
    }

    #[test]
    fn reads_only_objects() {
        assert!(serde_json::from_str::<Extensions>("[1]").is_err());
        assert!(serde_json::from_str::<Extensions>("{}").unwrap().is_empty());
    }
}
