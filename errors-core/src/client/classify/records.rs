//! The records a classified response offers beside its problem: legacy error objects and
//! `extraDetails` items. A leaf: the body readers build them and `Classified` hands them out.

use crate::problem::extensions::Extensions;

/// One object of a legacy error array: `{errorGroup, errorCode, errorMessage}` or
/// `{field, message, code, contextId}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct LegacyError {
    /// `errorGroup`.
    pub group: Option<String>,
    /// `errorCode`, else `code` (a number is kept as its decimal text).
    pub code: Option<String>,
    /// `errorMessage`, else `message`.
    pub message: Option<String>,
    /// `field`: the request field at fault.
    pub field: Option<String>,
    /// `contextId`.
    pub context_id: Option<String>,
    /// Every other member.
    pub extensions: Extensions,
}

/// One entry of the ePayment `extraDetails` member: which field, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct ExtraDetail {
    /// The field at fault.
    pub name: String,
    /// What is wrong with it.
    pub reason: String,
}

/// The first message of a legacy error list: its detail.
pub(crate) fn legacy_message(errors: &[LegacyError]) -> Option<&str> {
    errors.iter().find_map(|e| e.message.as_deref())
}
