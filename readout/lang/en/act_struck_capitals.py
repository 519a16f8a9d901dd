"""(enattack50, issue 14) A capital an armed group of its own state attacks is that state's government: 'Syrian rebels
attacked Damascus' hit Syria's government (GOV).

Why: the receiving state of a domestic attack is told apart from the attackers by the sector of its words; a capital
named bare has none, so the recipient took the attackers' own sector (REB) and, being the same part of the same
state, was dropped: no recipient at all. A foreign attacker's strike on a capital ('Russian forces attacked Kyiv')
already gave the capital's state its government. The seat of government stands for it as PLOVER codes such attacks;
a town that is no capital ('attacked Aleppo') is left as it was (its people or its forces, which the words do not say).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_tokens import Token

STRUCK_TYPES = frozenset({"ASSAULT"})
CAPITAL_SECTOR = "GOV"  # the seat of government stands for the government


def struck_capitals(toks: list[Token], hits: list[ActHit]) -> list[ActHit]:
    """The hits, each attack whose first target phrase is a capital's bare name marked with the government as the
    receiving part (`domestic_sector`), unless a reader gave it one already."""
    return [replace(h, data={**h.data, "domestic_sector": CAPITAL_SECTOR})
            if h.type in STRUCK_TYPES and not h.negated and h.data.get("target_spans")
            and not h.data.get("domestic_sector") and right_after(toks, h) and names_capital(toks, h.data["target_spans"][0])
            else h for h in hits]


def right_after(toks: list[Token], hit: ActHit) -> bool:
    """Whether the first target phrase is the verb's own object, its first word right after the act word ('attacked
    [Damascus]'), not a place named further on ('struck a police station in [Kabul]': the station is hit)."""
    start = hit.data["target_spans"][0][0]
    return not any(hit.end <= t.start < start and t.word for t in toks)


def names_capital(toks: list[Token], span: tuple[int, int]) -> bool:
    """Whether the words of the phrase at `span` are a capital's name alone ('Damascus', 'the capital, Damascus' is
    not read: its apposition is another phrase)."""
    from readout.kb.geo import capital_state

    words = [t for t in toks if span[0] <= t.start and t.end <= span[1] and t.word]
    if not words or not all(t.raw[:1].isupper() for t in words):
        return False
    return capital_state(" ".join(t.raw for t in words)) is not None
