"""The pydantic schema of the Korean act lexicon (`data/lexicon/ko_acts.yaml`): a lemma, a noun + verb
pair or a nominal compound, with the shared PLOVER reading (`readout/lang/act_schema.py`).

Why a module of its own: it is needed only when the file is validated (a start-up cache miss, `readout kb
check`, tests); the finders read the validated file as plain records (`act_table.ActEntry`).
"""
from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator

from readout.lang.act_schema import PloverReading
from readout.lang.ko.act_table import squash


class ActEntry(PloverReading):
    """One Korean trigger: a verb lemma, a noun + verb pair, or a nominal compound."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    lemma: str
    pos: Literal["verb", "noun"] = "verb"
    noun: str | None = None  # pair: this noun in the verb's clause ("우려" + "표명하다")
    forms: list[str] = []
    target: list[str] = []
    generic: bool = False
    source: list[str] = []

    @model_validator(mode="after")
    def _shape(self) -> "ActEntry":
        if self.pos == "verb" and not self.lemma.endswith("다"):
            raise ValueError(f"verb lemma {self.lemma!r} must be a dictionary form ending in 다")
        if self.pos == "noun" and self.noun is not None:
            raise ValueError("a nominal entry has no separate noun")
        return self

    @property
    def key(self) -> str:
        """What ActHit.lemma reports: "규탄하다", "우려+표명하다", "대북 제재"."""
        return f"{self.noun}+{self.lemma}" if self.noun else self.lemma


class ActLexiconFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    updated: date
    language: str
    object_window: int
    cues: dict[str, list[str]] = {}
    entries: list[ActEntry]

    @model_validator(mode="after")
    def _unique(self) -> "ActLexiconFile":
        seen: dict[tuple, int] = {}
        for i, e in enumerate(self.entries):
            k = (squash(e.lemma), e.pos, squash(e.noun or ""))  # 항의 서한 and 항의서한 are one key
            if k in seen:
                raise ValueError(f"entries {seen[k]} and {i} share the key {k}")
            seen[k] = i
        return self
