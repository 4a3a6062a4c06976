//! Every constraint a JSON Schema states about a document, found by walking the schema
//! beside a document that has every member the schema names. A keyword the walk does not
//! know is reported, so a new kind of constraint cannot slip past the agreement test.

use std::collections::BTreeSet;

use serde_json::Value;

use super::printer::Step;

/// A constraint, and how to break it.
#[derive(Clone, Debug, PartialEq)]
pub enum Rule {
    /// `type`: one name, or a list of them.
    Type(Value),
    Pattern(String),
    Enum(Vec<Value>),
    NotEnum(Vec<Value>),
    Required(String),
    NoOtherMembers,
    Minimum(i64),
    Maximum(i64),
    MinLength(u64),
    MinItems(u64),
    UniqueItems,
}

/// One constraint of the schema at `pointer`, on the document's value at `at` (or, with
/// `on_key`, on the key that names it).
#[derive(Clone, Debug)]
pub struct Constraint {
    pub pointer: String,
    pub at: Vec<Step>,
    pub on_key: bool,
    pub rule: Rule,
}

/// What a walk found.
#[derive(Default)]
pub struct Walk {
    pub constraints: Vec<Constraint>,
    /// Keywords the walk does not know how to break, with their schema pointer.
    pub unknown: Vec<String>,
    /// Members the schema names, by schema pointer, and those the document has.
    pub named: BTreeSet<String>,
    pub present: BTreeSet<String>,
}

/// Keywords that state no constraint.
const ANNOTATIONS: &[&str] = &[
    "$schema",
    "$id",
    "$comment",
    "$defs",
    "title",
    "description",
];

/// Walk `schema` (found at `pointer`) beside `doc` (at `at`). `resolve` finds the schema a
/// `$ref` names, and its pointer.
pub fn walk(
    schema: &Value,
    pointer: &str,
    doc: &Value,
    at: &[Step],
    on_key: bool,
    resolve: &dyn Fn(&str) -> (Value, String),
    out: &mut Walk,
) {
    let Some(keywords) = schema.as_object() else {
        return out
            .unknown
            .push(format!("{pointer}: a schema that is not an object"));
    };
    let mut add = |rule: Rule| {
        out.constraints.push(Constraint {
            pointer: pointer.to_owned(),
            at: at.to_vec(),
            on_key,
            rule,
        })
    };
    let mut nested: Vec<(Value, String, Value, Vec<Step>, bool)> = Vec::new();
    for (keyword, arg) in keywords {
        let here = format!("{pointer}/{keyword}");
        match keyword.as_str() {
            k if ANNOTATIONS.contains(&k) => {}
            "type" => add(Rule::Type(arg.clone())),
            "pattern" => add(Rule::Pattern(arg.as_str().unwrap_or_default().to_owned())),
            "enum" => add(Rule::Enum(arg.as_array().cloned().unwrap_or_default())),
            "minLength" => add(Rule::MinLength(arg.as_u64().unwrap_or_default())),
            "minItems" => add(Rule::MinItems(arg.as_u64().unwrap_or_default())),
            "minimum" => add(Rule::Minimum(arg.as_i64().unwrap_or_default())),
            "maximum" => add(Rule::Maximum(arg.as_i64().unwrap_or_default())),
            "uniqueItems" if arg == true => add(Rule::UniqueItems),
            "additionalProperties" if arg == false => add(Rule::NoOtherMembers),
            "required" => {
                for name in arg.as_array().into_iter().flatten() {
                    add(Rule::Required(name.as_str().unwrap_or_default().to_owned()));
                }
            }
            "not" => match arg.get("enum").and_then(Value::as_array) {
                Some(values) if arg.as_object().is_some_and(|o| o.len() == 1) => {
                    add(Rule::NotEnum(values.clone()))
                }
                _ => out
                    .unknown
                    .push(format!("{here}: only `not` of one `enum` is known")),
            },
            "$ref" => {
                let (target, target_pointer) = resolve(arg.as_str().unwrap_or_default());
                nested.push((target, target_pointer, doc.clone(), at.to_vec(), on_key));
            }
            "allOf" => {
                for (i, part) in arg.as_array().into_iter().flatten().enumerate() {
                    let part_pointer = format!("{here}/{i}");
                    nested.push((part.clone(), part_pointer, doc.clone(), at.to_vec(), on_key));
                }
            }
            "properties" => {
                for (name, sub) in arg.as_object().into_iter().flatten() {
                    let named = format!("{here}/{name}");
                    out.named.insert(named.clone());
                    if let Some(member) = doc.get(name) {
                        out.present.insert(named.clone());
                        let path = [at, &[Step::Key(name.clone())]].concat();
                        nested.push((sub.clone(), named, member.clone(), path, false));
                    }
                }
            }
            "additionalProperties" if arg.is_object() => {
                let named = keywords.get("properties");
                for (name, member) in doc.as_object().into_iter().flatten() {
                    if named.and_then(|p| p.get(name)).is_none() {
                        let path = [at, &[Step::Key(name.clone())]].concat();
                        nested.push((arg.clone(), here.clone(), member.clone(), path, false));
                    }
                }
            }
            "propertyNames" => {
                for name in doc.as_object().into_iter().flatten().map(|(k, _)| k) {
                    let path = [at, &[Step::Key(name.clone())]].concat();
                    nested.push((
                        arg.clone(),
                        here.clone(),
                        Value::from(name.as_str()),
                        path,
                        true,
                    ));
                }
            }
            "items" => {
                for (i, item) in doc.as_array().into_iter().flatten().enumerate() {
                    let path = [at, &[Step::Index(i)]].concat();
                    nested.push((arg.clone(), here.clone(), item.clone(), path, false));
                }
            }
            _ => out
                .unknown
                .push(format!("{here}: a keyword this test cannot break yet")),
        }
    }
    for (sub, sub_pointer, value, path, key) in nested {
        walk(&sub, &sub_pointer, &value, &path, key, resolve, out);
    }
}

/// Each constraint once: the first place the document lets it be broken.
pub fn distinct(constraints: Vec<Constraint>) -> Vec<Constraint> {
    let mut seen: Vec<(String, Rule)> = Vec::new();
    constraints
        .into_iter()
        .filter(|c| {
            let id = (c.pointer.clone(), c.rule.clone());
            let new = !seen.contains(&id);
            if new {
                seen.push(id);
            }
            new
        })
        .collect()
}
