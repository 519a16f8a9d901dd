"""(victims48, issue 15) A participle between a count and the people released describes them: 'freed nine captured
fighters', 'freed seven abducted Cameroonian fishermen' are releases of those people, and the participle tells no act
of the releaser (lang/en/act_walk.object_past_a_verb asks lang/en/act_counted_participles, which now also reads a
country's adjective between the participle and its noun). Korean '억류된 어민 7명을 석방했다' reads so already. Our own
sentences. Negative rows: the plain past of force with no count stays the verb's own act."""
from __future__ import annotations

import pytest

from tests.conftest import class_rows
from tests.event_sides import events, first_of

# (sentence, releasing state, receiving state or None: none named, the type that must not be read of the releaser)
RELEASES = {
    "count_then_participle_then_people_en": [
        ("Iraq freed nine captured fighters on Monday.", "IRQ", None, "COERCE"),
        ("Chad freed seven abducted Cameroonian fishermen on Monday.", "TCD", "CMR", "ASSAULT"),
        ("Chad freed 14 kidnapped Cameroonian fishermen on Monday.", "TCD", "CMR", "ASSAULT"),
    ],
    "count_then_participle_then_people_ko": [
        ("차드는 억류된 카메룬 어민 7명을 석방했다.", "TCD", "CMR", "COERCE"),
        ("이라크는 붙잡힌 전투원 9명을 풀어줬다.", "IRQ", None, "COERCE"),
    ],
}

# the same words with no count: the plain past stays the verb's own act (no release)
DEEDS = {
    "plain_past_of_force_stays_en": [
        ("Chad abducted seven Cameroonian fishermen on Monday.", "ASSAULT", "TCD", "CMR"),
        ("Rebels in Chad captured nine soldiers on Monday.", "COERCE", "TCD", "TCD"),
    ],
}


@pytest.mark.parametrize("sentence, actor, recipient, absent", class_rows(RELEASES))
def test_counted_participles_before_released_people(sentence, actor, recipient, absent):
    found = events(sentence)
    first = first_of(found, type="RETREAT")
    assert actor in {p.country for p in first.participants}
    assert {r.country for r in first.recipients} == ({recipient} if recipient else set())
    assert not [e for e in found if e.type == absent], [(e.type, [p.country for p in e.participants]) for e in found]


@pytest.mark.parametrize("sentence, kind, actor, recipient", class_rows(DEEDS))
def test_plain_past_of_force_stays(sentence, kind, actor, recipient):
    found = [e for e in events(sentence) if e.type == kind]
    assert found and actor in {p.country for p in found[0].participants}
    assert recipient in {r.country for r in found[0].recipients}
    assert not [e for e in events(sentence) if e.type == "RETREAT"]
