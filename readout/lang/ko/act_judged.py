"""A cooperative act named only as what a statement judges: '협정 체결을 환영했다', '조약 체결을 규탄했다' (fp23).

Why: a noun act that is the object (을/를) of a verb of welcoming or condemning is the thing judged; the judge
neither signed nor gave it, and with no owner before it ('X의', a name) the words say nothing of who did. Read
alone, the noun was an AGREE or AID of the sentence's topic (the judge), which no one made and analysts never
code: the welcome (SUPPORT) or the criticism is the event, and the agreement itself is coded where it is told with
its parties. A noun whose owner is named ('칠레와 페루의 협정 체결', '칠레 정부의 지원') keeps its reading.
The English reader of the same class is `lang/en/act_judged.py`.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.tags import NOUN_TAGS, OBJECT_PARTICLES

JUDGING_TYPES = frozenset({"SUPPORT", "ACCUSE"})  # 환영하다, 지지하다; 규탄하다, 비난하다
JUDGED_TYPES = frozenset({"AGREE", "COOPERATE", "AID", "CONCEDE", "RETREAT"})  # cooperative deeds a judge names
OWNER_TAGS = frozenset({"JKG", "NNP"})  # '칠레의 ...', '칠레 ...': the deed's owner stands before its noun


def judged_deeds(toks: list, hits: list[ActHit]) -> list[ActHit]:
    """The hits without the cooperative noun acts, with no owner before them, that a verb of welcoming or
    condemning takes as its object."""
    judges = {h.data.get("pred") for h in hits if h.type in JUDGING_TYPES and not h.nominal}
    return [h for h in hits if not (h.nominal and h.type in JUDGED_TYPES and h.data.get("governor") in judges
                                    and h.data.get("particle") in OBJECT_PARTICLES and not owned(toks, h))]


def owned(toks: list, h: ActHit) -> bool:
    """Whether a possessive 의 or a proper noun stands before the noun run of `h` ('칠레와 페루의 협정 체결')."""
    k = h.data.get("first", 0) - 1
    while k >= 0 and toks[k][1] in NOUN_TAGS and toks[k][1] != "NNP":
        k -= 1  # '방위 조약 체결': the compound's own nouns
    return k >= 0 and toks[k][1] in OWNER_TAGS
