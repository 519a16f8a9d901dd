"""A state's own opposition, party or people judging its own government ('The Kenyan opposition accused the
government of ...', '케냐 야당 대표는 정부가 국민을 상대로 전쟁을 선포했다고 비판했다'): the same state on both sides
(kobare50).

Why: the recipient readers drop a recipient of the actor's own state, so an accusation of a state's opposition
against its own government had no recipient and fell (the reverse, a government judging its own rebels or party, is
`act_recipients.own_state_group`). PLOVER codes it as a domestic act, the opposition's sector acting and the
government receiving.
"""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from readout.pipeline.act_recipients import SideReading

NON_STATE = frozenset({"REB", "OPP", "CRM", "INS", "SEP", "CVL", "PTY"})  # sectors no state body speaks for
OWN_GOVERNMENT_JUDGES = frozenset({"ACCUSE", "REJECT", "PROTEST"})  # the acts people address to it
STATE_SIDE_SECTORS = frozenset({None, "GOV"})  # a state's government as the words name it
HOLDER = "GOV"  # who holds a vote no organ is named for: the state itself, its government


def own_government(r: "SideReading") -> None:
    """Still no one, for a judgement whose acting subject is a non-state part of one state (opposition, party,
    people: `NON_STATE`) and which names that same state's government after it (its object or the
    subject of the clause it judges): that government receives it, a domestic act. Not a government item before
    the actor, nor an actor that is a state body itself."""
    if r.recipients or r.hit.type not in OWN_GOVERNMENT_JUDGES or len(r.actors) != 1:
        return
    code = r.actors[0]
    acting = [i for i, role in zip(r.items, r.roles) if role == "subject" and i.codes == [code]][:1]  # the first:
    # a quote's own subject after it ('야당 대표는 "정부는 ..."며') is no speaker
    if not acting or acting[0].sector not in NON_STATE:
        return
    after = acting[0].span.end
    governments = [i for i in r.items if i.span.start >= after and i.codes == [code] and i.sector in STATE_SIDE_SECTORS]
    if governments:  # the critics' sector tells them apart from the government they judge (acts.sided)
        r.recipients, r.domestic = [code], {code}
        r.hit = dataclasses.replace(r.hit, data={**r.hit.data, "people_subject": acting[0].sector})


def own_vote(r: "SideReading") -> None:
    """Still no one, for a judgement of a vote or election the language marked (`judged_vote`: 'says the election was
    illegitimate', '이번 선거가 불법이라며'): a vote is held at home, so with no state named in its phrase it is the
    speaker's own state's, when the speaker is a non-state part of that state (its opposition, `NON_STATE`) or an
    organ of it owns the vote (`vote_owned`: 'the parliament's vote'). A domestic act (charges50); a state's
    judgement of a vote its phrase does not own ('Washington called the vote a sham') is left to the readers after."""
    span = r.hit.data.get("judged_vote")
    if r.recipients or not span or len(r.actors) != 1:
        return
    lo, hi = r.sent.start + span[0], r.sent.start + span[1]
    if any(lo <= i.span.start < hi and i.codes for i in r.items):
        return  # 'called Belarus's vote a sham': the state named holds it (the clause's readers)
    code = r.actors[0]
    acting = [i for i, role in zip(r.items, r.roles) if role == "subject" and i.codes == [code]][:1]
    part = r.hit.data.get("people_subject") or (acting[0].sector if acting else None)
    if part in NON_STATE or r.hit.data.get("vote_owned"):
        r.recipients, r.domestic = [code], {code}
        held = r.hit.data.get("domestic_sector") or HOLDER  # the organ that held it, else the state's government
        r.hit = dataclasses.replace(r.hit, data={**r.hit.data, "domestic_sector": held,
                                                 **({"people_subject": part} if part in NON_STATE else {})})
