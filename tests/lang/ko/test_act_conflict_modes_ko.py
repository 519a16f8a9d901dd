"""kopar53b: the modes of Korean conflictual acts the two-language table (tests/pipeline/test_parallel_languages.py)
misread, each class with several sentences of our own and a negative row (issues 13/15).

REQUEST and REJECT modes (PLOVER manual, shared table): a demanded clause whose verb names a RETREAT or CONCEDE act
asks the addressee to yield ('무기를 내려놓으라고'); a halt asked of a work or policy of the addressee's own changes a
policy ('댐 건설을 중단하라고': change) while a halt of a hostile act or a sanction stays yield; a handover of a suspect
and the recognition of a state are 'assist' (exchange, relations). English variants: tests/lang/en/test_act_conflict_modes_en.py.
"""
from __future__ import annotations

import pytest

from tests.event_sides import events


def typed(text: str) -> list[str]:
    """'TYPE/mode' of each event of `text`, sorted."""
    return sorted(f"{e.type}/{e.mode}" for e in events(text))


@pytest.mark.parametrize("text,expected", [
    # a RETREAT or CONCEDE act demanded: yield
    ("말리 정부는 반군에 무기를 내려놓으라고 촉구했다.", "REQUEST/yield"),
    ("러시아는 우크라이나에 무기를 내려놓으라고 요구했다.", "REQUEST/yield"),
    ("케냐는 우간다에 국경 수비대를 철수시키라고 요구했다.", "REQUEST/yield"),
    # a halt of a work or a policy: change
    ("이집트는 에티오피아에 새 댐 공사를 중지하라고 요구했다.", "REQUEST/change"),
    ("브라질은 파라과이에 국경 도로 건설 사업을 중단하라고 촉구했다.", "REQUEST/change"),
    ("칠레는 볼리비아에 새 광산 개발 계획을 철회하라고 촉구했다.", "REQUEST/change"),
    # negative: a halt of a hostile act or of a sanction stays yield
    ("태국은 캄보디아에 포격을 중단하라고 요구했다.", "REQUEST/yield"),
    ("태국은 캄보디아에 국경 도발을 중단하라고 요구했다.", "REQUEST/yield"),
    ("중국은 일본에 수산물 수입 제재를 중단하라고 요구했다.", "REQUEST/yield"),
    # a suspect's handover asked: assist
    ("페루는 칠레에 마약 밀매 용의자의 신병 인도를 요청했다.", "REQUEST/assist"),
    ("가나는 토고에 도주한 횡령 혐의자 인도를 요구했다.", "REQUEST/assist"),
    # a state's recognition refused: assist (relations)
    ("아르메니아는 아제르바이잔을 승인하기를 거부했다.", "REJECT/assist"),
])
def test_request_and_reject_modes(text: str, expected: str) -> None:
    assert typed(text) == [expected]


def test_the_state_india_is_no_handover() -> None:
    """Negative: 인도 the state (NNP) right before the request is its addressee, no handover asked."""
    assert typed("방글라데시는 홍수 자료 공유를 인도에 요청했다.") == ["REQUEST/None"]


@pytest.mark.parametrize("text,expected", [
    # a named crime as the ground of 비난하다: allege
    ("에스토니아는 러시아를 해킹 혐의로 강하게 비난했다.", "ACCUSE/allege"),
    ("칠레는 볼리비아를 사기 혐의로 비난했다.", "ACCUSE/allege"),
    # the fault placed on B by the reported complement: allege
    ("가나는 폭동의 책임이 토고 정부에게 있다고 비난했다.", "ACCUSE/allege"),
    # negative: a reason joined by 며, a ground that is no crime, a verb of condemning, a plain object: disapprove
    ("가나는 폭동의 책임이 토고 정부에게 있다며 비난했다.", "ACCUSE/disapprove"),
    ("칠레는 볼리비아를 도발 행위로 비난했다.", "ACCUSE/disapprove"),
    ("칠레는 볼리비아를 간첩 행위로 규탄했다.", "ACCUSE/disapprove"),
    ("칠레는 볼리비아의 결정을 비난했다.", "ACCUSE/disapprove"),
])
def test_accusation_grounds(text: str, expected: str) -> None:
    assert typed(text) == [expected]


@pytest.mark.parametrize("text,expected", [
    # a threat of force or restriction at a thing the pair's noun names stands with no receiving side
    ("예멘 반군은 홍해 항로를 봉쇄하겠다고 위협했다.", ["THREATEN/restrict"]),
    ("이란은 마을을 불태우겠다고 위협했다.", ["THREATEN/violence"]),
    # negative: a bare retaliation with no side and no thing struck names no one threatened
    ("이란은 보복하겠다고 위협했다.", []),
])
def test_threats_at_a_named_thing(text: str, expected: list[str]) -> None:
    assert typed(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a medium's airing stopped or barred by a state: COERCE censor of the medium
    ("니제르 군정은 프랑스 방송의 송출을 금지했다.", ["COERCE/censor"]),
    ("말리 정부는 프랑스 라디오 방송의 송출을 중단시켰다.", ["COERCE/censor"]),
    # negative: a station stopping its own airing censors no one
    ("프랑스 라디오 방송은 송출을 중단했다.", []),
])
def test_stopped_airings(text: str, expected: list[str]) -> None:
    assert typed(text) == expected


@pytest.mark.parametrize("text,expected", [
    # arms massed near a border concentrate the units: troops, as English 'massed tanks'
    ("벨라루스는 리투아니아 국경 근처에 탱크를 집결시켰다.", ["MOBILIZE/troops"]),
    ("벨라루스는 리투아니아 국경에 자주포를 집결시켰다.", ["MOBILIZE/troops"]),
    # negative: arms deployed stay the readiness of weapons
    ("벨라루스는 리투아니아 국경에 탱크를 배치했다.", ["MOBILIZE/weapons"]),
])
def test_massed_arms(text: str, expected: list[str]) -> None:
    assert typed(text) == expected


@pytest.mark.parametrize("text,expected", [
    # counted people killed past a means in 로/으로 receive the force; the means names the mode
    ("수단 군인들이 주민 3명을 총격으로 살해했다.", ["ASSAULT/firearms"]),
    ("미얀마 군인들이 마을 주민 5명을 흉기로 살해했다.", ["ASSAULT/primitive"]),
    # negative: a killing that tells no means keeps the verb's mode
    ("미얀마 군인들이 마을 주민 5명을 살해했다.", ["ASSAULT/targeted"]),
])
def test_killed_past_the_means(text: str, expected: list[str]) -> None:
    assert typed(text) == expected
    assert all(e.recipients for e in events(text))


def sided(text: str) -> list[str]:
    """'TYPE actors>recipients' (country-sector) of each event of `text`, sorted."""
    def side(xs) -> str:
        return "+".join(sorted(f"{x.country}-{x.sector}" for x in xs))
    return sorted(f"{e.type} {side(e.participants)}>{side(e.recipients)}" for e in events(text))


@pytest.mark.parametrize("text,expected", [
    # counted people keep the sector of the noun counted, and protest against their government
    ("칠레 대학생 수천 명이 산티아고에서 시위를 벌였다.", ["PROTEST CHL-EDU>CHL-GOV"]),
    ("칠레 농민 수백 명이 발파라이소에서 시위를 벌였다.", ["PROTEST CHL-AGR>CHL-GOV"]),
    # negative: a bare count stays people (CVL)
    ("칠레에서 수천 명이 시위를 벌였다.", ["PROTEST CHL-CVL>CHL-GOV"]),
])
def test_counted_protesters(text: str, expected: list[str]) -> None:
    assert sided(text) == expected
