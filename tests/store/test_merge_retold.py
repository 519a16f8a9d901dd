"""A measure one state took toward another (cutting ties, expelling diplomats), told again in a later story that gives it
only the story's day, joins the record of its stated day (store/merge_retold.py); two stated days, a statement told
again, a retelling past the window or in a story of the same day stay apart. Reports and sentences we wrote."""
from __future__ import annotations

from datetime import date

import pytest

from readout.settings import Settings
from readout.store.merge_members import Facts, Member
from readout.store.merge_retold import OTHER_SIDES, retold_days, retold_sides_differ, retold_type
from tests.store.stored import lettered, merge_reasons, saved, stored_records

MON, TUE, NEXT_MON, LATER = date(2026, 5, 4), date(2026, 5, 5), date(2026, 5, 11), date(2026, 5, 25)
EN_CUT = "Chile cut diplomatic ties with Peru on Monday over the detention of its consul."
KO_CUT = "칠레는 4일 페루와의 외교관계를 단절했다."
EN_CUT_RETOLD = "Peru's foreign minister flew to Brasilia on Sunday to seek support. Chile has cut diplomatic ties with Peru."
KO_CUT_RETOLD = "페루 외교장관은 10일 브라질리아를 방문해 지지를 요청했다. 칠레는 사건 직후 페루와의 외교관계를 끊었다."
EN_EXPEL = "Hungary expelled two Slovak diplomats on Tuesday."
KO_EXPEL_RETOLD = "슬로바키아 의회는 10일 긴급회의를 열었다. 헝가리는 앞서 슬로바키아 외교관 2명을 추방했다."
EN_EXPEL_RETOLD = "Slovakia's parliament met on Sunday to debate the crisis. Hungary has expelled two Slovak diplomats."
EN_CUT_SAID = "Chile said on Monday it would cut diplomatic ties with Peru over the detention of its consul."
KO_CUT_SAID = "칠레 정부는 4일 영사 구금 사태를 이유로 페루와의 외교관계를 단절하겠다고 공식 발표했다."


@pytest.mark.parametrize("reports, kind, expected", [
    (lettered((EN_CUT, MON), (EN_CUT_RETOLD, NEXT_MON)), "SANCTION", [{"a.txt", "b.txt"}]),
    (lettered((KO_CUT, MON), (KO_CUT_RETOLD, NEXT_MON)), "SANCTION", [{"a.txt", "b.txt"}]),
    (lettered((EN_CUT, MON), (KO_CUT_RETOLD, NEXT_MON)), "SANCTION", [{"a.txt", "b.txt"}]),
    (lettered((EN_EXPEL, TUE), (KO_EXPEL_RETOLD, NEXT_MON)), "SANCTION", [{"a.txt", "b.txt"}]),
    (lettered((KO_EXPEL_RETOLD, NEXT_MON), (EN_EXPEL, TUE)), "SANCTION", [{"a.txt", "b.txt"}]),  # the later story first
    # a measure announced on its day ('said it would cut ties') and retold as taken in a later story: one measure
    (lettered((EN_CUT_SAID, MON), (KO_CUT_RETOLD, NEXT_MON)), "SANCTION", [{"a.txt", "b.txt"}]),
    (lettered((KO_CUT_SAID, MON), (EN_CUT_RETOLD, NEXT_MON)), "SANCTION", [{"a.txt", "b.txt"}]),
    # negatives: a second expulsion with a day of its own is another measure
    (lettered((EN_EXPEL, TUE), ("Hungary expelled three more Slovak diplomats on Monday.", NEXT_MON)), "SANCTION",
     [{"a.txt"}, {"b.txt"}]),
    # a retelling past the window is not known to be that measure
    (lettered((EN_EXPEL, TUE), (EN_EXPEL_RETOLD, LATER)), "SANCTION", [{"a.txt"}, {"b.txt"}]),
    # a statement told again a week on: a state that rejects one claim rejects the next one too
    (lettered(("Serbia rejected Kosovo's accusation on Monday.", MON),
              ("Kosovo's president spoke in Pristina on Sunday. Serbia rejected the accusation by Kosovo.", NEXT_MON)),
     "REJECT", [{"a.txt"}, {"b.txt"}]),
], ids=["en-en-cut-ties", "ko-ko-cut-ties", "en-ko-cut-ties", "en-ko-expel", "retelling-stored-first",
        "announced-en-retold-ko", "announced-ko-retold-en", "two-stated-expulsions",
        "past-the-window", "statement-retold"])
def test_a_measure_retold_in_a_later_story(tmp_path, reports, kind, expected):
    assert stored_records(tmp_path, kind, reports) == expected


def test_the_retelling_keeps_its_reason(tmp_path):
    with saved(tmp_path, *lettered((EN_CUT, MON), (EN_CUT_RETOLD, NEXT_MON))) as store:
        assert "an act retold in a later story, dated by that story, 6 days after" in merge_reasons(store, "b.txt",
                                                                                                    "SANCTION")


def member(day: date, basis: str, published: date, kind: str = "SANCTION", status: str = "occurred",
           precision: str = "day") -> Member:
    m = Member("k", "d", kind, day, precision, basis, None, {"cty_chl"}, {"cty_per"}, "discontinue", published=published)
    m.status = status
    return m


STATED = member(MON, "text", MON)


@pytest.mark.parametrize("a, b, days", [
    (STATED, member(date(2026, 5, 10), "narrative", NEXT_MON), 6),  # the story's day, a day before its publication
    (member(date(2026, 5, 10), "narrative", NEXT_MON), STATED, 6),  # either order
    (member(MON, "narrative", MON), member(NEXT_MON, "narrative", NEXT_MON), 7),  # both the stories' own days
    (STATED, member(NEXT_MON, "text", NEXT_MON), None),  # two stated days: two measures
    (STATED, member(date(2026, 5, 20), "narrative", date(2026, 5, 20)), None),  # past the window
    (STATED, member(TUE, "narrative", TUE), None),  # a day apart: the time zone's, not this rule's
    (STATED, member(date(2026, 5, 10), "narrative", date(2026, 5, 14)), None),  # a day the later story recalls
    (member(MON, "text", NEXT_MON), member(date(2026, 5, 10), "narrative", NEXT_MON), None),  # one day's papers
    (STATED, member(date(2026, 5, 10), "narrative", NEXT_MON, status="planned"), None),  # a plan
    (member(MON, "text", MON, status="planned"), member(date(2026, 5, 10), "narrative", NEXT_MON), 6),  # announced
    # on its day, retold as taken
    (member(MON, "text", MON, status="planned"), member(date(2026, 5, 10), "narrative", NEXT_MON, status="planned"),
     None),  # a plan told again: not known to be taken
    (STATED, member(date(2026, 5, 10), "published", NEXT_MON), None),  # a publication day: PUBLISHED_WINDOW's
    (member(MON, "text", MON, kind="REJECT"), member(date(2026, 5, 10), "narrative", NEXT_MON, kind="REJECT"), None),
    (member(MON, "text", MON, kind="ASSAULT"), member(date(2026, 5, 10), "narrative", NEXT_MON, kind="ASSAULT"),
     None),
], ids=["stated-then-retold", "retold-then-stated", "both-story-days", "both-stated", "past-window", "time-zone",
        "recalled-day", "same-publication", "planned", "announced-then-taken", "two-plans", "publication-day",
        "statement", "force"])
def test_retold_days(a, b, days):
    assert retold_days(a, b, Settings()) == days


@pytest.mark.parametrize("reported, recipients, why", [
    ({"cty_chl"}, {"cty_per"}, None),
    ({"cty_chl", "cty_bol"}, {"cty_per"}, OTHER_SIDES),  # another doer beside the record's
    ({"cty_chl"}, {"cty_per", "cty_arg"}, OTHER_SIDES),  # another target
    ({"cty_chl"}, set(), OTHER_SIDES),  # no target: a measure told of no one
])
def test_retold_sides_differ(reported, recipients, why):
    facts = Facts.of([STATED])
    assert retold_sides_differ(reported, recipients, facts) == why


@pytest.mark.parametrize("kind, retold", [("SANCTION", True), ("RETREAT", True), ("ACCUSE", False),
                                          ("MOBILIZE", False), ("CONSULT", False), ("PROTEST", False)])
def test_retold_type(kind, retold):
    assert retold_type(kind) is retold
