//! From the YAML spellings of `load` to the model's vocabulary, one match per word.

use crate::load::{ParamKindSpec, RetrySpec, SentAsSpec};
use crate::model::{ParamKind, Retry, SentAs};

/// The model's retry hint for a written one.
pub fn retry(spec: RetrySpec) -> Retry {
    match spec {
        RetrySpec::Never => Retry::Never,
        RetrySpec::Backoff => Retry::Backoff,
        RetrySpec::Reauthenticate => Retry::Reauthenticate,
    }
}

/// The model's wire shape for a written one.
pub fn sent_as(spec: SentAsSpec) -> SentAs {
    match spec {
        SentAsSpec::Problem => SentAs::Problem,
        SentAsSpec::Gateway => SentAs::Gateway,
        SentAsSpec::Legacy => SentAs::Legacy,
    }
}

/// The model's parameter kind for a written one.
pub fn param_kind(spec: ParamKindSpec) -> ParamKind {
    match spec {
        ParamKindSpec::String => ParamKind::String,
        ParamKindSpec::Integer => ParamKind::Integer,
    }
}
