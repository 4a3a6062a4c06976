//! One operation of an API and the problems it can return.

use crate::diagnostic::Location;

/// One API operation (an OpenAPI `operationId`) and its error set: the entries it lists,
/// and every entry that every operation can return.
#[derive(Clone, Debug)]
pub struct Operation {
    pub(crate) id: String,
    pub(crate) enum_name: String,
    pub(crate) api: String,
    pub(crate) summary: Option<String>,
    pub(crate) entries: Vec<String>,
    pub(crate) location: Location,
}

impl Operation {
    /// The operation id, as in the API's OpenAPI, e.g. `capturePayment`.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The generated Rust enum of its problems, e.g. `CapturePaymentError`.
    pub fn enum_name(&self) -> &str {
        &self.enum_name
    }

    /// The API group (file) that declares it.
    pub fn api(&self) -> &str {
        &self.api
    }

    /// One line about the operation.
    pub fn summary(&self) -> Option<&str> {
        self.summary.as_deref()
    }

    /// The ids of the entries it can return, in catalogue order: the ones it lists and
    /// the ones every operation can return.
    pub fn entries(&self) -> &[String] {
        &self.entries
    }

    /// Whether it can return the entry `id`.
    pub fn returns(&self, id: &str) -> bool {
        self.entries.iter().any(|e| e == id)
    }

    /// Where the operation starts in its file.
    pub fn location(&self) -> &Location {
        &self.location
    }
}
