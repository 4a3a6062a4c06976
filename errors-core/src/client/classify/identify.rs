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
//! templates. Templates are matched by `from_detail`, on the literal segments the generator
//! put in the table.
//!
//! Titles and templates are looked for in every locale of the catalogue: each step runs over
//! the source texts first, then over each translation's (its own index), so a body in the
//! source language costs what it did before translations existed.

use super::json::{json_string, value_of};
use super::locales::{indexes, match_detail, match_detail_any, Matched};
use super::received::Fields;
use super::IdentifiedBy;
use crate::catalog::index::Index;
use crate::catalog::kind::ProblemKind;
use crate::catalog::problem::CatalogProblem;
use crate::problem::details::ProblemDetails;
use crate::problem::param_value::ParamValue;

/// An identified entry.
pub(crate) struct Identified<P: CatalogProblem> {
    pub kind: P::Kind,
    /// The typed problem; `None` when the entry is known but its parameters are not.
    pub problem: Option<P>,
    pub by: IdentifiedBy,
    /// Which locale's text matched.
    pub locale: Matched,
}

/// What the titles of one locale said.
enum ByTitle<P: CatalogProblem> {
    Found(Identified<P>),
    /// Several entries have the title and the detail fits none: templates decide.
    Ambiguous,
    None,
}

/// A problem+json object.
pub(crate) fn problem<P: CatalogProblem>(status: u16, f: &Fields<'_>) -> Option<Identified<P>> {
    // Generic URIs (`about:blank`, one per status) are no entry's, so this lookup is enough.
    if let Some(kind) = f.type_uri().and_then(P::Kind::from_type_uri) {
        let problem = with_params::<P>(kind, f);
        return Some(Identified {
            kind,
            locale: Matched::OfTexts,
            problem,
            by: IdentifiedBy::TypeUri,
        });
    }
    let detail = f.detail();
    if let Some(title) = f.title().map(str::trim) {
        for (locale, index) in indexes::<P>() {
            match by_title::<P>(index, locale, status, f, title) {
                ByTitle::Found(identified) => return Some(identified),
                ByTitle::Ambiguous => break,
                ByTitle::None => {}
            }
        }
    }
    let detail = detail?;
    indexes::<P>().find_map(|(locale, index)| {
        scopes(status, f.status).find_map(|scope| {
            let found = best_of::<P>(index, locale, scope.positions(index).iter(), detail);
            found.map(|(kind, problem)| Identified {
                kind,
                problem: Some(problem),
                by: IdentifiedBy::Template,
                locale: Matched::at(locale),
            })
        })
    })
}

/// The entry whose title, in the locale of `index`, is `title`: among the entries of the
/// response's status, then of the body's, then of any.
fn by_title<P: CatalogProblem>(
    index: &Index,
    locale: usize,
    status: u16,
    f: &Fields<'_>,
    title: &str,
) -> ByTitle<P> {
    let all = P::Kind::all();
    let detail = f.detail();
    for scope in scopes(status, f.status) {
        let positions = scope.positions(index);
        let titled = || {
            positions
                .iter()
                .map(|&i| usize::from(i))
                .filter(|&i| index.titles[i].eq_ignore_ascii_case(title))
        };
        let mut with_title = titled();
        let Some(first) = with_title.next() else {
            continue;
        };
        if with_title.next().is_none() {
            // The usual case, one entry: the detail gives the parameters, else the
            // members do.
            let kind = all[first];
            let here = detail.and_then(|d| match_detail::<P>(kind, locale, d));
            // A title the locales share (a code, a name): the detail says which it is.
            let (locale, problem) = match here {
                Some(problem) => (locale, Some(problem)),
                None => match detail.and_then(|d| match_detail_any::<P>(kind, d)) {
                    Some((other, problem)) => (other, Some(problem)),
                    None => (locale, with_params::<P>(kind, f)),
                },
            };
            return ByTitle::Found(Identified {
                kind,
                problem,
                by: IdentifiedBy::Title,
                locale: Matched::at(locale),
            });
        }
        // Several entries share the title: the detail chooses.
        let mut best = Best::new();
        if let Some(detail) = detail {
            for i in titled() {
                best.consider(all[i], locale, index.weights[i], detail);
            }
        }
        if let Some((kind, problem)) = best.take() {
            return ByTitle::Found(Identified {
                kind,
                problem: Some(problem),
                by: IdentifiedBy::Template,
                locale: Matched::at(locale),
            });
        }
        // The detail fits none of them: every template gets a chance.
        return ByTitle::Ambiguous;
    }
    ByTitle::None
}

/// The gateway's `{"statusCode", "message"}`: its entries of the response's status, then
/// of the body's, then any; in each locale.
pub(crate) fn gateway<P: CatalogProblem>(
    status: u16,
    status_code: Option<u16>,
    message: &str,
) -> Option<Identified<P>> {
    let all = P::Kind::all();
    let code = status_code.filter(|&c| c != status);
    // 0: the response's status, 1: the body's, 2: any other.
    let pass_of = |s: u16| u8::from(s != status) + u8::from(s != status && Some(s) != code);
    for (locale, index) in indexes::<P>() {
        for pass in 0..3 {
            for i in index.gateway.iter().map(|&i| usize::from(i)) {
                if pass_of(index.statuses[i]) != pass || index.weights[i] == 0 {
                    continue;
                }
                if let Some(problem) = match_detail::<P>(all[i], locale, message) {
                    return Some(Identified {
                        kind: all[i],
                        problem: Some(problem),
                        by: IdentifiedBy::GatewayMessage,
                        locale: Matched::at(locale),
                    });
                }
            }
        }
    }
    None
}

/// A legacy error list, as the code and message of each object: the first object that
/// identifies an entry wins.
pub(crate) fn legacy<'a, P: CatalogProblem>(
    status: u16,
    items: impl Iterator<Item = (Option<&'a str>, Option<&'a str>)>,
) -> Option<Identified<P>> {
    let all = P::Kind::all();
    let index = P::Kind::classify_index();
    for (code, message) in items {
        if let Some(code) = code.map(str::trim) {
            let coded = index
                .legacy
                .iter()
                .map(|&i| usize::from(i))
                .filter(|&i| all[i].info().error_code == Some(code));
            // Positions are by weight: the first in the catalogue is the smallest.
            let at = coded
                .clone()
                .filter(|&i| index.statuses[i] == status)
                .min()
                .or_else(|| coded.min());
            if let Some(kind) = at.map(|i| all[i]) {
                let (locale, problem) = if kind.info().params.is_empty() {
                    (Matched::OfTexts, Some(P::example(kind)))
                } else {
                    match message.and_then(|m| match_detail_any::<P>(kind, m)) {
                        Some((locale, problem)) => (Matched::at(locale), Some(problem)),
                        None => (Matched::Nothing, None),
                    }
                };
                return Some(Identified {
                    kind,
                    problem,
                    by: IdentifiedBy::LegacyCode,
                    locale,
                });
            }
        }
        if let Some(message) = message {
            let found = indexes::<P>().find_map(|(locale, index)| {
                scopes(status, None).find_map(|scope| {
                    let candidates = index
                        .legacy
                        .iter()
                        .filter(|&&i| scope.contains(index.statuses[usize::from(i)]));
                    let found = best_of::<P>(index, locale, candidates, message)?;
                    Some((found, locale))
                })
            });
            if let Some(((kind, problem), locale)) = found {
                return Some(Identified {
                    kind,
                    problem: Some(problem),
                    by: IdentifiedBy::Template,
                    locale: Matched::at(locale),
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

    /// Positions (in `ProblemKind::all()`) of the entries in scope, most literal text first.
    fn positions(self, index: &Index) -> &[u16] {
        match self {
            Scope::Status(s) => index.with_status(s),
            Scope::Any => index.all(),
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

/// The best template match so far: the one with the most literal text (the first of those
/// with as much).
struct Best<P: CatalogProblem>(Option<(usize, P::Kind, P)>);

impl<P: CatalogProblem> Best<P> {
    fn new() -> Self {
        Best(None)
    }

    fn consider(&mut self, kind: P::Kind, locale: usize, weight: usize, detail: &str) {
        if self.0.as_ref().is_some_and(|(w, _, _)| *w >= weight) {
            return;
        }
        if let Some(problem) = match_detail::<P>(kind, locale, detail) {
            self.0 = Some((weight, kind, problem));
        }
    }

    fn take(self) -> Option<(P::Kind, P)> {
        self.0.map(|(_, kind, problem)| (kind, problem))
    }
}

/// Among `candidates` (positions, most literal text first), the template that fits `detail`
/// with the most literal text: the first that fits. A template that is only placeholders
/// would match any text: it never identifies alone.
fn best_of<'i, P: CatalogProblem>(
    index: &Index,
    locale: usize,
    candidates: impl Iterator<Item = &'i u16>,
    detail: &str,
) -> Option<(P::Kind, P)> {
    let all = P::Kind::all();
    candidates
        .map(|&i| usize::from(i))
        .take_while(|&i| index.weights[i] > 0)
        .find_map(|i| Some((all[i], match_detail::<P>(all[i], locale, detail)?)))
}

/// The typed problem of a known entry: parameters from extension members (exact, when the
/// sender wrote them), else recovered from the detail.
fn with_params<P: CatalogProblem>(kind: P::Kind, f: &Fields<'_>) -> Option<P> {
    let info = kind.info();
    if info.params.is_empty() {
        return Some(P::example(kind));
    }
    let from_detail = f
        .detail()
        .and_then(|d| match_detail_any::<P>(kind, d))
        .map(|(_, problem)| problem);
    if !info.params.iter().any(|p| f.member(p.name).is_some()) {
        return from_detail;
    }
    // The usual case: the detail gives the same values as the members; no need to read them.
    if let Some(problem) = from_detail.filter(|p| members_agree(p, f)) {
        return Some(problem);
    }
    let members: crate::problem::extensions::Extensions = info
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
