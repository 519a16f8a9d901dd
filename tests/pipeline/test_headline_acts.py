"""A headline act the body tells again fuses into the body's record, its sentence one more evidence span
(pipeline/headline_acts.py): events we built."""
from __future__ import annotations

from datetime import date

import pytest

from readout.model import Entity, Event, Span
from readout.pipeline.headline_acts import BACKGROUND, BARE, MAIN, fuse, weigh_headline_acts

HEADLINE = Span(0, 60, "")
IN_HEAD = Span(0, 60, "")
IN_BODY = Span(62, 200, "")
LOOKBACK = 3  # settings.merge_published_lookback_days


def state(code: str) -> Entity:
    return Entity(kind="country", id=f"cty_{code.lower()}", name=code, country=code)


def act(type_: str, actors: list[str], recipients: list[str], where: Span, day: date | None = date(2025, 3, 4),
        basis: str = "published", status: str = "occurred") -> Event:
    return Event(type=type_, mode=None, status=status, participants=[state(c) for c in actors],
                 recipients=[state(c) for c in recipients], date=day, date_precision="day", date_basis=basis,
                 evidence=[where])




def drop_headline_retellings(events: list[Event], headline: Span | None, lookback: int, told: str = MAIN) -> list[Event]:
    """The events left after the headline's acts are weighed, every headline act told as `told`."""
    return events if headline is None else weigh_headline_acts(events, headline, lookback, lambda e: told)


# (headline act, body act, whether the headline act fuses into the body's)
CASES = {
    # 'Oslo slams strike on port' above 'Norway and Denmark condemned Russia on Monday': fewer sides, same act
    "fewer sides": (act("ACCUSE", ["NOR"], [], IN_HEAD),
                    act("ACCUSE", ["NOR", "DNK"], ["RUS"], IN_BODY, date(2025, 3, 3), "text"), True),
    # 'Chile hit by Peru sanctions' read with the roles turned round: one side in common
    "turned round": (act("SANCTION", ["CHL"], ["PER"], IN_HEAD),
                     act("SANCTION", ["PER"], ["CHL"], IN_BODY, date(2025, 3, 3), "text"), True),
    # 'youth protest turns deadly' read with a wrong actor beside the body's protest of the same people
    "protest noun": (act("PROTEST", ["NPL", "UNO"], [], IN_HEAD),
                     act("PROTEST", ["NPL"], ["NPL"], IN_BODY), True),
    # negative: another type in the body ('Kenya expels envoy' above a body telling only an accusation)
    "other type": (act("SANCTION", ["KEN"], ["SOM"], IN_HEAD),
                   act("ACCUSE", ["KEN"], ["SOM"], IN_BODY), False),
    # negative: no side in common ('Laos protests Thai dam' above 'Vietnam also protested China's ...')
    "other sides": (act("ACCUSE", ["LAO"], ["THA"], IN_HEAD),
                    act("ACCUSE", ["VNM"], ["CHN"], IN_BODY), False),
    # negative: a first line dated by its own words is a lead ('Fiji recalled its envoy on Monday'), told whole
    "own day": (act("SANCTION", ["FJI"], ["TON"], IN_HEAD, date(2025, 3, 3), "text"),
                act("SANCTION", ["FJI"], ["TON"], IN_BODY, date(2025, 3, 3), "text"), False),
    # negative: a planned act in the headline beside a deed in the body ('A to sanction B' vs 'A sanctioned B')
    "plan beside deed": (act("SANCTION", ["CAN"], ["IRN"], IN_HEAD, status="planned"),
                         act("SANCTION", ["CAN"], ["IRN"], IN_BODY), False),
    # negative: an actor alone in common, other targets ('Iran cuts ties with Bahrain' above 'Iran had refused ...
    # Qatar's offer'): two acts of one state
    "other targets": (act("REJECT", ["IRN"], ["BHR"], IN_HEAD), act("REJECT", ["IRN"], ["QAT"], IN_BODY), False),
    # negative: a body act of the same sides a week before the report is background, not the headline's act
    "a week before": (act("ACCUSE", ["PER"], ["CHL"], IN_HEAD),
                      act("ACCUSE", ["PER"], ["CHL"], IN_BODY, date(2025, 2, 25), "text"), False),
    # negative: the same act told only in the body twice is not the headline's to drop
    "both in body": (act("ACCUSE", ["PER"], [], IN_BODY), act("ACCUSE", ["PER"], ["CHL"], IN_BODY), False),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_headline_act_told_again_by_the_body(case):
    first, second, dropped = CASES[case]
    kept = drop_headline_retellings([first, second], HEADLINE, LOOKBACK)
    assert second in kept
    assert (first not in kept) == dropped
    assert (IN_HEAD in second.evidence) == dropped  # the headline's sentence is kept as the body's evidence


def test_no_headline_keeps_every_act():
    """A document of one paragraph has no headline: its first sentence is the lead, nothing is dropped."""
    first = act("ACCUSE", ["NOR"], [], IN_HEAD)
    second = act("ACCUSE", ["NOR", "DNK"], ["RUS"], IN_BODY)
    assert drop_headline_retellings([first, second], None, LOOKBACK) == [first, second]


def test_a_headline_meeting_is_left_to_the_meeting_merge():
    """'Leaders meet' above a body meeting of a larger group: CONSULT is the meeting merge's (calls, places, plans)."""
    first = act("CONSULT", ["JPN"], [], IN_HEAD)
    second = act("CONSULT", ["JPN", "AUS"], [], IN_BODY)
    assert drop_headline_retellings([first, second], HEADLINE, LOOKBACK) == [first, second]


def test_a_body_act_with_no_target_takes_the_headline_target():
    """'Serbia freezes talks with Kosovo' above 'Serbia said on Monday it would suspend the talks': the body's act,
    with its own day, names the headline's target; a body act with a target of its own keeps it."""
    first = act("REJECT", ["SRB"], ["XKX"], IN_HEAD)
    second = act("REJECT", ["SRB"], [], IN_BODY, date(2025, 3, 3), "text")
    assert drop_headline_retellings([first, second], HEADLINE, LOOKBACK) == [second]
    assert [r.id for r in second.recipients] == ["cty_xkx"] and second.date == date(2025, 3, 3)
    third = act("REJECT", ["SRB"], ["ALB"], IN_BODY)
    drop_headline_retellings([act("REJECT", ["SRB"], ["XKX"], IN_HEAD), third], HEADLINE, LOOKBACK)
    assert [r.id for r in third.recipients] == ["cty_alb"]


# how the headline tells its act, whether the body tells it again, whether the headline act stays as its own event
TOLD = [
    # a background clause the body tells: one event, the body's, with its day
    (BACKGROUND, True, False),
    # a background clause the body never tells is no news: no event
    (BACKGROUND, False, False),
    # a bare deed noun the body tells with its own sides: the body's
    (BARE, True, False),
    # a bare deed noun the body never tells: no event (its sides are guesses)
    (BARE, False, False),
    # negative: the headline's main act the body never tells stays, with its own sides
    (MAIN, False, True),
]


@pytest.mark.parametrize("told,in_body,stays", TOLD, ids=[f"{t}-{'told' if b else 'untold'}" for t, b, _ in TOLD])
def test_a_headline_act_stands_as_the_headline_tells_it(told, in_body, stays):
    headline_act = act("ASSAULT", ["SDN"], ["TCD"], IN_HEAD)
    body_act = act("ASSAULT", ["SDN"], ["TCD"], IN_BODY, date(2025, 3, 2), "text") if in_body \
        else act("ACCUSE", ["TCD"], ["SDN"], IN_BODY)
    kept = drop_headline_retellings([headline_act, body_act], HEADLINE, LOOKBACK, told)
    assert (headline_act in kept) == stays
    assert body_act in kept and (IN_HEAD in body_act.evidence) == in_body
    assert body_act.date == (date(2025, 3, 2) if in_body else date(2025, 3, 4))


def test_a_bare_deed_takes_the_body_sides_whatever_the_headline_guessed():
    """'Protests erupt' read with the previous clause's state as actor: the body's protest of other people is the
    deed; its sides stand and it lends no target."""
    headline_act = act("PROTEST", ["EST"], ["LVA"], IN_HEAD)
    body_act = act("PROTEST", ["LTU"], [], IN_BODY)
    assert drop_headline_retellings([headline_act, body_act], HEADLINE, LOOKBACK, BARE) == [body_act]
    assert [p.id for p in body_act.participants] == ["cty_ltu"] and body_act.recipients == []


def test_fusing_keeps_the_body_evidence_first():
    headline_act, body_act = act("ACCUSE", ["NOR"], ["RUS"], IN_HEAD), act("ACCUSE", ["NOR"], [], IN_BODY)
    fuse(headline_act, body_act, lend=True)
    assert body_act.evidence == [IN_BODY, IN_HEAD] and [r.id for r in body_act.recipients] == ["cty_rus"]


LEAD = Span(62, 120, "")  # the body's first sentence that tells an act
LATER = Span(121, 200, "")


@pytest.mark.parametrize("where, fused", [
    (LEAD, True),  # 'Peru slams Chile' above 'Peru on Feb. 25 condemned Chile': the lead's day is the news's
    (LATER, False),  # negative: a later sentence's telling a week before is background
])
def test_a_headline_act_the_lead_tells_again_takes_its_day_however_far_back(where, fused):
    """relatives63: the lookback bounds only what later sentences tell (headline_acts.weigh_headline_acts `lead`)."""
    headline_act = act("ACCUSE", ["PER"], ["CHL"], IN_HEAD)
    body_act = act("ACCUSE", ["PER"], ["CHL"], where, date(2025, 2, 25), "text")
    kept = weigh_headline_acts([headline_act, body_act], HEADLINE, LOOKBACK, lambda e: MAIN, lead=LEAD)
    assert (headline_act not in kept) == fused and (IN_HEAD in body_act.evidence) == fused
    assert body_act.date == date(2025, 2, 25)


def test_a_lead_act_of_other_sides_is_no_retelling():
    """Negative: the lead tells an act of the headline's type by other sides ('Laos protests Thai dam' above 'Vietnam
    on Feb. 25 protested China's ...'): the headline's act stays."""
    headline_act = act("ACCUSE", ["LAO"], ["THA"], IN_HEAD)
    body_act = act("ACCUSE", ["VNM"], ["CHN"], LEAD, date(2025, 2, 25), "text")
    kept = weigh_headline_acts([headline_act, body_act], HEADLINE, LOOKBACK, lambda e: MAIN, lead=LEAD)
    assert headline_act in kept and IN_HEAD not in body_act.evidence
