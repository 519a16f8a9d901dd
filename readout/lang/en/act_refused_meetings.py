"""A meeting the speaker says it will not hold (encoord49): "X said it would not hold talks with Y", "X will not
attend the summit with Y", "X said it would not meet Y's envoy unless Y withdrew its troops".

Why a reader of its own: the finder reads "would not hold talks" as a negated planned CONSULT, and the meeting reader
as a meeting cancelled, so a refusal came out as a meeting. The PLOVER manual codes the cancellation of meetings as
REJECT ("Cancellation of meetings are REJECT and therefore verbal conflict"), with the REJECT mode `meet` ("meetings
and negotiations"), as "refused to meet" is read already. A refusal bound to a condition ("unless", "until", "as long
as") is a threat to keep talks suspended: THREATEN `relations` (the manual: "threaten to suspend relations or ongoing
talks, meetings, or negotiations"). Only a future refusal (intent modality: "will not", "would not", "won't") is one;
a past "did not meet" tells what did not happen and stays what it is, and so does a speaker's personal conduct
("I will not talk to him privately"): the manual's actors are states and bodies, and a first-person singular refusal
names neither (a state speaking for itself says "we", "the government", read by act_quotes).
"""
from __future__ import annotations

from dataclasses import replace

from readout.kb.loader import lexicon
from readout.lang.base import ActHit
from readout.lang.en.act_plover_reading import fronted_condition
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token
from readout.lang.en.meeting_speakers import speaking_side

REFUSED_MODE = "meet"  # the manual's REJECT (and REQUEST) mode for meetings and negotiations
CONDITIONED_MODE = "relations"  # the manual's THREATEN mode for suspended talks


def refused_meetings(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits, each future meeting the clause negates read as the speaker's REJECT `meet`, or, under a condition,
    its THREATEN `relations`; the lexicon's CONSULT stays in data["stated_type"]."""
    return [refused(toks, h, cues) if refusal(toks, h, cues) else h for h in hits]


AUXILIARY_REACH = 3  # words from the meeting verb back to its future auxiliary ("would not", "will also not")
PERSONAL_SUBJECTS = frozenset({"i"})  # a person's own conduct, no state's refusal


def refusal(toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    """A verbal CONSULT, negated, stated as the subject's own future act ("would not hold talks"), its subject
    (the word before the future auxiliary) no first-person singular."""
    verb = hit.data["token"]
    if hit.type == "CONSULT" and hit.negated and not hit.nominal and not hit.data.get("refused") \
            and hit.data.get("modality") == "infinitive" and decided_not(toks, verb, cues):
        return True  # request61: 'decided not to take part in the summit': the decision refuses it
    if not (hit.type == "CONSULT" and hit.negated and not hit.nominal and not hit.data.get("refused")
            and hit.data.get("modality") == "intent"):
        return False
    aux = next((k for k in range(verb - 1, max(-1, verb - 1 - AUXILIARY_REACH), -1)
                if toks[k].low in cues.future_auxiliaries), None)
    return aux is None or aux == 0 or toks[aux - 1].low not in PERSONAL_SUBJECTS


DECIDED_NOT = ("not", "to")  # the words between a verb of deciding and the meeting verb


def decided_not(toks: list[Token], verb: int, cues: Cues) -> bool:
    """(request61) Whether the meeting verb at token `verb` follows a verb of deciding and 'not to' ('decided not to
    take part in', 'chose not to attend')."""
    return verb >= 3 and (toks[verb - 2].low, toks[verb - 1].low) == DECIDED_NOT \
        and toks[verb - 3].low in cues.refusal_decisions


def refused(toks: list[Token], hit: ActHit, cues: Cues) -> ActHit:
    """The refusal's reading: THREATEN `relations` when a condition follows its verb or is fronted before it, else
    REJECT `meet`; either occurred (the statement is the act)."""
    after = {t.low for t in toks[hit.data["end_token"] + 1:]}
    conditioned = bool(after & cues.conditions) or fronted_condition(toks, hit.data["token"], cues)
    kind, mode = ("THREATEN", CONDITIONED_MODE) if conditioned else ("REJECT", REFUSED_MODE)
    return replace(hit, type=kind, mode=mode, negated=False, status="occurred",
                   data=dict(hit.data, stated_type=hit.type, negated_reading=True))


def unnamed_cancellations(text: str, toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(cancel68) The hits without each REJECT `meet` read from a passive verb of calling off with no 'by' agent ('The
    summit between A and B was called off', 'Talks with X were postponed'): no side is named as cancelling it, so
    the meeting reader's CONSULT cancelled tells it, as Korean '정상회담이 무산됐다/취소됐다' does. A side named as
    calling it off ('A called off the summit with B', 'was cancelled by A') keeps its REJECT `meet` (the PLOVER
    manual's cancellation of a meeting). (enmeet69) A 'by' of time or measure ('was postponed by a week', 'by two
    days', 'by the end of the month') names no side: the meeting reader's `meeting_cancelled_by_re` tells an agent
    (a capitalized name, or 'the ... government/side/leader') from it."""
    return [spoken_by_side(text, toks, h) or h for h in hits
            if not unnamed_cancellation(text, toks, h, cues) or spoken_by_side(text, toks, h)]


def unnamed_cancellation(text: str, toks: list[Token], hit: ActHit, cues: Cues) -> bool:
    if hit.type != "REJECT" or hit.mode != REFUSED_MODE or not hit.data.get("passive") or named_agent(text, toks, hit):
        return False
    verb = " ".join(t.low for t in toks[hit.data["token"]:hit.data.get("head_end", hit.data["token"]) + 1])
    return verb in cues.failed_outcome_passives


def spoken_by_side(text: str, toks: list[Token], hit: ActHit) -> ActHit | None:
    """(enmodes70) The agentless calling-off passive ('Talks with B were postponed, A said') aimed from the speaker who
    closes the sentence, when the speaker is a side of the meeting (`meeting_speakers.speaking_side`): the speaker's
    span is its agent, the meeting's phrase its target; None otherwise."""
    first = hit.data.get("passive_object_token")
    if hit.type != "REJECT" or hit.mode != REFUSED_MODE or not hit.data.get("passive") or "by" in hit.data \
            or first is None:
        return None
    meeting = (toks[first].start, toks[hit.data["token"]].start)
    who = speaking_side(text, meeting, toks[hit.data.get("head_end", hit.data["token"])].end)
    if who is None:
        return None
    return replace(hit, data={**hit.data, "agent_span": who, "target_spans": (meeting,), "spoken_by_side": True})


def named_agent(text: str, toks: list[Token], hit: ActHit) -> bool:
    """(enmeet69) The passive's 'by' names an agent: a side ('by Peru', 'by the Chilean government'), not a span of
    time or a measure ('by a week', 'by the end of May')."""
    if "by" not in hit.data:
        return False
    k = next((n for n, t in enumerate(toks) if t.low == "by" and t.end <= hit.data["by"] and n > 0
              and (n + 1 == len(toks) or toks[n + 1].start >= hit.data["by"])), None)
    return k is None or bool(lexicon("en").re("meeting_cancelled_by_re").match(text, toks[k - 1].end))
