//! Whether, how and when to send a request again after a classified problem.

use std::hash::{BuildHasher, Hasher};
use std::time::{Duration, SystemTime};

use http::header::{DATE, RETRY_AFTER};
use http::HeaderMap;

use crate::catalog::vocabulary::RetryHint;

/// How the client computes its own delay when the server names none.
///
/// The delay before retry number `attempt` (0 for the first retry) is
/// `min(max_delay, initial_delay × 2^attempt)`, then jittered.
///
/// ```
/// use std::time::Duration;
/// use errors_core::classify::{Jitter, RetryPolicy};
///
/// let policy = RetryPolicy {
///     max_retries: 3,
///     initial_delay: Duration::from_millis(200),
///     max_delay: Duration::from_secs(5),
///     jitter: Jitter::None,
/// };
/// assert_eq!(policy.backoff(0, 0), Duration::from_millis(200));
/// assert_eq!(policy.backoff(2, 0), Duration::from_millis(800));
/// assert_eq!(policy.backoff(10, 0), Duration::from_secs(5));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries allowed after the first request; advice for a later attempt is to give up.
    pub max_retries: u32,
    /// The delay before the first retry, before jitter.
    pub initial_delay: Duration,
    /// The cap on the computed delay, before jitter. Server-named delays are not capped.
    pub max_delay: Duration,
    /// How the computed delay is randomised.
    pub jitter: Jitter,
}

impl Default for RetryPolicy {
    /// 5 retries, 500 ms doubling up to 30 s, full jitter.
    fn default() -> Self {
        RetryPolicy {
            max_retries: 5,
            initial_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
            jitter: Jitter::Full,
        }
    }
}

/// Randomisation of computed delays, so that many clients do not retry in step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Jitter {
    /// The computed delay as it is.
    None,
    /// Uniform between zero and the computed delay.
    Full,
    /// Half the computed delay plus a uniform share of the other half.
    Equal,
}

impl RetryPolicy {
    /// The delay before retry number `attempt` (0-based), with `random` (any `u64`, uniform)
    /// as the source of jitter. [`Classified::retry_advice`](super::Classified::retry_advice)
    /// draws `random` itself.
    pub fn backoff(&self, attempt: u32, random: u64) -> Duration {
        let factor = 1u32.checked_shl(attempt.min(31)).unwrap_or(u32::MAX);
        let delay = self
            .initial_delay
            .checked_mul(factor)
            .unwrap_or(Duration::MAX)
            .min(self.max_delay);
        let share = |d: Duration| scale(d, random);
        match self.jitter {
            Jitter::None => delay,
            Jitter::Full => share(delay),
            Jitter::Equal => delay / 2 + share(delay - delay / 2),
        }
    }
}

/// `d × random / 2^64`.
fn scale(d: Duration, random: u64) -> Duration {
    let nanos = (d.as_nanos().min(u64::MAX as u128) * u128::from(random)) >> 64;
    Duration::from_nanos(nanos as u64)
}

/// A random `u64` for jitter, without a dependency: std's randomly keyed hasher.
pub(crate) fn random_u64() -> u64 {
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(0x9e37_79b9_7f4a_7c15);
    hasher.finish()
}

/// What to do with a request that met a problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RetryAction {
    /// Send the same request again, with the same `Idempotency-Key`, after the delay.
    Resend,
    /// Refresh the credentials (access token), then send the same request again.
    Reauthenticate,
    /// Do not send it again as it is: the request must be fixed first.
    FixRequest,
    /// A retry could succeed, but the policy's retries are used up.
    GiveUp,
}

impl RetryAction {
    /// The snake_case name.
    pub const fn as_str(self) -> &'static str {
        match self {
            RetryAction::Resend => "resend",
            RetryAction::Reauthenticate => "reauthenticate",
            RetryAction::FixRequest => "fix_request",
            RetryAction::GiveUp => "give_up",
        }
    }
}

/// Where a retry delay comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DelaySource {
    /// The `Retry-After` header, in seconds or as an HTTP date.
    RetryAfter,
    /// The problem's text: "Try again in 57 seconds", "replenished in 00:59:57".
    Message,
    /// The policy's exponential backoff.
    Backoff,
}

impl DelaySource {
    /// The snake_case name.
    pub const fn as_str(self) -> &'static str {
        match self {
            DelaySource::RetryAfter => "retry_after",
            DelaySource::Message => "message",
            DelaySource::Backoff => "backoff",
        }
    }
}

/// Whether, how and when to retry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct RetryAdvice {
    /// What to do.
    pub action: RetryAction,
    /// How long to wait first; `None` when not retrying.
    pub delay: Option<Duration>,
    /// Where `delay` comes from.
    pub source: Option<DelaySource>,
}

impl RetryAdvice {
    /// Whether to send the request again (possibly after reauthenticating).
    pub const fn is_retryable(&self) -> bool {
        matches!(
            self.action,
            RetryAction::Resend | RetryAction::Reauthenticate
        )
    }

    /// Whether the retry must carry the first request's `Idempotency-Key`: always when
    /// retrying, so that the server can tell a retry from a new request.
    pub const fn same_idempotency_key(&self) -> bool {
        self.is_retryable()
    }

    pub(crate) fn decide(
        hint: RetryHint,
        server: Option<(Duration, DelaySource)>,
        policy: &RetryPolicy,
        attempt: u32,
        random: u64,
    ) -> RetryAdvice {
        let stop = |action| RetryAdvice {
            action,
            delay: None,
            source: None,
        };
        match hint {
            RetryHint::Never => stop(RetryAction::FixRequest),
            _ if attempt >= policy.max_retries => stop(RetryAction::GiveUp),
            // New credentials fix it or nothing does: one reauthentication only.
            RetryHint::Reauthenticate if attempt >= 1 => stop(RetryAction::GiveUp),
            RetryHint::Reauthenticate => RetryAdvice {
                action: RetryAction::Reauthenticate,
                delay: Some(server.map_or(Duration::ZERO, |(d, _)| d)),
                source: server.map(|(_, s)| s),
            },
            RetryHint::Backoff => {
                let (delay, source) = server
                    .unwrap_or_else(|| (policy.backoff(attempt, random), DelaySource::Backoff));
                RetryAdvice {
                    action: RetryAction::Resend,
                    delay: Some(delay),
                    source: Some(source),
                }
            }
        }
    }
}

/// The `Retry-After` header as a delay: seconds, or an HTTP date measured from the
/// response's `Date` header (so that clock skew does not matter), else from now.
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get_all(RETRY_AFTER).iter().find_map(|v| {
        let text = v.to_str().ok()?.trim();
        if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
            return Some(Duration::from_secs(text.parse().unwrap_or(u64::MAX)));
        }
        let at = httpdate::parse_http_date(text).ok()?;
        let now = headers
            .get(DATE)
            .and_then(|d| httpdate::parse_http_date(d.to_str().ok()?.trim()).ok())
            .unwrap_or_else(SystemTime::now);
        Some(at.duration_since(now).unwrap_or(Duration::ZERO))
    })?;
    Some(value)
}

/// A wait named in a message: "Try again in 57 seconds" or "... in 00:59:57" (hh:mm:ss).
pub(crate) fn delay_in_text(text: &str) -> Option<Duration> {
    let lower_in = |i: usize| {
        text.get(i..i + 4)
            .is_some_and(|s| s.eq_ignore_ascii_case(" in "))
    };
    (0..text.len())
        .filter(|&i| lower_in(i))
        .find_map(|i| delay_after(&text[i + 4..]))
}

fn delay_after(rest: &str) -> Option<Duration> {
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let n = digits(rest);
    if n == 0 || n > 9 {
        return None;
    }
    let number: u64 = rest[..n].parse().ok()?;
    let after = &rest[n..];
    let unit = after.strip_prefix(' ').unwrap_or(after);
    if unit
        .get(..6)
        .is_some_and(|u| u.eq_ignore_ascii_case("second"))
    {
        return Some(Duration::from_secs(number));
    }
    // hh:mm:ss
    let mm = after.strip_prefix(':')?;
    let (m, ss) = (digits(mm), mm.get(2..)?.strip_prefix(':')?);
    let s = digits(ss);
    if m != 2 || s != 2 {
        return None;
    }
    let minutes: u64 = mm[..2].parse().ok()?;
    let seconds: u64 = ss[..2].parse().ok()?;
    Some(Duration::from_secs(number * 3600 + minutes * 60 + seconds))
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::HeaderValue;

    fn headers(pairs: &[(http::HeaderName, &str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(k, v)| (k.clone(), HeaderValue::from_str(v).unwrap()))
            .collect()
    }

    #[test]
    fn reads_retry_after_in_seconds_and_as_a_date() {
        assert_eq!(
            retry_after(&headers(&[(RETRY_AFTER, " 30 ")])),
            Some(Duration::from_secs(30))
        );
        let dated = headers(&[
            (RETRY_AFTER, "Wed, 21 Oct 2015 07:28:00 GMT"),
            (DATE, "Wed, 21 Oct 2015 07:27:15 GMT"),
        ]);
        assert_eq!(retry_after(&dated), Some(Duration::from_secs(45)));
        let past = headers(&[
            (RETRY_AFTER, "Wed, 21 Oct 2015 07:28:00 GMT"),
            (DATE, "Wed, 21 Oct 2015 08:00:00 GMT"),
        ]);
        assert_eq!(retry_after(&past), Some(Duration::ZERO));
        assert_eq!(retry_after(&headers(&[(RETRY_AFTER, "soon")])), None);
        assert_eq!(retry_after(&headers(&[(RETRY_AFTER, "-5")])), None);
        assert_eq!(retry_after(&HeaderMap::new()), None);
        assert_eq!(
            retry_after(&headers(&[(RETRY_AFTER, "99999999999999999999999")])),
            Some(Duration::from_secs(u64::MAX))
        );
    }

    #[test]
    fn reads_delays_named_in_messages() {
        let cases = [
            ("Rate limit is exceeded. Try again in 57 seconds.", Some(57)),
            ("try again IN 1 second", Some(1)),
            (
                "Out of call volume quota. Quota will be replenished in 00:59:57.",
                Some(3597),
            ),
            ("Payment in 3 parts", None),
            ("in 12:3:00", None),
            ("Try again in a minute", None),
            ("Try again in ", None),
            ("in 1234567890 seconds", None),
            ("ø in 5 seconds", Some(5)),
            // Found by fuzzing: a multi-byte character where the unit would end.
            ("in 5:59:\u{FFFD}\u{FFFD}}", None),
            ("in 5 secon\u{FFFD}", None),
        ];
        for (text, secs) in cases {
            assert_eq!(delay_in_text(text), secs.map(Duration::from_secs), "{text}");
        }
    }

    #[test]
    fn backs_off_exponentially_with_a_cap_and_jitter() {
        let policy = RetryPolicy {
            max_retries: 10,
            initial_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(10),
            jitter: Jitter::Full,
        };
        assert_eq!(
            policy.backoff(3, u64::MAX),
            Duration::from_nanos(7_999_999_999)
        );
        assert_eq!(policy.backoff(3, 0), Duration::ZERO);
        assert_eq!(policy.backoff(3, 1 << 63), Duration::from_secs(4));
        assert_eq!(policy.backoff(40, 1 << 63), Duration::from_secs(5));
        let equal = RetryPolicy {
            jitter: Jitter::Equal,
            ..policy
        };
        assert_eq!(equal.backoff(1, 0), Duration::from_secs(1));
        assert_eq!(equal.backoff(1, 1 << 63), Duration::from_millis(1500));
        let huge = RetryPolicy {
            initial_delay: Duration::MAX,
            max_delay: Duration::MAX,
            jitter: Jitter::None,
            ..policy
        };
        assert_eq!(huge.backoff(u32::MAX, 0), Duration::MAX);
    }

    #[test]
    fn advises_by_hint_attempt_and_server_delay() {
        let policy = RetryPolicy::default();
        let server = Some((Duration::from_secs(9), DelaySource::RetryAfter));
        let never = RetryAdvice::decide(RetryHint::Never, server, &policy, 0, 0);
        assert_eq!(never.action, RetryAction::FixRequest);
        assert!(!never.is_retryable() && never.delay.is_none());
        let resend = RetryAdvice::decide(RetryHint::Backoff, server, &policy, 0, 0);
        assert_eq!(resend.action, RetryAction::Resend);
        assert_eq!(resend.delay, Some(Duration::from_secs(9)));
        assert!(resend.same_idempotency_key());
        let computed = RetryAdvice::decide(RetryHint::Backoff, None, &policy, 1, u64::MAX);
        assert_eq!(computed.source, Some(DelaySource::Backoff));
        assert!(computed.delay.unwrap() <= Duration::from_secs(1));
        let spent = RetryAdvice::decide(RetryHint::Backoff, server, &policy, 5, 0);
        assert_eq!(spent.action, RetryAction::GiveUp);
        let reauth = RetryAdvice::decide(RetryHint::Reauthenticate, None, &policy, 0, 0);
        assert_eq!(reauth.action, RetryAction::Reauthenticate);
        assert_eq!(reauth.delay, Some(Duration::ZERO));
        let again = RetryAdvice::decide(RetryHint::Reauthenticate, None, &policy, 1, 0);
        assert_eq!(again.action, RetryAction::GiveUp);
    }

    #[test]
    fn random_values_differ() {
        let draws: std::collections::HashSet<u64> = (0..8).map(|_| random_u64()).collect();
        assert!(draws.len() > 1);
    }
}
