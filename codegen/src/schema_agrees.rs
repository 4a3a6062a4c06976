//! The JSON Schema editors use (`catalog/catalog.schema.json`) names exactly the fields the
//! loader accepts, so an editor never approves what the build rejects, or the reverse.
//! A unit test: the loader's key lists are private to the crate.

use crate::load::translations::{TEXT_KEYS, TRANSLATION_KEYS};
use crate::load::{DEFAULTS_KEYS, ENTRY_KEYS, FILE_KEYS, LINK_KEYS, OPERATION_KEYS, PARAM_KEYS};
use crate::model::{ParamKind, Retry, SentAs};

fn schema() -> serde_json::Value {
    let text = include_str!("../../catalog/catalog.schema.json");
    serde_json::from_str(text).unwrap()
}

fn translation_schema() -> serde_json::Value {
    let text = include_str!("../../catalog/translation.schema.json");
    serde_json::from_str(text).unwrap()
}

#[test]
fn translation_fields_match_the_loader() {
    let schema = translation_schema();
    assert_eq!(keys(&schema), sorted(TRANSLATION_KEYS));
    assert_eq!(keys(&schema["$defs"]["text"]), sorted(TEXT_KEYS));
    assert_eq!(schema["additionalProperties"], false);
    assert_eq!(schema["$defs"]["text"]["additionalProperties"], false);
    // Entry ids are the catalogue's: the reference resolves there.
    let reference = schema["properties"]["entries"]["propertyNames"]["$ref"]
        .as_str()
        .unwrap();
    let pointer = reference.strip_prefix("catalog.schema.json#").unwrap();
    assert!(self::schema().pointer(pointer).is_some(), "{reference}");
}

fn keys(object: &serde_json::Value) -> Vec<String> {
    let mut keys: Vec<String> = object["properties"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    keys.sort();
    keys
}

fn sorted(list: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = list.iter().map(|s| (*s).to_owned()).collect();
    v.sort();
    v
}

#[test]
fn file_and_entry_fields_match_the_loader() {
    let schema = schema();
    assert_eq!(keys(&schema), sorted(FILE_KEYS));
    assert_eq!(keys(&schema["$defs"]["entry"]), sorted(ENTRY_KEYS));
    assert_eq!(keys(&schema["$defs"]["param"]), sorted(PARAM_KEYS));
    assert_eq!(keys(&schema["$defs"]["link"]), sorted(LINK_KEYS));
    assert_eq!(keys(&schema["$defs"]["operation"]), sorted(OPERATION_KEYS));
    assert_eq!(
        keys(&schema["properties"]["defaults"]),
        sorted(DEFAULTS_KEYS)
    );
    for def in ["entry", "param", "link", "operation"] {
        assert_eq!(schema["$defs"][def]["additionalProperties"], false, "{def}");
    }
}

#[test]
fn enumerations_match_the_loader() {
    let schema = schema();
    let names = |v: &serde_json::Value| {
        let mut n: Vec<String> = v["enum"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_owned())
            .collect();
        n.sort();
        n
    };
    assert_eq!(names(&schema["$defs"]["retry"]), sorted(Retry::NAMES));
    assert_eq!(names(&schema["$defs"]["sent_as"]), sorted(SentAs::NAMES));
    assert_eq!(
        names(&schema["$defs"]["param"]["properties"]["kind"]),
        sorted(ParamKind::NAMES)
    );
}
