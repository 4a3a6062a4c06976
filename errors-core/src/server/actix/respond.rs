//! Problems as actix-web responses (`Responder`) and errors (`ResponseError`), through the
//! one conversion every problem response takes (`ProblemResponse::to_http`).

use std::fmt;

use actix_web::body::BoxBody;
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, Responder, ResponseError};

use super::convert::append_actix_headers;
use crate::catalog::occurrence::Occurrence;
use crate::catalog::problem::CatalogProblem;
use crate::catalog::to_problem::ToProblem;
use crate::problem::details::ProblemDetails;
use crate::server::http::{insert_sent_headers, Sent};
use crate::server::response::ProblemResponse;

/// A status code as actix's; 500 for one out of range (no problem has one).
pub(crate) fn actix_status(status: u16) -> StatusCode {
    StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// An `http` response (this crate's problem responses) as an actix response.
pub(crate) fn to_actix(response: ::http::Response<Vec<u8>>) -> HttpResponse {
    let (parts, body) = response.into_parts();
    build(parts.status.as_u16(), &parts.headers, body)
}

/// A problem response as actix sends it, its headers built as actix's own values (no
/// conversion from the `http` crate's).
pub(crate) fn from_sent(mut sent: Sent) -> HttpResponse {
    let body = std::mem::take(&mut sent.body);
    let mut answer = HttpResponse::with_body(actix_status(sent.status.as_u16()), body);
    insert_sent_headers!(answer.headers_mut(), sent, actix_web::http::header);
    answer.map_into_boxed_body()
}

/// An actix response of this status, headers and body.
fn build(status: u16, headers: &::http::HeaderMap, body: Vec<u8>) -> HttpResponse {
    let mut answer = HttpResponse::with_body(actix_status(status), body);
    append_actix_headers(headers, answer.headers_mut());
    answer.map_into_boxed_body()
}

impl<P: ToProblem> Responder for ProblemResponse<P> {
    type Body = BoxBody;

    fn respond_to(self, _request: &HttpRequest) -> HttpResponse {
        from_sent(self.sent(None))
    }
}

impl<P: CatalogProblem> Responder for Occurrence<P> {
    type Body = BoxBody;

    fn respond_to(self, request: &HttpRequest) -> HttpResponse {
        ProblemResponse::from(self).respond_to(request)
    }
}

impl Responder for ProblemDetails {
    type Body = BoxBody;

    fn respond_to(self, request: &HttpRequest) -> HttpResponse {
        ProblemResponse::new(self).respond_to(request)
    }
}

/// A handler may fail with a `ProblemResponse` (`Result<T, ProblemResponse<P>>`, `?`).
impl<P: ToProblem + fmt::Debug + fmt::Display + 'static> ResponseError for ProblemResponse<P> {
    fn status_code(&self) -> StatusCode {
        actix_status(self.status().as_u16())
    }

    fn error_response(&self) -> HttpResponse {
        from_sent(self.sent(None))
    }
}

/// Any problem as an [`actix_web::Error`]: what generated and derived types convert into,
/// so a handler returns `Result<T, Problem>` and uses `?` (feature `actix`).
pub struct ProblemError(ProblemResponse<Box<dyn ToProblem>>);

impl fmt::Debug for ProblemError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("ProblemError").field(&self.0.body()).finish()
    }
}

impl fmt::Display for ProblemError {
    /// The status and the type, as actix's logs show an error.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let body = self.0.body();
        write!(
            f,
            "problem {} {}",
            self.0.status().as_u16(),
            body.type_or_blank()
        )
    }
}

impl ResponseError for ProblemError {
    fn status_code(&self) -> StatusCode {
        actix_status(self.0.status().as_u16())
    }

    fn error_response(&self) -> HttpResponse {
        from_sent(self.0.sent(None))
    }
}

/// `problem` as an [`actix_web::Error`]; generated and derived types call it from their
/// `From` implementation.
pub fn into_actix_error<P: ToProblem + 'static>(problem: P) -> actix_web::Error {
    let problem: Box<dyn ToProblem> = Box::new(problem);
    ProblemError(ProblemResponse::new(problem)).into()
}

/// The actix response of any problem; generated and derived types call it from their
/// `Responder` implementation.
pub fn into_actix_response<P: ToProblem>(problem: P) -> HttpResponse {
    from_sent(ProblemResponse::new(problem).sent(None))
}

/// A problem response already written (a panic's, an inner service's error rewritten), as
/// an actix error: actix answers with it.
pub(crate) struct Prepared {
    status: u16,
    headers: ::http::HeaderMap,
    body: Vec<u8>,
}

impl From<::http::Response<Vec<u8>>> for Prepared {
    fn from(response: ::http::Response<Vec<u8>>) -> Self {
        let (parts, body) = response.into_parts();
        Prepared {
            status: parts.status.as_u16(),
            headers: parts.headers,
            body,
        }
    }
}

impl fmt::Debug for Prepared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Prepared")
            .field("status", &self.status)
            .finish()
    }
}

impl fmt::Display for Prepared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "problem {}", self.status)
    }
}

impl ResponseError for Prepared {
    fn status_code(&self) -> StatusCode {
        actix_status(self.status)
    }

    fn error_response(&self) -> HttpResponse {
        build(self.status, &self.headers, self.body.clone())
    }
}
