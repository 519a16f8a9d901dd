"""The English act lexicon indexed for the dictionary walk: candidates by first word and the closed
cue word lists (negation, modality, determiners ...) the clause readers consult.

Why its own module: building the index is the costly part of start-up (kept by the disk cache), and
the tokens, the object window and the frame readers all depend on these tables, not on each other.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from readout.cache import disk_cached
from readout.lang.act_lexicon import ActEntry, ActLexicon, load_act_lexicon

@dataclass(frozen=True)
class Candidate:
    """One way an entry can match at a word: the rest of its form, its particle, its objects."""

    entry: ActEntry
    rest: tuple[str, ...]
    particle: tuple[str, ...]
    objects: dict[str, tuple[tuple[str, ...], ...]]  # first word -> the object phrases' remainders
    specificity: int


@dataclass(frozen=True)
class Cues:
    negation: frozenset[str]
    negation_phrases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]  # by last two words
    intent: frozenset[str]
    intent_phrases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]
    hypothetical: frozenset[str]
    hypothetical_phrases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]
    deontic: frozenset[str]
    deontic_phrases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]
    reporting: frozenset[str]
    refusal_non_acts: frozenset[str]
    negation_rejects: frozenset[str]
    conditions: frozenset[str]
    date_words: frozenset[str]
    infinitive: frozenset[str]
    adverbs: frozenset[str]
    be: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    relative: frozenset[str]
    descriptive_heads: frozenset[str]
    adjectival: frozenset[str]
    generic_complements: frozenset[str]
    threat_pledges: frozenset[str]
    pledge_threat_modes: dict[str, str]
    clause_breaks: frozenset[str]
    capitalized_not_verbs: frozenset[str]
    compound_heads: frozenset[str]
    nominal_governors: frozenset[str]
    compound_modifiers: frozenset[str]
    object_stops: frozenset[str]
    informational_objects: frozenset[str]
    future_adjectives: frozenset[str]
    announced_measures: frozenset[str]
    quantity_words: frozenset[str]
    purpose_phrases: dict[tuple[str, ...], tuple[tuple[str, ...], ...]]
    background_words: frozenset[str]
    allegation_preps: frozenset[str]
    command_verbs: frozenset[str]
    imposed_types: frozenset[str]
    departure_verbs: frozenset[str]
    window: int


@dataclass(frozen=True)
class Matcher:
    by_word: dict[str, tuple[Candidate, ...]]
    cues: Cues
    base_forms: frozenset[str]  # lemma and 3rd-person/-ing forms: not past participles


@functools.lru_cache(maxsize=1)
@disk_cached("en-act-matcher")  # about 0.4 s to build: kept by the start-up cache (readout/cache.py)
def matcher() -> Matcher:
    """The English lexicon indexed for the walk; built once per process."""
    lex = load_act_lexicon("en")
    by_word: dict[str, list[Candidate]] = {}
    base: set[str] = set()
    for first, items in lex.by_first_word.items():
        for rest, entry in items:
            objects: dict[str, list[tuple[str, ...]]] = {}
            for phrase in lex.file.object_words(entry):
                words = tuple(phrase.split())
                objects.setdefault(words[0], []).append(words[1:])
            particle = tuple(entry.particle.split()) if entry.particle else ()
            # longer forms first, then particles and objects; then readout's own entry, then a verb
            # (after a determiner the finder keeps nouns only)
            spec = 8 * len(rest) + 8 * len(particle) + (12 if objects else 0) \
                + 2 * ("readout" in entry.source) + (entry.pos == "verb")
            by_word.setdefault(first, []).append(
                Candidate(entry, rest, particle, {k: tuple(v) for k, v in objects.items()}, spec))
        for _, entry in items:
            if entry.pos == "verb":
                base.update(f for f in entry.forms if f == entry.lemma or f.endswith(("s", "ing")))
    ordered = {w: tuple(sorted(c, key=lambda c: -c.specificity)) for w, c in by_word.items()}
    return Matcher(ordered, cues_of(lex), frozenset(base))


def cues_of(lex: ActLexicon) -> Cues:
    def phrases(name: str) -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
        by_last: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        for p in lex.file.cues.get(name, ()):
            words = tuple(p.split())
            by_last.setdefault(words[-2:], []).append(words)
        return {k: tuple(v) for k, v in by_last.items()}

    modes = dict(p.split("=") for p in lex.file.cues.get("pledge_threat_modes", ()))
    return Cues(lex.cue("negation"), phrases("negation_phrases"), lex.cue("intent"),
                phrases("intent_phrases"), lex.cue("hypothetical"), phrases("hypothetical_phrases"),
                lex.cue("deontic"), phrases("deontic_phrases"), lex.cue("reporting"),
                lex.cue("refusal_non_acts"), lex.cue("negation_rejects"), lex.cue("conditions"),
                lex.cue("date_words"), lex.cue("infinitive"), lex.cue("adverbs"), lex.cue("be"),
                lex.cue("determiners"), lex.cue("prepositions"), lex.cue("relative"),
                lex.cue("descriptive_heads"), lex.cue("adjectival"), lex.cue("generic_complements"),
                lex.cue("threat_pledges"), modes, lex.cue("clause_breaks"),
                lex.cue("capitalized_not_verbs"), lex.cue("compound_heads"), lex.cue("nominal_governors"), lex.cue("compound_modifiers"), lex.cue("object_stops"),
                lex.cue("informational_objects"), lex.cue("future_adjectives"), lex.cue("announced_measures"),
                lex.cue("quantity_words"), phrases("purpose_phrases"), lex.cue("background_words"),
                lex.cue("allegation_preps"), lex.cue("command_verbs"), lex.cue("imposed_types"),
                lex.cue("departure_verbs"), lex.file.object_window)
