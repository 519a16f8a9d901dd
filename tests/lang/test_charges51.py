"""charges51 (issues 13, 15): a condemnation's ground and a charged detention that name no receiving state struck the
accuser, in both languages (pipeline/act_charged_deeds.struck_accuser, pipeline/own_people.accusers_people). Our own
sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides

PUBLISHED = "2026-05-20"


@pytest.mark.parametrize("text, kind, doers, struck", [
    # the ground of a condemnation that names no receiving state is the condemner's report of what it suffered
    ("Paraguay condemned Bolivia for shelling its border post.", "ASSAULT", ["BOL"], ["PRY"]),
    ("Paraguay condemned Bolivia for bombing a customs station.", "ASSAULT", ["BOL"], ["PRY"]),
    ("파라과이는 볼리비아가 국경 초소를 포격한 것을 규탄했다.", "ASSAULT", ["BOL"], ["PRY"]),
    # negative: a ground naming a third state keeps it (accuse66), unlike a charged deed
    ("Paraguay condemned Bolivia for shelling villages in Peru.", "ASSAULT", ["BOL"], ["PER"]),
])
def test_a_condemnations_ground_struck_the_condemner(text, kind, doers, struck):
    assert sides(text, kind, PUBLISHED) == [(doers, struck)]
    assert sides(text, "ACCUSE", PUBLISHED) == [(["PRY"], doers)]


@pytest.mark.parametrize("text, doers, struck", [
    # people of no named state a charge says the accused detained are the accuser's, not the accused's own
    ("Paraguay accused Bolivia of detaining two fishermen.", ["BOL"], ["PRY"]),
    ("Paraguay accused Bolivia of arresting three truck drivers.", ["BOL"], ["PRY"]),
    ("Paraguay charged Bolivia with holding four sailors.", ["BOL"], ["PRY"]),
    ("파라과이는 볼리비아가 어부 두 명을 억류했다고 비난했다.", ["BOL"], ["PRY"]),
])
def test_a_charged_detention_of_unnamed_people_struck_the_accuser(text, doers, struck):
    assert sides(text, "COERCE", PUBLISHED) == [(doers, struck)]
    assert [e.status for e in events(text, PUBLISHED) if e.type == "COERCE"] == ["occurred"]


@pytest.mark.parametrize("text", [
    # negative: people of a third state named, a part of the accused's political life, or a charge by no state
    "Paraguay accused Bolivia of detaining two Chilean fishermen.",
    "Paraguay accused Bolivia of arresting opposition leaders.",
    "파라과이는 볼리비아가 칠레 어부 두 명을 억류했다고 비난했다.",
])
def test_no_detention_where_the_charge_names_another_side(text):
    assert sides(text, "COERCE", PUBLISHED) == []


@pytest.mark.parametrize("text, kind, day", [
    # a plan's bare weekday counts from the saying's day, in both languages (2026-05-20 is a Wednesday; the Friday
    # of the saying is the 15th, its Monday the 18th)
    ("Paraguay said on Friday it would close the border with Bolivia from Monday.", "SANCTION", "2026-05-18"),
    ("Paraguay said on Friday it would expel Bolivia's ambassador on Monday.", "THREATEN", "2026-05-18"),
    ("파라과이는 월요일부터 볼리비아와의 국경을 봉쇄하겠다고 금요일 밝혔다.", "THREATEN", "2026-05-18"),
    # negative: 'next Monday' and a plan's weekday within the week of the saying keep their reading
    ("Paraguay said on Friday it would close the border with Bolivia next Monday.", "SANCTION", "2026-05-25"),
    ("Paraguay said on Monday it would close the border with Bolivia on Friday.", "SANCTION", "2026-05-22"),
    # negative: 'will' is the reporter's own future, still ahead of the report (dates48)
    ("Paraguay said on Friday it will close the border with Bolivia on Monday.", "SANCTION", "2026-05-25"),
])
def test_a_plans_weekday_counts_from_the_saying(text, kind, day):
    assert [str(e.date) for e in events(text, PUBLISHED) if e.type == kind] == [day]


@pytest.mark.parametrize("text, kind, status", [
    # supplies stopped to a state are a supply cut: SANCTION discontinue, as Korean '공급을 중단했다' reads
    ("Kazakhstan halted gas supplies to Kyrgyzstan.", "SANCTION", "occurred"),
    ("Kazakhstan stopped fuel supplies to Kyrgyzstan on Tuesday.", "SANCTION", "occurred"),
    ("Kazakhstan has suspended coal supplies to Kyrgyzstan.", "SANCTION", "occurred"),
    ("카자흐스탄은 키르기스스탄에 대한 가스 공급을 중단했다.", "SANCTION", "occurred"),
    # an announced cut is the measure planned in English (charges50b: an announced measure stays planned)
    ("Kazakhstan said it would halt gas supplies to Kyrgyzstan.", "SANCTION", "planned"),
])
def test_a_supply_cut_is_a_sanction(text, kind, status):
    found = [e for e in events(text, PUBLISHED) if e.type == kind]
    assert [(e.mode, e.status, [p.country for p in e.participants], [r.country for r in e.recipients])
            for e in found] == [("discontinue", status, ["KAZ"], ["KGZ"])]


@pytest.mark.parametrize("text", [
    # negative: a cut denied, and supplies given (AID), are no sanction
    "Kazakhstan did not halt gas supplies to Kyrgyzstan.",
    "Kazakhstan sent relief supplies to Kyrgyzstan.",
])
def test_no_sanction_without_a_cut(text):
    assert sides(text, "SANCTION", PUBLISHED) == []


@pytest.mark.parametrize("text, kind", [
    # a threat told with a plain verb of saying is a report: the deed, the speaker its receiver ('it', '자국'),
    # and no charge (acts47)
    ("Paraguay said Bolivia had threatened to attack it.", "THREATEN"),
    ("In a statement, Paraguay said Bolivia had threatened to attack it.", "THREATEN"),
    ("파라과이는 볼리비아가 자국을 공격하겠다고 위협했다고 말했다.", "THREATEN"),
    ("파라과이는 볼리비아가 공격하겠다고 위협했다고 밝혔다.", "THREATEN"),
])
def test_a_threat_reported_is_the_reported_deed(text, kind):
    assert sides(text, kind, PUBLISHED) == [(["BOL"], ["PRY"])]
    assert sides(text, "ACCUSE", PUBLISHED) == []


def test_a_deed_of_force_reported_is_also_the_speakers_charge():
    """(acts59) A deed of force told with 'said' stays the reported deed, the speaker its receiver, and is the
    speaker's charge too (lang/en/act_reported_charges); a threat so told stays a report (above)."""
    text = "Paraguay said that Bolivian troops had shelled it on Sunday."
    assert sides(text, "ASSAULT", PUBLISHED) == [(["BOL"], ["PRY"])]
    assert sides(text, "ACCUSE", PUBLISHED) == [(["PRY"], ["BOL"])]


@pytest.mark.parametrize("text", [
    # negative: a verb of alleging or judging makes it a charge; a threat to the peace is a verdict on conduct
    "Paraguay alleged that Bolivia had threatened to attack it.",
    "파라과이는 볼리비아가 공격하겠다고 위협했다고 주장했다.",
    "파라과이는 볼리비아가 공격하겠다고 위협했다고 비난했다.",
    "파라과이는 볼리비아가 지역 평화를 위협하고 있다고 말했다.",
])
def test_a_threat_alleged_or_judged_is_a_charge(text):
    assert [d for d, _ in sides(text, "ACCUSE", PUBLISHED)] == [["PRY"]]


def test_no_speaker_target_for_the_speakers_own_clause():
    # negative: 'it' as the reported clause's own subject is the speaker itself, the doer; its object stays the target
    assert sides("Paraguay said it had attacked Bolivian positions.", "ASSAULT", PUBLISHED) == [(["PRY"], ["BOL"])]
