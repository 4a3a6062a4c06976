"""The catalogue's problems as types: a frozen dataclass per entry (its parameters as
fields), narrowed with ``isinstance``. ``Problem`` is their union; each operation has the
union of its own problems, and a tuple of their classes for ``isinstance``."""

from dataclasses import dataclass
from typing import Callable, ClassVar, Dict, Literal, Tuple, Union


$$entries

@dataclass(frozen=True)
class Unknown:
    """A problem the catalogue does not describe (or whose parameters could not be
    recovered): the classification keeps everything that was received."""

    id: ClassVar[Literal["unknown"]] = "unknown"


#: A problem of the catalogue with its parameters.
Problem = Union[
    $$problems
]

#: The class of each entry, by id.
PROBLEM_CLASSES: Dict[str, Callable[..., Problem]] = {
    $$classes
}

$$operations
#: The classes of each operation's problems, by operation id.
OPERATION_PROBLEMS: Dict[str, Tuple[type, ...]] = {
    $$operation_map
}
