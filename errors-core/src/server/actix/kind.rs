//! What an actix-web error is: read from its type (actix's errors keep it), not its text.

use actix_web::error::{
    InternalError, JsonPayloadError, PathError, PayloadError, QueryPayloadError, UrlencodedError,
};

use crate::server::rewrite::ErrorKind;

/// The kind of actix's own extractor errors; `None` for any other error, which is then
/// recognised by its status.
pub(super) fn of_error(error: &actix_web::Error) -> Option<ErrorKind> {
    if let Some(json) = error.as_error::<JsonPayloadError>() {
        return Some(match json {
            JsonPayloadError::OverflowKnownLength { .. } | JsonPayloadError::Overflow { .. } => {
                ErrorKind::PayloadTooLarge
            }
            JsonPayloadError::Payload(payload) => of_payload(payload),
            JsonPayloadError::ContentType => ErrorKind::MissingJsonContentType,
            JsonPayloadError::Deserialize(error) if error.is_data() => ErrorKind::JsonData,
            JsonPayloadError::Deserialize(_) => ErrorKind::JsonSyntax,
            _ => ErrorKind::Other,
        });
    }
    // Without a `PathConfig` error handler, actix answers a `Path` error as a 404 of serde's
    // own error, wrapped in an `InternalError`; with one, as the handler says.
    if error.as_error::<PathError>().is_some()
        || error.as_error::<InternalError<PathError>>().is_some()
        || error
            .as_error::<InternalError<serde::de::value::Error>>()
            .is_some()
    {
        return Some(ErrorKind::Path);
    }
    if error.as_error::<QueryPayloadError>().is_some() {
        return Some(ErrorKind::Query);
    }
    if let Some(form) = error.as_error::<UrlencodedError>() {
        return Some(match form {
            UrlencodedError::Overflow { .. } => ErrorKind::PayloadTooLarge,
            UrlencodedError::Payload(payload) => of_payload(payload),
            _ => ErrorKind::Form,
        });
    }
    error.as_error::<PayloadError>().map(of_payload)
}

/// A body that could not be read: over the limit, or otherwise (answered by its status).
fn of_payload(error: &PayloadError) -> ErrorKind {
    match error {
        PayloadError::Overflow => ErrorKind::PayloadTooLarge,
        _ => ErrorKind::Other,
    }
}
