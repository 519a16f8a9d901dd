"""The readings of an English act match that decide whether and how it counts, after `act_window.match_at` found it:
an object past a name or a verb, an agent taken for an object, a capitalized object, a criticism without its actor,
the tied and criticism readings a match gives way to, a weapon as a subject, and the mode its object names.

Why its own module (debt59): the walk (`act_walk.walk`) runs these checks on each match before it reads the match's
clause; apart from the walk's loop and its claimed words, each stays one reading of one match.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_clause import OBJECT_REST
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_named_as import named_as
from readout.lang.en.act_matcher import Candidate
from readout.lang.en.act_counted_participles import counted_past
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_struck_sites import forces_hit_site
from readout.lang.en.act_near_words import is_determiner, previous_word, skip_adverbs
from readout.lang.en.act_window import match_at
from readout.lang.en.act_object_window import appositive_end
from readout.lang.en.act_window_names import reported_frame_end


def agent_taken_for_object(toks: list[Token], i: int, hit: tuple, cues: Cues) -> bool:
    """"Norway was attacked by the Egyptian government", "X was exonerated by Y": in a passive the
    words after "by" are the agent, so neither an entry's particle "by" nor a required object found
    after "by" ("attack" + government: a verbal attack) belongs to the verb."""
    cand, head_end, _end, data = hit
    before = previous_word(toks, i, cues)
    if before is None or toks[before].low not in cues.be:
        return False
    if cand.particle == ("by",):
        return True
    k = data.get("object_token")
    return k is not None and any(t.low == "by" for t in toks[head_end + 1:k])


def object_mode(act: ActHit, toks: list[Token], first: int, last: int, by_word: dict) -> ActHit:
    """"launched airstrikes on X", "carried out drone strikes": a verb whose entry gives no mode and whose
    required object (with the word before it) is itself an act noun of the same type takes that noun's
    mode (its entry's)."""
    for start in (first - 1, first):
        words = tuple(t.low for t in toks[max(start, 0):last + 1])
        for c in by_word.get(words[0], ()):
            if c.entry.pos == "noun" and c.entry.type == act.type and c.entry.mode and c.rest == words[1:]:
                return replace(act, mode=c.entry.mode)
    return act


def capitalized_object(toks: list[Token], hit: tuple, cues: Cues) -> bool:
    """"held since March": a required object matched by a capitalized word that is a name here (a month,
    `capitalized_not_verbs`) is no object: the next candidate is tried."""
    k = hit[3].get("object_token")
    return k is not None and k > 0 and toks[k].raw[:1].isupper() and toks[k].low in cues.capitalized_not_verbs


def object_past_a_verb(toks: list[Token], hit: tuple, cues: Cues) -> bool:
    """"Kenya's decision to release the prisoners drew criticism": a required object found past another
    verb of the clause (a past form right after a noun, not an adjective after a determiner, nor a participle
    between a count and its noun: act_counted_participles) belongs to that verb, not to the trigger."""
    k = hit[3].get("object_token")
    if k is None:
        return False
    opener = next((p for p in range(hit[1] + 1, k) if toks[p].low in cues.free_relative_openers), None)
    frame = reported_frame_end(toks, opener, cues) if opener is not None else None  # "fired what it said was"
    for j in range(max(hit[1] + 2, frame or 0), k):
        low, before = toks[j].low, toks[j - 1].low
        if toks[j].raw.islower() and (low in cues.irregular_past or low.endswith("ed")) and toks[j - 1].word \
                and low not in cues.attributive_participles \
                and not is_determiner(before, cues) and before not in cues.prepositions \
                and before not in cues.adverbs and not before.endswith("ly") and before not in cues.be \
                and not counted_past(toks, j, cues):  # victims48: 'freed nine captured fighters': they are counted
            return True
    return False


def unmet_criticism(toks: list[Token], hit: tuple, cues: Cues) -> bool:
    """"blasts Chile over its missile test", "raps the government for delays": a headline verb of criticism
    that also names force or something else (`criticism_verbs`: "blasted positions", "hit the base") reads as
    ACCUSE only when its object is an actor and a topic follows. Decided by the object, not the verb: a
    name or an office noun, then "over"/"for" opening a topic that is no time ("over the weekend")."""
    cand, head_end, _end, _data = hit
    entry = cand.entry
    if entry.type != "ACCUSE" or cand.objects or cand.particle or entry.lemma not in cues.criticism_verbs:
        return False
    return not criticized_actor(toks, head_end + 1, cues)


def criticism_reading(toks: list[Token], hit: tuple, cands: tuple[Candidate, ...], cues: Cues) -> tuple:
    """"Rebels blast Ghana over missile test": the plain force reading of a criticism verb ("blasted rebel
    positions") whose object is an actor with a topic after it is the verb's own ACCUSE reading (the one the
    lexicon gives it with a required object: "blasted the statement"), the object now the one criticized."""
    cand, head_end, end_tok, data = hit
    entry = cand.entry
    if entry.type == "ACCUSE" or cand.objects or cand.particle or entry.lemma not in cues.criticism_verbs \
            or not (criticized_actor(toks, head_end + 1, cues) or named_as(toks, head_end + 1, cues, passive_participle(toks, head_end, cues))):
        return hit  # ploveren66: or 'blasted X's plan as reckless': the object named, words (act_named_as)
    accuse = next((c.entry for c in cands if c.entry.type == "ACCUSE" and c.entry.lemma == entry.lemma
                   and not c.particle), None)
    if accuse is None:
        return hit
    reading = type(entry)(**{**entry.__dict__, "type": accuse.type, "mode": accuse.mode,
                             "contexts": accuse.contexts, "target": ["object"]})
    return replace(cand, entry=reading), head_end, end_tok, data


def weapon_subject_reading(toks: list[Token], i: int, cands: tuple[Candidate, ...], cues: Cues) -> tuple | None:
    """"Russian missiles hit a market in X", "rockets hit the town": a criticism verb (`criticism_verbs`) whose
    subject, right before it, is a weapon (`weapon_subjects`) is no criticism but the weapon striking: the attack
    reading of the verb's own entry, its object the target (the mode comes from the weapon, `assault_mode`). (acts58b)
    Armed forces' means ('Russian jets hit a market in X') read so where the object is a struck site
    (act_struck_sites.forces_hit_site)."""
    if i == 0 or not (toks[i - 1].low in cues.weapon_subjects or forces_hit_site(toks, i, cues)):
        return None
    entry = next((c.entry for c in cands if c.entry.lemma in cues.criticism_verbs and not c.objects
                  and not c.particle), None)
    if entry is None:
        return None
    reading = type(entry)(**{**entry.__dict__, "type": "ASSAULT", "mode": None, "contexts": ["military"],
                             "target": ["object"]})
    cand = next(c for c in cands if c.entry is entry)
    return replace(cand, entry=reading), i, i, {}


def passive_participle(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether the verb at token i follows a form of 'be' ('was blasted')."""
    return i > 0 and toks[i - 1].low in cues.be


def criticized_actor(toks: list[Token], j: int, cues: Cues) -> bool:
    """Whether the words from token j are an actor's phrase (a capitalized name, or a phrase headed by an
    office noun) followed, within the object window, by a topic preposition and a topic that is no time."""
    j = skip_adverbs(toks, j, cues)
    actor = False
    for k in range(j, min(len(toks), j + cues.window + 2)):
        t = toks[k]
        if not t.word or t.low in cues.clause_breaks or t.low in cues.object_stops:
            return False
        if k > j and t.low in cues.prepositions:
            if t.low not in cues.criticism_topics or not actor:
                return False
            after = [u.low for u in toks[k + 1:k + 4] if u.word and u.low not in cues.determiners]
            return bool(after) and after[0] not in cues.criticism_non_topics \
                and after[0] not in cues.date_words and not after[0][:1].isdigit()
        actor = actor or t.raw[:1].isupper() and t.low not in cues.date_words or t.low in cues.office_nouns \
            or t.low in cues.criticism_bodies
    return False


JOURNEY_PREPOSITIONS = frozenset({"for", "to"})  # acts60b: 'left for X', 'left to attend': where a departure goes


def object_past_a_journey(toks: list[Token], hit: tuple, cues: Cues) -> bool:
    """(acts60b) 'left for Vienna for talks with X', 'left to attend talks': a verb of departure (`departure_verbs`)
    whose next word (adverbs skipped) is a preposition of direction or an infinitive's 'to' is a journey, intransitive;
    a required object found after it ('talks') is the journey's purpose, not what was left, so no walk-out (REJECT
    meet) is read. 'left the talks', 'walked out of the meeting' (no direction word first) keep theirs."""
    cand, head_end, _end, data = hit
    k = data.get("object_token")
    if k is None or cand.particle or cand.entry.lemma not in cues.departure_verbs:
        return False
    j = skip_adverbs(toks, head_end + 1, cues)
    return j < k and toks[j].low in JOURNEY_PREPOSITIONS


COUP_MEANS = frozenset({"coup", "putsch", "military coup"})  # encoup48: the means a removal names ('in a coup')
COUP_ARTICLES = frozenset({"a"})
INSTRUMENT = frozenset({"of", "with"})  # "hit X with sanctions": the object word after the name is what X is hit with


def object_past_a_name(toks: list[Token], hit: tuple, cues: Cues) -> bool:
    """"slams Chile over border closure", "criticized Chile for its border policy": a name right after the verb
    is its object, and a required object word found past it and a preposition ("over", "for") names the
    topic of the act, not what the verb acts on (CAMEO's "slam" + border: closing it); after "with" it is
    the instrument ("hit X with new sanctions"), which the entry names. Entries with a particle read on."""
    cand, head_end, _end, data = hit
    k = data.get("object_token")
    j = skip_adverbs(toks, head_end + 1, cues)
    if k is None or cand.particle or j >= k or not toks[j].raw[:1].isupper() or toks[j + 1].raw[:1].isdigit():
        return False  # 'provided US$5 million in aid': a currency's letters before its amount name no one
    if toks[j + 1].low == "," and appositive_end(toks, j + 1, cues) == k - 1:
        return False  # 'asked Chile, the biggest producer in the region, to': the appositive's own preposition
    if toks[k - 1].low in COUP_ARTICLES and toks[k - 2].low == "in" and data.get("object") in COUP_MEANS:
        return False  # encoup48: 'ousted President X in a coup': the coup is how the name was removed, no topic
    return any(toks[p].low in cues.prepositions and toks[p].low not in INSTRUMENT for p in range(j + 1, k))


def tied_reading(toks: list[Token], i: int, hit: tuple, cands: tuple[Candidate, ...], cues: Cues) -> tuple:
    """Among readings as specific as the one matched, the one the words after the verb choose: an object
    phrase that starts earlier and ends on the same word ("fired warning shots": the warning, not the
    shots), else the entry whose target preposition follows the match ("expressed regret to X": an
    apology, CONCEDE; "expressed regret over X's decision": a disapproval, ACCUSE)."""
    cand, head_end, end_tok, data = hit
    tied = [c for c in cands if c is not cand and c.specificity == cand.specificity]
    if not tied:
        return hit
    k = data.get("object_token")
    if k is not None:
        for c in tied:
            if c.objects and any(toks[j].low in c.objects for j in range(max(k - OBJECT_REST, head_end + 1), k)):
                other = match_at(toks, i, (c,), cues)
                if other and other[2] == end_tok and other[3].get("object_token", k) < k:
                    return other
    nxt = end_tok + 1
    prep = toks[nxt].low if nxt < len(toks) else ""
    if (prep in cues.prepositions or prep in cues.infinitive) and prep not in cand.entry.target:
        for c in tied:
            if prep in c.entry.target:
                other = match_at(toks, i, (c,), cues)
                if other and other[2] == end_tok:
                    return other
    return hit
