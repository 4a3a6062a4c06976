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

impl State {
    /// Fresh in-memory state under `config`.
    pub(crate) fn new(config: Config) -> State {
        State {
            limiter: RateLimiter::new(config.rate_limit, config.rate_window),
            store: Store::default(),
            config,
        }
    }
}
