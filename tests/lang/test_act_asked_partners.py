"""enfollow68 (lang/en/act_asked_partners): an appeal with no addressee slot ('called for', 'pushed for',
'pressed for') asking for an act done 'with X' ('pushed for a ceasefire with X') is a REQUEST by the subject aimed
at X, the asked act's other party, when no addressee is named. 'along with X', 'together with X' name one who asks
beside the subject, never the one asked; a bare 'with' phrase naming no state adds no one. Korean writes the partner
as '<X>와의 <act noun>' ('우루과이와의 휴전을 촉구했다'), read the same way. Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import assert_act, events_of

DAY = date(2025, 3, 12)


@pytest.mark.parametrize("text, actor, recipient, mode", [
    ("Ecuador pushed for a ceasefire with Uruguay on Friday.", "ECU", "URY", "yield"),
    ("Ecuador on Friday called for an immediate truce with Uruguay.", "ECU", "URY", "yield"),
    ("Ecuador pressed for a durable ceasefire with Uruguay.", "ECU", "URY", "yield"),
    ("Ecuador called for a lasting peace deal with Uruguay.", "ECU", "URY", None),
    ("Ecuador pushed for talks with Uruguay on Friday.", "ECU", "URY", "meet"),
    ("에콰도르는 20일 우루과이와의 즉각적인 휴전을 촉구했다.", "ECU", "URY", "yield"),
    ("에콰도르는 우루과이와의 회담을 요구했다.", "ECU", "URY", "meet"),
])
def test_the_partner_of_the_act_asked_for_is_asked(extract, text, actor, recipient, mode):
    assert_act(events_of(extract(text, published=DAY)), "REQUEST", {actor}, {recipient}, "occurred", mode)


@pytest.mark.parametrize("text", [
    "Ecuador pushed for a ceasefire along with Uruguay on Friday.",  # Uruguay asks beside Ecuador
    "Ecuador called for a ceasefire together with Uruguay.",
    "Ecuador called for a ceasefire with immediate effect.",  # no state after 'with'
    "Ecuador called for a Peruvian truce with the rebels.",  # a name inside what is asked: left alone
])
def test_no_partner_is_asked(extract, text):
    assert not [e for e in events_of(extract(text, published=DAY), "REQUEST") if e.recipients], \
        [(e.type, [p.name for p in e.recipients]) for e in extract(text, published=DAY).events]
