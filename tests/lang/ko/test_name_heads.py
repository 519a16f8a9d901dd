"""The head a Korean state opens a noun phrase with, whose particle is the state's (lang/ko/name_heads, tidy46), with
sentences of our own: an agent of the state ('칠레 외교부 대변인은') and a statement standing for its author ('... 담화는')
make the state the subject of the act."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text


@pytest.mark.parametrize("text", [
    "칠레 외교부 대변인은 3일 페루의 파병을 규탄했다.",
    "칠레 외교부 대변인 명의의 담화는 페루의 파병을 규탄했다.",
])
def test_an_agent_phrase_or_a_statement_speaks_for_its_state(text):
    found = [({p.country for p in e.participants}, {p.country for p in e.recipients})
             for e in extract_text(text, published=date(2026, 3, 4)).events if e.type == "ACCUSE"]
    assert found == [({"CHL"}, {"PER"})]
