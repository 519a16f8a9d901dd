"""What every schema of a data file shares: no field the schema does not name (`Strict`: a misspelt key stops
loading instead of being dropped), the form of a country code and of a PLOVER sector.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Callable

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from readout.kb.entries import SECTORS

CODE_RE = re.compile(r"^[A-Z]{3}$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FrequencyList(Strict):
    """A word list generated from wordfreq's frequencies, above a Zipf cut (common_word_places.yaml,
    common_syllables_ko.yaml): the header both share."""

    version: int
    updated: date
    zipf_cut: float = Field(gt=0, le=8)


def all_of(items: list[str], test: Callable[[str], bool], what: str) -> list[str]:
    """`items`, when `test` holds for every one; else a ValueError naming the first that fails as not `what`."""
    bad = [item for item in items if not test(item)]
    if bad:
        raise ValueError(f"not {what}: {bad[0]!r}")
    return items


def check_sector(v: str) -> str:
    if v not in SECTORS:
        raise ValueError(f"sector {v!r} is not a PLOVER sector code")
    return v


def check_code(v: str) -> str:
    if not CODE_RE.match(v):
        raise ValueError(f"not an alpha-3 code: {v!r}")
    return v


# (debt46) a field holding one country's ISO 3166 alpha-3 code (a country entry's own, a venue's state, a region's or
# town's state, a surname-first state): the check written once, where four validators repeated it
Code = Annotated[str, AfterValidator(check_code)]


# a field holding one PLOVER sector code: the check written once for every entry that has a sector (a named body,
# a portfolio, an office), where each model repeated the same validator
Sector = Annotated[str, AfterValidator(check_sector)]
