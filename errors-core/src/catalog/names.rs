//! Small enums that serialize as their snake_case name (`"backoff"`, `"gateway"`), written
//! by hand: this crate compiles no proc macro, which keeps a generated catalogue's build
//! light.

/// `Serialize` and `Deserialize` of a unit enum as the names given, `as_str()` and `ALL`.
macro_rules! by_name {
    ($ty:ident, { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $ty {
            /// Every value, in declaration order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// The snake_case name.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $name),+
                }
            }
        }

        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let name = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
                match &*name {
                    $($name => Ok($ty::$variant),)+
                    other => Err(serde::de::Error::unknown_variant(other, &[$($name),+])),
                }
            }
        }
    };
}

pub(crate) use by_name;

#[cfg(test)]
mod tests {
    use crate::catalog::vocabulary::{Fault, RetryHint, WireShape};

    #[test]
    fn round_trip_as_names_and_refuse_others() {
        assert_eq!(
            serde_json::to_string(&RetryHint::Reauthenticate).unwrap(),
            r#""reauthenticate""#
        );
        assert_eq!(
            serde_json::from_str::<WireShape>(r#""gateway""#).unwrap(),
            WireShape::Gateway
        );
        assert_eq!(
            serde_json::to_string(&Fault::Server).unwrap(),
            r#""server""#
        );
        let err = serde_json::from_str::<RetryHint>(r#""later""#).unwrap_err();
        assert!(err.to_string().contains("unknown variant `later`"), "{err}");
        assert!(serde_json::from_str::<Fault>("1").is_err());
    }
}
