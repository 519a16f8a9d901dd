"""A cooperative act named only as what a statement judges: '협정 체결을 환영했다', '조약 체결을 규탄했다' (fp23).

Why: a noun act that is the object (을/를) of a verb of welcoming or condemning is the thing judged; the judge
neither signed nor gave it, and with no owner before it ('X의', a name) the words say nothing of who did. Read
alone, the noun was an AGREE or AID of the sentence's topic (the judge), which no one made and analysts never
code: the welcome (SUPPORT) or the criticism is the event, and the agreement itself is coded where it is told with
its parties. A noun whose owner is named ('칠레와 페루의 협정 체결', '칠레 정부의 지원') keeps its reading.
The English reader of the same class is `lang/en/act_judged.py`.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.tags import NOUN_TAGS, OBJECT_PARTICLES

JUDGING_TYPES = frozenset({"SUPPORT", "ACCUSE"})  # 환영하다, 지지하다; 규탄하다, 비난하다
JUDGED_TYPES = frozenset({"AGREE", "COOPERATE", "AID", "CONCEDE", "RETREAT"})  # cooperative deeds a judge names
OWNER_TAGS = frozenset({"JKG", "NNP"})
GENITIVE = "JKG"
CONJOINED = "JC"  # '러시아와 이란': names joined by 와/과  # '칠레의 ...', '칠레 ...': the deed's owner stands before its noun


def judged_deeds(toks: list, hits: list[ActHit]) -> list[ActHit]:
    """The hits without the cooperative noun acts, with no owner before them, that a verb of welcoming or
    condemning takes as its object; (nominal54) one whose owners are named in the genitive is theirs
    (`owner_agents`)."""
    judges = {h.data.get("pred") for h in hits if h.type in JUDGING_TYPES and not h.nominal}
    judged = [h.nominal and h.type in JUDGED_TYPES and h.data.get("governor") in judges
              and h.data.get("particle") in OBJECT_PARTICLES for h in hits]
    return [owner_agents(toks, h) if is_judged else h for h, is_judged in zip(hits, judged)
            if not (is_judged and not owned(toks, h))]


def owner_agents(toks: list, h: ActHit) -> ActHit:
    """(nominal54) A judged noun act whose owners are names in the genitive ('[러시아와 이란]의 협정 체결을 비판했다')
    with those names as its agent (`agent_span`): they made it, not the judge (the sentence's topic, which the
    partner reading made a signer with the first name), as English 'criticized the signing of the pact between A
    and B' reads (lang/en/act_noun_agents.between_parties)."""
    k = h.data.get("first", 0) - 1
    while k >= 0 and (toks[k][1] in NOUN_TAGS and toks[k][1] != "NNP" or counter(toks, k)):
        k -= 1
    if k < 1 or toks[k][1] != GENITIVE or "agent_span" in h.data or toks[k - 1][1] != "NNP":
        return h
    start = k - 1
    while start >= 2 and toks[start - 1][1] == CONJOINED and toks[start - 2][1] == "NNP":
        start -= 2  # '러시아와 이란의': both names own it
    last = toks[k - 1]
    return replace(h, data={**h.data, "agent_span": (toks[start][2], last[2] + last[3])})


def owned(toks: list, h: ActHit) -> bool:
    """Whether a possessive 의 or a proper noun stands before the noun run of `h` ('칠레와 페루의 협정 체결')."""
    k = h.data.get("first", 0) - 1
    while k >= 0 and (toks[k][1] in NOUN_TAGS and toks[k][1] != "NNP" or counter(toks, k)):
        k -= 1  # '방위 조약 체결': the compound's own nouns; '기자 2명 석방': a count (nominal54)
    return k >= 0 and toks[k][1] in OWNER_TAGS


def counter(toks: list, k: int) -> bool:
    """(nominal54) Whether morpheme k is a counter after a number ('2명', '3척'): part of the noun phrase."""
    return toks[k][1] == "NNB" and k > 0 and toks[k - 1][1] == "SN"
