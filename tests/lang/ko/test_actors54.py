"""actors54 (issues 13, 14): who acts on whom where the attackers name no state, Korean rows (the English twins are
in tests/lang/en/test_actors54.py). Our own sentences, real states, invented towns and people."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import check_class_row

PUB = "2026-03-12"

# (sentence, type, acting (country, sector) pairs among the actors, receiving pairs exactly): acting None means no
# occurred event of the type; receiving None is not judged
ROWS = {
    # a topic (은/는) suffering a passive or a light verb's attack from armed people of no state is the harmed, as a
    # subject in 이/가 is (lang/ko/act_harm_subjects.passive_subject)
    "a_harmed_topic_of_a_stateless_armed_passive_receives": [
        ("기니 군인들은 무장단체의 공격을 받았다.", "ASSAULT", {("GIN", "REB")}, {("GIN", "MIL")}),
        ("베냉 주민들은 무장괴한들의 공격을 받았다.", "ASSAULT", {("BEN", "UAF")}, {("BEN", "CVL")}),
        ("기니 군인들은 반군에 의해 살해됐다.", "ASSAULT", {("GIN", "REB")}, {("GIN", "MIL")}),
        # guard rows: the subject in 이/가 as before; a state's forces named as the agent are that state's
        ("기니 군인들이 반군의 공격을 받았다.", "ASSAULT", {("GIN", "REB")}, {("GIN", "MIL")}),
        ("기니 군인들은 말리군의 공격을 받았다.", "ASSAULT", {("MLI", "MIL")}, {("GIN", "MIL")}),
    ],
    # the topic of a passive with a named agent is its sufferer with its own sector (an office, an occupation, a
    # count's people), as the subject is (lang/ko/act_harmed_by.subject_or_topic, act_forces_victims.harmed); the
    # English twins read the subject of 'was impeached by' / 'were killed by' (tests/lang/en/test_actors54.py)
    "a_passives_topic_is_its_sufferer": [
        ("에콰도르 대통령은 의회에 의해 탄핵됐다.", "ACCUSE", {("ECU", "LEG")}, {("ECU", "GOV")}),
        ("에콰도르 대통령은 군에 의해 체포됐다.", "COERCE", {("ECU", "MIL")}, {("ECU", "GOV")}),
        ("에콰도르 기자 두 명은 반군에 의해 살해됐다.", "ASSAULT", {("ECU", "REB")}, {("ECU", "JRN")}),
        ("에콰도르 농부 3명은 무장괴한들에 의해 살해됐다.", "ASSAULT", {("ECU", "UAF")}, {("ECU", "AGR")}),
        # guard rows: the subject as before; an active clause's topic acts
        ("에콰도르 대통령이 의회에 의해 탄핵됐다.", "ACCUSE", {("ECU", "LEG")}, {("ECU", "GOV")}),
        ("에콰도르 경찰은 기자 두 명을 체포했다.", "COERCE", {("ECU", "COP")}, {("ECU", "JRN")}),
    ],
    # guard rows, the twins of English 'a bare site of a state's armed group' (tests/lang/en/test_actors54.py), read
    # already: a base is the group's state's forces, a market its people
    "a_bare_site_of_a_states_armed_group_is_that_states": [
        ("기니 반군이 기지를 공격했다.", "ASSAULT", {("GIN", "REB")}, {("GIN", "MIL")}),
        ("기니 반군이 장터를 공격했다.", "ASSAULT", {("GIN", "REB")}, {("GIN", "CVL")}),
        # a bare settlement the group strikes: its state's people (lang/ko/act_armed_settlements)
        ("기니 반군이 마을을 공격했다.", "ASSAULT", {("GIN", "REB")}, {("GIN", "CVL")}),
        ("기니 반군은 난민촌을 포격했다.", "ASSAULT", {("GIN", "REB")}, {("GIN", "CVL")}),
        # negative rows: a state's own forces keep the settled reader's caution; another state's village is its
        ("기니군이 마을을 공격했다.", "ASSAULT", {("GIN", "MIL")}, set()),
        ("기니 반군이 라이베리아 마을을 공격했다.", "ASSAULT", {("GIN", "REB")}, {("LBR", "CVL")}),
    ],
}


@pytest.mark.parametrize("sentence, type_, acting, receiving", class_rows(ROWS))
def test_actors54_classes(sentence, type_, acting, receiving):
    check_class_row(sentence, PUB, type_, acting, receiving)
