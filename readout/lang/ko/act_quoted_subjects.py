"""The subject of a quoted clause an act's receiving side may be: where a direct quote opens, and whose words it holds.

Why a module of its own: act_targets.py ranks where a receiving side may stand; a quotation before the act word
('"B도 안전하지 못할 것"이라고 경고했다') is one of those places, and the addressee and content readers
(act_addressees.py) ask the same question of where the quote opens, so it is read once here.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate, coordinated_start, run_start
from readout.lang.ko.act_object_owners import TOPIC_STEMS
from readout.lang.ko.act_table import act_index
from readout.lang.ko.tags import NOUN_TAGS, OPENING_MARK_TAGS, TOPIC_PARTICLES


QUOTED_TOPIC_PARTICLES = TOPIC_PARTICLES | {"도"}  # charges51b: '"B도 안전하지 못할 것"': B too is the topic


QUOTE_SUBJECT_REACH = 10  # morphemes after a direct quote's opening mark where its subject may stand


TOPIC_STEM_ENDINGS = frozenset({"어", "아", "여"})  # '[X 문제]에 대해': a postposition verb's ending, no clause's


QUOTE_LINK_ENDINGS = frozenset({"며", "라며", "면서", "라면서"})  # '"..."며 요구했다': the quote joined to its verb


def quote_opening(toks: list, cand: Candidate) -> int | None:
    """The opening mark of a direct quote of one sentence that the act verb closes ('"..."고 촉구했다', '"..."며
    요구했다', '"..."라며 촉구했다'), if any."""
    j = cand.first - 1
    if j >= 2 and toks[j][1] == "EC" and toks[j][0] in QUOTE_LINK_ENDINGS and cand.noun_end is None:
        # only a bare verb right after the quote ('"..."며 요구했다'); a noun act after it ('"..."며 추가 대응을
        # 시사했다') has its own object, and the quote is the reason given, not the one addressed
        j -= 1 if toks[j - 1][1] == "VCP" else 0  # '"..."이라며 요구했다': the copula stands between
    elif j < 2 or toks[j][1] != "JKQ":
        return None
    if j < 2 or toks[j - 1][1] not in ("SSC", "SS") or toks[j][1] not in ("JKQ", "VCP", "EC"):
        return None
    k = j - 2
    while k >= 0 and toks[k][1] not in OPENING_MARK_TAGS:
        if toks[k][1] == "SF" and k < j - 2:
            return None  # a quote of several sentences: its first one's subject is not the one asked
        k -= 1
    return k if k >= 0 else None


def quoted_subject(toks: list, cand: Candidate) -> tuple[int, int] | None:
    """The subject of a direct quote the act verb closes ('통일부는 "[북한]은 도발을 중단해야 한다"고 촉구했다',
    '"과거사 문제에 대해 [일본 측]이 조치를 취해 주기를 바란다"고 요청했다', a bound noun such as 측 closing the
    name): who is asked or warned, as the subject
    of an indirect complement is (the walk back from the verb stops at the quote's own final ending). Character
    offsets."""
    k = quote_opening(toks, cand)
    if k is None:
        return None
    k = past_quoted_condition(toks, k, cand.first - 2)
    for n in range(k + 1, min(k + 1 + QUOTE_SUBJECT_REACH, cand.first - 2)):
        form, tag = toks[n][0], toks[n][1]
        if (tag == "JKS" or tag == "JX" and form in QUOTED_TOPIC_PARTICLES) and n - 1 > k \
                and (toks[n - 1][1] in NOUN_TAGS or toks[n - 1][1] == "NNB" and toks[n - 2][1] in NOUN_TAGS):
            start = coordinated_start(toks, run_start(toks, n - 1))
            return toks[max(start, k + 1)][2], toks[n - 1][2] + toks[n - 1][3]
        if tag == "EC" and form in TOPIC_STEM_ENDINGS and toks[n - 1][0] in TOPIC_STEMS:
            continue  # '에 대해': what the quote is about comes before its subject
        if tag in ("JKO", "EC", "EF"):
            return None  # the quote names its object or ends a clause first: no subject of its own
    return None


def past_quoted_condition(toks: list, k: int, end: int) -> int:
    """(charges51b) Where a direct quote's main clause starts: right after its condition's ending ('"[누구든 우리
    영토를 공격하]면 B도 안전하지 못할 것"이라고 경고했다': the one warned is the subject after the condition, as
    English 'if anyone attacks us, B will not be safe' reads), else the quote's opening mark `k` itself."""
    endings = act_index().cue("condition_ending")
    return next((n for n in range(k + 1, end) if toks[n][1] == "EC" and toks[n][0] in endings), k)
