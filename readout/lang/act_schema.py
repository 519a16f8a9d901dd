"""The pydantic schema of the act lexicons (`data/lexicon/{lang}_acts.yaml`), checked against the PLOVER
tables of `readout/lang/plover_tables.py`.

Why a module of its own: the schema is needed only when an act file is validated (a start-up cache
miss, `readout kb check`, the data scripts); the finders read the validated file as plain records
(`act_lexicon.ActEntry`, `ActFile`), so a warm process never imports pydantic.
"""
from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from readout.lang.plover_tables import CONTEXTS, MODES, TYPES, Frame  # noqa: F401 - Frame: ActEntry's annotation


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PloverReading(BaseModel):
    """The PLOVER reading an act entry gives, checked against the manual's tables: a type, a mode of
    that type, contexts, or none (`void`). Both languages' entry models take it (`lang/ko/act_table.py`)."""

    type: str
    mode: str | None = None
    contexts: list[str] = []
    # (agree58) a reading that is no act: the trigger with this object ('accepted the resignation', '사표를
    # 받아들였다') states none, in the place of the verb's other readings; `type` names the reading it stops
    void: bool = False

    @field_validator("type")
    @classmethod
    def _type(cls, v: str) -> str:
        if v not in TYPES:
            raise ValueError(f"type {v!r} is not one of the 16 PLOVER types")
        return v

    @field_validator("contexts")
    @classmethod
    def _contexts(cls, v: list[str]) -> list[str]:
        bad = [c for c in v if c not in CONTEXTS]
        if bad:
            raise ValueError(f"contexts {bad} are not PLOVER contexts")
        return v

    @model_validator(mode="after")
    def _mode(self):
        if self.mode is not None and self.mode not in MODES[self.type]:
            raise ValueError(f"mode {self.mode!r} is not a mode of {self.type} "
                             f"(manual: {', '.join(MODES[self.type]) or 'none'})")
        return self


class ActEntry(Strict, PloverReading):
    """One trigger: a lemma (with what must accompany it) and the PLOVER reading it gives."""

    lemma: str
    pos: Literal["verb", "noun"] = "verb"
    forms: list[str] = []  # inflected forms (English); Korean matches lemmas
    particle: str | None = None  # must follow the trigger: "call" + "on", "step" + "down"
    objects: list[str] = []  # one must appear within object_window words: "impose" + "sanctions"
    noun: str | None = None  # Korean light-verb pair: "우려" + "표명하다"
    target: list[str] = []  # "object", or the preposition/particle introducing the receiving side
    generic: bool = False  # a generic pledge to cooperate
    frame: Frame | None = None  # pledge: "vow to X" reads X; refuse: "refused to X" negates X
    source: list[str] = []  # CAMEO codes it came from, or "readout"

    @field_validator("forms")
    @classmethod
    def _forms(cls, v: list[str]) -> list[str]:
        if not v or any(not f.strip() for f in v):
            raise ValueError("forms must be a non-empty list of non-empty strings")
        return v

    @field_validator("target")
    @classmethod
    def _target(cls, v: list[str]) -> list[str]:
        if any(not t.strip() for t in v):
            raise ValueError("a target is 'object' or a preposition/particle, never empty")
        return v

    @property
    def key(self) -> tuple:
        return (self.lemma, self.pos, self.particle, self.noun, tuple(sorted(self.objects)))


class ActLexiconFile(Strict):
    version: int
    updated: date
    language: str
    object_window: int  # how many words after a trigger a required object may stand
    cues: dict[str, list[str]] = {}  # the language's closed word lists (negation, modality, ...)
    sets: dict[str, list[str]] = {}  # word sets an entry's objects name as "&name" (CAMEO synsets)
    entries: list[ActEntry]

    @model_validator(mode="after")
    def _unique(self) -> "ActLexiconFile":
        seen: dict[tuple, int] = {}
        for i, e in enumerate(self.entries):
            if e.key in seen:
                raise ValueError(f"entries {seen[e.key]} and {i} share the key {e.key}")
            seen[e.key] = i
            missing = [o for o in e.objects if o.startswith("&") and o[1:] not in self.sets]
            if missing:
                raise ValueError(f"entry {i} ({e.lemma}) names unknown word sets {missing}")
        return self

    def object_words(self, entry: ActEntry) -> list[str]:
        """An entry's required objects with its word sets expanded."""
        out: list[str] = []
        for o in entry.objects:
            out += self.sets[o[1:]] if o.startswith("&") else [o]
        return out
