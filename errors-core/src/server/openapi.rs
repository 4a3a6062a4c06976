//! OpenAPI through utoipa (feature `utoipa`): [`ProblemDetails`] as a schema, and the
//! responses of one operation, which each generated per-operation enum offers as
//! `utoipa::IntoResponses`.
//!
//! Written with utoipa's builders rather than its derive macros: this crate compiles no
//! proc macro of its own, and a user's build gets none from it.

use std::borrow::Cow;
use std::collections::BTreeMap;

use utoipa::openapi::example::ExampleBuilder;
use utoipa::openapi::response::{Response, ResponseBuilder};
use utoipa::openapi::schema::{AdditionalProperties, ObjectBuilder, Schema, SchemaFormat, Type};
use utoipa::openapi::{ContentBuilder, Ref, RefOr};
use utoipa::{PartialSchema, ToSchema};

use crate::catalog::kind::ProblemKind;
use crate::catalog::problem::CatalogProblem;
use crate::problem::details::{ProblemDetails, PROBLEM_JSON};

/// RFC 9457's members, each optional as the RFC has them; any other member is an extension.
impl PartialSchema for ProblemDetails {
    fn schema() -> RefOr<Schema> {
        let text = |description: &str| {
            ObjectBuilder::new()
                .schema_type(Type::String)
                .description(Some(description))
        };
        let uri_reference = |description: &str| {
            // utoipa's `KnownFormat::UriReference` needs its `url` feature, which is not ours
            // to turn on.
            text(description).format(Some(SchemaFormat::Custom("uri-reference".to_owned())))
        };
        ObjectBuilder::new()
            .schema_type(Type::Object)
            .description(Some(
                "RFC 9457 problem details (`application/problem+json`). Members other than \
                 these are extensions: a catalogue problem sends each template parameter as \
                 one.",
            ))
            .property(
                "type",
                uri_reference("Identifies the problem type; `about:blank` when absent."),
            )
            .property(
                "title",
                text("Short summary of the problem type; not unique, may change."),
            )
            .property(
                "status",
                ObjectBuilder::new()
                    .schema_type(Type::Integer)
                    .minimum(Some(100))
                    .maximum(Some(599))
                    .description(Some("The HTTP status code.")),
            )
            .property("detail", text("Explanation of this occurrence."))
            .property("instance", uri_reference("Identifies this occurrence."))
            .additional_properties(Some(AdditionalProperties::FreeForm(true)))
            .into()
    }
}

impl ToSchema for ProblemDetails {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("ProblemDetails")
    }
}

/// The responses of operation `operation`: per status, in ascending order, one response
/// whose body is a [`ProblemDetails`] (a `$ref` to its schema) with a named example per
/// entry the operation can return with that status, in catalogue order. An entry belongs to
/// the operation when `declares` accepts its example, which is the operation enum's
/// `TryFrom`: the enum is the one statement of its set.
pub fn operation_responses<P: CatalogProblem>(
    operation: &str,
    declares: impl Fn(P) -> bool,
) -> BTreeMap<String, RefOr<Response>> {
    let mut by_status: BTreeMap<u16, Vec<P::Kind>> = BTreeMap::new();
    for &kind in P::Kind::all() {
        if declares(P::example(kind)) {
            by_status
                .entry(kind.info().status())
                .or_default()
                .push(kind);
        }
    }
    by_status
        .into_iter()
        .map(|(status, kinds)| (status.to_string(), response::<P>(operation, status, &kinds)))
        .collect()
}

fn response<P: CatalogProblem>(operation: &str, status: u16, kinds: &[P::Kind]) -> RefOr<Response> {
    let examples = kinds.iter().map(|&kind| {
        let info = kind.info();
        let example = ExampleBuilder::new()
            .summary(info.title())
            .description(info.detail_template())
            .value(serde_json::to_value(P::example(kind)).ok());
        (info.id(), example)
    });
    let content = ContentBuilder::new()
        .schema(Some(Ref::from_schema_name(ProblemDetails::name())))
        .examples_from_iter(examples);
    ResponseBuilder::new()
        .description(format!(
            "HTTP {status} from `{operation}`: one of the problem types this operation can return with this status."
        ))
        .content(PROBLEM_JSON, content.build())
        .into()
}
