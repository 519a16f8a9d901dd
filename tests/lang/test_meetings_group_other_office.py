"""A group word naming an office as a meeting's party stands for the holders of that office, not for the parties of
the story's meeting who hold another (pipeline/meeting_parties.py `expand`, meet56): 'The two defence ministers met on
Wednesday' after the leaders' summit is no second meeting of the leaders; a group word naming the office the
meeting's parties hold ('The two leaders met again on Wednesday') still is theirs. Both languages, our own
sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text

DAY = date(2025, 3, 14)
EN = "Chilean President Pablo Rojas and Argentine President Martin Sosa held talks in Santiago on Monday. "
KO = "파블로 로하스 칠레 대통령과 마르틴 소사 아르헨티나 대통령은 10일 산티아고에서 정상회담을 했다. "

OTHER_OFFICE = [
    EN + "The two defence ministers met in Mendoza on Wednesday and agreed on joint patrols.",
    KO + "양국 국방장관은 12일 멘도사에서 회의를 열고 합동 순찰에 합의했다.",
]
SAME_OFFICE = [
    EN + "The two leaders met again in Mendoza on Wednesday and agreed on joint patrols.",
    KO + "양국 정상은 12일 멘도사에서 다시 회담하고 합동 순찰에 합의했다.",
]


def leader_meetings(text: str) -> list:
    return [e for e in extract_text(text, published=DAY).events if e.type == "CONSULT"
            and {p.country for p in e.participants} == {"CHL", "ARG"}]


@pytest.mark.parametrize("text", OTHER_OFFICE)
def test_group_of_another_office_is_not_the_leaders(text):
    found = leader_meetings(text)
    assert [str(e.date) for e in found] == ["2025-03-10"], [(str(e.date), [p.name for p in e.participants])
                                                            for e in found]


@pytest.mark.parametrize("text", SAME_OFFICE)
def test_group_of_their_office_is_the_leaders(text):
    assert {str(e.date) for e in leader_meetings(text)} == {"2025-03-10", "2025-03-12"}
