//! One change between two catalogues, and how it is classified: a leaf that the comparisons
//! of entries and of operations share.

use std::fmt;

/// What changed about one entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum ChangeKind {
    /// An entry was deleted instead of retired.
    EntryRemoved,
    /// An id or type URI now names another problem type, or one of a removed entry is used again.
    Reused,
    /// The type URI of an entry changed.
    TypeUriChanged,
    /// The HTTP status changed.
    StatusChanged,
    /// A parameter was removed.
    ParamRemoved,
    /// A parameter was renamed.
    ParamRenamed,
    /// A parameter was added (the Rust variant gains a field).
    ParamAdded,
    /// A parameter changed kind (string / integer).
    ParamKindChanged,
    /// The retry hint allows less than before.
    RetryStricter,
    /// The wire shape (`sent_as`) changed.
    WireShapeChanged,
    /// The legacy error code changed.
    ErrorCodeChanged,
    /// An operation was removed: its generated enum is gone.
    OperationRemoved,
    /// An entry left an operation's set: its variant is gone from the operation's enum.
    OperationEntryRemoved,
    /// A locale was removed: its titles and details are no longer matched or sent.
    LocaleRemoved,
    /// A new entry.
    EntryAdded,
    /// An entry was retired.
    EntryRetired,
    /// A retired entry is sent again, or a removed one is back with its type URI.
    EntryRestored,
    /// The retry hint allows more than before.
    RetryLooser,
    /// The title changed.
    TitleChanged,
    /// The detail template changed, parameters aside.
    DetailChanged,
    /// The comment changed.
    CommentChanged,
    /// The links changed.
    LinksChanged,
    /// The reason given for the status changed.
    StatusReasonChanged,
    /// The entry moved to another API group (file).
    ApiChanged,
    /// A new operation.
    OperationAdded,
    /// A removed operation is back.
    OperationRestored,
    /// An entry joined an operation's set: a new variant of its `#[non_exhaustive]` enum,
    /// which responses of that problem now reach instead of `Other`.
    OperationEntryAdded,
    /// A new locale.
    LocaleAdded,
    /// An entry's title or detail in a locale changed, or it became (un)translated.
    TranslationChanged,
}

impl ChangeKind {
    /// Whether code or clients that worked with the old catalogue can break.
    pub fn is_breaking(self) -> bool {
        self < ChangeKind::EntryAdded
    }
}

/// One classified change.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Change {
    /// The entry it concerns; for an operation's change, the operation id; for a locale's,
    /// its tag.
    pub id: String,
    /// What changed.
    pub kind: ChangeKind,
    /// A sentence for people, starting with the entry.
    pub message: String,
}

impl Change {
    /// Whether the change is breaking.
    pub fn is_breaking(&self) -> bool {
        self.kind.is_breaking()
    }
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let class = if self.is_breaking() {
            "breaking"
        } else {
            "compatible"
        };
        write!(f, "{class}: {}", self.message)
    }
}
