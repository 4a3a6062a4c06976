//! The Python client.

use super::ClientFile;
use crate::model::Catalog;

/// Every file of the Python client.
pub(crate) fn files(_catalog: &Catalog) -> Vec<ClientFile> {
    Vec::new()
}
