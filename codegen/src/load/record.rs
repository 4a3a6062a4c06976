//! `record!`: a record of what a mapping says, declared once as its keys, fields and the
//! reader of each, so that a key, its field and its decoding cannot drift apart.

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
/// unknown keys and reads each field with its `Fields` method (`by_hand` fields are left
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
            pub(super) fn read(f: &mut super::fields::Fields<'_>) -> Self {
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
