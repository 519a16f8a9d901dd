"""(koacts58, issue 15) The closing reporter of a doerless attack gives its doer no sector: '칸다하르에서 폭탄이 터져
민간인 5명이 숨졌다고 아프간 경찰이 밝혔다' gave the place's state acting as its police (AFG COP), the sector of the
words that report the blast after its clause ('아프간 경찰이 밝혔다'), where the same sentence with no reporter gives
the place's state (AFG GOV, kocoerce66's doerless device: no doer is named, the place's state stands for it).

Rule (language-free): for an act whose victims the language marked (`victims`: a device gone off, harm told after
it), the acting side's sector is read only from the words inside or before the act's clause, or from a subject
there; a name after the clause that is no subject of the act (a teller, a source) names no part of the doer. A doer
named in the clause ('반군이 검문소를 공격해 ...고 경찰이 밝혔다': REB) keeps its words' sector.
"""
from __future__ import annotations

from readout.pipeline.act_recipients import SideItem, SideReading


def without_closing_reporters(scene: SideReading, hit, items: list[SideItem],
                              roles: list[str]) -> tuple[list[SideItem], list[str]]:
    """(items, roles) less those after the act's clause that are not its subject, for an act with marked victims;
    else as given."""
    if not hit.data.get("victims"):
        return items, roles
    _left, right = scene.lang.clause(scene.text, scene.tokens, hit.start, hit.end)
    end = scene.sent.start + right
    kept = [(i, r) for i, r in zip(items, roles) if i.span.start < end or r == "subject"]
    return [i for i, _ in kept], [r for _, r in kept]
