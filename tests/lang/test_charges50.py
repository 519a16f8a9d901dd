"""charges50 (issues 13, 15): a force deed charged between the accuser and the accused, the doer of a gerund after
'charged X with', and the status of a judging joined by -고 to a quoted plan, in both languages."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides

PUBLISHED = "2026-03-12"


def kinds(text: str) -> list[str]:
    return sorted(e.type for e in events(text, PUBLISHED))


@pytest.mark.parametrize("text, kind, doers, struck", [
    # a deed of force or restriction charged by a gerund is the accused's deed, kept between accuser and accused;
    # one naming no receiving state struck the accuser (charges50b, as the Korean twin reads)
    ("Ecuador accused Venezuela of shelling a lighthouse on the coast.", "ASSAULT", ["VEN"], ["ECU"]),
    ("Ecuador blamed Venezuela for bombing a lighthouse on the coast.", "ASSAULT", ["VEN"], ["ECU"]),
    ("Ecuador accused Venezuela of repeatedly shelling its soldiers.", "ASSAULT", ["VEN"], ["ECU"]),
    ("Ecuador accused Venezuela of detaining its citizens.", "COERCE", ["VEN"], ["ECU"]),
    # a show of force charged strikes no one: no receiver unless its words name one (merge mend of charges50b)
    ("Ecuador accused Venezuela of massing troops on the frontier.", "MOBILIZE", ["VEN"], []),
    # 'charged X with': X is the deed's doer alone, the accuser only its victim
    ("Ecuador charged Venezuela with detaining its citizens.", "COERCE", ["VEN"], ["ECU"]),
    ("Ecuador charged Venezuela with shelling its soldiers.", "ASSAULT", ["VEN"], ["ECU"]),
    # the Korean twins
    ("에콰도르는 베네수엘라가 해안 등대를 포격했다고 비난했다.", "ASSAULT", ["VEN"], ["ECU"]),
    ("에콰도르는 베네수엘라가 자국민을 억류했다고 비난했다.", "COERCE", ["VEN"], ["ECU"]),
])
def test_a_deed_charged_between_accuser_and_accused_is_an_event(text, kind, doers, struck):
    assert "ACCUSE" in kinds(text)
    assert sides(text, kind, PUBLISHED) == [(doers, struck)]
    assert [e.status for e in events(text, PUBLISHED) if e.type == kind] == ["occurred"]


@pytest.mark.parametrize("text", [
    # negative: a deed charged against a third side is the charge alone (pipeline/act_charged_deeds)
    "Ecuador accused Venezuela of shelling villages in Guyana.",
    "Ecuador accused Venezuela of detaining Guyanese sailors.",
    "Ecuador charged Venezuela with detaining Guyanese sailors.",
    "에콰도르는 베네수엘라가 가이아나의 마을을 포격했다고 비난했다.",
    "에콰도르는 베네수엘라가 가이아나 선원들을 억류했다고 비난했다.",
    # negative: a charge not made, a deed denied, a word, a noun or a backing charged
    "Ecuador did not accuse Venezuela of shelling a lighthouse.",
    "Ecuador accused Venezuela of shelling a lighthouse, but Venezuela denied it.",
    "Ecuador accused Venezuela of violating the fishing treaty.",
    "Ecuador accused Venezuela of the bombing of a lighthouse.",
    "Ecuador accused Venezuela of arming the rebels near the frontier.",
])
def test_no_deed_where_the_charge_names_a_third_side_or_no_deed(text):
    assert [k for k in kinds(text) if k in {"ASSAULT", "COERCE", "MOBILIZE", "AID"}] == []


@pytest.mark.parametrize("text, doers", [
    # negative: 'with' after a threat is no charge; the threatener closes the border (no gerund doer switched)
    ("Ecuador threatened Venezuela with closing the border.", ["ECU"]),
])
def test_a_gerund_after_with_is_judged_only_after_charging(text, doers):
    assert all(d == doers for d, _ in sides(text, "THREATEN", PUBLISHED) + sides(text, "COERCE", PUBLISHED))


@pytest.mark.parametrize("text, statuses", [
    # a judging or a demand joined by -고 to a quoted plan is made in the saying: occurred; the plan stays planned
    ("에콰도르는 베네수엘라를 비난하고 대사를 소환하겠다고 밝혔다.", {"ACCUSE": "occurred", "SANCTION": "planned"}),
    ("에콰도르는 베네수엘라를 강력히 규탄하고 대사를 소환하겠다고 말했다.", {"ACCUSE": "occurred", "SANCTION": "planned"}),
    ("에콰도르는 베네수엘라에 사과를 요구하고 대사를 소환하겠다고 밝혔다.", {"REQUEST": "occurred", "SANCTION": "planned"}),
    ("Ecuador condemned Venezuela and said it would recall its ambassador.", {"ACCUSE": "occurred",
                                                                             "SANCTION": "planned"}),
    # negative: a deed joined to a quoted plan shares the plan: the expulsion is threatened, not done
    ("에콰도르는 베네수엘라 대사를 추방하고 국경을 봉쇄하겠다고 밝혔다.", {"THREATEN": "occurred", "SANCTION": None}),
])
def test_a_judging_joined_to_a_quoted_plan_is_made_now(text, statuses):
    found = {e.type: e.status for e in events(text, PUBLISHED)}
    assert {k: found.get(k) for k in statuses} == statuses


@pytest.mark.parametrize("text, kind, doers, struck", [
    # 'It said (on a day) (that) it would ...': the reported 'it' is the sentence's 'It', the side going on
    ("Ecuador condemned Venezuela on Thursday. It said on Friday it would recall its ambassador on Monday.",
     "SANCTION", ["ECU"], ["VEN"]),
    ("Ecuador condemned Venezuela on Thursday. It said it would recall its ambassador.", "SANCTION", ["ECU"], ["VEN"]),
    ("Ecuador condemned Venezuela on Thursday. It said that it would sanction Venezuela.", "SANCTION", ["ECU"],
     ["VEN"]),
    # the Korean twin: a dropped subject goes on with the side just heard
    ("에콰도르는 베네수엘라를 비난했다. 또 월요일 대사를 소환하겠다고 금요일 밝혔다.", "SANCTION", ["ECU"], ["VEN"]),
])
def test_a_plan_an_it_reports_is_the_side_going_on(text, kind, doers, struck):
    assert sides(text, kind, PUBLISHED) == [(doers, struck)]
    assert [e.status for e in events(text, PUBLISHED) if e.type == kind] == ["planned"]


@pytest.mark.parametrize("text", [
    # negative: a sentence with no act before names no side for 'it'; a reported clause with its own subject is its
    "Heavy rain hit the coast on Thursday. It said it would recall its ambassador.",
])
def test_no_plan_for_an_it_with_no_side_before(text):
    assert sides(text, "SANCTION", PUBLISHED) == []


def test_a_reported_subject_of_its_own_keeps_its_deed():
    text = "Ecuador condemned Venezuela on Thursday. It said Peru would sanction Venezuela."
    assert [d for d, _ in sides(text, "SANCTION", PUBLISHED)] == [["PER"]]


@pytest.mark.parametrize("text", [
    # the accused's charged deed is no voice going on: the accuser's body or dropped subject speaks on after it
    "Ecuador accused Venezuela of shelling a lighthouse. In a statement, the ministry also urged Caracas to halt the "
    "raids.",
    "Ecuador accused Venezuela of shelling a lighthouse. It also urged Venezuela to halt the raids.",
    "에콰도르는 베네수엘라가 해안 등대를 포격했다고 비난했다. 이어 베네수엘라에 공격 중단을 촉구했다.",
])
def test_the_accuser_speaks_on_after_a_charged_deed(text):
    assert sides(text, "REQUEST", PUBLISHED) == [(["ECU"], ["VEN"])]
