//! The `__impl_*` macros generated and derived code calls: each expands to an integration's
//! impl when errors-core's feature for it is on, and to nothing otherwise, so a user's crate
//! needs no feature (and gets no warning) of its own.

/// `axum::response::IntoResponse` for a type that implements [`ToProblem`]; expands to
/// nothing unless errors-core's `axum` feature is on. Generated and derived types call it,
/// so they answer as problems in axum handlers without depending on axum themselves.
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_into_response {
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
macro_rules! __impl_into_response {
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
