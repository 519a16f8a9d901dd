"""What every schema of a data file shares: no field the schema does not name (`Strict`: a misspelt key stops
loading instead of being dropped), the form of a country code and of a PLOVER sector.
"""
from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict

from readout.kb.entries import SECTORS

CODE_RE = re.compile(r"^[A-Z]{3}$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


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
