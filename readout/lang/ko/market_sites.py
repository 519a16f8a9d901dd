"""(kofix49, issue 14) A word both a town's office and a town's site ('시장': a mayor, a market) after a place's
genitive is the site unless it is the clause's subject: '반군이 라고스의 시장을 공격했다' attacks the market, while
'리마 시장은' and '라고스의 시장은' are the mayor.

Why: Korean news writes a city's head right after the city's name ('리마 시장', agents.yaml local_heads_ko), and a
town's site after the town in the genitive ('라고스의 시장', '카노의 병원'). The act lexicon lists the same word as a
place civilians gather (ko_acts settlement_noun) and as a figure of the economy (abstract_noun: '시장 불안', '주식
시장을'), so a struck market after a place read as the mayor (a GOV agent of the place's state) or as no force used at
all. The words read here are the intersection of those two tables, no list of our own. Decided by what precedes (a
place's genitive) and the word's own particle (a subject's or topic's particle keeps the office holder).
"""
from __future__ import annotations

from readout import budget
from readout.kb.agents import local_heads_ko
from readout.kb.loader import lexicon
from readout.lang.ko.words import role_of

GENITIVE = "의"
HOLDER_ROLES = frozenset({"subject", "topic"})


@budget.table()
def office_sites() -> frozenset[str]:
    """The settlement nouns that also head a town's government ('시장')."""
    # cold start: not loaded with `Korean`, only on first use
    from readout.lang.ko.town_site_places import site_nouns

    return frozenset(site_nouns()) & local_heads_ko()


def site_after_genitive(words: list, k: int) -> bool:
    """Word `k` is an office's site word after a genitive place word ('라고스의 [시장]을'), not the clause's subject or
    topic ('라고스의 시장은' stays the mayor)."""
    w = words[k]
    return (0 < k and w.noun in office_sites() and not w.has_verb and words[k - 1].particle == GENITIVE
            and role_of(w.particle or "") not in HOLDER_ROLES)


def placed_site_tokens(toks: list, end: int) -> bool:
    """The morpheme at `end` is an office's site word right after a proper name in the genitive ('라고스/NNP 의/JKG
    [시장]'), or after its vicinity noun in the genitive (koattack51: '하르키우 인근의 [시장]'): a place's market, not
    the economy's figure."""
    return toks[end][0] in office_sites() and genitive_name_before(toks, end) is not None


def genitive_name_before(toks: list, start: int) -> int | None:
    """The morpheme of the proper name that owns the run opening at `start` in the genitive: right before it ('라고스/NNP
    의/JKG [시장]') or (koattack51) through the name's vicinity noun (lexicon ko `vicinity_nouns`) in the genitive
    ('하르키우/NNP 인근/NNG 의/JKG [시장]'), as English 'a market near Kharkiv' is Kharkiv's; None when no name owns it.
    Why the vicinity too: a town's surroundings are the town's state's as much as the town (koplace47 reads the
    place so, lang/ko/vicinity_towns)."""
    if start < 2 or toks[start - 1][1] != "JKG":
        return None
    k = start - 2
    if toks[k][1] != "NNP" and k >= 1 and toks[k][0] in lexicon("ko")["vicinity_nouns"]:
        k -= 1
    return k if toks[k][1] == "NNP" else None
