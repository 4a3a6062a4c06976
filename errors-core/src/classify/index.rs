//! A packed copy of the catalogue facts that identification scans on every response.
//!
//! Scanning `ProblemTypeInfo`s touches one cache line per entry; the status, shape and
//! title of every entry side by side take a few. Built once per catalogue type for the
//! process (a small allocation that lives as long as the catalogue's statics do) and found
//! again through a per-thread list, without locking.

use std::any::TypeId;
use std::cell::RefCell;
use std::sync::{Mutex, OnceLock, PoisonError};

use crate::catalog::TemplateSegment;
use crate::{ProblemKind, ProblemTypeInfo, WireShape};

/// Facts of every entry of one catalogue, by position in `ProblemKind::all()`.
pub(crate) struct Index {
    pub titles: Box<[&'static str]>,
    /// The status of each entry.
    pub statuses: Box<[u16]>,
    /// The length of the literal text of each entry's detail template: the more, the more
    /// specific a match is; 0 for a template that is only placeholders.
    pub weights: Box<[usize]>,
    /// Positions of the entries of each status, by status. Every list of positions is
    /// ordered by weight, most first, then by position.
    by_status: Box<[(u16, Box<[u16]>)]>,
    /// Every position.
    all: Box<[u16]>,
    /// Positions of the entries sent as the gateway's JSON.
    pub gateway: Box<[u16]>,
    /// Positions of the legacy entries.
    pub legacy: Box<[u16]>,
}

impl Index {
    fn build<K: ProblemKind>() -> Index {
        let infos: Vec<_> = K::all().iter().map(|k| k.info()).collect();
        let weights: Box<[usize]> = infos.iter().map(|i| literal_len(i)).collect();
        // Catalogues are small (a `u16` position is plenty); more entries are not indexed.
        let mut all: Vec<u16> = (0..infos.len().min(usize::from(u16::MAX)))
            .map(|i| i as u16)
            .collect();
        // Most literal text first (a stable sort: catalogue order among equals), so that the
        // first template that fits is the most specific.
        all.sort_by_key(|&i| std::cmp::Reverse(weights[usize::from(i)]));
        let with = |keep: &dyn Fn(usize) -> bool| -> Box<[u16]> {
            all.iter()
                .copied()
                .filter(|&i| keep(usize::from(i)))
                .collect()
        };
        let mut statuses: Vec<u16> = infos.iter().map(|i| i.status).collect();
        statuses.sort_unstable();
        statuses.dedup();
        let by_status = statuses
            .iter()
            .map(|&s| (s, with(&|i| infos[i].status == s)))
            .collect();
        Index {
            titles: infos.iter().map(|i| i.title).collect(),
            statuses: infos.iter().map(|i| i.status).collect(),
            weights,
            by_status,
            gateway: with(&|i| infos[i].sent_as == WireShape::Gateway),
            legacy: with(&|i| infos[i].sent_as == WireShape::Legacy),
            all: all.into(),
        }
    }

    /// Positions of the entries of `status`.
    pub fn with_status(&self, status: u16) -> &[u16] {
        match self.by_status.binary_search_by_key(&status, |(s, _)| *s) {
            Ok(at) => &self.by_status[at].1,
            Err(_) => &[],
        }
    }

    /// Every position.
    pub fn all(&self) -> &[u16] {
        &self.all
    }
}

/// The template's literal text length.
fn literal_len(info: &ProblemTypeInfo) -> usize {
    info.segments
        .iter()
        .map(|segment| match segment {
            TemplateSegment::Literal(text) => text.len(),
            TemplateSegment::Param(_) => 0,
        })
        .sum()
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
    use crate::shop::ProblemType;

    #[test]
    fn weights_count_literal_text_only() {
        use crate::{ParamInfo, ParamKind, RetryHint};
        let info = ProblemTypeInfo {
            id: "discontinued",
            api: "shop",
            type_uri: "https://example.com/problems/discontinued",
            title: "Discontinued",
            status: 410,
            status_reason: None,
            detail_template: "{sku} is gone; see {sku} in {{the}} archive",
            segments: &[
                TemplateSegment::Param(0),
                TemplateSegment::Literal(" is gone; see "),
                TemplateSegment::Param(0),
                TemplateSegment::Literal(" in {the} archive"),
            ],
            params: &[ParamInfo {
                name: "sku",
                kind: ParamKind::String,
                example: "B-2",
                description: None,
            }],
            comment: None,
            links: &[],
            retry: RetryHint::Never,
            sent_as: WireShape::Problem,
            error_code: None,
            retired: None,
        };
        assert_eq!(
            literal_len(&info),
            " is gone; see ".len() + " in {the} archive".len()
        );
    }

    #[test]
    fn mirrors_the_catalogue_and_is_built_once() {
        let index = of::<ProblemType>();
        assert_eq!(index.all().len(), ProblemType::ALL.len());
        for (i, kind) in ProblemType::ALL.iter().enumerate() {
            let at = i as u16;
            assert_eq!(index.titles[i], kind.title());
            assert!(index.with_status(kind.status()).contains(&at));
            let shape = kind.info().sent_as;
            assert_eq!(index.gateway.contains(&at), shape == WireShape::Gateway);
            assert_eq!(index.legacy.contains(&at), shape == WireShape::Legacy);
        }
        let at_409 = index.with_status(409);
        assert!(at_409
            .iter()
            .all(|&i| ProblemType::ALL[usize::from(i)].status() == 409));
        assert!(index.with_status(418).is_empty());
        // Every list runs from the most literal text to the least, then in catalogue order.
        for list in [index.all(), at_409, &index.gateway, &index.legacy] {
            let keys: Vec<_> = list
                .iter()
                .map(|&i| (std::cmp::Reverse(index.weights[usize::from(i)]), i))
                .collect();
            assert!(keys.windows(2).all(|w| w[0] < w[1]), "{keys:?}");
        }
        assert_eq!(index.statuses[0], ProblemType::ALL[0].status());
        assert!(std::ptr::eq(index, of::<ProblemType>()));
        let other_thread = std::thread::spawn(|| of::<ProblemType>() as *const Index as usize);
        assert_eq!(other_thread.join().unwrap(), index as *const Index as usize);
    }
}
