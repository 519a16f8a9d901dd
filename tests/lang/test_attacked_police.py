"""Police attacked with no state named are the attacking crowd's own state's police, in Korean as in English
(planned71, issue 15).

'protesters attacked police officers' gives the police (COP) of the crowd's state; Korean '시위대가 경찰관들을
공격했다' gave an ASSAULT with no receiving side, as the domestic object reader took only civilians' nouns. An attack's
object whose noun the agents table gives the police sector is now the police of the state the span names, else of the
attacker's own (lang/ko/act_attacked_police). Negative rows: police who attack keep the people they hit as the
receivers, and soldiers are not police. Our own sentences."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def assaults(text: str) -> list[tuple[list[tuple[str, str]], list[tuple[str, str]]]]:
    return [([(p.country, p.sector) for p in e.participants], [(r.country, r.sector) for r in e.recipients])
            for e in events(text) if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "가봉 시위대가 경찰관들을 공격했다.",
    "가봉 시위대가 리브르빌에서 경찰관 3명을 공격했다.",
    "Gabonese protesters attacked police officers.",
])
def test_police_attacked_are_the_crowds_own_states(text: str) -> None:
    found = assaults(text)
    assert found and ("GAB", "COP") in found[0][1], found


def test_police_of_a_state_named_are_that_states() -> None:
    found = assaults("가봉 시위대가 카메룬 경찰관들을 공격했다.")
    assert found and ("CMR", "COP") in found[0][1], found


@pytest.mark.parametrize("text", [
    "가봉 경찰관들이 시위대를 공격했다.",
    "가봉 반군이 군인들을 공격했다.",
])
def test_no_police_receive_what_they_did_not_suffer(text: str) -> None:
    assert all(("GAB", "COP") not in receivers for _, receivers in assaults(text)), assaults(text)
