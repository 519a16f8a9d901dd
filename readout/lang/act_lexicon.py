"""The act lexicons (`data/lexicon/{lang}_acts.yaml`): schema, PLOVER tables, cached loader.

Why one module for both languages: the English and Korean act files carry the same kind of entry (a
lemma, its surface forms, what must follow it, the PLOVER type, mode and context, and where the
receiving side stands), so one schema checks both and `readout kb check` names the file and entry of
any mistake. The PLOVER tables below are the manual's (PLOVER_MANUAL.tex, CC BY-SA 4.0): a mode that
the manual does not list for a type, or a context it does not define, stops loading.

Field use per language:
- English: `lemma` "impose", `forms` its inflections ("imposed", "imposing"); `particle` a word that
  must follow ("call" + "on"); `objects` words one of which must appear within `object_window` words
  after the verb ("impose" + sanctions/tariffs); `target` "object" or a preposition.
- Korean: `lemma` a kiwi lemma ("규탄하다"), `noun` + `lemma` for a light-verb pair ("우려" + "표명하다"),
  `target` the particle that marks the receiving side ("에", "에게", "에 대해", "을").
"""
from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from readout.cache import disk_cached

TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

# Modes per type, from the manual's mode tables and its score table. AID has no modes in the manual;
# issue 15 asks for economic/military/humanitarian (CAMEO 071-073), so readout adds those three.
MODES: dict[str, tuple[str, ...]] = {
    "AGREE": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "SUPPORT": (),
    "CONCEDE": (),
    "COOPERATE": (),
    "AID": ("economic", "military", "humanitarian"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"),
}

# The manual's general contexts (table "General contexts").
CONTEXTS: tuple[str, ...] = (
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
    "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
    "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
    "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
    "misinformation", "crime", "corruption", "illegal_drugs", "trafficking",
)

Frame = Literal["pledge", "refuse"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class PloverReading(BaseModel):
    """The PLOVER reading an act entry gives, checked against the manual's tables: a type, a mode of
    that type, contexts. Both languages' entry models take it (`lang/ko/act_table.py`)."""

    type: str
    mode: str | None = None
    contexts: list[str] = []

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


@dataclass
class ActLexicon:
    """A loaded act file, indexed by surface form for dictionary lookup (no regex per entry)."""

    lang: str
    file: ActLexiconFile
    by_first_word: dict[str, list[tuple[tuple[str, ...], ActEntry]]] = field(default_factory=dict)
    cues: dict[str, frozenset[str]] = field(default_factory=dict)  # built once per name: readers ask per hit

    @property
    def entries(self) -> list[ActEntry]:
        return self.file.entries

    def cue(self, name: str) -> frozenset[str]:
        found = self.cues.get(name)
        if found is None:
            found = self.cues[name] = frozenset(self.file.cues.get(name, ()))
        return found

    def __len__(self) -> int:
        return len(self.file.entries)


def index(lang: str, model: ActLexiconFile) -> ActLexicon:
    """Index every form by its first word: the finder looks a word up once, then checks the rest."""
    by_first: dict[str, list[tuple[tuple[str, ...], ActEntry]]] = defaultdict(list)
    for entry in model.entries:
        for form in entry.forms:
            words = tuple(form.split())
            by_first[words[0]].append((words[1:], entry))
    return ActLexicon(lang, model, dict(by_first))


def act_file_name(lang: str) -> str:
    return f"lexicon/{lang}_acts.yaml"


@functools.lru_cache(maxsize=None)
@disk_cached("act-lexicon")
def load_act_lexicon(lang: str) -> ActLexicon:
    """Read, validate and index `data/lexicon/{lang}_acts.yaml` once per process.

    Read with libyaml when PyYAML has it: the English file has thousands of entries, and the
    pure-Python reader takes seconds where libyaml takes a fraction."""
    import yaml
    from pydantic import ValidationError

    from readout.errors import DataFileError
    from readout.kb.loader import DATA_PACKAGE

    from importlib import resources

    name = act_file_name(lang)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        raw = yaml.load(resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8"), Loader=loader)
        model = ActLexiconFile.model_validate(raw)
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read data file: {exc}", doc=name) from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise DataFileError(f"{where}: {first['msg']}", doc=name, detail={"errors": len(exc.errors())}) from exc
    return index(lang, model)


def act_lexicon_exists(lang: str) -> bool:
    from importlib import resources

    from readout.kb.loader import DATA_PACKAGE

    return resources.files(DATA_PACKAGE).joinpath(act_file_name(lang)).is_file()
