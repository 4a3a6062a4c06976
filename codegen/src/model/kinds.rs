//! The small vocabularies of the model: retry hints, wire shapes, parameter kinds.
//!
//! Each is declared once, by `vocabulary!`: every value with its catalogue spelling. The
//! loader, serde, the derive macro and the emitters all read that one table, so a new value
//! is one line here (and a compile error in every emitter `match` that must handle it).
//! `#[non_exhaustive]`: a catalogue may learn new values.

/// The common face of a vocabulary enum: its values in order, and the spelling of each.
pub trait Vocabulary: Copy + Eq + 'static {
    /// Every value, in declaration order.
    const ALL: &'static [Self];
    /// Every spelling, in the order of `ALL`.
    const NAMES: &'static [&'static str];

    /// The spelling in a catalogue file (and in JSON): `"backoff"`.
    fn name(self) -> &'static str;

    /// The name of the runtime's (`errors-core`'s) variant for this value: `"Backoff"`.
    fn runtime_name(self) -> &'static str;

    /// The value spelled `name`, if any.
    fn from_name(name: &str) -> Option<Self>;
}

/// Declares a vocabulary enum from its table `Variant => "spelling"`, with `Vocabulary`
/// and, under feature `docs`, serde as the spelling.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $ty:ident { $($(#[$vmeta:meta])* $variant:ident => $name:literal),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $ty {
            $($(#[$vmeta])* $variant),+
        }

        impl $ty {
            /// Every value, in declaration order.
            pub const ALL: &'static [Self] = &[$($ty::$variant),+];
            /// Every spelling, in the order of `ALL`.
            pub const NAMES: &'static [&'static str] = &[$($name),+];

            /// The spelling in a catalogue file (and in JSON).
            pub const fn name(self) -> &'static str {
                match self {
                    $($ty::$variant => $name),+
                }
            }

            /// The name of the runtime's (`errors-core`'s) variant for this value.
            pub const fn runtime_name(self) -> &'static str {
                match self {
                    $($ty::$variant => stringify!($variant)),+
                }
            }

            /// The value spelled `name`, if any.
            pub fn from_name(name: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.name() == name)
            }
        }

        impl Vocabulary for $ty {
            const ALL: &'static [Self] = $ty::ALL;
            const NAMES: &'static [&'static str] = $ty::NAMES;

            fn name(self) -> &'static str {
                $ty::name(self)
            }

            fn runtime_name(self) -> &'static str {
                $ty::runtime_name(self)
            }

            fn from_name(name: &str) -> Option<Self> {
                $ty::from_name(name)
            }
        }

        #[cfg(feature = "docs")]
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.name())
            }
        }

        #[cfg(feature = "docs")]
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let name = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
                $ty::from_name(&name)
                    .ok_or_else(|| serde::de::Error::unknown_variant(&name, $ty::NAMES))
            }
        }
    };
}

vocabulary! {
    /// Whether and how a client may send the request again.
    pub enum Retry {
        /// The request must be fixed before it is sent again.
        Never => "never",
        /// Transient: send the same request, with the same `Idempotency-Key`, after a delay.
        Backoff => "backoff",
        /// Refresh the credentials (access token), then send again.
        Reauthenticate => "reauthenticate",
    }
}

vocabulary! {
    /// How the problem travels on the wire.
    pub enum SentAs {
        /// RFC 9457 / RFC 7807 `application/problem+json`.
        Problem => "problem",
        /// The API gateway's `{"statusCode": N, "message": "..."}`.
        Gateway => "gateway",
        /// A legacy array of `{errorGroup, errorCode, errorMessage}` objects.
        Legacy => "legacy",
    }
}

vocabulary! {
    /// The Rust type of a template parameter.
    pub enum ParamKind {
        /// Any text; a Rust `String`.
        String => "string",
        /// A non-negative whole number; a Rust `u64`.
        Integer => "integer",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_value_reads_back_from_its_spelling_and_nothing_else_does() {
        for &r in Retry::ALL {
            assert_eq!(Retry::from_name(r.name()), Some(r));
        }
        assert_eq!(Retry::NAMES, ["never", "backoff", "reauthenticate"]);
        assert_eq!(SentAs::Gateway.runtime_name(), "Gateway");
        assert_eq!(ParamKind::from_name("Integer"), None);
        assert_eq!(ParamKind::from_name("integer"), Some(ParamKind::Integer));
    }
}
