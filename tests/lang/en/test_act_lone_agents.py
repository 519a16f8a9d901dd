"""(enriot46, issue 15) A lone agent's deed (lang/en/act_lone_agents): after 'a'/'an' an agent noun of the agents
table ends its phrase, and a past form with an object after it is the clause's verb: 'A sniper killed two rebels in X'
is read as 'Snipers killed two rebels in X' is, ASSAULT by the place's state's sector. Negative rows: the participle
of a reduced relative ('a soldier wounded in X', 'a gunman held by police') and a noun after a modifier ('a stern
warning') stay no verb. Korean: '저격수가 ... 사살했다' reads no act yet (a gap noted for lang/ko). Our own sentences."""
from __future__ import annotations

import pytest

from readout.lang.en.act_lone_agents import lone_agent_verb
from readout.lang.en.act_matcher import matcher
from readout.lang.en.act_tokens import tokenize
from tests.event_sides import events, sides


@pytest.mark.parametrize("text, actor, target", [
    ("A sniper killed two rebels in Bamako on Sunday.", "MLI", "MLI"),
    ("A gunman shot dead a policeman in Niamey late on Friday.", "NER", "NER"),
    ("A gunman wounded four villagers in Ouagadougou overnight.", "BFA", "BFA"),
])
def test_a_lone_agent_acts(text, actor, target):
    assert ([actor], [target]) in sides(text, "ASSAULT"), events(text)


@pytest.mark.parametrize("text", [
    "A soldier wounded in Bamako was flown to Niamey.",
    "A gunman held by police in Niamey escaped.",
    "A stern warning followed in Niamey.",
])
def test_a_participle_or_a_modified_noun_is_no_deed(text):
    assert not [e for e in events(text) if e.type == "ASSAULT"], events(text)


@pytest.mark.parametrize("text, word, expected", [
    ("A sniper killed two rebels.", "killed", True),
    ("A gunman shot dead a policeman.", "shot", True),
    ("A soldier killed in the blast was buried.", "killed", False),  # a preposition after it: a reduced relative
    ("A gunman wounded by police died.", "wounded", False),  # 'by': the passive participle
    ("A planned attack failed.", "attack", False),  # no agent noun before it, no past form
    ("A soldier attack failed.", "attack", False),  # an agent noun, but no past form
])
def test_lone_agent_verb(text, word, expected):
    toks = tokenize(text)
    i = next(n for n, t in enumerate(toks) if t.low == word)
    assert lone_agent_verb(toks, i, matcher().cues) is expected
