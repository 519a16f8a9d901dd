"""(plover54) A demand noun whose owner (a name marked 의) stands between it and the quoted-imperative clause that
holds its content ('...하라는 Y의 요구를 거부했다') takes the mode of that clause, as it does with no owner named
(lang/ko/act_wish_modes.past_demand_owner): a change of a policy is change, a release yield, talks meet. The English
twin (an infinitive after the proposal noun) is tests/lang/en/test_act_infinitive_contents.py. Negative rows: an owned
demand with no clause keeps its compound's mode; an owned demand with no clause gives none. Our own sentences."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from tests.conftest import assert_act, class_rows

ROWS = class_rows({  # (sentence, type, actors, recipients or None, status or None, mode or None)
    "the clause past the owner names the mode": [
        ("헝가리는 10일 사법부를 개혁하라는 유럽연합의 요구를 거부했다.", "REJECT", {"HUN"}, {"EUR"}, "occurred", "change"),
        ("러시아는 9일 포로를 석방하라는 핀란드의 요구를 거부했다.", "REJECT", {"RUS"}, {"FIN"}, "occurred", "yield"),
        ("북한은 9일 회담에 나오라는 한국의 제안을 거절했다.", "REJECT", {"PRK"}, {"KOR"}, "occurred", "meet"),
        ("조지아는 11일 외국대리인법을 폐지하라는 프랑스의 요구를 일축했다.", "REJECT", {"GEO"}, {"FRA"}, "occurred",
         "change"),
    ],
    "no owner: the clause names it as before": [
        ("러시아는 9일 포로를 석방하라는 요구를 거부했다.", "REJECT", {"RUS"}, None, "occurred", "yield"),
        # a refusing verb alone: its object, the demand noun, is modified by the clause (clause_demand)
        ("조지아는 11일 외국대리인법을 폐지하라는 요구를 일축했다.", "REJECT", {"GEO"}, None, "occurred", "change"),
    ],
    "an owner and no clause: the compound names it": [
        ("러시아는 9일 핀란드의 제재 해제 요구를 거부했다.", "REJECT", {"RUS"}, {"FIN"}, "occurred", "yield"),
    ],
})


@pytest.mark.parametrize("text, kind, actors, recipients, status, mode", ROWS)
def test_owned_demand_modes(text, kind, actors, recipients, status, mode):
    assert_act(extract_text(text, "2026-03-12").events, kind, actors, recipients, status, mode)


@pytest.mark.parametrize("text", ["러시아는 9일 핀란드의 요구를 일축했다.", "러시아는 9일 핀란드의 요구를 거부했다."])
def test_owned_demand_without_clause_has_no_mode(text):
    found = [e for e in extract_text(text, "2026-03-12").events if e.type == "REJECT"]
    assert found and found[0].mode is None, [(e.type, e.mode) for e in found]
