//! `record!`: a record of what a mapping says, declared once as its keys, fields and the
//! reader of each, so that a key, its field and its decoding cannot drift apart.

use super::decode::{Decode, Text};

/// How a record reads its fields from a mapping, each mistake reported and loading going on.
pub trait Reader {
    /// Report every key that is not in `known`, at the key.
    fn reject_unknown(&mut self, known: &[&str]);
    /// The field `key`, decoded; `None` when absent or mistyped (reported).
    fn optional<T: Decode>(&mut self, key: &str) -> Option<T>;
    /// Like `optional`, and reports the field when it is absent.
    fn required<T: Decode>(&mut self, key: &str) -> Option<T>;
    /// Like `optional`, and the type's default when absent or mistyped.
    fn optional_or_default<T: Decode + Default>(&mut self, key: &str) -> T;
    /// A field the record's caller reads itself: the default here.
    fn by_hand<T: Default>(&mut self, key: &str) -> T;
    /// A list field whose items are decoded one by one; bad items are reported and skipped.
    fn list<T: Decode>(&mut self, key: &str) -> Vec<T>;
    /// `list`, and whether every item decoded.
    fn list_checked<T: Decode>(&mut self, key: &str) -> Listed<T>;

    /// `optional` for text: an empty string is a mistake.
    fn optional_text(&mut self, key: &str) -> Option<String> {
        self.optional::<Text>(key).map(|text| text.0)
    }

    /// `required` for text: an empty string is a mistake.
    fn required_text(&mut self, key: &str) -> Option<String> {
        self.required::<Text>(key).map(|text| text.0)
    }
}

/// A list field read item by item: the items that decoded, and whether all of them did.
#[derive(Clone, Debug, PartialEq)]
pub struct Listed<T> {
    /// The items that decoded, in file order.
    pub items: Vec<T>,
    /// Whether every item decoded (if not, checks that need them all are skipped).
    pub complete: bool,
}

impl<T> Default for Listed<T> {
    fn default() -> Self {
        Listed {
            items: Vec::new(),
            complete: true,
        }
    }
}

/// Declares a record struct, the list of its keys (`$keys`), and `read`, which reports
/// unknown keys and reads each field with its `Reader` method (`by_hand` fields are left
/// for the caller). Fields after `;` belong to no key and start at their default.
macro_rules! record {
    (
        $(#[$meta:meta])*
        pub struct $name:ident, keys $keys:ident {
            $( $(#[$fmeta:meta])* $key:literal => $field:ident: $ty:ty = $read:ident, )+
            ;
            $( $(#[$emeta:meta])* $extra:ident: $ety:ty, )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default)]
        pub struct $name {
            $( $(#[$emeta])* pub $extra: $ety, )*
            $( $(#[$fmeta])* pub $field: $ty, )+
        }

        #[doc = concat!("The keys a `", stringify!($name), "` mapping may have.")]
        pub const $keys: &[&str] = &[$($key),+];

        impl $name {
            /// Read every keyed field of `f` (reporting unknown keys); the rest stay default.
            pub(super) fn read(f: &mut impl super::record::Reader) -> Self {
                f.reject_unknown($keys);
                $name {
                    $( $field: f.$read($key), )+
                    $( $extra: Default::default(), )*
                }
            }
        }
    };
}

pub(super) use record;
