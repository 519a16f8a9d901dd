"""A noun act told as called off, put off or fallen through (outcomes47): 'the signing of the trade pact was called
off', 'the signing was put on hold', 'Japan and Chile postponed the signing of the pact', 'plans to sign the accord
were shelved', 'the deal fell through'.

Why: a meeting's outcome told as a noun ('the signing of the agreement') was read as done whatever its predicate
said, so a meeting that ended without one gained an AGREE. The English mirror of the Korean rule (koacts46,
lang/ko/act_failed_outcomes.py): when the act's noun phrase (or 'plans to' + its verb) is the subject of a verb of
cancelling, putting off or failing (`failed_outcome_passives` after a form of 'be': CAMEO's cancelling verbs 'call
off', 'cancel', 'scrap', 'shelve', 'postpone', 'put off', 'suspend'; `failed_outcome_intransitives`: 'fell
through'), or the object of such a verb right before it (`failed_outcome_actives`), the act did not take place
(PLOVER codes what happened). The cancelling verb keeps its own reading, and a meeting noun stays (a meeting called
off is the meeting readers', which mark it planned or cancelled). A use of force that failed still took place:
force types are kept, as in Korean.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.lang.base import ActHit

if TYPE_CHECKING:
    from readout.lang.en.act_cues import Cues
    from readout.lang.en.act_tokens import Token

DONE_WHEN_FAILED = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})  # a failed raid or launch still took place
MEETINGS = frozenset({"CONSULT"})  # 'the planned visit was postponed': the meeting readers mark it planned or cancelled
SUBJECT_SPAN = 8  # words of the act's noun phrase between its trigger's end and its predicate ('of the new trade pact')
CLAUSE_BREAKS = frozenset({",", ";", ":", ".", "that", "which", "who", "and", "but", "while", "after", "before"})


def called_off(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits less the noun acts whose own predicate (or governing verb) says they did not come about."""
    return [h for h in hits if h.type in DONE_WHEN_FAILED | MEETINGS or not (
        (h.nominal or planned_infinitive(toks, h, cues)) and (failed_after(toks, h, cues) or cancelled_before(toks, h, cues)))]


def planned_infinitive(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """'plans to sign the accord': a verb act under a noun of planning, which is the subject in its stead."""
    i = hit.data["token"]
    return i >= 2 and toks[i - 1].low == "to" and toks[i - 2].low in cues.plan_nouns


def failed_after(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """'... was called off', '... has been put on hold', '... fell through': the predicate of the act's noun phrase."""
    end = hit.data.get("end_token", hit.data["token"])
    for k in range(end + 1, min(end + 1 + SUBJECT_SPAN, len(toks))):
        low = toks[k].low
        if low in cues.copulas or low in cues.perfect_auxiliaries or low in cues.future_auxiliaries:
            return failing_predicate(toks, k, cues)
        if phrase_at(toks, k, cues.failed_outcome_intransitives):
            return True  # 'the deal fell through', 'the signing collapsed'
        if low in CLAUSE_BREAKS or not toks[k].word:
            return False
    return False


def failing_predicate(toks: list[Token], k: int, cues: Cues) -> bool:
    """From the first auxiliary at `k` ('was', 'has been', 'will be', 'was not'): a passive verb of cancelling."""
    while k < len(toks) and (toks[k].low in cues.copulas or toks[k].low in cues.perfect_auxiliaries
                             or toks[k].low in cues.future_auxiliaries or toks[k].low in cues.adverbs
                             or toks[k].low.endswith("ly")):
        k += 1
    return phrase_at(toks, k, cues.failed_outcome_passives) or phrase_at(toks, k, cues.failed_outcome_intransitives)


def cancelled_before(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """'postponed the signing of the pact', 'called off a planned signing': a cancelling verb governs the noun act."""
    k = hit.data["token"] - 1
    while k >= 0 and (toks[k].low in cues.determiners or toks[k].low in cues.plan_modifiers):
        k -= 1
    words = [t.low for t in toks[max(0, k - 2):k + 1]]
    return any(words[-len(p.split()):] == p.split() for p in cues.failed_outcome_actives)


def phrase_at(toks: list[Token], k: int, phrases: frozenset[str]) -> bool:
    """Whether one of `phrases` (space-separated words) starts at token `k`."""
    return any([t.low for t in toks[k:k + len(p.split())]] == p.split() for p in phrases)
