//! The future of the actix middleware's service: the inner service's future, polled in
//! place (no box for a response that passes through), its error response or error rewritten
//! into a problem, and a panic while it is polled answered as one.

use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::ServiceResponse;
use actix_web::Error;

use super::kind::of_error;
use super::read::{passes_through, rewrite};
use super::respond::{to_actix, Prepared};
use crate::server::rewrite::answer;
use crate::server::rewrite::ProblemMapping;

/// What the middleware answers: the service's response (`Left`, untouched), a problem
/// (`Right`), or an error actix answers with its prepared problem.
pub(super) type Answer<B> = Result<ServiceResponse<EitherBody<B>>, Error>;

/// The rewrite of one error response: boxed, as it is rare and its state much larger than
/// the inner future.
type Rewriting<B> = Pin<Box<dyn Future<Output = Answer<B>>>>;

pin_project_lite::pin_project! {
    /// The future of [`ProblemMiddlewareService`](super::ProblemMiddlewareService).
    pub struct ProblemFuture<F, B> {
        #[pin]
        state: State<F, B>,
        mapping: Arc<ProblemMapping>,
        // The request's `Accept-Language` lines: the problems the middleware writes answer
        // in the language it asks for.
        accept: ::http::HeaderMap,
    }
}

pin_project_lite::pin_project! {
    #[project = StateProj]
    enum State<F, B> {
        // Waiting for the inner service.
        Inner { #[pin] future: F },
        // Rewriting its error response, or its error.
        Rewriting { future: Rewriting<B> },
        // Answered already: the service panicked when called; taken when polled.
        Answered { error: Option<Error> },
    }
}

impl<F, B> ProblemFuture<F, B> {
    /// Waiting for `future`.
    pub(super) fn new(future: F, mapping: Arc<ProblemMapping>, accept: ::http::HeaderMap) -> Self {
        ProblemFuture {
            state: State::Inner { future },
            mapping,
            accept,
        }
    }

    /// The problem for a panic while the inner service was called.
    pub(super) fn panicked(
        mapping: Arc<ProblemMapping>,
        payload: &(dyn std::any::Any + Send),
        accept: ::http::HeaderMap,
    ) -> Self {
        let error = Some(panic_error(&mapping, payload, &accept));
        ProblemFuture {
            state: State::Answered { error },
            mapping,
            accept,
        }
    }
}

impl<F, B> Future for ProblemFuture<F, B>
where
    F: Future<Output = Result<ServiceResponse<B>, Error>>,
    B: MessageBody + 'static,
{
    type Output = Answer<B>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut this = self.project();
        loop {
            let rewriting = match this.state.as_mut().project() {
                StateProj::Inner { future } => {
                    let outcome = match catch_unwind(AssertUnwindSafe(|| future.poll(cx))) {
                        Ok(Poll::Pending) => return Poll::Pending,
                        Ok(Poll::Ready(outcome)) => outcome,
                        Err(payload) => {
                            return Poll::Ready(Err(panic_error(
                                this.mapping,
                                &*payload,
                                this.accept,
                            )))
                        }
                    };
                    match outcome {
                        Ok(response) if passes_through(&response) => {
                            return Poll::Ready(Ok(response.map_into_left_body()))
                        }
                        Ok(response) => {
                            rewrite_response(this.mapping.clone(), this.accept.clone(), response)
                        }
                        Err(error) => {
                            rewrite_error(this.mapping.clone(), this.accept.clone(), error)
                        }
                    }
                }
                StateProj::Rewriting { future } => {
                    return match catch_unwind(AssertUnwindSafe(|| future.as_mut().poll(cx))) {
                        Ok(polled) => polled,
                        Err(payload) => {
                            Poll::Ready(Err(panic_error(this.mapping, &*payload, this.accept)))
                        }
                    };
                }
                StateProj::Answered { error } => {
                    let error = error.take().expect("ProblemFuture polled after completion");
                    return Poll::Ready(Err(error));
                }
            };
            this.state.set(State::Rewriting { future: rewriting });
        }
    }
}

/// An error response that is not a problem yet, rewritten: its kind from the actix error it
/// carries, else from its status.
fn rewrite_response<B: MessageBody + 'static>(
    mapping: Arc<ProblemMapping>,
    accept: ::http::HeaderMap,
    response: ServiceResponse<B>,
) -> Rewriting<B> {
    Box::pin(async move {
        let known = response.response().error().and_then(of_error);
        let (request, response) = response.into_parts();
        let problem = rewrite(&mapping, known, response, &accept).await;
        Ok(ServiceResponse::new(request, to_actix(problem)).map_into_right_body())
    })
}

/// An error of the inner service, rewritten. The request went to the inner service
/// (actix's request cannot be cloned before routing), so the problem leaves as an error,
/// which actix answers with its response.
fn rewrite_error<B: MessageBody + 'static>(
    mapping: Arc<ProblemMapping>,
    accept: ::http::HeaderMap,
    error: Error,
) -> Rewriting<B> {
    Box::pin(async move {
        let known = of_error(&error);
        let problem = rewrite(&mapping, known, error.error_response(), &accept).await;
        Err(Prepared::from(problem).into())
    })
}

/// The problem for a panic, as an error actix answers with it.
fn panic_error(
    mapping: &ProblemMapping,
    payload: &(dyn std::any::Any + Send),
    accept: &::http::HeaderMap,
) -> Error {
    Prepared::from(answer::panicked(mapping, payload, accept)).into()
}
