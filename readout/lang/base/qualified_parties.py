"""A shared party name qualified as a state's opposition or ruling party is the party of the state named before it
in its sentence (actors61 for English, actors62 for Korean): the rule both languages share, each with its own
qualifier pattern and its own list of shared names (lang/en/qualified_parties.py, lang/ko/qualified_parties.py)."""
from __future__ import annotations

import dataclasses
import re
from typing import Callable

from readout.kb.loader import IGO_CODES
from readout.model import CountryMention


def qualified_states(text: str, offset: int, found: list[CountryMention], default_of: Callable[[str], str | None],
                     qualifier: re.Pattern) -> list[CountryMention]:
    """`found` with each bare shared party name (`default_of(word)` its default state) that a domestic qualifier
    (`qualifier`, searched to end right before the name) opens read as the party of the first state the sentence
    names before it, where that state is one and not the default and the sentence names the default state nowhere
    else."""
    out = list(found)
    for i, m in enumerate(found):
        default = default_of(text[m.start - offset:m.end - offset])
        if default is None or m.codes != [default]:
            continue
        if not qualifier.search(text, 0, m.start - offset):
            continue
        others = [c for c in found if c is not m]
        if any(default in c.codes for c in others):
            continue
        before = [c for c in others if c.end <= m.start and not c.recipient and len(c.codes) == 1
                  and c.codes[0] not in IGO_CODES]
        if before:
            out[i] = dataclasses.replace(m, codes=list(before[0].codes))
    return out
