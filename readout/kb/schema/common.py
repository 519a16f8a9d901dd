"""What every schema of a data file shares: no field the schema does not name (`Strict`: a misspelt key stops
loading instead of being dropped), the form of a country code and of a PLOVER sector.
"""
from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from readout.kb.entries import SECTORS

CODE_RE = re.compile(r"^[A-Z]{3}$")

class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def check_sector(v: str) -> str:
    if v not in SECTORS:
        raise ValueError(f"sector {v!r} is not a PLOVER sector code")
    return v
