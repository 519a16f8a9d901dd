"""(kofollow48) An inquiry into a matter that names no side is the investigating state's own affair: '칠레 의회는
국유지 매각에 대한 조사에 착수했다', '칠레 검찰은 공금 유용 의혹에 관한 수사에 착수했다'. The Korean twin of
lang/en/act_inquiry_matters (enact48): PLOVER codes every investigation (ACCUSE investigate) with a recipient, and a
state's inquiry at home has its own state as the one investigated. The noun run before '에 대한'/'에 관한' that
qualifies the inquiry noun is marked as the act's domestic object of the government's sector (of its people's sector
when it names people: '[기자 폭행]에 대한 수사', JRN, as English keeps 'into the beating of journalists'): the state it names
when it names one, else the actor's own (pipeline act_own_government.own_government_object). An international body
investigates no people of its own: with no state named its inquiry still names no one (pipeline domestic_side).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.act_organs import people_sector
from readout.lang.ko.tags import GENITIVE_PARTICLE, LOCATIVE_PARTICLE, NOUN_TAGS

INQUIRY_MODE = "investigate"
ABOUT_VERBS = frozenset({"대하", "관하"})  # '[X]에 대한 조사', '[X]에 관한 수사'
MATTER_SECTOR = "GOV"  # the state's own affairs: its government answers the inquiry


def inquiry_matters(toks: list, hits: list) -> list:
    """`hits` with each inquiry's '에 대한' matter marked as its domestic object (`matter_span`)."""
    return [_with_matter(toks, h) for h in hits]


def _with_matter(toks: list, hit):
    if hit.type != "ACCUSE" or hit.mode != INQUIRY_MODE or hit.negated or hit.data.get("domestic_target") \
            or "noun_end" not in hit.data:
        return hit
    span = matter_span(toks, hit.data["first"])
    if span is None:
        return hit
    sector = people_sector(toks, span) or MATTER_SECTOR  # '[기자 폭행]에 대한 수사': the journalists' case (JRN)
    return replace(hit, data={**hit.data, "domestic_target": span, "domestic_sector": sector})


def matter_span(toks: list, first: int) -> tuple[int, int] | None:
    """The character span of the noun run X in 'X에 대한/관한 [조사]' right before the inquiry noun at `first`, from the
    first word of its run back over a genitive owner ('[B의 국경 봉쇄]에 대한'); None when the noun is not so
    qualified."""
    k = first - 1
    if k < 3 or toks[k][1] != "ETM" or toks[k - 1][0] not in ABOUT_VERBS or toks[k - 2][:2] != LOCATIVE_PARTICLE \
            or toks[k - 3][1] not in NOUN_TAGS:
        return None
    lo = run_start(toks, k - 3)
    if lo >= 2 and toks[lo - 1][:2] == GENITIVE_PARTICLE and toks[lo - 2][1] in NOUN_TAGS:
        lo = run_start(toks, lo - 2)
    return toks[lo][2], toks[k - 3][2] + toks[k - 3][3]
