"""(enmeet47) An act's plan announced: 'announced plans to deport 200 migrants to X', 'unveiled a plan to expel ...'.

Why: the verb reading 'announce' + 'plans' (CAMEO 030/032, AGREE) stood beside the act the plan names, an AGREE with
no one agreed with, while Korean '추방할 계획이라고 발표했다' and '추방 계획을 발표했다' read the planned act alone
(lang/ko/act_announced_plans.py). The plan is the act told ahead, its status planned (the act's own reading of the
"to"-infinitive): an AGREE whose object is a plan noun ('plan', 'plans') followed by 'to' and a verb that reads an act
of its own is no event. Not a plan with no act named ('announced plans for the border'), nor an agreement on a
plan ('agreed on a plan to ...': an AGREE of its makers, read by its own verb).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_tokens import Token

PLAN_NOUNS = frozenset({"plan", "plans"})
ANNOUNCING = frozenset({"announce", "unveil"})  # the verbs whose object plan makes known an act of the announcer's own


def announced_plans(toks: list[Token], hits: list[ActHit]) -> list[ActHit]:
    """The hits less each announcing AGREE whose plan noun's "to"-infinitive verb reads an act of its own."""
    starts = {h.data.get("token") for h in hits if not h.nominal}
    return [h for h in hits if not (h.type == "AGREE" and h.lemma in ANNOUNCING and plan_verb(toks, h) in starts)]


def plan_verb(toks: list[Token], hit: ActHit) -> int | None:
    """The token of the verb after 'plans to' when the hit's object is a plan noun, else None."""
    k = hit.data.get("object_token")
    if k is None or toks[k].low not in PLAN_NOUNS or k + 2 >= len(toks) or toks[k + 1].low != "to":
        return None
    return k + 2
