//! What anything sent as a problem tells: its status, its body, how a client may retry.

use crate::catalog::info::ProblemTypeInfo;
use crate::catalog::vocabulary::RetryHint;
use crate::problem::details::append_json;
use crate::problem::details::ProblemDetails;

/// Anything that can be sent as a problem details response.
pub trait ToProblem {
    /// The HTTP status to send.
    fn status(&self) -> u16;
    /// The body to send.
    fn to_problem_details(&self) -> ProblemDetails;
    /// Whether and how the client may retry.
    fn retry_hint(&self) -> RetryHint;
    /// The facts of the catalogue entry this problem is an occurrence of (its id, type URI,
    /// title, ...); `None` (the default) for problems outside a catalogue, such as
    /// [`ProblemDetails`] or a catalogue's `Unknown`. Generated catalogue and operation enums
    /// give it, so that logs and telemetry name the entry without building a body.
    fn type_info(&self) -> Option<&'static ProblemTypeInfo> {
        None
    }

    /// The id of the catalogue entry this problem is an occurrence of: that of
    /// [`type_info`](Self::type_info). Logs name the entry with it.
    fn entry_id(&self) -> Option<&'static str> {
        self.type_info().map(ProblemTypeInfo::id)
    }

    /// The body as `application/problem+json`, appended to `out`: the bytes of
    /// [`to_problem_details`](Self::to_problem_details) serialized, which is what the default
    /// does. A generated catalogue problem writes its members straight from its fields,
    /// allocating nothing beyond `out`; a `ProblemResponse` (feature `http`) sends these
    /// bytes when it adds no `instance` and no member of its own.
    fn write_json(&self, out: &mut Vec<u8>) {
        append_json(out, &self.to_problem_details());
    }

    /// The locales its title and detail can be written in (BCP 47 tags), the catalogue's
    /// source locale first; empty (the default) for a problem without texts of a catalogue,
    /// which is sent as it is, as English.
    fn locales(&self) -> &'static [&'static str] {
        &[]
    }

    /// The body with the title and detail in `locale`, one of [`locales`](Self::locales)
    /// (another gives the source texts). The default is [`to_problem_details`](Self::to_problem_details).
    fn to_problem_details_in(&self, locale: &str) -> ProblemDetails {
        let _ = locale;
        self.to_problem_details()
    }

    /// [`write_json`](Self::write_json) with the title and detail in `locale`: the bytes of
    /// [`to_problem_details_in`](Self::to_problem_details_in) serialized, which is what the
    /// default does. A generated catalogue problem serializes straight from its fields and
    /// the locale's static texts, allocating nothing beyond `out`.
    fn write_json_in(&self, locale: &str, out: &mut Vec<u8>) {
        append_json(out, &self.to_problem_details_in(locale));
    }
}

impl<T: ToProblem + ?Sized> ToProblem for Box<T> {
    fn status(&self) -> u16 {
        (**self).status()
    }

    fn to_problem_details(&self) -> ProblemDetails {
        (**self).to_problem_details()
    }

    fn retry_hint(&self) -> RetryHint {
        (**self).retry_hint()
    }

    fn type_info(&self) -> Option<&'static ProblemTypeInfo> {
        (**self).type_info()
    }

    fn entry_id(&self) -> Option<&'static str> {
        (**self).entry_id()
    }

    fn write_json(&self, out: &mut Vec<u8>) {
        (**self).write_json(out);
    }

    fn locales(&self) -> &'static [&'static str] {
        (**self).locales()
    }

    fn to_problem_details_in(&self, locale: &str) -> ProblemDetails {
        (**self).to_problem_details_in(locale)
    }

    fn write_json_in(&self, locale: &str, out: &mut Vec<u8>) {
        (**self).write_json_in(locale, out);
    }
}

impl ToProblem for ProblemDetails {
    /// The `status` member, or 500 when it is missing.
    fn status(&self) -> u16 {
        self.status.unwrap_or(500)
    }

    fn to_problem_details(&self) -> ProblemDetails {
        self.clone()
    }

    /// [`RetryHint::for_status`] of the status, as for a catalogue's `Unknown`.
    fn retry_hint(&self) -> RetryHint {
        RetryHint::for_status(ToProblem::status(self))
    }

    fn write_json(&self, out: &mut Vec<u8>) {
        append_json(out, self);
    }
}
