$$doc
///
/// Exactly the entries the catalogue lists for this operation and those every operation
/// can return, plus `Other` for anything else: a handler returning
/// `Result<_, $Op>` can answer only with these.
///
/// Converts into [`$Problem`] without loss (`From`) and back with `TryFrom`, which hands a
/// problem outside the set back unchanged; a client classifies any problem with
/// [`$Op::from_problem`]. `Display`, serde (problem+json, the same bytes as the
/// problem) and the status are those of the problem it holds.
#[non_exhaustive]
#[allow(deprecated, dead_code)]
pub enum $Op {
    $$variants
    /// A problem this operation does not declare (another entry of the catalogue, or one
    /// outside it), kept whole. Only classifying builds it: a handler cannot answer with it.
    Other($Undeclared),
}

#[allow(deprecated, dead_code)]
impl $Op {
    /// The problem as a variant of this operation, or kept in `Other` when the operation
    /// does not declare it. Never fails: this is how a client classifies a response.
    pub fn from_problem(problem: $Problem) -> $Op {
        match <$Op as ::core::convert::TryFrom<$Problem>>::try_from(problem) {
            ::core::result::Result::Ok(declared) => declared,
            ::core::result::Result::Err(other) => $Op::Other($Undeclared(other)),
        }
    }

    /// The problem type and the parameter values in declaration order (padded as
    /// [`$Problem`] pads them), or the problem kept by `Other`.
    fn parts(
        &self,
    ) -> ::core::result::Result<($Kind, [$rt::ParamValue<'_>; $max_params]), &$Problem> {
        #[allow(unused_imports)]
        use ::core::result::Result::{Err, Ok};
        #[allow(unused_imports)]
        use $rt::ParamValue as V;
        match self {
            $$parts_arms
            $Op::Other(other) => Err(&other.0),
        }
    }

    /// The problem type; `None` for a problem outside the catalogue.
    pub fn problem_type(&self) -> ::core::option::Option<$Kind> {
        match self.parts() {
            ::core::result::Result::Ok((kind, _)) => ::core::option::Option::Some(kind),
            ::core::result::Result::Err(problem) => problem.problem_type(),
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> u16 {
        match self.parts() {
            ::core::result::Result::Ok((kind, _)) => kind.status(),
            ::core::result::Result::Err(problem) => problem.status(),
        }
    }

    /// The retry hint.
    pub fn retry(&self) -> $rt::RetryHint {
        match self.parts() {
            ::core::result::Result::Ok((kind, _)) => kind.retry(),
            ::core::result::Result::Err(problem) => problem.retry(),
        }
    }

    /// The body as a `ProblemDetails` value.
    pub fn to_problem_details(&self) -> $rt::ProblemDetails {
        match self.parts() {
            ::core::result::Result::Ok((kind, values)) => {
                $rt::__private::to_details(kind.info(), &values)
            }
            ::core::result::Result::Err(problem) => problem.to_problem_details(),
        }
    }

    /// The catalogue-wide problem (the same as `From`).
    pub fn into_problem(self) -> $Problem {
        ::core::convert::From::from(self)
    }
}

#[allow(deprecated)]
impl ::core::convert::From<$Op> for $Problem {
    fn from(problem: $Op) -> $Problem {
        match problem {
            $$into_arms
            $Op::Other(other) => other.0,
        }
    }
}

#[allow(deprecated)]
impl ::core::convert::TryFrom<$Problem> for $Op {
    /// A problem the operation does not declare, unchanged.
    type Error = $Problem;

    fn try_from(problem: $Problem) -> ::core::result::Result<$Op, $Problem> {
        #[allow(unused_imports)]
        use ::core::result::Result::{Err, Ok};
        match problem {
            $$try_from_arms
            other => Err(other),
        }
    }
}

impl ::core::fmt::Display for $Op {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.parts() {
            ::core::result::Result::Ok((kind, values)) => {
                $rt::__private::display(f, kind.info(), &values)
            }
            ::core::result::Result::Err(problem) => ::core::fmt::Display::fmt(problem, f),
        }
    }
}

impl ::std::error::Error for $Op {}

impl ::core::clone::Clone for $Op {
    fn clone(&self) -> Self {
        match self.parts() {
            ::core::result::Result::Ok((kind, values)) => {
                $Op::from_problem($Problem::from_values(kind, &values))
            }
            ::core::result::Result::Err(problem) => {
                $Op::Other($Undeclared(::core::clone::Clone::clone(problem)))
            }
        }
    }
}

impl ::core::cmp::PartialEq for $Op {
    fn eq(&self, other: &Self) -> bool {
        self.parts() == other.parts()
    }
}

impl ::core::cmp::Eq for $Op {}

impl ::core::hash::Hash for $Op {
    fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
        ::core::hash::Hash::hash(&self.parts(), state)
    }
}

impl ::core::fmt::Debug for $Op {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.parts() {
            ::core::result::Result::Ok((kind, values)) => {
                ::core::fmt::Debug::fmt(&$Problem::from_values(kind, &values), f)
            }
            ::core::result::Result::Err(problem) => f.debug_tuple("Other").field(problem).finish(),
        }
    }
}

impl $rt::__private::serde::Serialize for $Op {
    fn serialize<S: $rt::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        match self.parts() {
            ::core::result::Result::Ok((kind, values)) => {
                $rt::__private::serialize_known(serializer, kind.info(), &values)
            }
            ::core::result::Result::Err(problem) => {
                $rt::__private::serde::Serialize::serialize(problem, serializer)
            }
        }
    }
}

impl<'de> $rt::__private::serde::Deserialize<'de> for $Op {
    fn deserialize<D: $rt::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        <$Problem as $rt::__private::serde::Deserialize>::deserialize(deserializer)
            .map($Op::from_problem)
    }
}

impl $rt::ToProblem for $Op {
    fn status(&self) -> u16 {
        $Op::status(self)
    }

    fn to_problem_details(&self) -> $rt::ProblemDetails {
        $Op::to_problem_details(self)
    }

    fn retry_hint(&self) -> $rt::RetryHint {
        $Op::retry(self)
    }

    fn type_info(&self) -> ::core::option::Option<&'static $rt::ProblemTypeInfo> {
        $Op::problem_type(self).map($Kind::info)
    }

    fn write_json(&self, out: &mut ::std::vec::Vec<u8>) {
        // Straight from the fields: no `ProblemDetails` in between.
        match self.parts() {
            ::core::result::Result::Ok((kind, values)) => {
                $rt::__private::write_known(out, kind.info(), &values)
            }
            ::core::result::Result::Err(problem) => $rt::ToProblem::write_json(problem, out),
        }
    }

    fn locales(&self) -> &'static [&'static str] {
        match self.parts() {
            ::core::result::Result::Ok(_) => $Kind::LOCALES,
            ::core::result::Result::Err(problem) => $rt::ToProblem::locales(problem),
        }
    }

    fn to_problem_details_in(&self, locale: &str) -> $rt::ProblemDetails {
        match self.parts() {
            ::core::result::Result::Ok((kind, values)) => $rt::__private::details_in(
                $Kind::translations(),
                kind as usize,
                $rt::locale::lookup($Kind::LOCALES, locale).unwrap_or(0),
                kind.info(),
                &values,
            ),
            ::core::result::Result::Err(problem) => {
                $rt::ToProblem::to_problem_details_in(problem, locale)
            }
        }
    }

    fn write_json_in(&self, locale: &str, out: &mut ::std::vec::Vec<u8>) {
        // Straight from the fields and the locale's static texts.
        match self.parts() {
            ::core::result::Result::Ok((kind, values)) => $rt::__private::write_in(
                out,
                $Kind::translations(),
                kind as usize,
                $rt::locale::lookup($Kind::LOCALES, locale).unwrap_or(0),
                kind.info(),
                &values,
            ),
            ::core::result::Result::Err(problem) => {
                $rt::ToProblem::write_json_in(problem, locale, out)
            }
        }
    }
}

$rt::__impl_into_response!(impl [] for $Op where []);

// With errors-core's `utoipa` feature: `IntoResponses`, one response per status.
$rt::__impl_into_responses!($Op, $Problem, "$op_id");
