/// A problem of the catalogue with its parameters, or `Unknown`. `Display` is the rendered
/// detail; serde reads and writes `application/problem+json`, parameters included as
/// extension members. See [`$Kind`] for the catalogue facts.
// `Clone`, `PartialEq`, `Hash` and `Debug` are written below through `parts`: derived, each
// would be one more function with an arm per entry, and rustc's checking of a function
// grows faster than its size (measured: derived, 2,000 entries compile 1.8x slower).
#[non_exhaustive]
#[allow(deprecated, dead_code)]
pub enum $Problem {
    $$variants
    /// A problem this catalogue does not describe, kept whole. A later catalogue with more
    /// entries moves some of these into their own variants: match on the variants, and
    /// read `Unknown` through its accessors only to log or forward it.
    Unknown($rt::UnknownProblem),
}

#[allow(deprecated, dead_code)]
impl $Problem {
    /// The problem type; `None` for `Unknown`.
    pub fn problem_type(&self) -> ::core::option::Option<$Kind> {
        #[allow(unused_imports)]
        use ::core::option::Option::{None, Some};
        match self {
            $$problem_type_arms
            $Problem::Unknown(_) => None,
        }
    }

    /// The problem type and the parameter values in declaration order (padded to the
    /// catalogue's largest parameter count), or the body kept by `Unknown`. Rendering,
    /// serializing and listing parameters all start here.
    fn parts(
        &self,
    ) -> ::core::result::Result<($Kind, [$rt::ParamValue<'_>; $max_params]), &$rt::ProblemDetails> {
        #[allow(unused_imports)]
        use ::core::result::Result::{Err, Ok};
        #[allow(unused_imports)]
        use $rt::ParamValue as V;
        match self {
            $$parts_arms
            $Problem::Unknown(unknown) => Err(unknown.details()),
        }
    }

    /// The problem of type `kind` with these parameter values in declaration order (the
    /// generator pairs each field with a value of its kind).
    #[allow(unused_variables)]
    fn from_values(kind: $Kind, v: &[$rt::ParamValue<'_>; $max_params]) -> $Problem {
        #[allow(unused_imports)]
        use $rt::__private::{int as n, text as s};
        match kind {
            $$from_values_arms
        }
    }

    /// The problem of type `kind` from the text of each parameter in declaration order;
    /// `None` when a whole-number parameter is not one.
    fn from_texts(kind: $Kind, texts: &[&str; $max_params]) -> ::core::option::Option<$Problem> {
        let values = $rt::__private::values_from_texts(kind.info(), texts)?;
        ::core::option::Option::Some($Problem::from_values(kind, &values))
    }

    /// A problem of type `kind` with each parameter set to its catalogue example.
    pub fn example(kind: $Kind) -> $Problem {
        let texts = $rt::__private::example_texts(kind.info());
        $Problem::from_texts(kind, &texts).unwrap_or_else(|| {
            // Unreachable: the generator checks that every example parses.
            $Problem::Unknown($rt::UnknownProblem::new($rt::__private::entry_problem(
                kind.info(),
                ::core::default::Default::default(),
            )))
        })
    }

    /// The HTTP status (for `Unknown`, the one received, else 500).
    pub fn status(&self) -> u16 {
        match self.parts() {
            ::core::result::Result::Ok((kind, _)) => kind.status(),
            ::core::result::Result::Err(details) => details.status.unwrap_or(500),
        }
    }

    /// The title (for `Unknown`, the one received).
    pub fn title(&self) -> &str {
        match self.parts() {
            ::core::result::Result::Ok((kind, _)) => kind.title(),
            ::core::result::Result::Err(details) => details.title.as_deref().unwrap_or(""),
        }
    }

    /// The type URI (for `Unknown`, the one received, `about:blank` when absent).
    pub fn type_uri(&self) -> &str {
        match self.parts() {
            ::core::result::Result::Ok((kind, _)) => kind.type_uri(),
            ::core::result::Result::Err(details) => details.type_or_blank(),
        }
    }

    /// The retry hint (for `Unknown`: `RetryHint::for_status` of its status).
    pub fn retry(&self) -> $rt::RetryHint {
        match self.problem_type() {
            ::core::option::Option::Some(kind) => kind.retry(),
            ::core::option::Option::None => $rt::RetryHint::for_status(self.status()),
        }
    }

    /// The parameters and their values, in declaration order.
    pub fn params(&self) -> ::std::vec::Vec<(&'static str, $rt::ParamValue<'_>)> {
        match self.parts() {
            ::core::result::Result::Ok((kind, values)) => {
                $rt::__private::named_params(kind.info(), &values)
            }
            ::core::result::Result::Err(_) => ::std::vec::Vec::new(),
        }
    }

    /// The problem with its title and detail in `locale` (a BCP 47 tag): the catalogue's
    /// locale that serves it (`errors_core::locale::lookup`), else its source locale. It
    /// serializes as problem+json and displays as its detail; the type URI, status and
    /// members are the problem's own.
    pub fn localized(&self, locale: &str) -> $rt::Localized<'_, $Problem> {
        <$Problem as $rt::CatalogProblem>::localized(self, locale)
    }

    /// The body as a `ProblemDetails` value.
    pub fn to_problem_details(&self) -> $rt::ProblemDetails {
        match self.parts() {
            ::core::result::Result::Ok((kind, values)) => {
                $rt::__private::to_details(kind.info(), &values)
            }
            ::core::result::Result::Err(details) => ::core::clone::Clone::clone(details),
        }
    }

    /// Recover the parameters of `kind` from a rendered detail; `None` when the text
    /// does not fit the template. Only the template's literal text is compared (prefix,
    /// suffix, then each middle literal at its leftmost occurrence; no regex engine), and
    /// rendering the result gives back `detail`.
    pub fn from_detail(kind: $Kind, detail: &str) -> ::core::option::Option<$Problem> {
        let texts = $rt::__private::match_detail(kind.info(), detail)?;
        $Problem::from_texts(kind, &texts)
    }

    /// The typed problem for a received body: by exact type URI, with parameters
    /// from extension members or else from the detail; otherwise `Unknown`.
    pub fn from_problem_details(details: $rt::ProblemDetails) -> $Problem {
        if let ::core::option::Option::Some(kind) =
            details.type_uri.as_deref().and_then($Kind::from_type_uri)
        {
            let problem = $rt::__private::with_member_texts(&details, kind.info(), |texts| {
                $Problem::from_texts(kind, texts)
            })
            .or_else(|| {
                let detail = details.detail.as_deref()?;
                $Problem::from_detail(kind, detail)
            });
            if let ::core::option::Option::Some(problem) = problem {
                return problem;
            }
        }
        $Problem::Unknown($rt::UnknownProblem::new(details))
    }

    $$is_fns
}

impl ::core::fmt::Display for $Problem {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.parts() {
            ::core::result::Result::Ok((kind, values)) => {
                $rt::__private::display(f, kind.info(), &values)
            }
            ::core::result::Result::Err(details) => ::core::fmt::Display::fmt(details, f),
        }
    }
}

impl ::std::error::Error for $Problem {}

impl ::core::clone::Clone for $Problem {
    fn clone(&self) -> Self {
        match self.parts() {
            ::core::result::Result::Ok((kind, values)) => $Problem::from_values(kind, &values),
            ::core::result::Result::Err(details) => {
                $Problem::Unknown($rt::UnknownProblem::new(::core::clone::Clone::clone(details)))
            }
        }
    }
}

impl ::core::cmp::PartialEq for $Problem {
    fn eq(&self, other: &Self) -> bool {
        self.parts() == other.parts()
    }
}

impl ::core::cmp::Eq for $Problem {}

impl ::core::hash::Hash for $Problem {
    fn hash<H: ::core::hash::Hasher>(&self, state: &mut H) {
        ::core::hash::Hash::hash(&self.parts(), state)
    }
}

impl ::core::fmt::Debug for $Problem {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        static VARIANTS: [&str; $count] = [
            $$variant_names
        ];
        match self.parts() {
            ::core::result::Result::Ok((kind, values)) => {
                $rt::__private::debug(f, VARIANTS[kind as usize], kind.info(), &values)
            }
            ::core::result::Result::Err(details) => {
                f.debug_tuple("Unknown").field(details).finish()
            }
        }
    }
}

impl $rt::__private::serde::Serialize for $Problem {
    fn serialize<S: $rt::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        match self.parts() {
            ::core::result::Result::Ok((kind, values)) => {
                $rt::__private::serialize_known(serializer, kind.info(), &values)
            }
            ::core::result::Result::Err(details) => {
                $rt::__private::serde::Serialize::serialize(details, serializer)
            }
        }
    }
}

impl<'de> $rt::__private::serde::Deserialize<'de> for $Problem {
    fn deserialize<D: $rt::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        <$rt::ProblemDetails as $rt::__private::serde::Deserialize>::deserialize(deserializer)
            .map($Problem::from_problem_details)
    }
}

impl $rt::ToProblem for $Problem {
    fn status(&self) -> u16 {
        $Problem::status(self)
    }

    fn to_problem_details(&self) -> $rt::ProblemDetails {
        $Problem::to_problem_details(self)
    }

    fn retry_hint(&self) -> $rt::RetryHint {
        $Problem::retry(self)
    }

    fn type_info(&self) -> ::core::option::Option<&'static $rt::ProblemTypeInfo> {
        $Problem::problem_type(self).map($Kind::info)
    }

    fn write_json(&self, out: &mut ::std::vec::Vec<u8>) {
        // Straight from the fields: no `ProblemDetails` in between.
        match self.parts() {
            ::core::result::Result::Ok((kind, values)) => {
                $rt::__private::write_known(out, kind.info(), &values)
            }
            ::core::result::Result::Err(details) => $rt::__private::append_json(out, details),
        }
    }

    fn locales(&self) -> &'static [&'static str] {
        match self.problem_type() {
            ::core::option::Option::Some(_) => $Kind::LOCALES,
            ::core::option::Option::None => &[],
        }
    }

    fn to_problem_details_in(&self, locale: &str) -> $rt::ProblemDetails {
        $Problem::localized(self, locale).to_problem_details()
    }

    fn write_json_in(&self, locale: &str, out: &mut ::std::vec::Vec<u8>) {
        // Straight from the fields and the locale's static texts.
        $rt::__private::append_json(out, &$Problem::localized(self, locale))
    }
}

impl $rt::CatalogProblem for $Problem {
    type Kind = $Kind;

    fn problem_type(&self) -> ::core::option::Option<$Kind> {
        $Problem::problem_type(self)
    }

    fn example(kind: $Kind) -> Self {
        $Problem::example(kind)
    }

    fn from_detail(kind: $Kind, detail: &str) -> ::core::option::Option<Self> {
        $Problem::from_detail(kind, detail)
    }

    fn from_problem_details(details: $rt::ProblemDetails) -> Self {
        $Problem::from_problem_details(details)
    }

    fn unknown(details: $rt::ProblemDetails) -> Self {
        $Problem::Unknown($rt::UnknownProblem::new(details))
    }

    fn as_unknown(&self) -> ::core::option::Option<&$rt::ProblemDetails> {
        match self {
            $Problem::Unknown(unknown) => ::core::option::Option::Some(unknown.details()),
            _ => ::core::option::Option::None,
        }
    }

    fn params(&self) -> ::std::vec::Vec<(&'static str, $rt::ParamValue<'_>)> {
        $Problem::params(self)
    }

    fn from_detail_in(kind: $Kind, locale: usize, detail: &str) -> ::core::option::Option<Self> {
        let texts = $rt::__private::match_detail_in(
            $Kind::translations(),
            kind as usize,
            locale,
            kind.info(),
            detail,
        )?;
        $Problem::from_texts(kind, &texts)
    }

    fn title_in(&self, locale: usize) -> &str {
        match self.parts() {
            ::core::result::Result::Ok((kind, _)) => {
                $rt::__private::title_in($Kind::translations(), kind as usize, locale, kind.info())
            }
            ::core::result::Result::Err(details) => details.title.as_deref().unwrap_or(""),
        }
    }

    fn details_in(&self, locale: usize) -> $rt::ProblemDetails {
        match self.parts() {
            ::core::result::Result::Ok((kind, values)) => $rt::__private::details_in(
                $Kind::translations(),
                kind as usize,
                locale,
                kind.info(),
                &values,
            ),
            ::core::result::Result::Err(details) => ::core::clone::Clone::clone(details),
        }
    }

    fn serialize_in<S: $rt::__private::serde::Serializer>(
        &self,
        locale: usize,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        match self.parts() {
            ::core::result::Result::Ok((kind, values)) => $rt::__private::serialize_in(
                serializer,
                $Kind::translations(),
                kind as usize,
                locale,
                kind.info(),
                &values,
            ),
            ::core::result::Result::Err(details) => {
                $rt::__private::serde::Serialize::serialize(details, serializer)
            }
        }
    }

    fn fmt_in(&self, locale: usize, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        match self.parts() {
            ::core::result::Result::Ok((kind, values)) => $rt::__private::display_in(
                f,
                $Kind::translations(),
                kind as usize,
                locale,
                kind.info(),
                &values,
            ),
            ::core::result::Result::Err(details) => ::core::fmt::Display::fmt(details, f),
        }
    }
}

$rt::__impl_into_response!(impl [] for $Problem where []);
