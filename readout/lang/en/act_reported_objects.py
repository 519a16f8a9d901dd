"""(charges51, issue 13) 'it' as the object of a deed in a reported clause with a subject of its own stands for the
speaker: 'Peru said Bolivia had threatened to attack it', 'Peru said Bolivian troops had shelled it'; so is the
owner 'its' names opening the object of an attack or threat ('had shelled its border post', charges51b).

Why: the reported clause names its own doer ('Bolivia'), so its object 'it' cannot be that doer (that would be
'itself'); the one other side the sentence names before it is the speaker, the subject of the reporting verb. The act
had no receiver in English, while the Korean twin ('페루는 볼리비아가 자국을 공격하겠다고 위협했다고 말했다') names the
speaker with '자국'. The speaker's span (from the sentence's start to the reporting verb) is marked as the act's target
(`target_spans`), so the pipeline gives the act the states it names.

The decision on charge or report (coding-choices, charges51): a threat told with a plain verb of saying is the reported
THREATEN, no ACCUSE, as any deed told so is (acts47); a verb of alleging ('alleged that', 'claimed that') or of judging
makes it a charge as before.
(charges52b) The speaker of a verb of claiming (cue `claiming_verbs`: 'Peru claimed that Bolivia had shelled its border
post') is read as a sayer's: the 'it' or 'its' of the claimed deed is the claimant, as Korean '자국' names it.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

REPORTED_TYPES = frozenset({"THREATEN", "ASSAULT", "COERCE"})  # deeds done or threatened against a side
# charges51b: deeds whose 'its' object is the speaker's: no state shells or threatens its own post, while 'closed its
# border' or 'arrested its citizens' (COERCE) may well be the doer's own
POSSESSED_TYPES = frozenset({"THREATEN", "ASSAULT"})
OBJECT_REACH = 3  # words from the act's verb to its 'it': 'attacked it', 'threatened to attack it'
SUBJECT_REACH = 6  # words of the reported subject and its auxiliaries: 'that Bolivian troops had'


def reported_objects(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each verb deed of a reported clause with a subject of its own whose object is 'it' (cue
    `reported_object_pronouns`) given the speaker's span as its target; others unchanged."""
    out = []
    for h in hits:
        speaker = None if h.nominal or h.type not in REPORTED_TYPES or h.data.get("target_spans") \
            else reported_speaker(toks, h.data["token"], cues)
        if speaker is not None and object_pronoun(toks, h.data["token"], cues, h.type in POSSESSED_TYPES):
            h = replace(h, data={**h.data, "target_spans": (speaker,)})
        out.append(h)
    return out


def reported_speaker(toks: list[Token], i: int, cues: Cues) -> tuple[int, int] | None:
    """The span of the speaker of the reported clause whose verb is at `i` (`reporting_frame`), or None."""
    frame = reporting_frame(toks, i, cues)
    return None if frame is None else (toks[frame[0]].start, toks[frame[1] - 1].end)


def reporting_frame(toks: list[Token], i: int, cues: Cues) -> tuple[int, int, int] | None:
    """(first token of the speaker, the reporting verb's token, the reported clause's first token) for the verb at
    `i`: the words from the sentence's start up to a reporting verb a few words before `i` (after the last comma before
    it: 'In a statement, Peru said'), where the reported clause has a subject of its own (no pronoun: 'said it had been
    attacked' is the speaker's own clause) and the speaker's words hold no pronoun ('it said': the side going on, read
    by the pipeline)."""
    for r in range(i - 2, max(0, i - SUBJECT_REACH - 1), -1):
        if not toks[r].word:
            return None
        if toks[r].low not in cues.reporting and toks[r].low not in cues.claiming_verbs:
            continue  # charges52b: 'Peru claimed that Bolivia had shelled its post': a claim's speaker as a sayer's
        first = r + 1 + (toks[r + 1].low == "that")
        if first >= i or toks[first].low in cues.speaker_pronouns or toks[first].low in cues.empty_subjects:
            return None
        start = next((n + 1 for n in range(r - 1, -1, -1) if toks[n].low == ","), 0)  # 'In a statement, Peru said'
        if start >= r or any(t.low in cues.speaker_pronouns for t in toks[start:r]):
            return None
        return start, r, first
    return None


def object_pronoun(toks: list[Token], i: int, cues: Cues, possessed: bool = False) -> bool:
    """Whether 'it' is the object of the verb at `i`, right after it or after an infinitive it governs ('threatened
    to attack it'), no punctuation between; where `possessed` (an attack or threat), also 'its' opening that object
    ('had shelled its border post', charges51b), but not 'its own' (the doer's own, as Korean '자기')."""
    for k in range(i + 1, min(len(toks), i + OBJECT_REACH + 1)):
        if toks[k].low in cues.reported_object_pronouns:
            return True
        if possessed and toks[k].low in cues.reported_object_possessives:
            return not (k + 1 < len(toks) and toks[k + 1].low in cues.own_possessives)
        if not toks[k].word:
            return False
    return False
