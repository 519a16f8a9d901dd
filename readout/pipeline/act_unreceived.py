"""Whether an act that names no receiving side still stands as an event: an appeal, accusation or sanction with no
one named is mostly no act ('urged restraint'), while a threat of force, a refused meeting or measure, a rejection
of a proposal whose clause names the rejecter, and an open appeal the language marked stand alone; shared stances
('reaffirmed their support for peace') state a common goal, no SUPPORT of anyone.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.pipeline.act_recipients import UNDIRECTED

NEEDS_RECIPIENT = {"ACCUSE", "REQUEST", "THREATEN", "SANCTION"}  # without one, mostly not an act
# a rejection of something put forward ('Iran rejected the proposal', the language marks it `rejected_proposal`)
# stands alone when its own clause names who rejects; any other (defying a rule: 'the launches violate resolutions')
# needs a recipient, as the types above do
PROPOSAL_OR_RECIPIENT = {"REJECT"}
# What a threat may threaten and still be an event with no receiving side: the manual's THREATEN "requires
# recipient: No", and a threat of force, repression or a show of force ('threatened to close the strait',
# 'vowed to retaliate') is an act of the actor even when the sentence names no one; a bare warning or a
# threat of sanctions (SANCTION requires a recipient) is not.
BARE_THREATS = {"ASSAULT", "COERCE", "MOBILIZE"}
# cochair48: sides that back something together and name no side backed ('the leaders reaffirmed their support for
# peace', '정상들은 비핵화 목표에 대한 지지를 확인했다') state a shared goal: the manual's SUPPORT endorses another's
# policy or action, and nobody's is named; the goal belongs with their meeting or accord, no SUPPORT of its own
SHARED_STANCES = {"SUPPORT"}
# agree58: the modalities of a meeting said ahead as the speaker's own will ('would meet', '만나겠다'), not decided
PROMISED_MODALITIES = ("intent", "future")


def unreceived(hit: ActHit, receiving: list, stated: bool, bare: bool) -> bool:
    """An act that needs a receiving side and found none: mostly no act ('urged restraint', a bare warning). These
    stand alone: an act judged by another ('condemned the launch'), a threat of force or a show of force, a
    refused meeting or measure ('opposed sanctions on X'), a rejection of something put forward by a side its own
    clause names."""
    needs = hit.type in NEEDS_RECIPIENT or hit.type in PROPOSAL_OR_RECIPIENT and not standing_rejection(hit, stated) \
        or bool(hit.data.get("remorse"))  # acts47: remorse felt toward no side named or met is no concession to anyone
    return needs and not receiving and not hit.data.get("judged_act") \
        and hit.data.get("threatened") not in UNDIRECTED and not bare_threat(hit, bare) \
        and not refused_meeting(hit) and not hit.data.get("not_recipient_spans") and not open_appeal(hit, bare)


def shared_goal(hit: ActHit, acting: list, receiving: list) -> bool:
    """Several sides stating their support for something that names no side backed ('the leaders reaffirmed their
    support for peace'): their common goal, which analysts code as no SUPPORT (PLOVER SUPPORT endorses another
    side's policy or action; one side's support for a goal may still be aimed at a side the story names later).
    Only where the language read what is backed (`target_spans`) and it named no side: with no such phrase the
    sides back each other ('Czechia and Albania upgraded their ties'), a reciprocal SUPPORT."""
    return hit.type in SHARED_STANCES and len(acting) > 1 and not receiving and bool(hit.data.get("target_spans"))


def open_appeal(hit: ActHit, last_reading: bool) -> bool:
    """An appeal to every side ('urged all parties to exercise restraint', '모든 당사자가 자제할 것을 촉구한다'; the
    language marks it `open_addressee`), or to a pair ('both sides', `all_sides`) that found no conflict to answer by
    its last reading (no conflict told for act_pairs.every_party to answer): a request of the actor all the same, made
    to no one state (the manual's REQUEST)."""
    return hit.type == "REQUEST" and (bool(hit.data.get("open_addressee")) or last_reading and bool(hit.data.get("all_sides")))


def standing_rejection(hit: ActHit, stated: bool) -> bool:
    """'Iran rejected the proposal', 'rejected Western demands': a rejection of something put forward, whose own
    clause names who rejects, stands with no receiving side. Not a denial of a charge (`rejected_charge`): one that
    answers no charge just reported is read as any other rejection, its receiving side found by the readers. Nor one
    whose object is only the pronoun of what was just told (`told_object`, '이를 부인했다'): with no request, offer or
    charge told before it, it refuses nothing the story reports (ko-acts31). (pledges64) A retreat refused by a pledge
    ('would not withdraw from the territories', `refused_yield` of a RETREAT) refuses the retreat demanded, as a
    rejection of a demand does, and as Korean reads '철수하지 않겠다'; land ruled out with no claimant told refuses no one."""
    refused_retreat = hit.data.get("refused_yield") and hit.data.get("refused_type") == "RETREAT" \
        and not hit.data.get("claimed_land")
    return stated and bool(hit.data.get("rejected_proposal") or hit.data.get("unowned_proposal") or refused_retreat) \
        and not hit.data.get("told_object")


def refused_meeting(hit: ActHit) -> bool:
    """A refusal to meet ('boycotted the summit', 'refused to attend the talks'): REJECT of a meeting, an act of
    the actor toward the meeting itself even when the sentence names neither the host nor the other party (a
    refused proposal, offer or request, by contrast, needs the one who made it: 'rejected the offer')."""
    return hit.type == "REJECT" and not hit.data.get("rejected_proposal") and not hit.data.get("rejected_charge") \
        and (hit.mode == "meet" or hit.data.get("refused_type") == "CONSULT")


def bare_threat(hit: ActHit, last_reading: bool) -> bool:
    """A threat of force, repression or a show of force ('threatened to close the strait', 'would deploy
    troops'), which stands with no receiving side; one the language saw as unaddressed only on its last
    reading, once no act of the sentence answered it."""
    threatened = hit.data.get("threatened") or hit.data.get("stated_type")
    return hit.type == "THREATEN" and threatened in BARE_THREATS and (last_reading or not hit.data.get("unaddressed"))


def lone_pledge(hit: ActHit, acting: list, receiving: list) -> bool:
    """One side's AGREE that answers no one: a pledge of effort (the language's `effort_only`: '끝까지 노력하겠다'), or
    an intent to meet read as a promise ('said she would meet her coalition partners', 'would convene an emergency
    summit', '연정 파트너들과 만나겠다', its `stated_type` CONSULT) that names no side to meet (agree58). A planned meeting
    is AGREE only as a promise made to the side met (precision48: 'will host talks with X'); with none named, the
    meeting itself is the news, and the golds code no agreement. A decision to resume talks ('재개하기로 했다', the
    language's `decided`) stays: a side's decision, its counterpart often told around it."""
    lone = hit.type == "AGREE" and len(acting) == 1 and not receiving
    meeting_promised = hit.data.get("stated_type") == "CONSULT" and hit.data.get("modality") in PROMISED_MODALITIES
    return lone and bool(hit.data.get("effort_only") or meeting_promised and not hit.data.get("decided"))
