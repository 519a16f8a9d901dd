"""An act told with its target as one of its doers is another act (store/merge_directions.py): 'the Philippines
deployed ships against China' is not joined by a report that China and the Philippines staged drills; mutual acts
have no direction and are not read; an exchange of force is not one side's deed. Reports built by hand (the
extraction of targets differs by sentence), and our own two-outlet sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.settings import SETTINGS
from readout.store import merge
from readout.store.db import Store
from readout.store.merge import Member
from readout.store.merge_directions import (
    EXCHANGE, ONE_SIDED, crossed_sides, exchange_beside_deed, how_aimed, state_for_its_part)

DAY = date(2025, 9, 16)


def act(kind: str, doers: set[str], targets: set[str] = frozenset(), doc: str = "a") -> Member:
    return Member(f"k-{doc}", doc, kind, DAY, "day", "text", None, set(doers), set(targets))


@pytest.mark.parametrize("kind, sides, targets, reported, recipients, crossed", [
    ("MOBILIZE", {"cty_phl"}, {"cty_chn"}, {"cty_chn", "cty_phl"}, set(), True),
    ("MOBILIZE", {"cty_phl"}, {"cty_chn"}, {"cty_phl"}, set(), False),  # the same doer, its target untold
    ("MOBILIZE", {"cty_phl"}, {"cty_chn"}, {"cty_chn", "cty_phl"}, {"cty_vnm"}, False),  # targets: the target rule
    ("AGREE", {"cty_phl"}, {"cty_chn"}, {"cty_chn", "cty_phl"}, set(), False),  # mutual: no direction
    ("ARREST", {"cty_kor"}, {"cty_kor"}, {"cty_kor"}, set(), False),  # a domestic act: the state is both
])
def test_crossed_sides(kind, sides, targets, reported, recipients, crossed):
    assert bool(crossed_sides(kind, frozenset(sides), frozenset(targets), reported, recipients)) is crossed


@pytest.mark.parametrize("kind, joins", [("MOBILIZE", False), ("ACCUSE", False), ("COOPERATE", True)])
def test_a_report_whose_doers_include_the_records_target_does_not_join(kind, joins):
    record = [act(kind, {"cty_phl"}, {"cty_chn"})]
    verdict = merge.judge(record, act(kind, {"cty_chn", "cty_phl"}, doc="b"), SETTINGS, "ev")
    assert verdict.ok is joins
    assert any("target acts" in d for d in verdict.disagreed) is not joins


@pytest.mark.parametrize("kind, sides, targets, reported, recipients, refused", [
    ("ASSAULT", {"cty_aze"}, {"cty_arm"}, {"cty_arm", "cty_aze"}, {"cty_arm", "cty_aze"}, True),  # strike, then clash
    ("ASSAULT", {"cty_arm", "cty_aze"}, {"cty_arm", "cty_aze"}, {"cty_aze"}, {"cty_arm"}, True),  # clash, then strike
    ("MOBILIZE", {"cty_tjk"}, {"cty_kgz"}, {"cty_kgz", "cty_tjk"}, {"cty_kgz", "cty_tjk"}, True),
    ("ASSAULT", {"cty_aze"}, {"cty_arm"}, {"cty_aze"}, {"cty_arm"}, False),  # one side's deed twice
    ("ASSAULT", {"cty_arm", "cty_aze"}, {"cty_arm", "cty_aze"}, {"cty_arm", "cty_aze"}, {"cty_arm", "cty_aze"},
     False),  # the exchange twice
    ("ASSAULT", {"cty_per"}, {"cty_per"}, {"cty_per_cop"}, {"cty_per_cvl"}, False),  # a domestic deed: no two sides
    ("ACCUSE", {"cty_aze"}, {"cty_arm"}, {"cty_arm", "cty_aze"}, {"cty_arm", "cty_aze"}, False),  # words: not read
])
def test_an_exchange_of_force_is_not_one_sides_deed(kind, sides, targets, reported, recipients, refused):
    assert bool(exchange_beside_deed(kind, frozenset(sides), frozenset(targets), reported, recipients)) is refused


@pytest.mark.parametrize("doers, targets, aimed", [
    ({"cty_arm", "cty_aze"}, {"cty_arm", "cty_aze"}, EXCHANGE),
    ({"cty_aze"}, {"cty_arm"}, ONE_SIDED),
    ({"cty_aze"}, set(), None),  # no target told
    ({"cty_per"}, {"cty_per"}, None),  # one party on both sides
])
def test_how_aimed(doers, targets, aimed):
    assert how_aimed(doers, targets) == aimed


def test_a_clash_report_does_not_join_a_strike_record():
    record = [act("ASSAULT", {"cty_aze"}, {"cty_arm"})]
    clash = act("ASSAULT", {"cty_arm", "cty_aze"}, {"cty_arm", "cty_aze"}, doc="b")
    verdict = merge.judge(record, clash, SETTINGS, "ev")
    assert not verdict.ok and any("exchange of force" in d for d in verdict.disagreed)
    assert merge.judge(record, act("ASSAULT", {"cty_aze"}, {"cty_arm"}, doc="c"), SETTINGS, "ev").ok


@pytest.mark.parametrize("reports, expected", [
    ([("아제르바이잔군은 2일 아르메니아 국경 마을을 포격했다.", "a"),
      ("Armenia and Azerbaijan exchanged artillery fire along their border on Monday.", "b")], [{"a"}, {"b"}]),
    ([("Tajikistan and Kyrgyzstan traded mortar fire across their disputed border on Monday.", "a"),
      ("타지키스탄군은 2일 키르기스스탄 국경 초소를 박격포로 공격했다.", "b")], [{"a"}, {"b"}]),
    ([("Azerbaijani forces shelled an Armenian border village on Monday, Yerevan said.", "a"),
      ("아제르바이잔군은 2일 아르메니아 국경 마을을 포격했다.", "b")], [{"a", "b"}]),  # one side's deed, two outlets
], ids=["ko-strike-en-clash", "en-clash-ko-strike", "one-strike-two-outlets"])
def test_exchange_and_strike_stored_apart(tmp_path, reports, expected):
    with Store(str(tmp_path / "r.db")) as store:
        for text, doc in reports:
            store.save(extract_text(text, doc, date(2026, 3, 3)))
        records = sorted(({s["doc"] for s in e["sources"]} for e in store.events() if e["type"] == "ASSAULT"),
                         key=sorted)
    assert records == expected


@pytest.mark.parametrize("targets, recipients, one", [
    ({"cty_per"}, {"cty_per_leg"}, True),  # the state and its congress
    ({"cty_per_leg"}, {"cty_per"}, True),  # either order
    ({"cty_per_cop"}, {"cty_per_leg"}, False),  # two parts of one state: two targets
    ({"cty_per"}, {"cty_bol_leg"}, False),  # another state's part
    ({"cty_per", "cty_bol"}, {"cty_per_leg"}, False),  # two targets on a side: not read
])
def test_state_for_its_part(targets, recipients, one):
    assert bool(state_for_its_part(frozenset(targets), recipients)) is one


@pytest.mark.parametrize("reports", [
    [("Thousands of protesters rallied against the Peruvian Congress in Lima on Monday.", "a"),
     ("페루 시위대 수천 명이 2일 리마에서 의회를 규탄하는 시위를 벌였다.", "b")],
    [("페루 시위대 수천 명이 2일 리마에서 의회를 규탄하는 시위를 벌였다.", "a"),
     ("Thousands of protesters demonstrated against the Peruvian parliament in Lima on Monday.", "b")],
], ids=["en-congress-ko-state", "ko-state-en-parliament"])
def test_a_protest_at_the_state_and_at_its_congress_is_one(tmp_path, reports):
    with Store(str(tmp_path / "r.db")) as store:
        for text, doc in reports:
            store.save(extract_text(text, doc, date(2026, 3, 3)))
        records = [{s["doc"] for s in e["sources"]} for e in store.events() if e["type"] == "PROTEST"]
    assert records == [{"a", "b"}]
