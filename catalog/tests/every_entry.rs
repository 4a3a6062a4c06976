//! Every entry of the shipped catalogue, constructed by name with its example values: the
//! variant has the fields the catalogue declares, renders the catalogue's example detail,
//! and a body of its wire shape classifies back to it. A new entry fails the tidy check until
//! it has its line here (`tests/tests/tidy.rs` looks for each variant by name in the tests).

#![allow(deprecated)] // retired entries are constructed too

use errors_core::classify::classify;
use errors_core::http::HeaderMap;
use errors_core::WireShape;
use serde_json::json;
use vipps_problems::{Problem, ProblemType};

/// Each entry, its example detail as the catalogue renders it, and the problem built by name.
fn cases() -> Vec<(ProblemType, &'static str, Problem)> {
    vec![
        (ProblemType::AmountTooSmall, "The amount is too small. Amounts are specified in minor units, like øre or cent.", Problem::AmountTooSmall),
        (ProblemType::AmountInvalid, "The amount is invalid. Amounts must be integers, no decimals. They are specified in minor units, like øre or cent.", Problem::AmountInvalid),
        (ProblemType::ExpressPaymentNotAllowed, "Express payment is not allowed for this sales unit.", Problem::ExpressPaymentNotAllowed),
        (ProblemType::MissingStaticShippingDetails, "Express payments with static shipping details require a list of shipping options.", Problem::MissingStaticShippingDetails),
        (ProblemType::NoCards, "The user does not have any payment cards.", Problem::NoCards),
        (ProblemType::PaymentLimitExceeded, "The merchant's payment request limit is exceeded.", Problem::PaymentLimitExceeded),
        (ProblemType::OperationNotSupported, "The attempted payment operation is not supported.", Problem::OperationNotSupported),
        (ProblemType::CaptureAmountTooHigh, "The total capture amount exceeds the reserved amount. Cannot capture a higher amount than the amount the user has accepted. Check the payment details.", Problem::CaptureAmountTooHigh),
        (ProblemType::CannotCaptureBeforeReservation, "The amount you tried to capture is not reserved. The user must accept the payment before capture can be done.", Problem::CannotCaptureBeforeReservation),
        (ProblemType::CannotCaptureCancelledPayment, "Cannot capture a payment that has been cancelled. Check the payment event log.", Problem::CannotCaptureCancelledPayment),
        (ProblemType::CapturePeriodExpired, "Payments can only be captured up to 180 days after reservation. See the FAQ.", Problem::CapturePeriodExpired),
        (ProblemType::CaptureIdempotencyConflict, "The capture request in an idempotent retry must be identical to the previous request(s).", Problem::CaptureIdempotencyConflict),
        (ProblemType::CannotCancelCapturedPayment, "Cannot cancel a payment that has been captured. Check the payment event log.", Problem::CannotCancelCapturedPayment),
        (ProblemType::CannotCancelNonReservedPayment, "Cannot cancel a payment that is not reserved. Check the payment event log.", Problem::CannotCancelNonReservedPayment),
        (ProblemType::CancelPeriodExpired, "Payments can only be canceled within 180 days of the reservation. See the FAQ.", Problem::CancelPeriodExpired),
        (ProblemType::CannotCancelPending, "Cannot cancel a pending payment.", Problem::CannotCancelPending),
        (ProblemType::OrderProcessing, "Too many concurrent requests. The payment is being processed.", Problem::OrderProcessing),
        (ProblemType::InternalError, "Internal error. This may be caused by an incorrect API request. Please check the request. See the status page.", Problem::InternalError),
        (ProblemType::PaymentAlreadyRefunded, "Cannot refund a payment that has already been refunded. Check the payment event log.", Problem::PaymentAlreadyRefunded),
        (ProblemType::NotEnoughRefundable, "Cannot refund more than the available amount. Check the payment event log.", Problem::NotEnoughRefundable),
        (ProblemType::RefundPeriodExpired, "Payments can only be refunded within 365 days of the reservation. See the FAQ.", Problem::RefundPeriodExpired),
        (ProblemType::RefundIdempotencyConflict, "The request in an idempotent retry must be identical to the previous request(s).", Problem::RefundIdempotencyConflict),
        (ProblemType::AttemptedRefundBeforeReservation, "Cannot refund a payment that is not reserved. Check the payment event log.", Problem::AttemptedRefundBeforeReservation),
        (ProblemType::InvalidPhoneNumber, "The phone number is invalid. Phone numbers must be in MSISDN format: Country code and subscriber number, but no prefix.", Problem::InvalidPhoneNumber),
        (ProblemType::StaticShippingDetailsPrefixMissing, "Dynamic express payments require the shipping detail prefix.", Problem::StaticShippingDetailsPrefixMissing),
        (ProblemType::CustomerNotFound, "The phone number does not belong to a Vipps user, or the user cannot pay businesses. We cannot give more details.", Problem::CustomerNotFound),
        (ProblemType::IdempotencyReferenceExists, "Reference acme-shop-123-order123abc already exists.", Problem::IdempotencyReferenceExists { reference: "acme-shop-123-order123abc".into() }),
        (ProblemType::ReferenceNotFound, "The reference acme-shop-123-order123abc does not exist for MSN 123456", Problem::ReferenceNotFound { reference: "acme-shop-123-order123abc".into(), msn: "123456".into() }),
        (ProblemType::IdempotencyKeyExists, "Idempotency-Key 49ca711a-acee-4d01-993b-9487112e1def already exists.", Problem::IdempotencyKeyExists { idempotency_key: "49ca711a-acee-4d01-993b-9487112e1def".into() }),
        (ProblemType::InvalidUrl, "The parameter htt://example.com is invalid.", Problem::InvalidUrl { url: "htt://example.com".into() }),
        (ProblemType::MissingRequiredParameter, "The parameter something-something is required.", Problem::MissingRequiredParameter { parameter: "something-something".into() }),
        (ProblemType::DirectCaptureNotAllowed, "The sales unit with MSN 123456 is not allowed to use direct capture.", Problem::DirectCaptureNotAllowed { msn: "123456".into() }),
        (ProblemType::ReserveCaptureNotAllowed, "The sales unit with MSN 123456 is not allowed to use reserve capture.", Problem::ReserveCaptureNotAllowed { msn: "123456".into() }),
        (ProblemType::SkipLandingPageNotAllowed, "The sales unit with MSN 123456 is not allowed to skip the landing page.", Problem::SkipLandingPageNotAllowed { msn: "123456".into() }),
        (ProblemType::LongLivingPaymentNotAllowed, "The sales unit with MSN 123456 is not allowed to perform long living payments.", Problem::LongLivingPaymentNotAllowed { msn: "123456".into() }),
        (ProblemType::PaymentCannotBeCancelled, "Reference acme-shop-123-order123abc cannot be cancelled. Invalid state: something-something.", Problem::PaymentCannotBeCancelled { reference: "acme-shop-123-order123abc".into(), state: "something-something".into() }),
        (ProblemType::PaymentCannotBeRefunded, "Reference acme-shop-123-order123abc cannot be refunded. Invalid state: something-something.", Problem::PaymentCannotBeRefunded { reference: "acme-shop-123-order123abc".into(), state: "something-something".into() }),
        (ProblemType::PaymentCannotBeCaptured, "Reference acme-shop-123-order123abc cannot be captured. Invalid state: something-something.", Problem::PaymentCannotBeCaptured { reference: "acme-shop-123-order123abc".into(), state: "something-something".into() }),
        (ProblemType::PaymentCannotBeCreated, "Reference acme-shop-123-order123abc cannot be created. Invalid state: something-something.", Problem::PaymentCannotBeCreated { reference: "acme-shop-123-order123abc".into(), state: "something-something".into() }),
        (ProblemType::PaymentAlreadyReserved, "The payment with reference acme-shop-123-order123abc has already been reserved.", Problem::PaymentAlreadyReserved { reference: "acme-shop-123-order123abc".into() }),
        (ProblemType::InvalidScope, "The scope something-something is invalid.", Problem::InvalidScope { scope: "something-something".into() }),
        (ProblemType::IllegalScope, "The scope something-something is illegal. Are you asking for more than you are allowed to?", Problem::IllegalScope { scope: "something-something".into() }),
        (ProblemType::ApproveFailed, "Force approve payment failed (this is only available in the test environment). Reason: something-something.", Problem::ApproveFailed { reason: "something-something".into() }),
        (ProblemType::ExpirationDateInvalid, "The expiration date something-something is invalid.", Problem::ExpirationDateInvalid { date: "something-something".into() }),
        (ProblemType::ExpiresAtNotAllowed, "Cannot set ExpiresAt for flow something-something.", Problem::ExpiresAtNotAllowed { flow: "something-something".into() }),
        (ProblemType::GatewayInvalidSubscriptionKey, "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.", Problem::GatewayInvalidSubscriptionKey),
        (ProblemType::GatewayMissingSubscriptionKey, "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.", Problem::GatewayMissingSubscriptionKey),
        (ProblemType::GatewayQuotaExceeded, "Out of call volume quota. Quota will be replenished in 00:59:57.", Problem::GatewayQuotaExceeded { period: "00:59:57".into() }),
        (ProblemType::GatewayRateLimitExceeded, "Rate limit is exceeded. Try again in 57 seconds.", Problem::GatewayRateLimitExceeded { seconds: 57 }),
        (ProblemType::ValidationError, "The request body contains one or more validation errors.", Problem::ValidationError),
        (ProblemType::Unauthorized, "Invalid credentials", Problem::Unauthorized),
        (ProblemType::Forbidden, "Authentication ok, but credentials lack authorization", Problem::Forbidden),
        (ProblemType::NotFound, "The resource was not found", Problem::NotFound),
        (ProblemType::Conflict, "Unsuccessful due to conflicting resource", Problem::Conflict),
        (ProblemType::Locked, "Can be caused by transient errors outside our control. Can also occur if an integrator repeatedly sends calls several times within a very short time frame", Problem::Locked),
        (ProblemType::TooManyRequests, "See more details in rate limiting topic.", Problem::TooManyRequests),
        (ProblemType::InternalServerError, "An internal Vipps MobilePay problem.", Problem::InternalServerError),
        (ProblemType::AccessTokenInvalid, "Something went wrong, please try again later", Problem::AccessTokenInvalid),
        (ProblemType::SubscriptionNotFound, "Subscription not found.", Problem::SubscriptionNotFound),
        (ProblemType::MerchantNotAllowedForEcommerce, "Merchant Not Allowed for Ecommerce Payment", Problem::MerchantNotAllowedForEcommerce),
        (ProblemType::InvalidMsnCheckApiKeys, "Invalid MSN: 654321. Check your API keys on portal.vippsmobilepay.com and see the eCom FAQ for tips.", Problem::InvalidMsnCheckApiKeys { msn: "654321".into() }),
        (ProblemType::InvalidMsnForSupermerchant, "Invalid MSN: 654321. This MSN is not valid for the provided supermerchant ID.", Problem::InvalidMsnForSupermerchant { msn: "654321".into() }),
        (ProblemType::InvalidMsnHeaderMissing, "Invalid MSN: This MSN is not valid for the provided supermerchant ID.", Problem::InvalidMsnHeaderMissing),
        (ProblemType::InvalidMsnForPsp, "Invalid MSN: 654321. This MSN is not valid for the provided PSP ID. Check that you are using the correct credentials for the right environment.", Problem::InvalidMsnForPsp { msn: "654321".into() }),
        (ProblemType::MerchantUnavailable, "Merchant unavailable, deleted, deactivated or not allowed to make payments", Problem::MerchantUnavailable),
        (ProblemType::EcomOrderNotFound, "Requested Order not found", Problem::EcomOrderNotFound),
        (ProblemType::EcomUserNotRegistered, "User not registered with Vipps", Problem::EcomUserNotRegistered),
    ]
}

/// The body the live API sends for `problem`, in the entry's wire shape.
fn wire_body(kind: ProblemType, problem: &Problem) -> Vec<u8> {
    let body = match kind.info().sent_as() {
        WireShape::Gateway => {
            json!({ "statusCode": kind.status(), "message": problem.to_string() })
        }
        WireShape::Legacy => json!([{
            "errorCode": kind.info().error_code(),
            "errorMessage": problem.to_string(),
        }]),
        _ => serde_json::to_value(problem).unwrap(),
    };
    serde_json::to_vec(&body).unwrap()
}

#[test]
fn every_entry_built_by_name_renders_its_example_and_classifies_back() {
    for (kind, detail, problem) in cases() {
        assert_eq!(problem.problem_type(), Some(kind), "{}", kind.id());
        assert_eq!(problem.to_string(), detail, "{}", kind.id());
        assert_eq!(problem, Problem::example(kind), "{}", kind.id());
        let classified =
            classify::<Problem>(kind.status(), &HeaderMap::new(), &wire_body(kind, &problem));
        assert_eq!(classified.problem(), &problem, "{}", kind.id());
    }
}
