"""(kopar54, issue 15) A suicide bomber's attack is a suicide attack by the armed group of the place's state, as English
'A suicide bomber killed ...' reads (lang/ko/act_suicide_attackers.py; the nouns REB in data/agents.yaml)."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def assaults(text: str) -> list[tuple[str, str, str]]:
    return sorted((str(e.mode), "+".join(f"{p.country}-{p.sector}" for p in e.participants),
                   "+".join(f"{r.country}-{r.sector}" for r in e.recipients)) for e in events(text) if e.type == "ASSAULT")


ROWS = [
    ("파키스탄에서 자폭범이 경찰관 3명을 살해했다.", [("suicide-attack", "PAK-REB", "PAK-COP")]),
    ("말리에서 자살 폭탄 테러범이 군인 4명을 살해했다.", [("suicide-attack", "MLI-REB", "MLI-MIL")]),
    ("A suicide bomber killed four soldiers in Mali.", [("suicide-attack", "MLI-REB", "MLI-MIL")]),
    # the bomber struck, not striking: the army's own mode stands
    ("말리군은 자폭범을 사살했다.", [("firearms", "MLI-MIL", "MLI-REB")]),
    # gunmen are no suicide bombers
    ("말리에서 테러범들이 군인 4명을 살해했다.", [("targeted", "MLI-UAF", "MLI-MIL")]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_a_suicide_bombers_attack(text, expected):
    assert assaults(text) == expected
