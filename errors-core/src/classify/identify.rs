//! Which catalogue entry a received body is, in the documented order.
//!
//! 1. the exact `type` URI of an entry (generic per-status URIs identify nothing);
//! 2. `title` (ASCII case and outer spaces ignored: titles are reworded without notice)
//!    among the entries of the HTTP status, then of the body's status, then of any; the
//!    `detail` chooses between entries that share a title;
//! 3. the `detail` against every template (same widening of statuses);
//!
//! and for other shapes: the gateway's `message` against the gateway entries, a legacy
//! `errorCode` against the legacy entries' codes, then the legacy message against their
//! templates. Templates are matched by the generated `from_detail` (literal segments).

use serde_json::Map;

use super::body::{json_string, value_of};
use super::index;
use super::received::Fields;
use super::{IdentifiedBy, LegacyError};
use crate::{CatalogProblem, ParamValue, ProblemDetails, ProblemKind, ProblemTypeInfo, WireShape};

/// An identified entry.
pub(crate) struct Identified<P: CatalogProblem> {
    pub kind: P::Kind,
    /// The typed problem; `None` when the entry is known but its parameters are not.
    pub problem: Option<P>,
    pub by: IdentifiedBy,
}

/// A problem+json object.
pub(crate) fn problem<P: CatalogProblem>(status: u16, f: &Fields<'_>) -> Option<Identified<P>> {
    // Generic URIs (`about:blank`, one per status) are no entry's, so this lookup is enough.
    if let Some(kind) = f.type_uri().and_then(P::Kind::from_type_uri) {
        return Some(Identified {
            kind,
            problem: with_params::<P>(kind, f),
            by: IdentifiedBy::TypeUri,
        });
    }
    let detail = f.detail();
    if let Some(title) = f.title().map(str::trim) {
        for scope in scopes(status, f.status) {
            // One pass: count the entries with this title, and match the detail on each.
            let (mut count, mut only, mut best) = (0, None, Best::new());
            let titled = entries::<P::Kind>(|status, _, entry_title| {
                scope.contains(status) && entry_title.eq_ignore_ascii_case(title)
            });
            for kind in titled {
                count += 1;
                only = Some(kind);
                if let Some(detail) = detail {
                    best.consider(kind, detail);
                }
            }
            if let Some((kind, problem)) = best.take() {
                let by = if count == 1 {
                    IdentifiedBy::Title
                } else {
                    IdentifiedBy::Template
                };
                return Some(Identified {
                    kind,
                    problem: Some(problem),
                    by,
                });
            }
            match (count, only) {
                (0, _) => continue,
                (1, Some(kind)) => {
                    return Some(Identified {
                        kind,
                        problem: with_params::<P>(kind, f),
                        by: IdentifiedBy::Title,
                    })
                }
                // Several entries share the title and the detail fits none: every template
                // gets a chance below.
                _ => break,
            }
        }
    }
    let detail = detail?;
    scopes(status, f.status).find_map(|scope| {
        let candidates = entries::<P::Kind>(|status, _, _| scope.contains(status))
            .filter(|k| has_literal_text(k.info()));
        best_template::<P>(candidates, detail).map(|(kind, problem)| Identified {
            kind,
            problem: Some(problem),
            by: IdentifiedBy::Template,
        })
    })
}

/// The gateway's `{"statusCode", "message"}`: its entries of the response's status, then
/// of the body's, then any.
pub(crate) fn gateway<P: CatalogProblem>(
    status: u16,
    status_code: Option<u16>,
    message: &str,
) -> Option<Identified<P>> {
    // One pass over the (few) gateway entries, keeping the best match per scope.
    let [mut at_status, mut at_code, mut anywhere] = [Best::new(), Best::new(), Best::new()];
    for kind in entries::<P::Kind>(|_, shape, _| shape == WireShape::Gateway) {
        let info = kind.info();
        if !has_literal_text(info) {
            continue;
        }
        let best = if info.status == status {
            &mut at_status
        } else if Some(info.status) == status_code {
            &mut at_code
        } else {
            &mut anywhere
        };
        best.consider(kind, message);
    }
    let (kind, problem) = at_status.take().or(at_code.take()).or(anywhere.take())?;
    Some(Identified {
        kind,
        problem: Some(problem),
        by: IdentifiedBy::GatewayMessage,
    })
}

/// A legacy error list: the first item that identifies an entry wins.
pub(crate) fn legacy<P: CatalogProblem>(
    status: u16,
    items: &[LegacyError],
) -> Option<Identified<P>> {
    let legacy_kinds = || entries::<P::Kind>(|_, shape, _| shape == WireShape::Legacy);
    for item in items {
        if let Some(code) = item.code.as_deref() {
            let coded = legacy_kinds().filter(|k| k.info().error_code == Some(code.trim()));
            let kind = coded
                .clone()
                .find(|k| k.info().status == status)
                .or_else(|| coded.clone().next());
            if let Some(kind) = kind {
                let problem = if kind.info().params.is_empty() {
                    Some(P::example(kind))
                } else {
                    item.message
                        .as_deref()
                        .and_then(|m| match_detail::<P>(kind, m))
                };
                return Some(Identified {
                    kind,
                    problem,
                    by: IdentifiedBy::LegacyCode,
                });
            }
        }
        if let Some(message) = item.message.as_deref() {
            let found = scopes(status, None).find_map(|scope| {
                let candidates = legacy_kinds()
                    .filter(|k| scope.contains(k.info().status) && has_literal_text(k.info()));
                best_template::<P>(candidates, message)
            });
            if let Some((kind, problem)) = found {
                return Some(Identified {
                    kind,
                    problem: Some(problem),
                    by: IdentifiedBy::Template,
                });
            }
        }
    }
    None
}

/// Which entries a step looks at: those of one status, or all.
#[derive(Clone, Copy)]
enum Scope {
    Status(u16),
    Any,
}

impl Scope {
    fn contains(self, status: u16) -> bool {
        match self {
            Scope::Status(s) => s == status,
            Scope::Any => true,
        }
    }
}

/// The HTTP status, then the body's own status when it differs, then every status.
fn scopes(status: u16, body_status: Option<u16>) -> impl Iterator<Item = Scope> {
    let other = body_status.filter(|s| *s != status).map(Scope::Status);
    [Some(Scope::Status(status)), other, Some(Scope::Any)]
        .into_iter()
        .flatten()
}

/// The entries, in catalogue order, whose status, wire shape and title pass `keep` (read
/// from the packed index, not from each entry's facts).
fn entries<K: ProblemKind>(
    keep: impl Fn(u16, WireShape, &'static str) -> bool + Clone,
) -> impl Iterator<Item = K> + Clone {
    let index = index::of::<K>();
    let facts = index
        .statuses
        .iter()
        .zip(index.shapes.iter())
        .zip(index.titles.iter());
    K::all()
        .iter()
        .zip(facts)
        .filter(move |(_, ((status, shape), title))| keep(**status, **shape, title))
        .map(|(kind, _)| *kind)
}

/// The template's literal text length: the more, the more specific a match is.
fn literal_len(info: &ProblemTypeInfo) -> usize {
    info.params.iter().fold(info.detail_template.len(), |n, p| {
        n.saturating_sub(p.name.len() + 2)
    })
}

/// A template that is only placeholders would match any text: it never identifies alone.
fn has_literal_text(info: &ProblemTypeInfo) -> bool {
    literal_len(info) > 0
}

/// The generated matcher, on the text as received and then trimmed.
fn match_detail<P: CatalogProblem>(kind: P::Kind, detail: &str) -> Option<P> {
    P::from_detail(kind, detail).or_else(|| {
        let trimmed = detail.trim();
        (trimmed.len() != detail.len())
            .then(|| P::from_detail(kind, trimmed))
            .flatten()
    })
}

/// The best template match so far: the one with the most literal text.
struct Best<P: CatalogProblem>(Option<(usize, P::Kind, P)>);

impl<P: CatalogProblem> Best<P> {
    fn new() -> Self {
        Best(None)
    }

    fn consider(&mut self, kind: P::Kind, detail: &str) {
        let weight = literal_len(kind.info());
        if self.0.as_ref().is_some_and(|(w, _, _)| *w >= weight) {
            return;
        }
        if let Some(problem) = match_detail::<P>(kind, detail) {
            self.0 = Some((weight, kind, problem));
        }
    }

    fn take(self) -> Option<(P::Kind, P)> {
        self.0.map(|(_, kind, problem)| (kind, problem))
    }
}

/// The candidate whose template fits `detail` with the most literal text.
fn best_template<P: CatalogProblem>(
    candidates: impl Iterator<Item = P::Kind>,
    detail: &str,
) -> Option<(P::Kind, P)> {
    let mut best = Best::new();
    for kind in candidates {
        best.consider(kind, detail);
    }
    best.take()
}

/// The typed problem of a known entry: parameters from extension members (exact, when the
/// sender wrote them), else recovered from the detail.
fn with_params<P: CatalogProblem>(kind: P::Kind, f: &Fields<'_>) -> Option<P> {
    let info = kind.info();
    if info.params.is_empty() {
        return Some(P::example(kind));
    }
    let from_detail = f.detail().and_then(|d| match_detail::<P>(kind, d));
    if !info.params.iter().any(|p| f.member(p.name).is_some()) {
        return from_detail;
    }
    // The usual case: the detail gives the same values as the members; no need to read them.
    if let Some(problem) = from_detail.filter(|p| members_agree(p, f)) {
        return Some(problem);
    }
    let members: Map<_, _> = info
        .params
        .iter()
        .filter_map(|p| Some((p.name.to_owned(), value_of(f.member(p.name)?))))
        .collect();
    // The detail is only needed when some parameter is not a member.
    let detail = (members.len() < info.params.len())
        .then(|| f.detail().map(str::to_owned))
        .flatten();
    let problem = P::from_problem_details(ProblemDetails {
        type_uri: Some(info.type_uri.to_owned()),
        detail,
        extensions: members,
        ..ProblemDetails::default()
    });
    problem.as_unknown().is_none().then_some(problem)
}

/// Whether every parameter sent as a member has the value `problem` holds.
fn members_agree<P: CatalogProblem>(problem: &P, f: &Fields<'_>) -> bool {
    problem.params().iter().all(|(name, value)| {
        let Some(raw) = f.member(name) else {
            return true;
        };
        match value {
            ParamValue::Str(s) => json_string(raw).is_some_and(|r| r == *s),
            ParamValue::Int(n) => raw.trim().parse::<u64>() == Ok(*n),
        }
    })
}
