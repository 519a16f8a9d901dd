"""The act lexicons (`data/lexicon/{lang}_acts.yaml`): plain records and cached loader (the schema is lang/act_schema,
the PLOVER tables it checks against lang/plover_tables).

Why one module for both languages: the English and Korean act files carry the same kind of entry (a
lemma, its surface forms, what must follow it, the PLOVER type, mode and context, and where the
receiving side stands), so one schema checks both and `readout kb check` names the file and entry of
any mistake.

Field use per language:
- English: `lemma` "impose", `forms` its inflections ("imposed", "imposing"); `particle` a word that
  must follow ("call" + "on"); `objects` words one of which must appear within `object_window` words
  after the verb ("impose" + sanctions/tariffs); `target` "object" or a preposition.
- Korean: `lemma` a kiwi lemma ("규탄하다"), `noun` + `lemma` for a light-verb pair ("우려" + "표명하다"),
  `target` the particle that marks the receiving side ("에", "에게", "에 대해", "을").
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources

from readout import budget
from readout.cache import disk_cached
from readout.errors import DataFileError
from readout.kb.entries import Plain, plain
from readout.kb.loader import DATA_PACKAGE

# (stance68) The mode a type's every act may carry, named by the type's bare word ('protesters', 'a protest': a
# demonstration): a narrower mode read of the same act in the same sentence ('threw paint on X': vandalize) replaces it.
BROAD_MODES: dict[str, str] = {"PROTEST": "demo"}
CROWD_CONTROL = "crowd-control"  # ASSAULT's mode of tear gas, water cannon, rubber bullets (both languages' readers)


class ActEntry(Plain):
    """One trigger as the finders read it: the validated entry (`act_schema.ActEntry`) as a plain record.
    Why plain: the lexicon is kept by the start-up cache, and a process that loads it needs neither
    pydantic nor the schema (`readout/kb/entries.py`)."""

    void = False  # (agree58) an entry a reader builds (not read from the file) states its act

    @property
    def key(self) -> tuple:
        return (self.lemma, self.pos, self.particle, self.noun, tuple(sorted(self.objects)))


class ActFile(Plain):
    """A validated act file (`act_schema.ActLexiconFile`) as a plain record."""

    def object_words(self, entry: ActEntry) -> list[str]:
        """An entry's required objects with its word sets expanded."""
        out: list[str] = []
        for o in entry.objects:
            out += self.sets[o[1:]] if o.startswith("&") else [o]
        return out


RECORDS = {"ActEntry": ActEntry, "ActLexiconFile": ActFile}


@dataclass
class ActLexicon:
    """A loaded act file, indexed by surface form for dictionary lookup (no regex per entry)."""

    lang: str
    file: ActFile
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


def index(lang: str, model: ActFile) -> ActLexicon:
    """Index every form by its first word: the finder looks a word up once, then checks the rest."""
    by_first: dict[str, list[tuple[tuple[str, ...], ActEntry]]] = defaultdict(list)
    for entry in model.entries:
        for form in entry.forms:
            words = tuple(form.split())
            by_first[words[0]].append((words[1:], entry))
    return ActLexicon(lang, model, dict(by_first))


def act_file_name(lang: str) -> str:
    return f"lexicon/{lang}_acts.yaml"


@budget.table(maxsize=2)  # one per language: a table, bounded (budget53)
@disk_cached("act-lexicon")
def load_act_lexicon(lang: str) -> ActLexicon:
    """Read, validate and index `data/lexicon/{lang}_acts.yaml` once per process.

    Read with libyaml when PyYAML has it: the English file has thousands of entries, and the
    pure-Python reader takes seconds where libyaml takes a fraction."""
    # cold start: yaml, pydantic and the schema load only when an act file is first read (a start-up cache miss)
    import yaml
    from pydantic import ValidationError  # (as above)

    from readout.lang.act_schema import ActLexiconFile  # (as above)

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
    return index(lang, plain(model, RECORDS))


def act_lexicon_exists(lang: str) -> bool:
    return resources.files(DATA_PACKAGE).joinpath(act_file_name(lang)).is_file()
