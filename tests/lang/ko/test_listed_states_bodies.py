"""(konames47) A bare body after a list of states closed by 등 and their count ('A와 B 등 5개국 외교부는') is the listed
states' body, never the writer's state as one more actor. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text


def accusers(text: str) -> set[str]:
    doc = extract_text(text, published=date(2026, 11, 2))
    return {p.id for e in doc.events if e.type == "ACCUSE" for p in e.participants}


@pytest.mark.parametrize("text, listed", [
    ("칠레와 에콰도르 등 5개국 외교부는 3일 페루의 군사 행동을 규탄했다.", {"cty_chl", "cty_ecu"}),
    ("칠레와 에콰도르 등 남미 4개국 외교부는 3일 페루의 국경 봉쇄를 규탄했다.", {"cty_chl", "cty_ecu"}),
])
def test_body_after_a_counted_list_is_the_listed_states(text: str, listed: set[str]) -> None:
    found = accusers(text)
    assert listed <= found and "cty_kor" not in found


def test_bare_body_alone_is_still_the_home_state() -> None:
    assert "cty_kor" in accusers("외교부는 3일 페루의 군사 행동을 규탄했다.")


def test_english_list_with_a_count_names_only_its_states() -> None:
    found = accusers("The foreign ministries of Chile, Ecuador and three other countries condemned Peru's troop "
                     "deployment on Monday.")
    assert {"cty_chl", "cty_ecu"} <= found and "cty_kor" not in found
