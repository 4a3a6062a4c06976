/// Every problem type of the catalogue ($count entries): the identifiers clients match on.
///
/// Serializes as its type URI; `Display` writes the type URI too.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
#[allow(dead_code)]
pub enum $Kind {
    $$variants
}

#[allow(deprecated, dead_code)]
impl $Kind {
    /// Every problem type, in catalogue order.
    pub const ALL: &'static [$Kind] = &[
        $$all
    ];

    /// Type URIs the live API sends that identify no entry; `{status}` stands for the status.
    pub const GENERIC_TYPE_URIS: &'static [&'static str] = &[
        $$generic_type_uris
    ];

    /// The locales of the catalogue's titles and details (BCP 47 tags): its source locale
    /// first, then each translation.
    pub const LOCALES: &'static [&'static str] = &[$locales];

    /// The tables of every translation, and their classification indexes.
    fn translations() -> &'static $rt::__private::Translations {
        #[allow(unused_imports)]
        use ::core::option::Option::{None, Some};
        #[allow(unused_imports)]
        use $rt::__private::{
            text_v1 as X, LocalText as LT, TemplateSegment as S,
        };
        $$translations
    }

    /// The title in `locale` (a BCP 47 tag): the catalogue's locale that serves it (see
    /// `errors_core::locale::lookup`), else its source locale.
    pub fn title_in(self, locale: &str) -> &'static str {
        let at = $rt::locale::lookup(Self::LOCALES, locale).unwrap_or(0);
        $rt::__private::title_in(Self::translations(), self as usize, at, self.info())
    }

    /// The detail template in `locale`, as [`title_in`](Self::title_in) chooses it.
    pub fn detail_template_in(self, locale: &str) -> &'static str {
        let at = $rt::locale::lookup(Self::LOCALES, locale).unwrap_or(0);
        $rt::__private::template_in(Self::translations(), self as usize, at, self.info())
    }

    /// Everything the catalogue says about this problem type.
    pub const fn info(self) -> &'static $rt::ProblemTypeInfo {
        // Short names keep the table small: it is the bulk of the generated code.
        #[allow(unused_imports)]
        use ::core::option::Option::{None, Some};
        #[allow(unused_imports)]
        use $rt::__private::{
            info_v1 as I, link_v1 as L, param_v1 as P, InfoV1 as V1, TemplateSegment as S,
        };
        #[allow(unused_imports)]
        use $rt::{ParamKind as K, ProblemTypeInfo as T, RetryHint as R, WireShape as W};
        // Rows in chunks: rustc checks one long array literal in more than linear time.
        $$info_chunks
        let row = self as usize;
        &INFO[row / $chunk][row % $chunk]
    }

    /// The stable snake_case id.
    pub const fn id(self) -> &'static str {
        self.info().id()
    }

    /// The type URI: the identifier clients match on.
    pub const fn type_uri(self) -> &'static str {
        self.info().type_uri()
    }

    /// The short summary (not unique across entries).
    pub const fn title(self) -> &'static str {
        self.info().title()
    }

    /// The HTTP status.
    pub const fn status(self) -> u16 {
        self.info().status()
    }

    /// The HTTP status as an `http::StatusCode`.
    pub fn status_code(self) -> $rt::http::StatusCode {
        $rt::__private::status_code(self.status())
    }

    /// Whether and how a client may retry.
    pub const fn retry(self) -> $rt::RetryHint {
        self.info().retry()
    }

    /// Which side must act: client (4xx) or server (5xx).
    pub const fn fault(self) -> $rt::Fault {
        $rt::Fault::of_status(self.status())
    }

    /// Related documents.
    pub const fn links(self) -> &'static [$rt::Link] {
        self.info().links()
    }

    /// The detail template, `{name}` for each parameter.
    pub const fn detail_template(self) -> &'static str {
        self.info().detail_template()
    }

    /// The template parameters.
    pub const fn params(self) -> &'static [$rt::ParamInfo] {
        self.info().params()
    }

    /// Whether the entry is retired (no longer sent).
    pub const fn is_retired(self) -> bool {
        self.info().retired().is_some()
    }

    /// The problem type with this exact type URI: a `match` on the length, then on the
    /// text.
    pub fn from_type_uri(uri: &str) -> ::core::option::Option<$Kind> {
        #[allow(unused_imports)]
        use ::core::option::Option::{None, Some};
        match uri.len() {
            $$type_uri_arms
            _ => None,
        }
    }

    /// The problem type with this id (a scan: ids are for people and tools, type URIs
    /// are what clients match on).
    pub fn from_id(id: &str) -> ::core::option::Option<$Kind> {
        $Kind::ALL.iter().copied().find(|kind| kind.id() == id)
    }
}

impl ::core::fmt::Display for $Kind {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        f.write_str(self.type_uri())
    }
}

impl ::core::str::FromStr for $Kind {
    type Err = $rt::UnknownTypeUri;

    fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
        $Kind::from_type_uri(s).ok_or_else(|| $rt::UnknownTypeUri(s.into()))
    }
}

impl $rt::__private::serde::Serialize for $Kind {
    fn serialize<S: $rt::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.type_uri())
    }
}

impl<'de> $rt::__private::serde::Deserialize<'de> for $Kind {
    fn deserialize<D: $rt::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        let uri = <::std::borrow::Cow<'de, str> as $rt::__private::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        $Kind::from_type_uri(&uri).ok_or_else(|| {
            <D::Error as $rt::__private::serde::de::Error>::custom($rt::UnknownTypeUri(
                uri.into_owned(),
            ))
        })
    }
}

impl $rt::ProblemKind for $Kind {
    fn all() -> &'static [Self] {
        Self::ALL
    }

    fn info(self) -> &'static $rt::ProblemTypeInfo {
        $Kind::info(self)
    }

    fn from_type_uri(uri: &str) -> ::core::option::Option<Self> {
        $Kind::from_type_uri(uri)
    }

    fn generic_type_uris() -> &'static [&'static str] {
        Self::GENERIC_TYPE_URIS
    }

    fn classify_index() -> &'static $rt::__private::ClassifyIndex {
        $$classify_index
    }

    fn translations() -> &'static $rt::__private::Translations {
        $Kind::translations()
    }

    fn position(self) -> usize {
        self as usize
    }
}
