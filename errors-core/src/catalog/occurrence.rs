//! One occurrence of a typed problem: the problem plus `instance` and extension members.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::catalog::kind::ProblemKind;
use crate::catalog::problem::CatalogProblem;
use crate::problem::details::ProblemDetails;
use crate::problem::extensions::Extensions;

/// A typed problem as sent or received once: with its `instance` and any extension members
/// the catalogue does not declare (`traceId`, `extraDetails`, ...). Serializes to the same
/// problem+json as the problem, plus those members; a round trip keeps all of them.
///
/// ```
/// // A catalogue of your own; here, errors-core's test fixture.
/// mod shop { errors_macros::catalog!("tests/fixtures/shop.yaml"); }
/// use errors_core::Occurrence;
/// use shop::Problem;
///
/// let sent = Occurrence::new(Problem::AmountTooSmall)
///     .with_instance("urn:uuid:123e4567-e89b-12d3-a456-426655440000")
///     .with_extension("traceId", "abc");
/// let json = serde_json::to_string(&sent).unwrap();
/// let received: Occurrence<Problem> = serde_json::from_str(&json).unwrap();
/// assert_eq!(received, sent);
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Occurrence<P> {
    /// The typed problem.
    pub problem: P,
    /// The `instance` member: identifies this occurrence.
    pub instance: Option<String>,
    /// Members beyond the standard ones and the problem's parameters, in order.
    pub extensions: Extensions,
}

impl<P: CatalogProblem> Occurrence<P> {
    /// An occurrence with no instance and no extra members.
    pub fn new(problem: P) -> Self {
        Occurrence {
            problem,
            instance: None,
            extensions: Extensions::new(),
        }
    }

    /// Set the `instance` member.
    pub fn with_instance(mut self, instance: impl Into<String>) -> Self {
        self.instance = Some(instance.into());
        self
    }

    /// Add an extension member (e.g. `extraDetails`).
    pub fn with_extension(mut self, name: impl Into<String>, value: impl Into<Value>) -> Self {
        self.extensions.insert(name.into(), value.into());
        self
    }

    /// The whole body: the problem's members, `instance`, then the extra members.
    pub fn to_problem_details(&self) -> ProblemDetails {
        let mut details = self.problem.to_problem_details();
        if self.instance.is_some() {
            details.instance.clone_from(&self.instance);
        }
        for (k, v) in self.extensions.iter() {
            details.extensions.insert(k, v.clone());
        }
        details
    }

    /// Split a received body into the typed problem and what it does not hold.
    pub fn from_problem_details(details: ProblemDetails) -> Self {
        let known = details
            .type_uri
            .as_deref()
            .and_then(<P::Kind as ProblemKind>::from_type_uri);
        if known.is_none() {
            // Only a catalogue type URI gives a typed problem; `Unknown` keeps everything.
            return Occurrence::new(P::from_problem_details(details));
        }
        let problem = P::from_problem_details(details.clone());
        if problem.as_unknown().is_some() {
            // `Unknown` already keeps everything.
            return Occurrence::new(problem);
        }
        let declared: Vec<&str> = problem.params().iter().map(|(n, _)| *n).collect();
        let extensions = details
            .extensions
            .into_iter()
            .filter(|(k, _)| !declared.contains(&k.as_str()))
            .collect();
        Occurrence {
            problem,
            instance: details.instance,
            extensions,
        }
    }
}

impl<P: CatalogProblem> Serialize for Occurrence<P> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.instance.is_none() && self.extensions.is_empty() {
            return self.problem.serialize(serializer);
        }
        self.to_problem_details().serialize(serializer)
    }
}

impl<'de, P: CatalogProblem> Deserialize<'de> for Occurrence<P> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        ProblemDetails::deserialize(deserializer).map(Self::from_problem_details)
    }
}
