"""The catalogue's facts, as the rules read them."""

from typing import Dict, List, Optional, Tuple, TypedDict, Union

#: A template's segments: literal text, or a parameter's position.
Segments = List[Union[str, int]]
#: [id, type URI, title, status, retry hint, wire shape, legacy error code, parameters
#: ((name, kind)), detail segments, detail template].
Row = Tuple[str, str, str, int, str, str, Optional[str], List[Tuple[str, str]], Segments, str]
#: An entry's title, detail segments and detail template in one locale.
Text = Tuple[str, Segments, str]


class IndexData(TypedDict):
    """What classification scans in one locale: the length of the literal text of each
    template, and positions of entries, most literal text first."""

    weights: List[int]
    by_status: Dict[int, List[int]]
    all: List[int]
    gateway: List[int]
    legacy: List[int]


#: The locales of the catalogue's texts: the source's first.
LOCALES: List[str] = $locales

#: Every entry in catalogue order.
ENTRIES: List[Row] = [
    $$entries
]

#: Per locale after the source: each entry's texts, or None when it is untranslated.
TRANSLATIONS: List[List[Optional[Text]]] = [
    $$translations
]

#: Per locale, the source's first.
INDEXES: List[IndexData] = [
    $$indexes
]

#: Every operation with the ids of the entries it can return.
OPERATIONS: Dict[str, List[str]] = {
    $$operations
}
