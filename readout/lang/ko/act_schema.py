"""The pydantic schema of the Korean act lexicon (`data/lexicon/ko_acts.yaml` and its CAMEO supplement
`ko_acts_cameo.yaml`): a lemma, a noun + verb pair or a nominal compound, with the shared PLOVER reading
(`readout/lang/act_schema.py`) and the source it came from (`cameo:CODE`, `plover:TYPE`, `readout`).

Why a module of its own: it is needed only when the file is validated (a start-up cache miss, `readout kb
check`, tests); the finders read the validated file as plain records (`act_table.ActEntry`).
"""
from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator

from readout.lang.plover_tables import TYPES
from readout.lang.act_schema import PloverReading
from readout.lang.ko.act_keys import squash

# cue lists a reader needs non-empty (a missing list reads as empty and silently turns the reader off)
REQUIRED_CUES = ("verdict_quote_particle", "verdict_joined_ending", "verdict_subject_particle",
                 "verdict_topic_particle", "verdict_object_particle", "verdict_noun", "verdict_verb", "say_verb",
                 "crowd_noun")
SOURCE_KINDS = ("cameo", "plover")  # 'cameo:0231' (a CAMEO code), 'plover:ASSAULT' (the manual's type); or 'readout'


def source_problem(source: str, type_: str, crosswalk: dict[str, str]) -> str | None:
    """What is wrong with one source key of an entry of `type_`, or None. Why checked: a source key says which
    CAMEO category an entry was written for, so its type must be the one the crosswalk gives that code (a
    typo in the code or the type would otherwise pass unseen); `plover:TYPE` marks where readout follows the
    manual's type and not the crosswalk's (sanctions are SANCTION, remorse CONCEDE)."""
    if source == "readout":
        return None
    kind, _, value = source.partition(":")
    if kind not in SOURCE_KINDS or not value:
        return f"source {source!r} is not cameo:CODE, plover:TYPE or readout"
    if kind == "plover":
        return None if value == type_ else f"source {source!r} names another type than {type_}"
    if not value.isdigit() or not 2 <= len(value) <= 4:
        return f"source {source!r}: a CAMEO code is two to four digits"
    if crosswalk and crosswalk.get(value) != type_:
        return f"source {source!r}: the crosswalk maps {value} to {crosswalk.get(value)}, not {type_}"
    return None


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
        for source in self.source:
            problem = source_problem(source, self.type, {})
            if problem:
                raise ValueError(problem)
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
    def _cues(self) -> "ActLexiconFile":
        """A lexicon with cue lists (the shipped one; a test's entries-only file has none) has every required one."""
        missing = [name for name in REQUIRED_CUES if self.cues and not self.cues.get(name)]
        if missing:
            raise ValueError(f"cue lists {missing} are missing or empty (their readers read them)")
        return self

    @model_validator(mode="after")
    def _unique(self) -> "ActLexiconFile":
        seen: dict[tuple, int] = {}
        for i, e in enumerate(self.entries):
            k = (squash(e.lemma), e.pos, squash(e.noun or ""))  # 항의 서한 and 항의서한 are one key
            if k in seen:
                raise ValueError(f"entries {seen[k]} and {i} share the key {k}")
            seen[k] = i
        return self


class ActSupplementFile(BaseModel):
    """A further file of entries for the same index (`ko_acts_cameo.yaml`): entries only (the cues and the
    object window are the main file's), each with a source key checked against the crosswalk the file
    carries (`crosswalk`: CAMEO code -> PLOVER type, copied from CAMEO2PLOVER-2021 for the codes it names)."""

    model_config = ConfigDict(extra="forbid")

    version: int
    updated: date
    language: str
    crosswalk: dict[str, str]
    entries: list[ActEntry]

    @model_validator(mode="after")
    def _sources(self) -> "ActSupplementFile":
        bad = {t for t in self.crosswalk.values() if t not in TYPES}
        if bad:
            raise ValueError(f"crosswalk types {sorted(bad)} are not PLOVER types")
        seen: dict[tuple, int] = {}
        for i, e in enumerate(self.entries):
            if not e.source:
                raise ValueError(f"entry {i} ({e.key}) names no source (cameo:CODE or plover:TYPE)")
            for source in e.source:
                problem = source_problem(source, e.type, self.crosswalk)
                if problem:
                    raise ValueError(f"entry {i} ({e.key}): {problem}")
            k = (squash(e.lemma), e.pos, squash(e.noun or ""))
            if k in seen:
                raise ValueError(f"entries {seen[k]} and {i} share the key {k}")
            seen[k] = i
        return self


def check_disjoint(main: ActLexiconFile, supplement: ActSupplementFile) -> None:
    """No supplement entry may repeat a main entry's key: one lemma, one reading, written once."""
    keys = {(squash(e.lemma), e.pos, squash(e.noun or "")) for e in main.entries}
    for e in supplement.entries:
        if (squash(e.lemma), e.pos, squash(e.noun or "")) in keys:
            raise ValueError(f"supplement entry {e.key} repeats an entry of the main lexicon")
