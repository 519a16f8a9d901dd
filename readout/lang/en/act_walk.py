"""The dictionary walk over one English sentence's tokens (`walk`): which lexicon entries match where, each read in
its clause, and the readings of the words around a match that decide whether and how it counts (an object past a
name or a verb, an agent taken for an object, a criticism's actor, a weapon as subject, goods sent onward, a verb
after an auxiliary, a saying or an existential: since debt59 the readings of a match in `act_match_readings`, those of
the words before a candidate in `act_candidate_words`). lang/en/acts.find_acts runs it once per sentence.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from readout.lang.base import ActHit
from readout.lang.en.act_agented_participles import agented_past
from readout.lang.en.act_clause import OBJECT_REST, read_clause
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_matcher import Matcher
from readout.lang.en.act_cited import after_citing
from readout.lang.en.act_verb_objects import object_of_past_trigger
from readout.lang.en.act_demonym_nouns import after_country_name, after_demonym
from readout.lang.en.act_gerund_objects import object_of_gerund
from readout.lang.en.act_weapon_agents import weapon_agent_reading
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_spoken_deliveries import spoken_delivery
from readout.lang.en.act_stopped import stopped_noun
from readout.lang.en.act_window import match_at
from readout.lang.en.act_noun_phrases import adjectival_participle, after_determiner, after_forceful, modified_noun
from readout.lang.en.act_match_readings import (agent_taken_for_object, capitalized_object, criticism_reading,
                                                object_mode, object_past_a_journey, object_past_a_name,
                                                object_past_a_verb, tied_reading, unmet_criticism,
                                                weapon_subject_reading)
from readout.lang.en.act_candidate_words import (SENDING_TYPES, after_auxiliary, after_existential,
                                                 after_personal_subject, after_saying, coordinated_object,
                                                 owned_object, sent_goods, sent_onward)


def walk(toks: list[Token], m: Matcher) -> tuple[list[ActHit], dict[int, int]]:
    """The act triggers of one sentence's tokens, in order, each read in its clause (`read_clause`), and the hit's
    index by its first token. Why one walk: a trigger read claims its object and the words before it, so the next
    trigger is looked for only past them ("expressed grave concern": one act, not two)."""
    hits: list[ActHit] = []
    index_of: dict[int, int] = {}  # token -> index in hits
    seen = Claimed()  # what the triggers read so far claim (debt51b: `Claimed`)
    # the tokens that start some entry, found in one pass: the walk jumps from one to the next (most words
    # start none, and each used to cost a turn of this loop)
    by_word = m.by_word
    starts = [k for k, t in enumerate(toks) if t.word and t.low in by_word]
    starts.append(len(toks))
    i = starts[0]
    while i < len(toks):
        cands = candidates_at(toks, i, seen, m)
        hit = match_at(toks, i, cands, m.cues) if cands else None
        read_at = cands  # the readings before those the checks below rule out
        if hit and spoken_delivery(toks, hit, m.cues):
            hit = None  # ennoun46: 'postponed the delivery of a speech': words delivered, no act of the verb at all
        while hit and (agent_taken_for_object(toks, i, hit, m.cues) or capitalized_object(toks, hit, m.cues)
                       or unmet_criticism(toks, hit, m.cues)
                       or object_past_a_verb(toks, hit, m.cues) or object_past_a_name(toks, hit, m.cues)
                       or object_past_a_journey(toks, hit, m.cues)
                       or object_of_gerund(toks, hit, m)):  # 'considering lifting sanctions': the lifting's
            cands = tuple(c for c in cands if c is not hit[0])
            hit = match_at(toks, i, cands, m.cues) if cands else None
        if hit:
            hit = criticism_reading(toks, tied_reading(toks, i, hit, cands, m.cues), cands, m.cues)
            if hit[0].entry.void:  # 'accepted the resignation': this verb with this object states no act
                i = starts[bisect_left(starts, hit[2] + 1)]
                continue
        elif read_at:
            hit = weapon_subject_reading(toks, i, read_at, m.cues) \
                or weapon_agent_reading(toks, i, read_at, m.cues)  # "X was hit by a Russian drone"
        act = read_clause(toks, i, hit[2], hit[0], dict(hit[3], head_end=hit[1], heads=seen.heads,
                                                        noun_heads=seen.noun_heads), m) if hit else None
        if act is None:  # no trigger, or a word the clause shows is no act: its object is free
            i = starts[bisect_left(starts, i + 1)]
            continue
        cand, head_end, end_tok, data = hit
        if not act.mode and "object_token" in data:
            act = object_mode(act, toks, data["object_token"], end_tok, by_word)
        elif not act.mode and "passive_object_token" in data:  # "Food aid was sent to X": the subject's mode
            first = data["passive_object_token"]
            act = object_mode(act, toks, first, first + len(data["object"].split()) - 1, by_word)
        index_of[i] = len(hits)
        hits.append(act)
        seen.note(toks, i, act, hit, m)
        i = starts[bisect_left(starts, head_end + 1)]
    return hits, index_of


@dataclass
class Claimed:
    """(debt51b) What the triggers read so far in one walk claim, which the next candidates are checked against: a
    trigger read claims its object and the words before it ("expressed grave concern": one act, not two). Why one
    record: the candidate checks (`candidates_at`) and the notes after a reading (`note`) share these marks."""

    # tokens of the triggers read so far (verb, form, particle) -> type
    heads: dict[int, str] = field(default_factory=dict)
    # those of noun triggers ("Protesters demanded": a subject, governing nothing)
    noun_heads: set[int] = field(default_factory=set)
    objects: set[int] = field(default_factory=set)  # required objects are part of their verb's trigger, not triggers
    # last tokens of the required objects read so far ("suspended aid")
    object_ends: set[int] = field(default_factory=set)
    # last tokens of the noun triggers read so far ("threatened tariffs")
    noun_ends: set[int] = field(default_factory=set)
    # words between a verb and its object: no second hit of its type
    inside: dict[int, str] = field(default_factory=dict)
    # last tokens of the objects of sending acts ("sent troops"): goods may follow
    sent_ends: set[int] = field(default_factory=set)

    def note(self, toks: list[Token], i: int, act: ActHit, hit: tuple, m: Matcher) -> None:
        """The marks an act read at token `i` (`hit`: its candidate, head end, end token and data) adds: its head and
        noun tokens, its object's tokens and the words between verb and object, the goods a sending act may list."""
        _, head_end, end_tok, data = hit
        self.heads.update((k, act.type) for k in range(i, head_end + 1))
        if gerund_object(toks, data, end_tok):  # enactors68: 'considering imposing sanctions': the gerund the threat
            self.heads[end_tok] = act.type  # takes as its object governs the measure after it, as the verb would
        if act.nominal:
            self.noun_heads.update(range(i, head_end + 1))
            self.noun_ends.add(end_tok)
        if "object_token" in data:
            self.objects.update(range(data["object_token"], end_tok + 1))
            self.object_ends.add(end_tok)
            self.inside.update((k, act.type) for k in range(head_end + 1, data["object_token"]))
            self.inside.update((k, act.type) for k in object_rest(toks, end_tok, m.cues))
            if act.type in SENDING_TYPES:
                self.sent_ends.add(end_tok)


def candidates_at(toks: list[Token], i: int, seen: Claimed, m: Matcher) -> tuple:
    """(debt51b) The lexicon's candidates that start at token `i` and may be read there: none on a claimed object;
    of those the marks (`seen`) and the words before `i` allow, a noun's reading alone after a determiner, a demonym,
    a name, a saying or a modifier, a verb's after an auxiliary or a personal subject. Why apart: the walk's loop then
    only matches, reads the clause and notes the marks."""
    cands = m.by_word.get(toks[i].low) if i not in seen.objects else None
    if cands and i in seen.inside:
        cands = tuple(c for c in cands if c.entry.type != seen.inside[i])  # "expressed grave concern"
    if cands and i - 2 in seen.sent_ends and toks[i - 1].low in ("and", "or"):
        cands = tuple(c for c in cands if not sent_goods(toks, i, c, m.cues))  # "sent troops and shells": goods
    elif cands and seen.inside.get(i) in SENDING_TYPES:
        # "sent artillery shells to X": the object's own head read as a verb is goods; a noun stays an act
        # ("launched a missile attack on X")
        cands = tuple(c for c in cands if c.entry.pos == "noun" or not sent_goods(toks, i, c, m.cues)
                      or not sent_onward(toks, i))  # 'launched drone strikes on X': the strikes are the act
    if cands and adjectival_participle(toks, i, m.cues):
        cands = tuple(c for c in cands if c.entry.pos == "noun")  # 'the ruling party', 'a promising sign'
    if cands and toks[i].low in m.base_forms \
            and coordinated_object(toks, i, seen.object_ends | seen.noun_ends, m.cues):
        cands = tuple(c for c in cands if c.entry.pos == "noun")  # "suspended aid and budget support to X";
        # threat61: "threatened tariffs and sanctions on X": a noun joined to a noun act is one more noun
    if cands and toks[i].low in m.base_forms and not toks[i].low.endswith("ing") \
            and (after_determiner(toks, i, m.cues) or after_demonym(toks, i) or after_country_name(toks, i, m.cues)
                 or after_saying(toks, i, m.cues)
                 or after_existential(toks, i, m.cues)
                 or after_citing(toks, i, m.cues) or owned_object(toks, i, seen.heads)
                 # victims48: 'pledged aid to X'
                 or object_of_past_trigger(toks, i, seen.heads, seen.noun_heads, m.cues)
                 or i > 0 and toks[i - 1].low in m.cues.act_adjectives or i == 0
                 or after_forceful(toks, i, m.cues)):  # plover50b: 'deal painful strikes to X': a noun
        # "the attack", "reported sanctions", "new sanctions", "Aid to X ...": a noun (news opens with
        # no imperative)
        cands = tuple(c for c in cands if c.entry.pos == "noun")
    elif cands and toks[i].low in m.base_forms and modified_noun(toks, i, m.cues) \
            and not agented_past(toks, i, m.cues) \
            and (i - 2 in seen.heads or i - 2 in seen.objects or any(c.entry.pos == "noun" for c in cands)):
        # "in reconstruction aid": a noun; "asked for financial support": the object of the act just read
        cands = tuple(c for c in cands if c.entry.pos == "noun")
    elif cands and toks[i].low in m.base_forms and (after_auxiliary(toks, i, m.cues)
                                                    or after_personal_subject(toks, i, m.cues)):
        cands = tuple(c for c in cands if c.entry.pos != "noun") or cands  # "did not call for", "will call for"
    if cands and stopped_noun(toks, i, m.cues):
        cands = ()  # window72: 'the halt of aid to X': the aid stopped is no act of giving
    return cands


def gerund_object(toks: list[Token], data: dict, end_tok: int) -> bool:
    """(enactors68) The hit's required object is one gerund ('considered imposing', 'threatened launching'): the
    act after it is what the hit weighs or threatens, governed as if by the verb itself."""
    k = data.get("object_token")
    return k is not None and k == end_tok and toks[k].low.endswith("ing")


def object_rest(toks: list[Token], end_tok: int, cues: Cues) -> range:
    """"did not send food aid": the entry matched "food"; the words after it up to a preposition or
    punctuation belong to the same noun phrase, so a noun there ("aid") is no second act of the type
    (it would escape the verb's negation and status)."""
    k = end_tok + 1
    while k < len(toks) and k - end_tok <= OBJECT_REST and toks[k].word and toks[k].low not in cues.prepositions \
            and toks[k].low not in cues.clause_breaks and toks[k].low not in cues.relative \
            and not toks[k].low.endswith(("ing", "ed")):  # "a declaration demanding that": a verb of its own
        k += 1
    return range(end_tok + 1, k)
