"""A headline act the body tells again adds no event of its own (pipeline/headline_acts.py): events we built."""
from __future__ import annotations

from datetime import date

import pytest

from readout.model import Entity, Event, Span
from readout.pipeline.headline_acts import drop_headline_retellings

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


# (headline act, body act, whether the headline act is dropped)
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
