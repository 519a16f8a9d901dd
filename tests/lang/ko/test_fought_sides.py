"""(groups53, issue 14) A fight's other side in 와/과: a verb of armed fighting (cue `fight_verb`: 교전하다) names the
side it acts on as a clash verb does (lang/ko/act_clash_sides.clash_partner), and a clash with an armed group no table
lists acts on that group of the subject's state (pipeline/act_recipients_own_side.own_state_group, the 'with' role).
Our own invented groups and sentences (English: tests/lang/en/test_clashed_groups.py)."""
from __future__ import annotations

import pytest

FOUGHT = [  # (sentence, acting (state, sector), receiving (state, sector))
    ("부르키나파소군은 지난 4일 반군과 교전했다.", ("BFA", "MIL"), ("BFA", "REB")),
    ("차드 정부군은 5일 북부에서 무장세력과 교전했다.", ("TCD", "MIL"), ("TCD", None)),
    ("말리군은 11일 사헬자유전선과 충돌했다.", ("MLI", "MIL"), ("MLI", "REB")),
    ("니제르 경찰은 호숫가방위여단과 교전했다.", ("NER", "COP"), ("NER", "REB")),
]


def sides(extract, text: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
            for e in extract(text).events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, acting, receiving", FOUGHT)
def test_a_fight_acts_on_its_other_side(extract, text, acting, receiving):
    found = sides(extract, text)
    assert found, text
    actors, recipients = found[0]
    assert acting in actors, found
    if receiving[1] is None:
        assert receiving[0] in {c for c, _s in recipients}, found
    else:
        assert receiving in recipients, found


@pytest.mark.parametrize("text", [
    "말리군은 11일 니제르군과 교전했다.",  # another state's forces: both states fight, no rebels made
    "버스가 11일 트럭과 충돌했다.",  # a collision: no force used
])
def test_no_rebels_where_the_other_side_is_none(extract, text):
    assert all(("MLI", "REB") not in r and ("NER", "REB") not in r for _a, r in sides(extract, text)), \
        sides(extract, text)
