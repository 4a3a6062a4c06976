//! Documents that break one constraint each: the base document with one value, key or
//! member changed.

use serde_json::Value;

use super::printer::Step;
use super::walker::{Constraint, Rule};

/// Strings tried against a `pattern`: every one the pattern refuses is a breaking value.
const PATTERN_BREAKERS: &[&str] = &[
    "Not Valid",
    "x y",
    "1abc",
    "-",
    "ü",
    "http://example.com/x",
    "https://example.com/no-slash",
    "ftp://example.com/x/",
    "a{b}c",
    "{x}{y}",
];

/// A document that breaks `c`, and the path of the member where a report belongs; one per
/// way of breaking it (each string a `pattern` refuses), none when `c` cannot be broken
/// in `doc`.
pub fn breakings(doc: &Value, c: &Constraint) -> Vec<(Value, Vec<Step>)> {
    if c.on_key {
        let Some(Step::Key(old)) = c.at.last() else {
            return Vec::new();
        };
        return replacements(&Value::from(old.as_str()), &c.rule)
            .into_iter()
            .filter_map(|new| {
                let new = new.as_str()?.to_owned();
                let mut broken = doc.clone();
                let parent = get_mut(&mut broken, &c.at[..c.at.len() - 1])?.as_object_mut()?;
                let value = parent.remove(old)?;
                parent.insert(new.clone(), value);
                let mut at = c.at.clone();
                *at.last_mut()? = Step::Key(new);
                Some((broken, at))
            })
            .collect();
    }
    let Some(current) = get(doc, &c.at) else {
        return Vec::new();
    };
    let changed: Vec<Value> = match &c.rule {
        Rule::Required(name) => {
            let mut object = current.clone();
            object.as_object_mut().and_then(|o| o.remove(name));
            vec![object]
        }
        Rule::NoOtherMembers => {
            let mut object = current.clone();
            if let Some(o) = object.as_object_mut() {
                o.insert("unknown_member".into(), Value::from("x"));
            }
            vec![object]
        }
        Rule::MinItems(n) => {
            let mut list = current.clone();
            if let Some(items) = list.as_array_mut() {
                items.truncate(n.saturating_sub(1) as usize);
            }
            vec![list]
        }
        Rule::UniqueItems => {
            let mut list = current.clone();
            if let Some(items) = list.as_array_mut() {
                let first = items.first().cloned().unwrap_or(Value::Null);
                items.push(first);
            }
            vec![list]
        }
        rule => replacements(current, rule),
    };
    changed
        .into_iter()
        .filter_map(|value| {
            let mut broken = doc.clone();
            *get_mut(&mut broken, &c.at)? = value;
            Some((broken, c.at.clone()))
        })
        .collect()
}

/// Values that break `rule` where `current` stands.
fn replacements(current: &Value, rule: &Rule) -> Vec<Value> {
    match rule {
        Rule::Type(types) => {
            // The value as text first (a number or boolean written as a string), then
            // values of every other kind: the first the type refuses.
            let schema = serde_json::json!({ "type": types });
            let candidates = [
                Value::from(current.to_string()),
                Value::from(42),
                Value::from("text"),
                Value::from(true),
                serde_json::json!([]),
                serde_json::json!({}),
            ];
            let refused = candidates
                .into_iter()
                .find(|v| !jsonschema::is_valid(&schema, v));
            refused.into_iter().collect()
        }
        Rule::Pattern(pattern) => {
            let schema = serde_json::json!({ "pattern": pattern });
            PATTERN_BREAKERS
                .iter()
                .map(|s| Value::from(*s))
                .filter(|v| !jsonschema::is_valid(&schema, v))
                .collect()
        }
        Rule::Enum(_) => vec![Value::from("sometimes")],
        Rule::NotEnum(values) => values.first().cloned().into_iter().collect(),
        Rule::MinLength(n) => vec![Value::from("x".repeat(n.saturating_sub(1) as usize))],
        Rule::Minimum(m) => vec![Value::from(m - 1)],
        Rule::Maximum(m) => vec![Value::from(m + 1)],
        Rule::Required(_) | Rule::NoOtherMembers | Rule::MinItems(_) | Rule::UniqueItems => {
            Vec::new()
        }
    }
}

fn get<'a>(doc: &'a Value, at: &[Step]) -> Option<&'a Value> {
    at.iter().try_fold(doc, |v, step| match step {
        Step::Key(k) => v.get(k),
        Step::Index(i) => v.get(i),
    })
}

fn get_mut<'a>(doc: &'a mut Value, at: &[Step]) -> Option<&'a mut Value> {
    at.iter().try_fold(doc, |v, step| match step {
        Step::Key(k) => v.get_mut(k),
        Step::Index(i) => v.get_mut(i),
    })
}
