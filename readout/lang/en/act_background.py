"""Act words a sentence uses without reporting an act of the story: habits and characterizations.

Why: an event is one act on one day. Two kinds of act words in news name none.

1. A habit told as background ("Pyongyang has long denounced the drills", "Tehran has routinely dismissed
   sanctions", "Minsk routinely accuses Vilnius"): the perfect or the present with an adverb of frequency or
   duration (`habitual_adverbs`) says the act recurs over an open stretch of time, with no day of its own; dated
   to the story's day it would be an act that did not happen then. No event is read (`habitual`). A demand made
   repeatedly in the perfect ("has repeatedly demanded that X release", `repetition_adverbs`) is the exception: the
   demand is pressed still and the story reports its latest instance (en43); "has long demanded" stays background.
   A tally in the perfect ("has staged several drills since X took office", `tally_words`) is one too (precision49).
   (ensupport68) Backing an armed group in the perfect ("has armed the rebels for years", "has long funded the
   militia") is the other exception: the arms or money are given still, and the story tells them as the backer's
   deed (AID), or as the charge a speaker makes of it (act_allegations).
2. What a speaker says something is ("branding them a rehearsal for an invasion", "called the exercises
   preparation for war", "described the deployment as an invasion plan"): after a verb of naming
   (`characterizing_verbs`) and its object, the naming complement holds the speaker's words about the object, not
   an act anyone did; the accusation itself is read by `act_characterize`. Hits in that complement are
   dropped (`characterized_complement`); the object named ("the deployment") keeps its own reading.
"""
from __future__ import annotations

import functools

from readout.lang.base import ActHit
from readout.lang.en.act_allegations import arms_armed_group
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

COMPLEMENT_REACH = 10  # words from the naming verb to the last one of its complement
INDEFINITE = frozenset({"a", "an"})  # "branding them a rehearsal": the complement's own determiner
COMPLEMENT_ENDS = frozenset({",", ";", ":", ".", "and", "but", "while", "after", "before", "because", "when"})


def habitual(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """Whether the verb of `hit` is told as a habit: adverbs right before it hold one of `habitual_adverbs`,
    and the verb is in the perfect ("has long denounced") or the present ("routinely accuses"); or the verb, or the
    verb governing a noun act, is in the perfect (or the perfect progressive: "has been battling X since 2012") with
    recurrence after it ("have clashed repeatedly", "have held joint patrols every year since 2019": `recurring_after`)."""
    i = hit.data["token"]
    if i == 0:
        return False
    if hit.nominal:  # 'have held joint patrols every year': the noun is the object of a perfect verb of habit
        return perfect_object(toks, i, cues) and recurring_after(toks, hit.data.get("end_token", i) + 1, cues)
    k, habit, repeated = i - 1, False, True
    while k >= 0 and (toks[k].low in cues.habitual_adverbs or toks[k].low in cues.adverbs or toks[k].low.endswith("ly")):
        if toks[k].low in cues.habitual_adverbs:
            habit, repeated = True, repeated and toks[k].low in cues.repetition_adverbs
        k -= 1
    if k > 0 and toks[k].low in cues.copulas and toks[k - 1].low in cues.perfect_auxiliaries and toks[i].low.endswith("ing"):
        k -= 1  # the perfect progressive: 'has been battling an insurgency since 2012' (force9)
    perfect = k >= 0 and toks[k].low in cues.perfect_auxiliaries
    if perfect and arms_armed_group(toks, hit, len(toks), cues):
        return False  # ensupport68: 'has armed the rebels for years': backing still given, the story's charge
    if stretched(toks, i, cues) and not arms_armed_group(toks, hit, len(toks), cues):
        return True  # koriot70: 'criticized Chile for years', 'For years, Peru has criticized Chile': a stretch
    if not habit:
        end = hit.data.get("end_token", i)
        return perfect and (recurring_after(toks, end + 1, cues) or tallied_since(toks, i, end, cues))
    if perfect and repeated and hit.type == PRESSED_TYPE:
        return False  # 'has repeatedly demanded that X release': the demand is pressed still, its last time reported
    if perfect and repeated and reported_past_perfect(toks, k, cues):
        return False  # acts59b: 'Peru said Bolivia had repeatedly shelled its post': deeds told as done, no habit
    present = toks[i].low.endswith("s") and not toks[i].low.endswith("ss") and toks[i].raw.islower()
    return perfect or present


def stretched(toks: list[Token], i: int, cues: Cues) -> bool:
    """(koriot70) Whether a stretch of years or months (`stretch_wordings`: 'for years', 'for decades', 'over the
    years') stands with the verb at token i, in any tense: after it in its clause ('criticized Chile for years') or
    opening the sentence before it ('For years, Peru has criticized Chile'). The acts over the stretch are a tally
    with no day of their own, as Korean '수년간 비난했다', '몇 년 동안 비판해 왔다' reads (ko.yaml
    repeated_times_before_re). A term with a number ('for five years') is no stretch: a measure's length."""
    phrases, first = wording_phrases(cues.stretch_wordings)
    opened = next((len(p) for p in phrases if tuple(t.low for t in toks[:len(p)]) == p and len(toks) > len(p)
                   and toks[len(p)].raw == ","), None) if toks and (first is None or toks[0].low in first) else None
    if opened is not None and i > 2 and not clause_closed(toks, opened + 1, i, cues):
        return True
    for k in range(i + 1, min(len(toks), i + 1 + RECURRENCE_REACH)):
        if (first is None or toks[k].low in first) and any(tuple(t.low for t in toks[k:k + len(p)]) == p
                                                           for p in phrases):
            return True
        if not toks[k].word or toks[k].low in cues.clause_breaks or toks[k].low in cues.perfect_auxiliaries \
                or toks[k].low in cues.be or toks[k].low in cues.reporting:
            return False  # 'Ghana said Togo had funded X for months': the stretch is the reported clause's
    return False


@functools.lru_cache(maxsize=4)
def wording_phrases(wordings: frozenset[str]) -> tuple[tuple[tuple[str, ...], ...], frozenset[str] | None]:
    """(speed48) Wordings of several words (`stretch_wordings`, `recurring_wordings`) as word tuples, split once (not
    per verb read), and the words they open with: a phrase can match only where its first word stands, so `stretched`
    and `recurring_after` compare the phrases there alone (None: an empty wording, which matches anywhere, so every
    place is compared)."""
    phrases = tuple(tuple(p.split()) for p in wordings)
    return phrases, frozenset(p[0] for p in phrases) if all(phrases) else None


def clause_closed(toks: list[Token], start: int, i: int, cues: Cues) -> bool:
    """(planned71) Whether the clause a fronted stretch opens ends between token `start` and the verb at token i: a
    semicolon or colon, or a comma before a clause break ('For years, X has criticized Y, and on Monday it recalled its
    envoy': the recall is a deed of its own day, not part of the tally), or 'but'. Verbs joined by a bare 'and' ('has
    criticized and sanctioned Y') share the stretch."""
    for k in range(start, i):
        t = toks[k]
        if not t.word and t.raw not in (",", "'", '"'):
            return True
        if t.raw == "," and k + 1 < i and toks[k + 1].low in cues.clause_breaks:
            return True
        if t.low == "but":
            return True
    return False


OBJECT_REACH = 5  # words from a perfect auxiliary to the noun its verb takes: 'have held such joint patrols'


def perfect_object(toks: list[Token], i: int, cues: Cues) -> bool:
    """Whether the noun at token i follows, within its clause, a perfect auxiliary and the verb after it."""
    for k in range(i - 2, max(-1, i - OBJECT_REACH - 1), -1):
        if not toks[k].word or toks[k].low in cues.clause_breaks:
            return False
        if toks[k].low in cues.perfect_auxiliaries:
            return True
    return False


RECURRENCE_REACH = 12  # words after the act (its object, a topic) where a phrase of recurrence may stand


def recurring_after(toks: list[Token], j: int, cues: Cues) -> bool:
    """Whether the clause from token j says the act recurs (en22): a habitual adverb ('have clashed repeatedly
    over X'), 'every'/'each' with a unit of the calendar ('almost every year', 'each spring'), 'since' with a
    year ('since 2019'), or a phrase of recurrence (`recurring_wordings`: 'for years', 'time and again').
    With the perfect this is a habit told as background ('have staged such patrols every year since 2019')."""
    phrases, first = wording_phrases(cues.recurring_wordings)
    for k in range(j, min(len(toks), j + RECURRENCE_REACH)):
        low = toks[k].low
        if (first is None or low in first) and any(tuple(t.low for t in toks[k:k + len(p)]) == p for p in phrases):
            return True
        if low == "since":
            return k + 1 < len(toks) and toks[k + 1].raw.isdigit() and len(toks[k + 1].raw) == 4
        if not toks[k].word or low in cues.clause_breaks:
            return False
        if low in cues.habitual_adverbs and low != "long" \
                or low in cues.recurring_openers and any(t.low in cues.recurring_units for t in toks[k + 1:k + 3]):
            return True
    return False


def tallied_since(toks: list[Token], i: int, end: int, cues: Cues) -> bool:
    """(precision49) 'has staged several large-scale drills since X took office': a perfect verb whose object opens
    with a word of an indefinite count (`tally_words`: several, many, numerous) and is followed by 'since' tells a
    tally of acts over a stretch of time, none of them on the story's day ('since' may follow the act's target in
    its clause). Without 'since' ('has fired several
    missiles into the sea') the perfect reports the day's salvo."""
    if not any(t.low in cues.tally_words for t in toks[i + 1:end + 1]):
        return False
    for t in toks[end + 1:end + 1 + RECURRENCE_REACH]:  # 'on Tigray since January': past the act's own target
        if t.low == "since":
            return True
        if not t.word or t.low in cues.clause_breaks:
            return False
    return False


def reported_past_perfect(toks: list[Token], k: int, cues: Cues) -> bool:
    """(acts59b) Whether the auxiliary at token k is a past perfect ('had', `past_perfect_auxiliaries`) after a
    reporting verb of the sentence ('Peru said Bolivia had repeatedly shelled its border post'): a speaker telling
    deeds done before it spoke, repeated, reports them as done (the reported deed and its charge, act_reported_charges),
    not a habit over an open stretch; 'Bolivia has repeatedly shelled ...' in the speaker's own present perfect stays one."""
    return toks[k].low in cues.past_perfect_auxiliaries and any(t.low in cues.reporting for t in toks[:k])


PRESSED_TYPE = "REQUEST"  # a demand repeated in the perfect is pressed at the story's time (en43)
JUDGING_TYPES = frozenset({"ACCUSE", "REJECT"})  # "denounced the drills as a rehearsal": judging names too


def characterized_complement(toks: list[Token], hits: list[ActHit], cues: Cues) -> set[int]:
    """The tokens of every naming complement in the sentence (see the module docstring): after the named
    object, from "as", an indefinite determiner or a noun that frames an act as the object's purpose
    (`characterizing_frames`: "preparation for", "a prelude to"), to the end of the clause. A verb of
    judging (an ACCUSE or REJECT verb: "denounced the drills as a rehearsal for invasion") names with "as"
    only. A verb of naming followed by a preposition or "to" ("called on X to", "called for") names nothing."""
    judging = {h.data["token"] for h in hits if h.type in JUDGING_TYPES and not h.nominal}
    inside: set[int] = set()
    for v, t in enumerate(toks):
        naming = t.low in cues.characterizing_verbs
        if not naming and v not in judging or v + 1 >= len(toks):
            continue
        after = toks[v + 1].low
        if after != "as" and (after in cues.prepositions or after in cues.infinitive or not toks[v + 1].word):
            continue
        start = None
        for k in range(v + 1, min(len(toks), v + COMPLEMENT_REACH)):
            low = toks[k].low
            if k > v + 1 and low in COMPLEMENT_ENDS:
                break
            if start is None and (low == "as" or naming and k > v + 1
                                  and (low in INDEFINITE or low in cues.characterizing_frames)):
                start = k
            if start is not None:
                inside.add(k)
    return inside
