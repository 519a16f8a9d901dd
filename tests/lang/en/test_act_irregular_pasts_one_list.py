"""(relative71) The English act finder's irregular past forms (cue irregular_past: act_walk.object_past_a_verb,
act_charges.finite, act_allegations) are the one list the clause readers use (en.yaml clause.verb_chain.irregular_past):
scripts/data/build_en_acts.py emits the cue from it, and the additions file spells none of its own, so the two lists
never drift ('withdrew', 'fought' were known to the verb chains and not to the act finder); a form the act entries'
objects end with as a noun ('bid', 'cut') is left out of the cue."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from readout.kb.loader import lexicon
from readout.lang.en.act_matcher import matcher

ADDITIONS = Path(__file__).resolve().parents[3] / "scripts" / "data" / "en_acts_additions.yaml"


def test_act_cue_is_the_verb_chain_list():
    """The cue is the verb chains' list, less the forms the act entries' objects end with as nouns ('bid', 'cut')."""
    chain = frozenset(lexicon("en")["clause"]["verb_chain"]["irregular_past"])
    cue = matcher().cues.irregular_past
    assert cue <= chain and {"withdrew", "fought", "overran", "drew", "struck"} <= cue
    assert not {"bid", "cut"} & cue and chain - cue <= {"bid", "cut", "shot", "shut"}


@pytest.mark.parametrize("text, kind, actor", [
    ("Chile would not put Peru's membership bid on the agenda, its foreign minister said.", "REJECT",
     "CHL"),  # 'bid' ends the object as a noun, no past verb
])
def test_noun_spelled_as_a_past_keeps_the_object(text, kind, actor):
    from tests.event_sides import events, sides

    found = sides(text, kind)
    assert found and actor in found[0][0], events(text)


def test_additions_spell_no_list_of_their_own():
    cues = yaml.safe_load(ADDITIONS.read_text(encoding="utf-8"))["cues"]
    assert "irregular_past" not in cues
