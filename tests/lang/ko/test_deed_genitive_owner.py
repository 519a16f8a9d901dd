"""(konames47) The genitive owner of a deed noun is its doer, also when a statement owned by another genitive phrase
is the sentence's subject ('[X 외교부의] 성명은 [B의] 파병을 비난했다': B deployed, X condemned). Our own sentences."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text


def actors(text: str) -> dict[str, set[str]]:
    doc = extract_text(text, published=date(2026, 11, 2))
    out: dict[str, set[str]] = {}
    for e in doc.events:
        out.setdefault(e.type, set()).update(p.id for p in e.participants)
    return out


@pytest.mark.parametrize("text", [
    "칠레 외교부 대변인 명의의 담화는 페루의 파병을 규탄했다.",
    "칠레 외교부의 성명은 페루의 파병을 비난했다.",
])
def test_deed_noun_owner_is_its_doer(text: str) -> None:
    found = actors(text)
    assert found.get("MOBILIZE") == {"cty_per"}
    assert "cty_chl" in found.get("ACCUSE", set())


def test_english_deed_owner_is_its_doer() -> None:
    assert actors("Chile's foreign ministry condemned Peru's troop deployment on Monday.").get("MOBILIZE") == {"cty_per"}
