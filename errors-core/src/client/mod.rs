//! The client wing: classify whatever an API sent back into one typed problem
//! ([`classify`]), then retry from that classification with the client library's own
//! retry hook ([`retry`]). Classification feeds retry; nothing here serves requests.

pub mod classify;
pub mod retry;
