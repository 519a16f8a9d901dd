"""The Korean act lexicon (`data/lexicon/ko_acts.yaml`): schema, PLOVER tables and lemma index.

Why a Korean entry model of its own: a Korean entry is a lemma, a noun + verb pair or a nominal
compound matched through kiwi's morphemes, never through surface forms; the PLOVER tables it checks
against are the shared ones (`readout/lang/act_lexicon.py`), and `readout kb check` validates the file
with the shared schema too.

Why an index and not patterns: the finder looks each predicate's lemma up once in a dict (and each noun
compound's suffixes), so a lexicon of a thousand entries costs the same as one of ten.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from readout import budget
from readout.cache import disk_cached
from readout.errors import DataFileError
from readout.kb.entries import Plain, plain
from readout.kb.loader import DATA_PACKAGE
from readout.lang.ko.act_keys import squash

VERB_ENDINGS = ("하다", "되다", "시키다")  # noun + these are one lemma in kiwi's analysis (NNG + XSV)


class ActEntry(Plain):
    """One Korean trigger as the finders read it: the validated entry (`ko/act_schema.ActEntry`) as a
    plain record (a warm process loads the index without pydantic: `readout/kb/entries.py`)."""

    void = False  # (agree58) an entry a reader builds (not read from the file) states its act

    @property
    def key(self) -> str:
        """What ActHit.lemma reports: "규탄하다", "우려+표명하다", "대북 제재"."""
        return f"{self.noun}+{self.lemma}" if self.noun else self.lemma


RECORDS = {"ActEntry": ActEntry}


NO_WORDS: frozenset[str] = frozenset()  # a cue list the lexicon does not write


@dataclass
class ActIndex:
    """The lexicon by what the finder looks up: a predicate lemma, a (verb, noun) pair, a noun compound."""

    file: Any  # the validated file as a plain record (version, language, object_window, cues, entries)
    verbs: dict[str, ActEntry]  # "규탄하다" -> entry
    pairs: dict[str, dict[str, ActEntry]]  # "표명하다" -> {"우려": entry}
    nominals: dict[str, ActEntry]  # "대북제재" -> entry
    cues: dict[str, frozenset[str]]
    longest_noun: int  # most morphemes a noun key can span (bounds the suffix search)
    ordered: dict[str, tuple[str, ...]] = field(default_factory=dict)  # each cue list's words, sorted

    def __post_init__(self) -> None:
        self.ordered = {name: tuple(sorted(words)) for name, words in self.cues.items()}

    def cue(self, name: str) -> frozenset[str]:
        """The words of one cue list (none when the lexicon has no such list). Asked tens of times per Korean
        sentence, often inside a loop over its morphemes: a dict look-up with one shared empty set, no new set."""
        return self.cues.get(name, NO_WORDS)

    def words(self, name: str) -> tuple[str, ...]:
        """(speed49) The words of one cue list in sorted order, for a reader that takes the first word that fits
        or keys a table by a squashed word: a set's order follows the process's hash seed, so two words that fit
        alike ('무력 대응', '무력대응') gave a lemma that changed from one process to the next."""
        return self.ordered.get(name, ())

    def kinds(self, word: str) -> frozenset[str]:
        """(speed51) The names of every cue list holding `word` (none when no list does): `name in lex.kinds(w)`
        answers what `w in lex.cue(name)` does. A reader that asks several lists of one word (a verb: light, passive,
        announcing ...; an ending: negating, quoting, planning ...) looks the word up once instead of calling
        `cue` per list. Built at the first question, per process, from the lists themselves (never pickled)."""
        table = self.__dict__.get("_kinds")
        if table is None:
            table = self._kinds = word_kinds(self.cues)
        return table.get(word, NO_WORDS)

    def __getstate__(self) -> dict:
        """The cached index without its sets (rebuilt from the sorted words on load): a pickled set is written in
        its hash order, so the index's cache file differed with the seed of the process that built it; the
        per-process table of `kinds` stays out as well."""
        return {k: v for k, v in self.__dict__.items() if k not in ("cues", "_kinds")}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.cues = {name: frozenset(words) for name, words in self.ordered.items()}

    def __len__(self) -> int:
        return len(self.file.entries)


def word_kinds(cues: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Word -> the names of the cue lists holding it (`ActIndex.kinds`)."""
    names: dict[str, set[str]] = {}
    for name, words in cues.items():
        for word in words:
            names.setdefault(word, set()).add(name)
    return {word: frozenset(kinds) for word, kinds in names.items()}


CLASS_MARK = "@"  # a pair's noun "@troop_noun": any noun of that cue list


def index(model: Any) -> ActIndex:
    """The lookup tables. A pair whose noun names a cue list ({noun: "@troop_noun", lemma: 증강하다}) stands
    for that verb with every noun of the list, so a class of objects is written once, not noun by noun;
    a pair written for one noun overrides the class's reading of it (order in the file does not matter). A
    synonym of cue verb_alias ('매기다=부과하다') takes the pairs of its verb after its own."""
    verbs: dict[str, ActEntry] = {}
    pairs: dict[str, dict[str, ActEntry]] = {}
    nominals: dict[str, ActEntry] = {}
    classed: list[tuple[str, ActEntry]] = []
    for e in model.entries:
        if e.pos == "noun":
            nominals[squash(e.lemma)] = e
        elif e.noun and e.noun.startswith(CLASS_MARK):
            classed.append((e.noun[len(CLASS_MARK):], e))
        elif e.noun:
            pairs.setdefault(e.lemma, {})[squash(e.noun)] = e
        else:
            verbs[e.lemma] = e
    for cue, e in classed:
        if cue not in model.cues:
            raise KeyError(f"{e.lemma}: no cue list {cue!r} for its noun class")
        for noun in model.cues[cue]:  # each noun its own entry: ActHit.lemma names the noun found
            pairs.setdefault(e.lemma, {}).setdefault(squash(noun), ActEntry(**{**e.__dict__, "noun": noun}))
    for alias in model.cues.get("verb_alias", []):  # '매기다=부과하다': the synonym takes the verb's pairs
        verb, _, canon = alias.partition("=")
        pairs[verb] = {**pairs.get(canon, {}), **pairs.get(verb, {})}
    longest = max(len(k) for k in nominals) if nominals else 1
    cues = {name: frozenset(words) for name, words in model.cues.items()}
    cues[FORCE_CUE] = force_nouns(verbs, nominals)
    cues[MEASURE_CUE] = force_nouns(verbs, nominals, MEASURE_TYPES)
    return ActIndex(model, verbs, pairs, nominals, cues, longest)


FORCE_CUE = "force_act_noun"  # derived, not written: the nouns of the lexicon's uses and shows of force
FORCE_TYPES = frozenset({"ASSAULT", "MOBILIZE"})


MEASURE_CUE = "measure_act_noun"  # derived (refer42): the nouns of the lexicon's sanctions and coercive measures
MEASURE_TYPES = frozenset({"SANCTION", "COERCE"})


def force_nouns(verbs: dict[str, ActEntry], nominals: dict[str, ActEntry],
                types: frozenset[str] = FORCE_TYPES) -> frozenset[str]:
    """'이번 공습을 규탄했다', '이번 훈련을 비난했다': the noun of every X하다 verb and noun entry of a use or show of
    force names an act whose author a condemnation of it aims at (lang/ko/act_judged_kinds.answered_kind), so the
    lexicon's force vocabulary is that list, not a second one written by hand. So for the measures (`MEASURE_TYPES`,
    refer42: '이번 봉쇄를 규탄했다', '해당 추방을 비난했다': the doer of the last measure told)."""
    stems = {lemma[:-2] for lemma, e in verbs.items() if e.type in types and lemma.endswith("하다")
             and len(lemma) > 3}
    return frozenset(stems | {key for key, e in nominals.items() if e.type in types})


ACT_FILE = "lexicon/ko_acts.yaml"
# Entries written category by category from the CAMEO verb dictionary (scripts/data/build_ko_acts_cameo.py): one
# index with the main file's, the main file's cues and object window.
SUPPLEMENT_FILES = ("lexicon/ko_acts_cameo.yaml",)


@budget.table()
@disk_cached("ko-act-index")
def act_index() -> ActIndex:
    """Read, validate and index `data/lexicon/ko_acts.yaml` and its supplements once per process. Read with
    libyaml when PyYAML has it: the pure-Python reader takes over a second on these files, libyaml a fraction."""
    from readout.lang.ko import act_schema  # cold start: pydantic loads only on a first validation, not with `Korean`

    main = _validated(ACT_FILE, act_schema.ActLexiconFile.model_validate)
    model = plain(main, RECORDS)
    for name in SUPPLEMENT_FILES:
        supplement = _validated(name, act_schema.ActSupplementFile.model_validate)
        try:
            act_schema.check_disjoint(main, supplement)
        except ValueError as exc:
            raise DataFileError(str(exc), doc=name) from exc
        model.entries = model.entries + plain(supplement.entries, RECORDS)
    return index(model)


def _read_yaml(name: str) -> Any:
    import yaml  # cold start: yaml loads only when a lexicon file is first read, not with `Korean`

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8"), Loader=loader)
    except (OSError, yaml.YAMLError) as exc:
        raise DataFileError(f"cannot read data file: {exc}", doc=name) from exc


def _validated(name: str, validate: Any) -> Any:
    """The file validated by `validate`, a schema error reported as a DataFileError naming the file."""
    from pydantic import ValidationError  # cold start: pydantic loads only on a first validation, not with `Korean`

    try:
        return validate(_read_yaml(name))
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise DataFileError(f"{where}: {first['msg']}", doc=name, detail={"errors": len(exc.errors())}) from exc
