"""The deed a rejected protest is about (en29).

'Niger rejected Benin's complaint over an air strike that Cotonou says killed three farmers': the complaint is
Benin's, and the strike it complains of is the act of the side it was made to -- the subject that rejects it --
not of the complaint's owner, whose genitive stands nearest the act noun (and 'that Cotonou says' names who
claims, not who struck). The finder puts the act's agent in the rejecting clause's subject (`agent_span`, read as
after "by"). A complaint no one rejects ('Benin's complaint over an air strike') names no doer: left as it is.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_protest_words import PEOPLE_LEMMAS
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.act_near_words import is_determiner

TOPIC_REACH = 4  # words from the topic's preposition to the act noun ('over a deadly cross-border air strike')
CHARGE_REACH = 4  # words from the rejecting verb to the charge noun ('rejected Benin's formal complaint')


def protested_deeds(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each noun act with no agent of its own that is the topic of a charge noun a REJECT in its sentence takes
    as object, its agent span set to that REJECT's subject (the sentence up to the rejecting verb)."""
    rejects = [h for h in hits if h.type == "REJECT" and not h.nominal]
    out = []
    for h in hits:
        if h.type != "REJECT" and "agent_span" not in h.data:  # a noun or a gerund ("the shelling")
            noun = charge_before(toks, h.data["token"], cues)
            rejecting = [r for r in rejects if noun is not None and r.data["head_end"] < noun
                         and noun - r.data["head_end"] <= CHARGE_REACH]
            if rejecting:
                h = replace(h, data={**h.data, "agent_span": (0, rejecting[-1].start)})
        out.append(h)
    return out


def charge_before(toks: list[Token], i: int, cues: Cues) -> int | None:
    """The token of the charge noun ('complaint', 'protest') whose topic the act noun at `i` is: '<charge noun>
    over|about|against <determiners, modifiers> <act noun>'; None otherwise."""
    for k in range(i - 1, max(i - 1 - TOPIC_REACH, 0), -1):
        if toks[k].low in cues.charge_topic_prepositions:
            return k - 1 if toks[k - 1].low in cues.charge_nouns else None
        if not toks[k].word or not (toks[k].raw.islower() or is_determiner(toks[k].low, cues)):
            return None
    return None


def fated_protesters(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits less each protest noun naming people whose fate a noun before its 'of' tells ('the deaths of dozens of
    protesters', 'the trial of demonstrators', 'families of protesters'): the people something befell, no protest of
    theirs on the story's day (threat54). 'Thousands of protesters marched', 'a crowd of demonstrators' keep theirs:
    the noun before is a count or a gathering, not a fate (cue protester_fate_nouns)."""
    return [h for h in hits if not (h.type == "PROTEST" and h.nominal and h.lemma in PEOPLE_LEMMAS
                                    and fate_before(toks, h.data["token"], cues))]


def fate_before(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether the words before token i, past an 'of' and the count words around it ('of dozens of'), end in a noun
    of fate ('deaths', 'arrest')."""
    k, seen_of = i - 1, False
    while k >= 0 and (toks[k].low in cues.quantity_words or toks[k].low.isdigit()):
        seen_of = seen_of or toks[k].low == "of"
        k -= 1
    return seen_of and k >= 0 and toks[k].low in cues.protester_fate_nouns


# (acts60) the act types whose verb tells what people did as a side of talk or of a deal, not a gathering in the street
STANCE_TYPES = frozenset({"REJECT", "AGREE", "REQUEST", "ACCUSE", "SUPPORT", "CONSULT", "COOPERATE", "AID", "YIELD"})
SUBJECT_REACH = 8  # words from a protest noun to the verb it is the subject of ('Protesters in the southern port city')


def stance_subject_protesters(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(acts60, issue 13) 'Protesters rejected the offer', 'Demonstrators accepted the deal', 'Strikers demanded
    wages': a protest noun naming people that is the subject of a verb of stance (`STANCE_TYPES`: rejecting, agreeing,
    asking, judging) names who took that stance; the verb governs the clause and PLOVER codes its type by the people
    (the verb's `people_subject`), no demonstration told beside it. The noun's hit is dropped when the next act hit
    after it is such a verb, not negated, with only its subject phrase between (`subject_verb_after`). A protest verb
    ('Protesters marched') or a deed of force ('Protesters clashed with police', a riot PLOVER may code PROTEST) keeps
    the noun's protest."""
    verbs = verb_hits(hits)
    return [h for h in hits if not (people_protest(h) and stance_verb(subject_verb_after(toks, h.data["token"], verbs,
                                                                                          cues)))]


def stance_verb(verb: ActHit | None) -> bool:
    """Whether the verb hit is a stance verb, not negated, whose subject the language read as people."""
    return verb is not None and verb.type in STANCE_TYPES and not verb.negated and bool(verb.data.get("people_subject"))


def verb_hits(hits: list[ActHit]) -> list[ActHit]:
    """The verb hits (no noun act) with their token, in reading order."""
    return sorted((h for h in hits if not h.nominal and "token" in h.data), key=lambda h: h.data["token"])


def people_protest(h: ActHit) -> bool:
    """Whether the hit is a protest noun naming people ('Protesters', 'Rioters'), which may head a clause's subject."""
    return h.type == "PROTEST" and h.nominal and h.lemma in PEOPLE_LEMMAS and "token" in h.data


def forceful_subject_protesters(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(acts60b, issue 13) 'Protesters attacked the Chilean embassy', 'Rioters stormed X's consulate': a protest noun
    naming people that is the subject of a verb of another kind (a deed of force, kept as a riot PLOVER may code
    PROTEST, acts60) protests at the foreign post that verb is done to (a word of `missions`: embassy, consulate); the
    verb's target spans become the protest's `protested_spans`, so the state owning the post attacked is never the protesters' home (their state comes from the
    place, the dateline or the story: pipeline/act_actor_defaults.unnamed_actors), as Korean reads '칠레 대사관 앞'."""
    verbs = verb_hits(hits)
    out = []
    for h in hits:
        if people_protest(h) and "protested_spans" not in h.data:
            verb = subject_verb_after(toks, h.data["token"], verbs, cues)
            spans = tuple(verb.data.get("target_spans", ())) if verb is not None else ()
            if any(mission_in(toks, span, cues) for span in spans):
                h = replace(h, data={**h.data, "protested_spans": spans})
        out.append(h)
    return out


def subject_verb_after(toks: list[Token], i: int, verbs: list[ActHit], cues: Cues) -> ActHit | None:
    """The first verb hit after token i when the noun at i heads its subject phrase (within `SUBJECT_REACH`, no
    clause break, no reporting verb between), else None."""
    nxt = next((v for v in verbs if v.data["token"] > i), None)
    if nxt is None or nxt.data["token"] - i > SUBJECT_REACH:
        return None
    if any(not toks[k].word or toks[k].low in cues.clause_breaks or toks[k].low in cues.reporting
           for k in range(i + 1, nxt.data["token"])):
        return None
    return nxt


def mission_in(toks: list[Token], span: tuple[int, int], cues: Cues) -> bool:
    """Whether a diplomatic post's word (`missions`) stands inside the character span: a state's own palace or
    ministry attacked by its people is their riot at home (pipeline/act_actor_defaults.rioted_own_organ)."""
    return any(span[0] <= t.start < span[1] and t.low in cues.missions for t in toks)
