//! A packed copy of the catalogue facts that identification scans on every response.
//!
//! Scanning `ProblemTypeInfo`s touches one cache line per entry; the status, shape and
//! title of every entry side by side take a few. Built once per catalogue type for the
//! process (a small allocation that lives as long as the catalogue's statics do) and found
//! again through a per-thread list, without locking.

use std::any::TypeId;
use std::cell::RefCell;
use std::sync::{Mutex, OnceLock, PoisonError};

use crate::{ProblemKind, WireShape};

/// Facts of every entry of one catalogue, in `ProblemKind::all()` order.
pub(crate) struct Index {
    pub statuses: Box<[u16]>,
    pub shapes: Box<[WireShape]>,
    pub titles: Box<[&'static str]>,
}

impl Index {
    fn build<K: ProblemKind>() -> Index {
        let infos = || K::all().iter().map(|k| k.info());
        Index {
            statuses: infos().map(|i| i.status).collect(),
            shapes: infos().map(|i| i.sent_as).collect(),
            titles: infos().map(|i| i.title).collect(),
        }
    }
}

/// The index of catalogue `K`.
pub(crate) fn of<K: ProblemKind>() -> &'static Index {
    thread_local! {
        static LOCAL: RefCell<Vec<(TypeId, &'static Index)>> = const { RefCell::new(Vec::new()) };
    }
    let id = TypeId::of::<K>();
    LOCAL.with(|local| {
        if let Some((_, index)) = local.borrow().iter().find(|(t, _)| *t == id) {
            return *index;
        }
        let index = shared::<K>(id);
        local.borrow_mut().push((id, index));
        index
    })
}

/// The process-wide index of `K`, built on first use.
fn shared<K: ProblemKind>(id: TypeId) -> &'static Index {
    static SHARED: OnceLock<Mutex<Vec<(TypeId, &'static Index)>>> = OnceLock::new();
    let mut shared = SHARED
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    if let Some((_, index)) = shared.iter().find(|(t, _)| *t == id) {
        return index;
    }
    let index: &'static Index = Box::leak(Box::new(Index::build::<K>()));
    shared.push((id, index));
    index
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vipps::ProblemType;

    #[test]
    fn mirrors_the_catalogue_and_is_built_once() {
        let index = of::<ProblemType>();
        assert_eq!(index.statuses.len(), ProblemType::ALL.len());
        for (i, kind) in ProblemType::ALL.iter().enumerate() {
            assert_eq!(index.statuses[i], kind.status());
            assert_eq!(index.shapes[i], kind.info().sent_as);
            assert_eq!(index.titles[i], kind.title());
        }
        assert!(std::ptr::eq(index, of::<ProblemType>()));
        let other_thread = std::thread::spawn(|| of::<ProblemType>() as *const Index as usize);
        assert_eq!(other_thread.join().unwrap(), index as *const Index as usize);
    }
}
