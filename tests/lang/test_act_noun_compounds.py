"""(ennoun46, issue 15) An act noun that modifies a noun of people, gear or units after it ('a sanctions envoy',
'attack submarines', 'strike drones', 'protest organisers') names what the head is, not an act: the heads are the
lexicon's `compound_heads` (scripts/data/en_acts_additions.yaml; lang/en/act_clause.not_an_act). A compound whose
head is an undertaking of the act ('a two-day strike campaign', 'a strike wave') stays the act, and the act noun
alone ('a two-day strike') or a verb after the compound ('strike drones hit X') keeps its reading. Korean compounds
('제재 특사', '공격 잠수함') read no act already. Every sentence here is our own."""
from __future__ import annotations

import pytest

from tests.conftest import assert_act, events_of

MODIFIERS = [  # (sentence, type that must not be read)
    ("Norway's sanctions envoy visited Moldova late on Thursday.", "SANCTION"),
    ("Japan's attack submarines sailed past Taiwan before dawn.", "ASSAULT"),
    ("Canada said its strike drones were ready for the spring.", "ASSAULT"),
    ("Austria's boycott organisers met Serbian farmers in Graz.", "PROTEST"),
    ("노르웨이의 제재 특사가 목요일 늦게 몰도바를 방문했다.", "SANCTION"),
    ("일본의 공격 잠수함들이 새벽 전에 대만 인근을 지나갔다.", "ASSAULT"),
]


@pytest.mark.parametrize("text, kind", MODIFIERS)
def test_an_act_noun_modifying_a_head_is_no_act(extract, text, kind):
    assert_act(events_of(extract(text)), kind, set(), None, None)


ACTS = [  # (sentence, type, actors, recipients): the act noun alone, or a verb after the compound
    ("Chilean dockers began a two-day strike campaign in Valparaiso on Monday.", "PROTEST", {"CHL"}, None),
    ("Chilean dockers began a two-day strike in Valparaiso on Monday.", "PROTEST", {"CHL"}, None),
    ("Norway imposed sanctions on Moldova late on Thursday.", "SANCTION", {"NOR"}, {"MDA"}),
    ("Japanese attack drones struck a depot in Taiwan before dawn.", "ASSAULT", {"JPN"}, {"TWN"}),
]


@pytest.mark.parametrize("text, kind, actors, recipients", ACTS)
def test_the_act_noun_alone_or_the_verb_stays(extract, text, kind, actors, recipients):
    assert_act(events_of(extract(text)), kind, actors, recipients, "occurred")
