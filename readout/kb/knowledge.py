"""What a run knows: the knowledge base plus the aliases earlier runs learned, as one explicit value.

Why one object: a document's events must be a function of the document and this value only, whatever
ran before it in the same process and whichever engine runs it (NGEC's `ActorResolver`, done without
process-global state). The run loads it once from the data files and the database, the pipeline holds
it, and worker processes and Dask workers receive the same value. Aliases that documents teach during a
run are written by the store and take effect for the next run, identically for every engine.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from readout.kb.loader import KnowledgeBase, kb
from readout.model import Entity

if TYPE_CHECKING:
    from readout.kb.resolve import PersonResolver


@dataclass(frozen=True)
class LearnedAliases:
    """Name forms that earlier documents tied to a person, as the store keeps them."""

    forms: dict[str, str] = field(default_factory=dict)  # normalized form -> person id
    people: dict[str, Entity] = field(default_factory=dict)  # persons first met in documents, by id


@dataclass(frozen=True)
class Knowledge:
    base: KnowledgeBase
    learned: LearnedAliases = LearnedAliases()

    @classmethod
    def load(cls, learned: LearnedAliases | None = None) -> "Knowledge":
        return cls(kb(), learned or LearnedAliases())

    @functools.cached_property
    def resolver(self) -> "PersonResolver":
        """Built on first use in each process (its indexes are derived data, not sent to workers)."""
        # cold start: the resolver's modules (leaders, heads, offices) load on its first use
        from readout.kb.resolve import PersonResolver

        return PersonResolver(self)

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("resolver", None)
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
