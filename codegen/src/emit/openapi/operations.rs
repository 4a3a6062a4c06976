//! The per-operation part of the OpenAPI document: for each operation of the catalogue,
//! one response per status it can answer with, listing a named example per entry it can
//! return (the entries every operation can return included), and the top-level
//! `x-operations` map from each operation id to its `responses`, ready to be referenced
//! from the operation of the same `operationId` in an API's own description.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{json, Value};

use super::super::ordered::Object;
use crate::model::{Catalog, Entry, Operation};

/// The component name of the response of one operation for one status, e.g.
/// `capturePayment.404`. The dot keeps it apart from the per-status `Problem404`
/// (operation ids never contain one).
pub fn operation_response_name(operation: &str, status: u16) -> String {
    format!("{operation}.{status}")
}

/// One operation under `x-operations`: what it is and its Responses Object.
#[derive(Serialize)]
pub(super) struct OperationDoc<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<&'a str>,
    #[serde(rename = "x-rust-enum")]
    rust_enum: &'a str,
    /// Per status (as a string, as OpenAPI keys responses), a `$ref` to the response.
    responses: Object,
}

/// The entries of `op`, grouped by status in ascending order, each group in catalogue
/// order.
fn by_status<'a>(catalog: &'a Catalog, op: &Operation) -> BTreeMap<u16, Vec<&'a Entry>> {
    let mut out: BTreeMap<u16, Vec<&Entry>> = BTreeMap::new();
    for e in catalog.entries.iter().filter(|e| op.returns(&e.id)) {
        out.entry(e.status).or_default().push(e);
    }
    out
}

/// A Response Object whose examples keep catalogue order.
#[derive(Serialize)]
pub(super) struct ResponseDoc {
    description: String,
    content: Content,
}

#[derive(Serialize)]
struct Content {
    #[serde(rename = "application/problem+json")]
    problem_json: MediaType,
}

#[derive(Serialize)]
struct MediaType {
    schema: Value,
    examples: Object,
}

impl ResponseDoc {
    /// A response of these entries: the `Problem` schema and a `$ref` to each entry's
    /// named example, in the order given.
    pub(super) fn new(description: String, entries: &[&Entry]) -> ResponseDoc {
        let mut examples = Object::new();
        for e in entries {
            let target = format!("#/components/examples/{}", e.id);
            examples.push(e.id.as_str(), json!({ "$ref": target }));
        }
        ResponseDoc {
            description,
            content: Content {
                problem_json: MediaType {
                    schema: json!({ "$ref": "#/components/schemas/Problem" }),
                    examples,
                },
            },
        }
    }
}

/// Every operation's responses, appended to `out`: in catalogue order of operations,
/// then by status.
pub(super) fn responses(catalog: &Catalog, out: &mut Object<ResponseDoc>) {
    for op in &catalog.operations {
        for (status, entries) in by_status(catalog, op) {
            let description = format!(
                "HTTP {status} from `{id}`: one of the problem types this operation can return with this status.",
                id = op.id
            );
            out.push(
                operation_response_name(&op.id, status),
                ResponseDoc::new(description, &entries),
            );
        }
    }
}

/// The `x-operations` map, in catalogue order.
pub(super) fn operations(catalog: &Catalog) -> Object<OperationDoc<'_>> {
    let mut out = Object::new();
    for op in &catalog.operations {
        let mut responses = Object::new();
        for status in by_status(catalog, op).into_keys() {
            let target = format!(
                "#/components/responses/{}",
                operation_response_name(&op.id, status)
            );
            responses.push(status.to_string(), json!({ "$ref": target }));
        }
        out.push(
            op.id.as_str(),
            OperationDoc {
                summary: op.summary.as_deref(),
                rust_enum: &op.enum_name,
                responses,
            },
        );
    }
    out
}
