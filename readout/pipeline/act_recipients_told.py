"""Recipient readers that take the receiving side from what the story told before the act: the offender or the
measure a judgement answers ('condemned the provocation', 'the measures'), the doers of a deed judged by name, the
proposal a refusal turns down, the addressee a voice going on still speaks to, the side a reply answers. Each is one
entry of act_recipient_readers.RECIPIENT_READERS and reads and sets one `SideReading`.
"""
from __future__ import annotations

from readout.pipeline.act_pairs import principal_pair, sentence_pair
from readout.pipeline.act_welcomes import deed_before, deed_here, lead_doers, meeting_before, meeting_here, \
    story_meeting
from readout.model import Event
from readout.pipeline.common import IGO_CODES
from readout.pipeline.narrative import last_of_kind
from readout.pipeline.act_recipients import (JUDGED_MEASURES, KEPT_ACTS, MEASURES, MUTUAL, SideReading, UNDIRECTED,
                                             VERBAL, WARNED_COOPERATION, aimed_at, implied_recipients,
                                             joint_drills)


def implied_addressee(r: SideReading) -> None:
    """Still no one, for an appeal or warning the language saw addressed to no one: the other side of the
    conflict acts just reported (`implied_recipients`); for a judgement of 'the measures' (`answers_measure`), first the
    side of the last sanction or seizure the story told by another ('X sanctioned Y's firms. Y denounced it. Y's embassy
    also called the measure hostile': X, though Y's own statement came between); so for a counter-measure threatened
    (`counter_measure`: '보복 조치를 예고했다'), which else answers the acts just reported. Not for a condemnation of an
    act it names ('condemned the launch', `answers`) while the story has an offender: the launch is the launcher's,
    whoever acted since (`answered_provocation`)."""
    if r.hit.data.get("answers") and any(c not in r.actors for c in judged_offender(r)) \
            or r.hit.data.get("open_addressee") or r.hit.data.get("deed_told"):  # critics49: a deed's maker, below  # restraint35: 'called on all parties to', '모든 당사자가 ...할 것을
        return  # 촉구': every side, whose parties act_pairs.every_party reads (the principal act's, not the last ones)
    if r.hit.data.get("unaddressed") and not r.recipients and (r.hit.data.get("answers_measure")
                                                              or r.hit.data.get("counter_measure")):
        r.recipients = judged_measure(r, [(k, None) for k in JUDGED_MEASURES])
    if r.hit.data.get("unaddressed") and not r.recipients:
        context = [e for e in r.context if e.type in MEASURES] if r.hit.data.get("answers_measure") else r.context
        pair = bool(r.hit.data.get("pair_sides"))
        r.recipients = pair and principal_pair(r, [*r.earlier, *r.context]) \
            or implied_recipients(context + warned_drills(r), r.actors, bool(r.hit.data.get("all_sides")),
                                  joined_type(r), r.hit.type in WARNINGS) \
            or pair and (sentence_pair(r) or principal_pair(r, r.article.events)
                         or implied_recipients(r.earlier, r.actors, True)) \
            or aimed_at(r.earlier, r.actors)  # 'both sides', a third party's backing told between: the conflict's sides


def warned_drills(r: SideReading) -> list[Event]:
    """(acts57b) The joint drills (act_recipients.joint_drills) of the sentence before, which a warning naming no one
    answers: the acts a reading's `context` holds are the conflict acts only (answered_acts.previous_acts,
    ANSWERED), and joint drills are COOPERATE since plans56, so 'X and Y held joint drills. Z warned of stern
    consequences' found no side to warn. None for any other act."""
    from readout.pipeline.answered_acts import previous_acts  # cycle: answered_acts -> act_recipients -> this module

    if r.hit.type not in WARNINGS or r.hit.data.get("answers_measure") or r.article is None:
        return []
    return [e for e in previous_acts(r.article, r.story, types=WARNED_TYPES) if joint_drills(e)]


def joined_type(r: SideReading) -> str | None:
    """(accuse59) The type of act the reading joins when another side did it before: a condemnation naming no one
    after another's condemnation of a third side condemns that side too."""
    return r.hit.type if r.hit.type in JOINED_JUDGEMENTS else None


JOINED_JUDGEMENTS = frozenset({"ACCUSE"})
WARNINGS = frozenset({"THREATEN"})  # (acts57b) the acts that answer joint drills (act_recipients.joint_drills)
WARNED_TYPES = frozenset({WARNED_COOPERATION[0]})


def answered_provocation(r: SideReading) -> None:
    """Last, still no one, for a condemnation of an act named without its author ('condemned the
    provocation', '이번 공격을 규탄했다'): whoever mobilized or struck last in the story, other than the actor.
    (critics49) A deed of no kind (`deed_told`: 'regretted the decision', 'said the visit showed a lack of respect') is
    one a clause of its own sentence told before it did (coord55: act_welcomes.deed_here), else one the sentence just
    before did (act_welcomes.deed_before), else the story's lead deed, what its reactions answer
    (act_welcomes.lead_doers), then the story's offender."""
    if r.hit.data.get("answers") and not r.recipients and r.hit.data.get("judged_meeting"):
        r.recipients = meeting_here(r.context, r.sent, r.sent.start + r.hit.start, r.actors) \
            or meeting_before(r.article, r.sent, r.actors) \
            or story_meeting(r.story.meeting, r.article, r.sent, r.actors)  # koclause56: its parties
    if r.hit.data.get("answers") and not r.recipients and r.hit.data.get("deed_told"):
        r.recipients = deed_here(r.context, r.sent, r.sent.start + r.hit.start, r.actors) \
            or deed_before(r.article, r.sent, r.actors) or lead_doers(r.article, r.sent, r.actors)
    if r.hit.data.get("answers") and not r.recipients:
        r.recipients = [c for c in judged_offender(r) if c not in r.actors]


def judged_deed(r: SideReading) -> None:
    """Last, still no one, for a judgement of a deed named without its author ('criticized the move', '이번 조치를
    비판했다', `answers` / `answers_measure`) when the story coded no act it could be: the acting sides of the act words
    of the sentence just before ('X sent an offering to the shrine. Y criticized the move.'; `Narrative.doers`), other
    than the judge and those who only judged there. Only the sentence right before: further back, the deed is no
    longer the one just told."""
    data = r.hit.data
    if not r.recipients and (data.get("answers") or data.get("answers_measure")):
        r.recipients = doers_before(r)


def doers_before(r: SideReading) -> list[str]:
    """The acting states of the act words of the sentence just before, other than the judge and those who only judged
    there (`Narrative.doers`, `Narrative.judges`): the deed a judgement with no owner named answers, when it is there."""
    before = r.story.index - 1
    judges = set(r.story.judges.get(before, ()))
    return [c for c in dict.fromkeys(r.story.doers.get(before, ()))
            if c not in r.actors and c not in judges and c not in IGO_CODES]


def judged_offender(r: SideReading) -> list[str]:
    """Who did the act a condemnation names: the last of the story's offenses of the kind it names ('the drills':
    the last drills, though a launch came after them), other than the judge; else the story's offender."""
    kinds = r.hit.data.get("judged_kinds", ())
    if kinds and all(kind in KEPT_ACTS for kind, _mode in kinds):
        return judged_measure(r, kinds)
    return last_of_kind(r.story.offenses, kinds, r.actors) or r.story.offender


def judged_measure(r: SideReading, kinds) -> list[str]:
    """'X struck Y. Z imposed sanctions on X. W condemned the sanctions': a judged noun naming a sanction or seizure
    (`judged_kinds` of SANCTION or COERCE) judges the last such measure the story told (`Narrative.measures`) by
    another side than the judge, never the last attacker; none when no such measure was told (en28). So does one
    naming an accord ('the pact', 'the treaty': AGREE, en39): the parties of the last accord told, however far back.
    (unsc44) A body beside states among the makers is where they acted ('X and Y vetoed the draft at the Council'):
    the states are judged."""
    makers = [c for c in last_of_kind(r.story.measures, kinds, r.actors) if c not in r.actors]
    return [c for c in makers if c not in IGO_CODES] or makers


def rejected_proposal(r: SideReading) -> None:
    """Still no one, for a rejection of something put forward that the sentence leaves unowned ('Egypt
    rejected the proposal', `rejected_proposal`): the side whose request, offer or ultimatum was reported last
    in the sentences just before, other than the actor (the manual codes a REJECT at the proposal's owner). So for a
    denial or dismissal of a charge ('China rejected the protest', '의혹을 부인했다', `rejected_charge`): the side whose
    accusation or protest was reported last (`previous_acts` read them for `r.proposals`). So too for a yield refused
    by a pledge ('would never cede the islands', 'will not step down', `refused_yield`): the side that demanded it."""
    data = r.hit.data
    if not (data.get("rejected_proposal") or data.get("rejected_charge") or data.get("refused_yield")) or r.recipients:
        return
    for event in reversed(r.proposals):
        owners = [p.country for p in event.participants if p.country and p.country not in r.actors]
        if owners:
            r.recipients = list(dict.fromkeys(owners))
            return


def continued_addressee(r: SideReading) -> None:
    """Still no one, for a statement of the voice just heard going on ('러시아는 에스토니아에 석방을 요구했다. 외무부는
    "..."고 경고하고 의혹도 부인했다', 'It also warned ...'; the language marks the subject `continued`): the side its
    last act addressed (an answer to a provocation, `answers`, is left to `answered_provocation`)."""
    if r.recipients or not r.hit.data.get("continued") or r.hit.type not in VERBAL or r.hit.data.get("answers"):
        return
    story = r.story
    if story.acting_index >= story.index - 1 and set(r.actors) == set(story.acting):
        r.recipients = [c for c in dict.fromkeys(story.acting_toward) if c not in r.actors]


def replied_to(r: SideReading) -> None:
    """Still no one, for an act of a sentence its language says answers the one before ('이에 B는 지원을 늘리겠다고
    화답했다', 'In response, B demanded ...': `Language.opens_reply`): the sides that acted in the sentence just before,
    other than the actor (koacts38). A show of force is left to `answered_show_of_force`, and a mutual act (an
    agreement, a pledge) to `mutual_parties`: its other side is its partner, which the opener does not name."""
    data = r.hit.data
    if r.recipients or r.hit.type in UNDIRECTED | MUTUAL or data.get("answers") or data.get("answers_measure") \
            or not r.lang.opens_reply(r.text):
        return  # a judgement of a deed it names is left to `answered_provocation` and `judged_deed`
    r.recipients = [c for c in dict.fromkeys(r.story.doers.get(r.story.index - 1, ())) if c not in r.actors]
