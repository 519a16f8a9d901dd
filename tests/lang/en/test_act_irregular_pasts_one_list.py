"""(relative71) The English act finder's irregular past forms (cue irregular_past: act_walk.object_past_a_verb,
act_charges.finite, act_allegations) are the one list the clause readers use (en.yaml clause.verb_chain.irregular_past):
scripts/data/build_en_acts.py emits the cue from it, and the additions file spells none of its own, so the two lists
never drift ('withdrew', 'fought' were known to the verb chains and not to the act finder)."""
from __future__ import annotations

from pathlib import Path

import yaml

from readout.kb.loader import lexicon
from readout.lang.en.act_matcher import matcher

ADDITIONS = Path(__file__).resolve().parents[3] / "scripts" / "data" / "en_acts_additions.yaml"


def test_act_cue_is_the_verb_chain_list():
    chain = frozenset(lexicon("en")["clause"]["verb_chain"]["irregular_past"])
    assert matcher().cues.irregular_past == chain
    assert {"withdrew", "fought", "overran"} <= matcher().cues.irregular_past


def test_additions_spell_no_list_of_their_own():
    cues = yaml.safe_load(ADDITIONS.read_text(encoding="utf-8"))["cues"]
    assert "irregular_past" not in cues
