"""The catalogue's facts (generated into ``_catalog``) as the rules look them up: entries by
type URI and id, and per locale the classification index with its titles."""

from typing import Dict, List, NamedTuple, Optional, Sequence, Tuple, Union

from ._catalog import ENTRIES, INDEXES, LOCALES, OPERATIONS, TRANSLATIONS
from ._text import fold_ascii, trim

Segments = Sequence[Union[str, int]]


class Param(NamedTuple):
    """A template parameter: its name, and its kind (``string`` or ``integer``)."""

    name: str
    kind: str


class Entry(NamedTuple):
    """What the catalogue says about one entry."""

    id: str
    type: str
    title: str
    status: int
    retry: str
    sent_as: str
    error_code: Optional[str]
    params: Tuple[Param, ...]
    segments: Segments
    template: str
    position: int
    #: The positions of the whole-number parameters.
    integers: Tuple[int, ...]


#: Every entry, in catalogue order.
ENTRY: Tuple[Entry, ...] = tuple(
    Entry(
        e[0], e[1], e[2], e[3], e[4], e[5], e[6], tuple(Param(*p) for p in e[7]), e[8], e[9], at,
        tuple(i for i, p in enumerate(e[7]) if p[1] == "integer"),
    )
    for at, e in enumerate(ENTRIES)
)
BY_TYPE: Dict[str, Entry] = {e.type: e for e in ENTRY}
BY_ID: Dict[str, Entry] = {e.id: e for e in ENTRY}


#: Each entry's texts in each locale (the source's first): (title, segments, template), or
#: ``None`` where a locale leaves it untranslated.
TEXTS: Tuple[Tuple[Optional[Tuple[str, Segments, str]], ...], ...] = tuple(
    ((e.title, e.segments, e.template),) + tuple(t[e.position] for t in TRANSLATIONS) for e in ENTRY
)


def texts_in(entry: Entry, locale: int) -> Optional[Tuple[str, Segments, str]]:
    """The texts of ``entry`` in the locale at ``locale`` (0: the source): (title, segments,
    template), or ``None`` for an entry that locale leaves untranslated."""
    texts = TEXTS[entry.position]
    return texts[locale] if locale < len(texts) else None


class Index(NamedTuple):
    """The classification index of one locale."""

    locale: int
    weights: Sequence[int]
    by_status: Dict[int, List[int]]
    all: Sequence[int]
    gateway: Sequence[int]
    legacy: Sequence[int]
    #: Folded title → positions, most literal template text first.
    titles: Dict[str, List[int]]
    #: Each title as written, when trimming leaves it as it is → the same list as in
    #: ``titles`` (which spares trimming and folding the usual title).
    exact: Dict[str, List[int]]


def _index(locale: int) -> Index:
    raw = INDEXES[locale]
    titles: Dict[str, List[int]] = {}
    exact: Dict[str, List[int]] = {}
    for at in raw["all"]:
        texts = texts_in(ENTRY[at], locale)
        if texts is not None:
            titles.setdefault(fold_ascii(texts[0]), []).append(at)
    for at in raw["all"]:
        texts = texts_in(ENTRY[at], locale)
        if texts is not None and trim(texts[0]) == texts[0]:
            exact[texts[0]] = titles[fold_ascii(texts[0])]
    return Index(locale, raw["weights"], raw["by_status"], raw["all"], raw["gateway"], raw["legacy"], titles, exact)


#: The index of each locale, the source's first.
INDEX: Tuple[Index, ...] = tuple(_index(locale) for locale in range(len(INDEXES)))

__all__ = ["BY_ID", "BY_TYPE", "ENTRY", "INDEX", "LOCALES", "OPERATIONS", "TEXTS", "Entry", "Index", "Param", "texts_in"]
