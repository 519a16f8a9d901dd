"""The English act lexicon indexed for the dictionary walk: candidates by first word and the closed
cue word lists (negation, modality, determiners ...) the clause readers consult.

Why its own module: building the index is the costly part of start-up (kept by the disk cache), and
the tokens, the object window and the frame readers all depend on these tables, not on each other.
"""
from __future__ import annotations

import dataclasses
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


Phrases = dict[tuple[str, ...], tuple[tuple[str, ...], ...]]  # phrases by their last two words


@dataclass(frozen=True)
class Cues:
    """Every closed word list of `en_acts.yaml` the English act readers consult, as one bundle that the
    walk passes down (one way to read a cue: `cues.name`). A frozenset field is the `cues:` list of the
    same name; a `Phrases` field its phrases indexed for `ends_with`; `cues_of` fills them by name."""

    negation: frozenset[str]
    negation_phrases: Phrases
    intent: frozenset[str]
    intent_phrases: Phrases
    hypothetical: frozenset[str]
    hypothetical_phrases: Phrases
    deontic: frozenset[str]
    deontic_phrases: Phrases
    reporting: frozenset[str]
    refusal_non_acts: frozenset[str]
    negation_rejects: frozenset[str]
    conditions: frozenset[str]
    date_words: frozenset[str]
    time_openers: frozenset[str]
    time_units: frozenset[str]
    time_parts: frozenset[str]
    complement_starts: frozenset[str]
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
    purpose_phrases: Phrases
    background_words: frozenset[str]
    allegation_preps: frozenset[str]
    threat_content_preps: frozenset[str]
    own_possessives: frozenset[str]
    force_nouns: frozenset[str]
    command_verbs: frozenset[str]
    imposed_types: frozenset[str]
    departure_verbs: frozenset[str]
    # read by the frame, context, target and side readers
    attempt_types: frozenset[str]
    attempt_verbs: frozenset[str]
    act_adjectives: frozenset[str]
    statement_heads: frozenset[str]
    enactment_verbs: frozenset[str]
    condition_openers: frozenset[str]
    inverted_condition_openers: frozenset[str]  # 'should X refuse, ...': an auxiliary before its subject
    inverted_condition_after: frozenset[str]
    untargeted_fire_preps: frozenset[str]
    untargeted_fire_places: frozenset[str]
    fire_target_preps: frozenset[str]
    fire_hit_words: frozenset[str]
    launch_target_preps: frozenset[str]
    launch_times: frozenset[str]
    background_openers: frozenset[str]
    recent_words: frozenset[str]
    prediction_verbs: frozenset[str]
    prediction_modals: frozenset[str]
    speaker_pronouns: frozenset[str]
    state_voices: frozenset[str]
    offer_words: frozenset[str]
    preparation_verbs: frozenset[str]
    preparation_types: frozenset[str]
    aspect_verbs: frozenset[str]
    domestic_actors: frozenset[str]
    object_fillers: frozenset[str]
    office_nouns: frozenset[str]
    proposal_nouns: frozenset[str]
    proposer_prepositions: frozenset[str]
    promise_nouns: frozenset[str]
    promisee_prepositions: frozenset[str]
    complement_verbs: frozenset[str]
    unaddressed_objects: frozenset[str]
    cause_openers: frozenset[str]
    answered_acts: frozenset[str]
    irregular_past: frozenset[str]
    gathering_verbs: frozenset[str]
    criticism_verbs: frozenset[str]  # lemmas whose plain ACCUSE reading needs an actor and a topic
    criticism_topics: frozenset[str]
    criticism_non_topics: frozenset[str]
    criticism_bodies: frozenset[str]
    pledge_threat_modes: dict[str, str]  # "TYPE=mode": the mode of a pledge that threatens that type
    frames: dict[str, str]  # verb lemma -> its entry's frame (pledge, refuse)
    aid_modes: dict[str, str]  # a word naming what is given -> the AID mode ("food" humanitarian, "loan" economic)
    assault_instruments: dict[str, str]  # a weapon word after "with" -> the ASSAULT mode ("drones" drone)
    instrument_preps: frozenset[str]
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


AID_MODE_SETS = {"economic": ("currency",), "military": ("weapon", "military", "aircraft"),
                 "humanitarian": ("food", "refugee")}  # CAMEO's word sets behind 071, 072 and 073


def aid_modes(lex: ActLexicon) -> dict[str, str]:
    """What kind of aid a word names: CAMEO's word sets (currencies, weapons, forces, food) and our
    `aid_<mode>_words` cue lists; a word in two keeps the first mode listed."""
    out: dict[str, str] = {}
    for mode, names in AID_MODE_SETS.items():
        for w in (*lex.cue(f"aid_{mode}_words"), *(w for n in names for w in lex.file.sets.get(n, ()))):
            out.setdefault(w, mode)
    return out


def cues_of(lex: ActLexicon) -> Cues:
    """The bundle, each field read from the `cues:` list of its name (a missing list is empty)."""
    def phrases(name: str) -> Phrases:
        by_last: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
        for p in lex.file.cues.get(name, ()):
            words = tuple(p.split())
            by_last.setdefault(words[-2:], []).append(words)
        return {k: tuple(v) for k, v in by_last.items()}

    special = {
        "pledge_threat_modes": dict(p.split("=") for p in lex.file.cues.get("pledge_threat_modes", ())),
        "frames": {e.lemma: e.frame for e in lex.entries if e.frame and e.pos == "verb"},
        "window": lex.file.object_window,
        "aid_modes": aid_modes(lex),
        "assault_instruments": dict(p.split("=") for p in lex.file.cues.get("assault_instruments", ())),
    }
    values = {f.name: special[f.name] if f.name in special
              else phrases(f.name) if f.name.endswith("_phrases") else lex.cue(f.name)
              for f in dataclasses.fields(Cues)}
    return Cues(**values)
