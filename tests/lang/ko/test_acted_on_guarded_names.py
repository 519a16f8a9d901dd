"""(groups54, issue 14) A guarded state name kiwi reads as a common noun ('수단' means, 'Sudan') opening its phrase as
the object right before a verb done only to a party (lexicon ko `party_object_verb_re`), after a subject state, is the
state acted on (lang/ko/guarded_names.acted_on_name); a means used, sought or modified stays the common word. English
writes the state's name unambiguously ('Sudan'): the English rows are the parallel readings. Our own sentences."""
from __future__ import annotations

import pytest


def sided(extract, text: str, kind: str) -> list[tuple[set, set]]:
    return [({(p.country, p.sector) for p in e.participants}, {(p.country, p.sector) for p in e.recipients})
            for e in extract(text).events if e.type == kind]


@pytest.mark.parametrize("text, kind", [
    ("에리트레아는 9일 수단을 비난했다.", "ACCUSE"),
    ("에리트레아는 9일 수단을 강력히 규탄했다.", "ACCUSE"),
    ("에리트레아 정부는 9일 수단을 제재하기로 결정했다.", "SANCTION"),
    ("Eritrea accused Sudan of meddling on Tuesday.", "ACCUSE"),
])
def test_a_guarded_name_acted_on_after_a_subject_state(extract, text, kind):
    found = sided(extract, text, kind)
    assert any(("ERI", "GOV") in a and ("SDN", "GOV") in r for a, r in found), found


@pytest.mark.parametrize("text", [
    "에리트레아는 9일 모든 수단을 동원했다.",  # a means used
    "에리트레아는 9일 외교적 수단을 비난했다.",  # a modifier makes it the common word
    "에리트레아는 9일 수단을 찾아 나섰다.",  # a means sought
])
def test_a_means_stays_no_state(extract, text):
    article = extract(text)
    assert all(p.country != "SDN" for e in article.events for p in (*e.participants, *e.recipients))


@pytest.mark.parametrize("text, kind, acting, name", [  # actors60b: a bare state body or force as the subject
    ("케냐 전역에서 11일 시위가 확산됐다. 경찰은 토고를 규탄했다.", "ACCUSE", ("KEN", "COP"), ("TGO", "GOV")),
    ("케냐 전역에서 11일 시위가 확산됐다. 경찰은 차드를 비난했다.", "ACCUSE", ("KEN", "COP"), ("TCD", "GOV")),
    ("케냐 전역에서 11일 시위가 확산됐다. 군은 말리를 규탄했다.", "ACCUSE", ("KEN", "MIL"), ("MLI", "GOV")),
    ("케냐 전역에서 11일 시위가 확산됐다. 경찰은 수단을 규탄했다.", "ACCUSE", ("KEN", "COP"), ("SDN", "GOV")),
    ("케냐 전역에서 11일 시위가 확산됐다. 경찰은 피지를 규탄했다.", "ACCUSE", ("KEN", "COP"), ("FJI", "GOV")),
    ("Protests spread across Kenya on Monday. Police condemned Togo.", "ACCUSE", ("KEN", "COP"), ("TGO", "GOV")),
    ("Protests spread across Kenya on Monday. The army criticized Chad.", "ACCUSE", ("KEN", "MIL"), ("TCD", "GOV")),
])
def test_a_guarded_name_acted_on_by_a_bare_state_body(extract, text, kind, acting, name):
    """(actors60b) A bare police, army or ministry acts for a state as an official does (guarded_names
    .office_subject_opens): the guarded name it condemns is the state, as after a subject state."""
    found = sided(extract, text, kind)
    assert any(acting in a and name in r for a, r in found), found


@pytest.mark.parametrize("text, code", [
    ("경찰은 시위를 막을 수단을 찾았다.", "SDN"),  # a means sought
    ("경찰은 모든 수단을 동원해 시위를 막겠다고 밝혔다.", "SDN"),  # a means used, with a modifier
])
def test_a_bare_body_seeking_a_means_names_no_state(extract, text, code):
    article = extract(text)
    assert all(p.country != code for e in article.events for p in (*e.participants, *e.recipients))
