"""charges52 (issues 13, 15): charges, threats and sanctions, third round, in both languages. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events, sides

PUBLISHED = "2026-05-20"


def typed(text: str) -> list[tuple[str, str | None, str, list[str], list[str]]]:
    """(type, mode, status, actors, receivers) of every event of the text."""
    return [(e.type, e.mode, e.status, [p.country for p in e.participants], [r.country for r in e.recipients])
            for e in events(text, PUBLISHED)]


@pytest.mark.parametrize("text, kind, mode", [
    # 1. an unconditional measure said plainly of the future is the measure announced (SANCTION or COERCE, planned),
    # in Korean as in English (en announced_measures; ko cue announced_measure)
    ("카자흐스탄은 키르기스스탄에 대한 가스 공급을 중단하겠다고 밝혔다.", "SANCTION", "discontinue"),
    ("Kazakhstan said it would halt gas supplies to Kyrgyzstan.", "SANCTION", "discontinue"),
    ("카자흐스탄은 키르기스스탄과의 무역을 중단하겠다고 말했다.", "SANCTION", "discontinue"),
    ("Kazakhstan said it would halt trade with Kyrgyzstan.", "SANCTION", "discontinue"),
    ('카자흐스탄은 "키르기스스탄에 대한 원조를 중단하겠다"고 밝혔다.', "SANCTION", "discontinue"),
])
def test_an_announced_measure_is_the_measure_planned(text, kind, mode):
    assert typed(text) == [(kind, mode, "planned", ["KAZ"], ["KGZ"])]


@pytest.mark.parametrize("text", [
    # negative: a condition, a verb of warning or threatening keeps the measure a threat
    "카자흐스탄은 키르기스스탄이 합의를 지키지 않으면 가스 공급을 중단하겠다고 밝혔다.",
    "카자흐스탄은 키르기스스탄에 대한 가스 공급을 중단하겠다고 경고했다.",
    "카자흐스탄은 키르기스스탄에 대한 가스 공급을 중단하겠다고 위협했다.",
    "Kazakhstan warned it would halt gas supplies to Kyrgyzstan.",
])
def test_a_measure_warned_of_stays_a_threat(text):
    assert [(k, status) for k, _, status, _, _ in typed(text)] == [("THREATEN", "occurred")]


@pytest.mark.parametrize("text", [
    # 2. a threat a side alleges or condemns is the charge's content (a word, accuse66): the ACCUSE alone
    "Ghana alleged that Togo had threatened to attack it.",
    "Ghana claimed that Togo had threatened to attack it.",
    "Ghana claimed Togo had threatened to attack Ghanaian villages.",
    "가나는 토고가 자국을 공격하겠다고 위협했다고 주장했다.",
    "가나는 토고가 가나 어선들을 나포하겠다며 위협했다고 비난했다.",
])
def test_an_alleged_threat_is_the_charge_alone(text):
    assert [(k, actors, receivers) for k, _, _, actors, receivers in typed(text)] == [("ACCUSE", ["GHA"], ["TGO"])]


@pytest.mark.parametrize("text", [
    # negative: a threat told with a plain verb of saying is the reported THREATEN, no charge (charges51)
    "Ghana said Togo had threatened to attack it.",
    "가나는 토고가 자국을 공격하겠다고 위협했다고 말했다.",
])
def test_a_threat_told_plainly_stays_the_threat(text):
    assert [(k, actors, receivers) for k, _, _, actors, receivers in typed(text)] == [("THREATEN", ["TGO"], ["GHA"])]


@pytest.mark.parametrize("text, mode", [
    # 3. a readiness to strike said with a plain verb of saying is a threat said, no planned attack
    ("가나는 토고를 공격할 준비가 돼 있다고 말했다.", "violence"),
    ("Ghana said it was ready to strike Togo.", "violence"),
])
def test_a_readiness_said_is_a_threat(text, mode):
    assert typed(text) == [("THREATEN", mode, "occurred", ["GHA"], ["TGO"])]


@pytest.mark.parametrize("text", [
    "세네갈은 감비아 어선들을 나포할 태세가 돼 있다고 밝혔다.",
    "Senegal said it was ready to seize Gambian fishing boats.",
])
def test_a_readiness_to_seize_said_threatens_an_arrest(text):
    assert typed(text) == [("THREATEN", "arrest", "occurred", ["SEN"], ["GMB"])]


@pytest.mark.parametrize("text, expected", [
    # negative: a measure announced stays planned (as English); a readiness no one says stays the plan
    ("가나는 토고에 제재를 부과할 준비가 돼 있다고 밝혔다.", [("SANCTION", "discontinue", "planned", ["GHA"], ["TGO"])]),
    ("Ghana said it was ready to impose sanctions on Togo.", [("SANCTION", "discontinue", "planned", ["GHA"], ["TGO"])]),
    ("가나는 토고를 공격할 준비가 돼 있다.", [("ASSAULT", None, "planned", ["GHA"], ["TGO"])]),
])
def test_a_readiness_left_as_read(text, expected):
    assert typed(text) == expected


@pytest.mark.parametrize("text, held", [
    # 4. people of no named state the ground of a condemnation says the condemned detained are the condemner's
    ("Norway condemned Russia for detaining two fishermen.", ["NOR"]),
    ("노르웨이는 러시아가 어부 두 명을 억류한 것을 규탄했다.", ["NOR"]),
    # negative: people of a named state are that state's; the condemned's political life stays its own
    ("Norway condemned Russia for detaining two Finnish fishermen.", ["FIN"]),
    ("Norway condemned Russia for arresting opposition leaders.", ["RUS"]),
])
def test_the_detained_of_a_condemnation_are_the_condemners(text, held):
    assert sides(text, "COERCE", PUBLISHED) == [(["RUS"], held)]


@pytest.mark.parametrize("text, kind, mode, status", [
    # 5. blockades (CAMEO 191 impose, 1381 threaten, 0872 ease): COERCE restrict, THREATEN restrict, RETREAT withdraw
    ("Senegal imposed a naval blockade on Gambia.", "COERCE", "restrict", "occurred"),
    ("세네갈 해군은 감비아 항구들을 봉쇄했다.", "COERCE", "restrict", "occurred"),
    ("Senegal threatened to blockade Gambian ports.", "THREATEN", "restrict", "occurred"),
    ("세네갈은 감비아 항구들을 봉쇄하겠다고 위협했다.", "THREATEN", "restrict", "occurred"),
    ("Senegal said it would blockade Gambian ports.", "THREATEN", "restrict", "occurred"),
    ("세네갈은 감비아 항구들을 봉쇄하겠다고 밝혔다.", "THREATEN", "restrict", "occurred"),
    ("Senegal lifted its blockade of Gambian ports.", "RETREAT", "withdraw", "occurred"),
    ("Senegal eased the naval blockade of Gambia.", "RETREAT", "withdraw", "occurred"),
    ("Senegal ended the blockade of Gambia.", "RETREAT", "withdraw", "occurred"),
    ("세네갈은 감비아에 대한 해상 봉쇄를 해제했다.", "RETREAT", "withdraw", "occurred"),
    ("세네갈은 감비아에 대한 해상 봉쇄를 완화했다.", "RETREAT", "withdraw", "occurred"),
    # negative: economic sanctions lifted stay the economic RETREAT (CAMEO 085, no mode)
    ("Senegal lifted sanctions on Gambia.", "RETREAT", None, "occurred"),
])
def test_blockades_imposed_threatened_and_lifted(text, kind, mode, status):
    assert [(k, m, s) for k, m, s, actors, receivers in typed(text) if actors and receivers == ["GMB"]] \
        == [(kind, mode, status)]


def test_a_crowd_threatening_a_blockade_threatens_a_restriction():
    # the manual's THREATEN restrict covers blockades by anyone: truckers' threat has the mode too
    assert [(k, m) for k, m, *_ in typed("Chilean truckers threatened to blockade border crossings.")] \
        == [("THREATEN", "restrict")]


@pytest.mark.parametrize("text, accuser", [
    # 6. a bare state accusing takes no sector from its own people named in the charge's ground
    ("Norway condemned Russia for detaining two Norwegian fishermen.", ("NOR", "GOV")),
    ("Norway accused Russia of detaining Norwegian fishermen.", ("NOR", "GOV")),
    ("노르웨이는 러시아가 노르웨이 어부 두 명을 억류한 것을 규탄했다.", ("NOR", "GOV")),
    ("Slovenia is investigating alleged abuses by Slovenian extremists against Croatian civilians.", ("SVN", "GOV")),
    # negative: people accusing in their own words keep their sector, a people noun subject its own
    ("Norwegian fishermen accused Russia of harassment.", ("NOR", "AGR")),
    ("Armenians blamed Azerbaijan for the shelling of a village.", ("ARM", "CVL")),
])
def test_a_bare_state_accuses_as_the_state(text, accuser):
    found = [e for e in events(text, PUBLISHED) if e.type == "ACCUSE"]
    assert [[(p.country, p.sector) for p in e.participants] for e in found] == [[accuser]]
