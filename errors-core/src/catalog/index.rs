//! A packed copy of the catalogue facts that identification scans on every response.
//!
//! Scanning `ProblemTypeInfo`s touches one cache line per entry; the status, shape and
//! title of every entry side by side take a few. The generator writes it as static data
//! beside the catalogue's table (`ProblemKind::classify_index`): nothing is built or looked up
//! at run time.

/// Facts of every entry of one catalogue, by position in `ProblemKind::all()`. Support for
/// generated code: it builds one with [`index_v1`].
#[doc(hidden)]
#[derive(Debug)]
pub struct Index {
    pub(crate) titles: &'static [&'static str],
    /// The status of each entry.
    pub(crate) statuses: &'static [u16],
    /// The length of the literal text of each entry's detail template: the more, the more
    /// specific a match is; 0 for a template that is only placeholders.
    pub(crate) weights: &'static [usize],
    /// Positions of the entries of each status, by status (ascending). Every list of
    /// positions is ordered by weight, most first, then by position.
    by_status: &'static [(u16, &'static [u16])],
    /// Every position.
    all: &'static [u16],
    /// Positions of the entries sent as the gateway's JSON.
    pub(crate) gateway: &'static [u16],
    /// Positions of the legacy entries.
    pub(crate) legacy: &'static [u16],
}

/// The index as generated code writes it (version 1).
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub struct IndexV1 {
    pub titles: &'static [&'static str],
    pub statuses: &'static [u16],
    pub weights: &'static [usize],
    pub by_status: &'static [(u16, &'static [u16])],
    pub all: &'static [u16],
    pub gateway: &'static [u16],
    pub legacy: &'static [u16],
}

/// The index of a catalogue, from what the generator computed.
#[doc(hidden)]
pub const fn index_v1(f: IndexV1) -> Index {
    Index {
        titles: f.titles,
        statuses: f.statuses,
        weights: f.weights,
        by_status: f.by_status,
        all: f.all,
        gateway: f.gateway,
        legacy: f.legacy,
    }
}

impl Index {
    /// Positions of the entries of `status`.
    pub(crate) fn with_status(&self, status: u16) -> &'static [u16] {
        match self.by_status.binary_search_by_key(&status, |(s, _)| *s) {
            Ok(at) => self.by_status[at].1,
            Err(_) => &[],
        }
    }

    /// Every position.
    pub(crate) fn all(&self) -> &'static [u16] {
        self.all
    }
}

#[cfg(test)]
mod tests {
    use crate::catalog::vocabulary::WireShape;
    use crate::problem::segment::TemplateSegment;
    use crate::shop::ProblemType;

    /// The length of the literal text of an entry's template, as the generator counts it.
    fn literal_len(segments: &[TemplateSegment]) -> usize {
        segments
            .iter()
            .map(|segment| match segment {
                TemplateSegment::Literal(text) => text.len(),
                TemplateSegment::Param(_) => 0,
            })
            .sum()
    }

    #[test]
    fn weights_are_the_literal_text_of_each_template() {
        let index = <ProblemType as crate::catalog::kind::ProblemKind>::classify_index();
        for (i, kind) in ProblemType::ALL.iter().enumerate() {
            assert_eq!(
                index.weights[i],
                literal_len(kind.info().segments()),
                "{kind:?}"
            );
        }
        let shop = crate::shop::ProblemType::ReferenceNotFound.info();
        assert_eq!(
            literal_len(shop.segments()),
            "The reference ".len() + " does not exist for MSN ".len()
        );
    }

    #[test]
    fn mirrors_the_catalogue() {
        let index = <ProblemType as crate::catalog::kind::ProblemKind>::classify_index();
        assert_eq!(index.all().len(), ProblemType::ALL.len());
        for (i, kind) in ProblemType::ALL.iter().enumerate() {
            let at = i as u16;
            assert_eq!(index.titles[i], kind.title());
            assert_eq!(index.statuses[i], kind.status());
            assert!(index.with_status(kind.status()).contains(&at));
            let shape = kind.info().sent_as();
            assert_eq!(index.gateway.contains(&at), shape == WireShape::Gateway);
            assert_eq!(index.legacy.contains(&at), shape == WireShape::Legacy);
        }
        let at_409 = index.with_status(409);
        assert!(at_409
            .iter()
            .all(|&i| ProblemType::ALL[usize::from(i)].status() == 409));
        assert!(index.with_status(418).is_empty());
        // Every list runs from the most literal text to the least, then in catalogue order.
        for list in [index.all(), at_409, index.gateway, index.legacy] {
            let keys: Vec<_> = list
                .iter()
                .map(|&i| (std::cmp::Reverse(index.weights[usize::from(i)]), i))
                .collect();
            assert!(keys.windows(2).all(|w| w[0] < w[1]), "{keys:?}");
        }
    }
}
