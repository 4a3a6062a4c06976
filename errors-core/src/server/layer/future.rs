//! The future of the problem layer's service: the inner service's future, polled in place
//! (no box for a response that passes through), its error response rewritten.

use std::any::Any;
use std::future::Future;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use ::http::{HeaderMap, Response};
use bytes::Bytes;
use http_body::Body;
use http_body_util::{Either, Full};

use super::read;
use crate::server::rewrite::answer as rewrite;
use crate::server::rewrite::ProblemMapping;

/// The body of a response through the layer: the service's own (`Left`, untouched) or the
/// problem's (`Right`).
pub type ProblemBody<B> = Either<B, Full<Bytes>>;

/// The rewrite of one error response: boxed, as it is rare and its state much larger than
/// the inner future.
type Rewriting = Pin<Box<dyn Future<Output = Response<Full<Bytes>>> + Send + 'static>>;

pin_project_lite::pin_project! {
    /// The future of [`ProblemService`](super::ProblemService): the inner service's future
    /// `F`, its error response rewritten into a problem and a panic while it is polled
    /// answered as one.
    pub struct ResponseFuture<F> {
        #[pin]
        state: State<F>,
        mapping: Arc<ProblemMapping>,
        // The request's `Accept-Language` lines: the problems the layer writes answer in
        // the language it asks for.
        accept: HeaderMap,
    }
}

pin_project_lite::pin_project! {
    #[project = StateProj]
    enum State<F> {
        // Waiting for the inner service.
        Inner { #[pin] future: F },
        // Rewriting its error response.
        Rewriting { future: Rewriting },
        // Answered already: the service panicked when called; taken when polled.
        Answered { problem: Option<Response<Full<Bytes>>> },
    }
}

impl<F> ResponseFuture<F> {
    /// Waiting for `future`.
    pub(super) fn new(future: F, mapping: Arc<ProblemMapping>, accept: HeaderMap) -> Self {
        ResponseFuture {
            state: State::Inner { future },
            mapping,
            accept,
        }
    }

    /// The problem for a panic while the inner service was called.
    pub(super) fn panicked(
        mapping: Arc<ProblemMapping>,
        payload: &(dyn Any + Send),
        accept: HeaderMap,
    ) -> Self {
        let problem = Some(rewrite::panicked(&mapping, payload, &accept));
        ResponseFuture {
            state: State::Answered { problem },
            mapping,
            accept,
        }
    }
}

impl<F, B, E> Future for ResponseFuture<F>
where
    F: Future<Output = Result<Response<B>, E>>,
    B: Body<Data = Bytes> + Send + 'static,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    type Output = Result<Response<ProblemBody<B>>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut this = self.project();
        loop {
            let rewriting = match this.state.as_mut().project() {
                StateProj::Inner { future } => {
                    let response = match catch_unwind(AssertUnwindSafe(|| future.poll(cx))) {
                        Ok(Poll::Pending) => return Poll::Pending,
                        Ok(Poll::Ready(Err(error))) => return Poll::Ready(Err(error)),
                        Ok(Poll::Ready(Ok(response))) => response,
                        Err(payload) => {
                            return problem(rewrite::panicked(this.mapping, &*payload, this.accept))
                        }
                    };
                    if read::passes_through(response.status(), response.headers()) {
                        return Poll::Ready(Ok(response.map(Either::Left)));
                    }
                    let (mapping, accept) = (this.mapping.clone(), this.accept.clone());
                    let rewriting: Rewriting =
                        Box::pin(async move { read::rewrite(&mapping, response, &accept).await });
                    rewriting
                }
                StateProj::Rewriting { future } => {
                    return match catch_unwind(AssertUnwindSafe(|| future.as_mut().poll(cx))) {
                        Ok(Poll::Pending) => Poll::Pending,
                        Ok(Poll::Ready(rewritten)) => problem(rewritten),
                        Err(payload) => {
                            problem(rewrite::panicked(this.mapping, &*payload, this.accept))
                        }
                    };
                }
                StateProj::Answered { problem: answered } => {
                    let answered = answered
                        .take()
                        .expect("ResponseFuture polled after completion");
                    return problem(answered);
                }
            };
            this.state.set(State::Rewriting { future: rewriting });
        }
    }
}

/// A problem response as the layer's answer.
fn problem<B, E>(response: Response<Full<Bytes>>) -> Poll<Result<Response<ProblemBody<B>>, E>> {
    Poll::Ready(Ok(response.map(Either::Right)))
}
