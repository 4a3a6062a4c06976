//! The `__impl_*` macros generated and derived code calls: each expands to an integration's
//! impl when errors-core's feature for it is on, and to nothing otherwise, so a user's crate
//! needs no feature (and gets no warning) of its own.

/// The framework integrations of a type that implements [`ToProblem`](crate::ToProblem):
/// axum's `IntoResponse` (errors-core's feature `axum`), actix-web's `Responder` and the
/// conversion into `actix_web::Error` (feature `actix`). Each expands to nothing when its
/// feature is off. Generated and derived types call it, so they answer as problems in
/// handlers without depending on a framework themselves.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_into_response {
    (impl [$($generics:tt)*] for $ty:ty where [$($bounds:tt)*]) => {
        $crate::__impl_axum_response!(impl [$($generics)*] for $ty where [$($bounds)*]);
        $crate::__impl_actix_response!(impl [$($generics)*] for $ty where [$($bounds)*]);
    };
}

/// `axum::response::IntoResponse`; see [`__impl_into_response`].
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum_response {
    (impl [$($generics:tt)*] for $ty:ty where [$($bounds:tt)*]) => {
        impl<$($generics)*> $crate::__private::axum_core::response::IntoResponse for $ty
        where
            $ty: $crate::ToProblem,
            $($bounds)*
        {
            fn into_response(self) -> $crate::__private::axum_core::response::Response {
                $crate::respond::into_axum_response(self)
            }
        }
    };
}

/// Expands to nothing: errors-core's `axum` feature is off.
#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_axum_response {
    (impl [$($generics:tt)*] for $ty:ty where [$($bounds:tt)*]) => {};
}

/// actix-web's `Responder`, and `From<$ty> for actix_web::Error` (so a handler returns
/// `Result<T, $ty>` and uses `?`); see [`__impl_into_response`].
#[cfg(feature = "actix")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_actix_response {
    (impl [$($generics:tt)*] for $ty:ty where [$($bounds:tt)*]) => {
        impl<$($generics)*> $crate::__private::actix_web::Responder for $ty
        where
            $ty: $crate::ToProblem,
            $($bounds)*
        {
            type Body = $crate::__private::actix_web::body::BoxBody;

            fn respond_to(
                self,
                _request: &$crate::__private::actix_web::HttpRequest,
            ) -> $crate::__private::actix_web::HttpResponse {
                $crate::respond::into_actix_response(self)
            }
        }

        impl<$($generics)*> ::core::convert::From<$ty> for $crate::__private::actix_web::Error
        where
            $ty: $crate::ToProblem + 'static,
            $($bounds)*
        {
            fn from(problem: $ty) -> Self {
                $crate::respond::into_actix_error(problem)
            }
        }
    };
}

/// Expands to nothing: errors-core's `actix` feature is off.
#[cfg(not(feature = "actix"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_actix_response {
    (impl [$($generics:tt)*] for $ty:ty where [$($bounds:tt)*]) => {};
}

/// `utoipa::IntoResponses` for a generated per-operation enum `$op` of the catalogue-wide
/// problem `$problem`, documenting operation `$id`; expands to nothing unless errors-core's
/// `utoipa` feature is on, so generated code needs no feature of the user's crate (and
/// stays warning-free in a crate without one).
#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_into_responses {
    ($op:ty, $problem:ty, $id:literal) => {
        impl $crate::__private::utoipa::IntoResponses for $op {
            fn responses() -> $crate::__private::OperationResponses {
                $crate::__private::operation_responses::<$problem>($id, |problem| {
                    <$op as ::core::convert::TryFrom<$problem>>::try_from(problem).is_ok()
                })
            }
        }
    };
}

/// Expands to nothing: errors-core's `utoipa` feature is off.
#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_into_responses {
    ($op:ty, $problem:ty, $id:literal) => {};
}
