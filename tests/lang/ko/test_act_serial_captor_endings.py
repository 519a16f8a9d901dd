"""(debt63) A passive detention with no agent of its own, joined by -면서/-며/-고 to an active seizure with its subject,
takes the seizer as its agent (act_context.serial_captor). The reader's connective set was shadowed by a later
constant of the same name (a motion verb's -어/-아/-고), so -면서 and -며 never joined: the agent span came out empty.
Our own sentences; negative rows: a clause before that tells no seizure, and a motion verb's -어 (no seizure clause)."""
from __future__ import annotations

import pytest

from readout.lang.ko.acts import find_acts
from readout.lang.ko.sentences import kiwi


def passive_agent_text(text: str) -> str | None:
    hits = find_acts(text, [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)])
    spans = [h.data.get("agent_span") for h in hits if h.type == "COERCE" and h.data.get("passive")]
    return text[spans[-1][0]:spans[-1][1]] if spans and spans[-1] else None


@pytest.mark.parametrize("text, agent", [
    ("칠레 해군이 페루 어선을 나포하면서 선원 5명도 억류됐다.", "칠레 해군"),
    ("가나 해경이 토고 어선을 나포하며 선원 4명도 구금됐다.", "가나 해경"),
])
def test_a_seizure_clause_names_the_captor_after_it(text, agent):
    assert passive_agent_text(text) == agent


@pytest.mark.parametrize("text", [
    "칠레 외교장관이 회담을 마치면서 페루인 선원 2명이 억류됐다.",  # no seizure before: no captor borrowed
    "칠레 외교장관이 리마에 도착해 페루인 선원 2명이 억류됐다.",  # a motion verb's -어: no seizure either
])
def test_no_seizure_clause_no_captor(text):
    assert passive_agent_text(text) is None
