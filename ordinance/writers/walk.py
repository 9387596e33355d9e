"""One walk over the tree for every writer: a table from node type to a small function.

As in mdformat's renderer, a writer is a mapping from node type to a function, not a class
hierarchy; a writer that renders something differently (the redline writer, say) copies the
table and replaces one entry. Handlers receive the node and the `Walk`, and recurse through
`walk.blocks(children)`. The walk only reads the tree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from ..document import Document

State = TypeVar("State")

# Keyed by node type; the node argument is typed Any so that each handler may name its own type.
Handlers = Mapping[type, Callable[[Any, "Walk[State]"], None]]


@dataclass(slots=True)
class Walk(Generic[State]):
    """A writer's pass over one resolved document: its handler table and its output state."""

    doc: Document
    handlers: Handlers[State]
    state: State

    def block(self, node: object) -> None:
        try:
            handler = self.handlers[type(node)]
        except KeyError:
            raise TypeError(f"no handler for {type(node).__name__}") from None
        handler(node, self)

    def blocks(self, nodes: Iterable[object]) -> None:
        for node in nodes:
            self.block(node)

    def document(self) -> None:
        """Preamble, sections, closing: the order every writer prints."""
        self.blocks(self.doc.preamble)
        self.blocks(self.doc.sections)
        self.blocks(self.doc.closing)
