"""actors54b (issues 13, 14): pipeline rows of both languages for sides and actors, second round. Our own sentences,
real states, invented towns and people."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import check_class_row

PUB = "2026-03-12"

# (text, type, acting (country, sector) pairs among the actors, receiving pairs exactly): acting None means no
# occurred event of the type; receiving None is not judged
ROWS = {
    # a reciprocal fight whose one state is only where it was, no side named and none told before, has no acting
    # side (pipeline/act_reciprocal.sideless_fight, asked by act_actors.acting_side)
    "a_fight_with_only_its_place_named_has_no_side": [
        ("Clashes broke out in Bolivia.", "ASSAULT", None, None),
        ("볼리비아에서 교전이 벌어졌다.", "ASSAULT", None, None),
        ("볼리비아에서 교전이 계속됐다.", "ASSAULT", None, None),
        # guard rows: a side named in the fight's words; two sides; a pair the story told
        ("Fighting between Bolivian troops and rebels continued in Bolivia.", "ASSAULT", {("BOL", "MIL")}, None),
        ("볼리비아 정부군과 반군의 교전이 벌어졌다.", "ASSAULT", {("BOL", "MIL")}, None),
        ("볼리비아군과 파라과이군이 교전을 벌였다.", "ASSAULT", {("BOL", "MIL"), ("PRY", "MIL")}, None),
        ("Paraguayan troops clashed with Bolivian troops.", "ASSAULT", {("PRY", "MIL"), ("BOL", "MIL")}, None),
        ("Bolivia and Paraguay exchanged fire on Monday. Clashes continued near the border on Tuesday.", "ASSAULT",
         {("BOL", "GOV"), ("PRY", "GOV")}, None),
    ],
}


@pytest.mark.parametrize("text, type_, acting, receiving", class_rows(ROWS))
def test_actors54b_pipeline_classes(text, type_, acting, receiving):
    check_class_row(text, PUB, type_, acting, receiving)
