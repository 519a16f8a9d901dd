"""Cooperation told as grown ('한국과 폴란드의 방산 협력이 한층 강화됐다', '양국 간 교역 협력이 확대됐다').

The cooperation noun is the passive's subject, so no state stands as subject and the act had no actor and was
dropped. Its owners are the states before it, in the genitive ('A와 B의') or before 간 (between: 'A와 B 간',
'양국 간'): PLOVER COOPERATE by both, as when they are the subjects ('A와 B는 협력을 강화했다'). Their span goes to
the hit's `agent_span`, where the pipeline reads a noun act's agents, and the passive no longer reads as suffered."""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.tags import NOUN_TAGS

OWNER_RUN_TAGS = NOUN_TAGS | {"JC", "SP", "MM", "NNB"}  # 'A와 B', 'A, B', '두 나라'
BETWEEN = "간"
BETWEEN_WORDS = frozenset({BETWEEN, "사이"})  # a between word before the genitive ('A와 B 간의', 'A와 B 사이의')
OWNER_REACH = 12  # morphemes back from the cooperation noun to its owners' marker


def grown_cooperation(toks: list, hits: list[ActHit]) -> list[ActHit]:
    """`hits` with each passive COOPERATE whose noun is the subject given its owners as agents."""
    out = []
    for h in hits:
        span = _owners(toks, h.data.get("first", 0)) if h.type == "COOPERATE" and h.data.get("passive") \
            and not h.data.get("agent_span") else None
        out.append(replace(h, data={**h.data, "agent_span": span, "suffered": False}) if span else h)
    return out


def _owners(toks: list, first: int) -> tuple[int, int] | None:
    """The character span of the owners before the noun at `first` (over the compound's other nouns: '방산'),
    marked by 의 or 간; None when the noun is not the subject or no owner is marked."""
    end = first
    while end + 1 < len(toks) and toks[end + 1][1] in NOUN_TAGS:
        end += 1
    if end + 1 >= len(toks) or toks[end + 1][1] != "JKS":
        return None
    k = first - 1
    while k > 0 and first - k < OWNER_REACH and toks[k][1] in NOUN_TAGS and toks[k][0] != BETWEEN:
        k -= 1  # back over the compound: '방산', '경제 안보'
    if k < 1 or not (toks[k][1] == "JKG" or toks[k][0] == BETWEEN and toks[k][1] in ("NNB", "NNG")):
        return None
    if toks[k][1] == "JKG" and k >= 2 and toks[k - 1][0] in BETWEEN_WORDS and toks[k - 1][1] in ("NNB", "NNG"):
        k -= 1  # koacts58: 'A와 B [간의] 협력이', '[사이의]': the between word before the genitive marks the owners
    start = k - 1
    while start > 0 and toks[start - 1][1] in OWNER_RUN_TAGS:
        start -= 1
    return (toks[start][2], toks[k - 1][2] + toks[k - 1][3]) if toks[k - 1][1] in NOUN_TAGS else None
