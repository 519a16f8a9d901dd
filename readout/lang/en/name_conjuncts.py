"""A country's name coordinated with another state's adjective before an agent noun ('Senegal and Malian rebels',
'Chile, Peruvian troops'): the noun, and the sector it gives, are the adjective's alone; a name is no modifier, so it
stands for its state (GOV). Adjectives coordinated ('Indian and Pakistani officials'), a possessive ("Chile's and
Peru's envoys") or a name that is also an adjective ('U.S. and Chinese officials') share the noun (enactors70)."""
from __future__ import annotations

import dataclasses
import re

from readout.lang.en.country_forms import longest_form
from readout.lang.en.places import adjective_only, name_only

COORDINATED_RE = re.compile(r"\s*(?:,|and|&)\s*(?:the\s+)?(?=[A-Z])")  # a conjunction before a country word
NAME_SECTOR = "GOV"  # a state named by its name alone: its government (pipeline/common.country_entity)


def name_before_adjective(text: str, start: int, end: int) -> bool:
    """Whether the country word at `start`..`end` is a name that is no adjective, coordinated with a country
    adjective right after it ('Senegal and Malian ...')."""
    joined = COORDINATED_RE.match(text, end)
    return joined is not None and longest_form(text, start) in name_only() \
        and longest_form(text, joined.end()) in adjective_only()


def joined_at(text: str, end: int) -> int | None:
    joined = COORDINATED_RE.match(text, end)
    return joined.end() if joined else None


def names_beside_adjectives(text: str, offset: int, found: list) -> list:
    """`found` with each such name given its state's own sector, where the adjective after it took an agent
    noun's sector: the acting readers give a sectorless co-subject the subject noun's sector otherwise."""
    out = []
    for n, c in enumerate(found):
        nxt = found[n + 1] if n + 1 < len(found) else None
        if c.sector is None and nxt is not None and nxt.sector and nxt.sector != NAME_SECTOR \
                and name_before_adjective(text, c.start - offset, c.end - offset) \
                and joined_at(text, c.end - offset) == nxt.start - offset:
            c = dataclasses.replace(c, sector=NAME_SECTOR)
        out.append(c)
    return out
