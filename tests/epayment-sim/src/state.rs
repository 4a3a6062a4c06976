//! What the handlers share.

use crate::config::Config;
use crate::limit::RateLimiter;
use crate::store::Store;

/// Everything the handlers share.
pub struct State {
    pub(crate) config: Config,
    pub(crate) store: Store,
    pub(crate) limiter: RateLimiter,
}
