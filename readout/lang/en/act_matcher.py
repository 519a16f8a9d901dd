"""The English act lexicon indexed for the dictionary walk: candidates by first word, with the closed cue word
lists (act_cues.Cues) built beside them.

Why its own module: building the index is the costly part of start-up (kept by the disk cache), and
the tokens, the object window and the frame readers all depend on these tables, not on each other.
"""
from __future__ import annotations

import marshal
import sys
from dataclasses import dataclass

from readout import budget
from readout.cache import disk_cached
from readout.lang.act_lexicon import ActEntry, load_act_lexicon
from readout.lang.en.act_cue_filling import cues_of
from readout.lang.en.act_cues import Cues


@dataclass(frozen=True)
class Candidate:
    """One way an entry can match at a word: the rest of its form, its particle, its objects."""

    entry: ActEntry
    rest: tuple[str, ...]
    particle: tuple[str, ...]
    objects: dict[str, tuple[tuple[str, ...], ...]]  # first word -> the object phrases' remainders
    specificity: int


@dataclass(frozen=True)
class Matcher:
    by_word: dict[str, tuple[Candidate, ...]]  # a `CandidateIndex`: `in`, `get` and `[]` as a dict's
    cues: Cues
    base_forms: frozenset[str]  # lemma and 3rd-person/-ing forms: not past participles


RawCandidate = tuple[int, tuple[str, ...], tuple[str, ...], int, int]  # entry, rest, particle, objects, specificity


@dataclass(frozen=True)
class Tables:
    """The index as the start-up cache keeps it: each word's candidates, each entry and each object
    table as one `marshal` blob, decoded when first asked for.

    Why: 12,600 `Candidate` objects over 3,100 entries made a 1.9 MB pickle that took ~45 ms to load in
    every process, though a run reads the candidates of a few hundred words. A few thousand short byte
    strings load in about a millisecond. A candidate is the index of its entry and of its object table
    (10,000 candidates share 1,300 distinct tables); an entry its field names (`entry_fields[k]`) and
    values. Marshal's format is the interpreter's, and the cache key holds the interpreter's version."""

    entry_fields: tuple[tuple[str, ...], ...]  # the distinct field-name tuples of the entries
    entries: tuple[bytes, ...]  # marshal of (index into entry_fields, field values)
    objects: tuple[bytes, ...]  # marshal of {first word: remainders}; objects[0] is the empty table
    words: dict[str, bytes]  # first word -> marshal of its RawCandidates, most specific first
    cues: Cues
    base_forms: frozenset[str]


class CandidateIndex(dict):
    """Candidates by first word, built on first use of a word: the keys are the words (so `word in
    index`, the walk's test for every token, is a plain dict lookup) and a value stays a blob until
    `get` or `[]` asks for it. An entry and an object table are built once, so candidates share them
    as before."""

    def __init__(self, tables: Tables) -> None:
        super().__init__(tables.words)
        self.tables = tables
        self.built: dict[str, tuple[Candidate, ...]] = {}
        self.entries: list[ActEntry | None] = [None] * len(tables.entries)
        self.objects: list[dict | None] = [None] * len(tables.objects)

    def get(self, word: str, default=None):  # type: ignore[override]
        found = self.built.get(word)
        if found is not None:
            return found
        raw = dict.get(self, word)
        return default if raw is None else self.build(word, raw)

    def __getitem__(self, word: str) -> tuple[Candidate, ...]:
        found = self.built.get(word)
        return found if found is not None else self.build(word, dict.__getitem__(self, word))

    def values(self):  # type: ignore[override]
        return [self[w] for w in self]

    def items(self):  # type: ignore[override]
        return [(w, self[w]) for w in self]

    def build(self, word: str, raw: bytes) -> tuple[Candidate, ...]:
        out = self.built[word] = tuple(Candidate(self.entry(e), rest, particle, self.table(o), spec)
                                       for e, rest, particle, o, spec in marshal.loads(raw))
        return out

    def entry(self, k: int) -> ActEntry:
        found = self.entries[k]
        if found is None:
            names, values = marshal.loads(self.tables.entries[k])
            found = self.entries[k] = ActEntry.__new__(ActEntry)
            found.__dict__.update(zip(self.tables.entry_fields[names], values))
        return found

    def table(self, k: int) -> dict[str, tuple[tuple[str, ...], ...]]:
        found = self.objects[k]
        if found is None:
            found = self.objects[k] = marshal.loads(self.tables.objects[k])
        return found


@budget.table()
def matcher() -> Matcher:
    """The English lexicon indexed for the walk; built once per process (its tables from the cache)."""
    tables = matcher_tables()
    return Matcher(CandidateIndex(tables), tables.cues, tables.base_forms)


@disk_cached("en-act-matcher")  # about 0.4 s to build: kept by the start-up cache (readout/cache.py)
def matcher_tables() -> Tables:
    """The lexicon's candidates by first word as `Tables`."""
    lex = load_act_lexicon("en")
    by_word: dict[str, list[RawCandidate]] = {}
    base: set[str] = set()
    pasts: set[str] = set()  # the regular past forms of the verbs
    entry_ids: dict[int, int] = {}
    entries: list[bytes] = []
    names: dict[tuple[str, ...], int] = {}
    tables: dict[tuple, int] = {(): 0}
    objects_of: list[bytes] = [marshal.dumps({})]
    for first, items in lex.by_first_word.items():
        for rest, entry in items:
            if id(entry) not in entry_ids:
                entry_ids[id(entry)] = len(entries)
                fields = names.setdefault(tuple(entry.__dict__), len(names))
                entries.append(marshal.dumps((fields, interned(tuple(entry.__dict__.values())))))
            objects: dict[str, list[tuple[str, ...]]] = {}
            for phrase in lex.file.object_words(entry):
                words = tuple(phrase.split())
                objects.setdefault(words[0], []).append(words[1:])
            table = interned({k: tuple(v) for k, v in objects.items()})
            o = tables.setdefault(tuple(table.items()), len(objects_of))
            if o == len(objects_of):
                objects_of.append(marshal.dumps(table))
            particle = tuple(entry.particle.split()) if entry.particle else ()
            # longer forms first, then particles and objects; then readout's own entry, then a verb
            # (after a determiner the finder keeps nouns only)
            spec = 8 * len(rest) + 8 * len(particle) + (12 if objects else 0) \
                + 2 * ("readout" in entry.source) + (entry.pos == "verb")
            by_word.setdefault(first, []).append((entry_ids[id(entry)], interned(rest), interned(particle), o, spec))
        for _, entry in items:
            if entry.pos == "verb":
                base.update(f for f in entry.forms if f == entry.lemma or f.endswith(("s", "ing")))
                pasts.update(f for f in entry.forms[3:4] if f != entry.lemma and f.endswith("ed"))
                pasts.update(f for f in entry.forms if f != entry.lemma and " " not in f
                             and not f.endswith(("s", "ing", "ed")))  # enattack50: irregular ('shot', 'beaten')
    base -= pasts  # victims47: the dictionary's phrase lemmas 'killed (and)', 'attacked' are past forms of 'kill',
    # 'attack': after 'be' they are participles ('were killed' is a passive), never a base form; enattack50: so is an
    # irregular past ('shot (and)' of 'shoot': 'were shot dead by police' is a passive)
    ordered = {w: marshal.dumps(tuple(sorted(c, key=lambda c: -c[-1]))) for w, c in by_word.items()}
    return Tables(tuple(names), tuple(entries), tuple(objects_of), ordered, cues_of(lex), frozenset(base))


def interned(value):
    """`value` with every string in it interned (tuples, lists and dicts rebuilt): marshal writes an
    interned string once and refers to it after, where equal strings were written each time."""
    if isinstance(value, str):
        return sys.intern(value)
    if isinstance(value, tuple):
        return tuple(interned(v) for v in value)
    if isinstance(value, list):
        return [interned(v) for v in value]
    if isinstance(value, dict):
        return {interned(k): interned(v) for k, v in value.items()}
    return value
