"""The Korean act lexicon (`data/lexicon/ko_acts.yaml`): schema, PLOVER tables and lemma index.

Why a Korean entry model of its own: a Korean entry is a lemma, a noun + verb pair or a nominal
compound matched through kiwi's morphemes, never through surface forms; the PLOVER tables it checks
against are the shared ones (`readout/lang/act_lexicon.py`), and `readout kb check` validates the file
with the shared schema too.

Why an index and not patterns: the finder looks each predicate's lemma up once in a dict (and each noun
compound's suffixes), so a lexicon of a thousand entries costs the same as one of ten.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, model_validator

from readout.cache import disk_cached
from readout.lang.act_lexicon import MODES, TYPES, PloverReading  # noqa: F401 - the shared PLOVER tables

VERB_ENDINGS = ("하다", "되다", "시키다")  # noun + these are one lemma in kiwi's analysis (NNG + XSV)


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


def squash(text: str) -> str:
    return text.replace(" ", "")


@dataclass
class ActIndex:
    """The lexicon by what the finder looks up: a predicate lemma, a (verb, noun) pair, a noun compound."""

    file: ActLexiconFile
    verbs: dict[str, ActEntry]  # "규탄하다" -> entry
    pairs: dict[str, dict[str, ActEntry]]  # "표명하다" -> {"우려": entry}
    nominals: dict[str, ActEntry]  # "대북제재" -> entry
    cues: dict[str, frozenset[str]]
    longest_noun: int  # most morphemes a noun key can span (bounds the suffix search)

    def cue(self, name: str) -> frozenset[str]:
        return self.cues.get(name, frozenset())

    def __len__(self) -> int:
        return len(self.file.entries)


def index(model: ActLexiconFile) -> ActIndex:
    verbs: dict[str, ActEntry] = {}
    pairs: dict[str, dict[str, ActEntry]] = {}
    nominals: dict[str, ActEntry] = {}
    for e in model.entries:
        if e.pos == "noun":
            nominals[squash(e.lemma)] = e
        elif e.noun:
            pairs.setdefault(e.lemma, {})[squash(e.noun)] = e
        else:
            verbs[e.lemma] = e
    longest = max(len(k) for k in nominals) if nominals else 1
    cues = {name: frozenset(words) for name, words in model.cues.items()}
    return ActIndex(model, verbs, pairs, nominals, cues, longest)


ACT_FILE = "lexicon/ko_acts.yaml"


@functools.lru_cache(maxsize=1)
@disk_cached("ko-act-index")
def act_index() -> ActIndex:
    """Read, validate and index `data/lexicon/ko_acts.yaml` once per process. Read with libyaml when
    PyYAML has it: the pure-Python reader takes over a second on this file, libyaml a fraction."""
    from importlib import resources

    import yaml
    from pydantic import ValidationError

    from readout.errors import DataFileError
    from readout.kb.loader import DATA_PACKAGE

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        raw = yaml.load(resources.files(DATA_PACKAGE).joinpath(ACT_FILE).read_text(encoding="utf-8"),
                        Loader=loader)
        return index(ActLexiconFile.model_validate(raw))
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read data file: {exc}", doc=ACT_FILE) from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise DataFileError(f"{where}: {first['msg']}", doc=ACT_FILE,
                            detail={"errors": len(exc.errors())}) from exc
