"""(acts59, issue 13) A hostile deed told in a reported clause with a subject of its own is also the speaker's charge:
'Peru said Bolivia had shelled its border post', 'Chile said Argentine hackers had broken into its servers'.

Why: the speaker tells that another side did it wrong, which is PLOVER's ACCUSE ("allege": accuse of wrongdoing,
PLOVER_MANUAL.tex section ACCUSE), aimed at the reported clause's subject. The deed stays as the reported deed
(acts47: 'X said Y had shelled its post' is Y's ASSAULT); the charge is added beside it, as the Korean reader adds the
speaker's ACCUSE for a verdict verb. Only force and coercion (`CHARGED_TYPES`): a threat told with 'said' is a report,
no charge (charges51), and an agreement or aid told is no wrong. Not where the reported clause's subject is a pronoun
or opens with a possessive ('Peru said it had shelled ...', 'said its troops had shelled ...': the speaker's own deed) or the speaker one ('it said', `reporting_frame`), nor a deed
denied, planned, passive ('said Y's minister was arrested': the subject suffers it) or named by a noun, nor where the sentence already holds an ACCUSE at that reporting verb (a verb of
alleging reads its own charge: 'alleged that', act_allegations).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_characterize import accusation
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_reported_objects import reporting_frame
from readout.lang.en.act_tokens import Token

CHARGED_TYPES = frozenset({"ASSAULT", "COERCE"})  # deeds of force or coercion: told of another, a wrong alleged
CHARGE_MODE = "allege"  # PLOVER ACCUSE mode for an accusation of wrongdoing


def reported_charges(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with one ACCUSE (mode allege) added per reporting verb whose reported clause tells a deed of
    `CHARGED_TYPES` by a subject of its own, aimed at that subject's words."""
    added: dict[int, ActHit] = {}
    accused = {h.data.get("token") for h in hits if h.type == "ACCUSE"}
    for h in hits:
        if h.type not in CHARGED_TYPES or h.nominal or h.negated or h.status != "occurred" or "token" not in h.data \
                or h.data.get("passive"):  # 'said Y's minister was arrested': Y suffers the deed, no one charged
            continue
        frame = reporting_frame(toks, h.data["token"], cues)
        if frame is None or frame[1] in accused or frame[1] in added:
            continue
        subject = reported_subject(toks, frame[2], h.data["token"], cues)
        if subject is not None:
            added[frame[1]] = accusation(toks, frame[1], h.data["token"], subject, CHARGE_MODE)
    return sorted([*hits, *added.values()], key=lambda h: h.start) if added else hits


def reported_subject(toks: list[Token], first: int, verb: int, cues: Cues) -> tuple[int, int] | None:
    """The character span of the reported clause's subject, from `first` to the last word before the verb at `verb`
    that is no auxiliary or adverb ('Bolivia had repeatedly', 'Argentine hackers had'); None when no word is left, a
    punctuation mark stands between (the deed is then in another clause), a possessive opens it ('its troops': the
    speaker's own), or a preposition or pronoun stands in it (a time phrase before the speaker's own 'it', a noun
    phrase the verb is a participle inside: 'the release of five jailed ...'). A 'that' after a time phrase opens it
    ('said on Monday that Bolivia had ...')."""
    first = max([first, *(k + 1 for k in range(first, verb) if toks[k].low == "that")])  # 'said on Monday that X'
    if toks[first].low in cues.own_possessives:
        return None  # 'said its troops had shelled ...': the speaker's own forces, its own deed
    if any(t.low in cues.prepositions or t.low in cues.speaker_pronouns for t in toks[first:verb]):
        return None  # 'said on Sunday it had seized', 'announced the release of five jailed ...': no subject of its own
    last = verb - 1
    while last >= first and (toks[last].low in cues.perfect_auxiliaries or toks[last].low in cues.be
                             or toks[last].low in cues.adverbs):
        last -= 1
    if last < first or any(not t.word for t in toks[first:last + 1]):
        return None
    return toks[first].start, toks[last].end
