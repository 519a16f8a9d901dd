"""(kofollow48) The state people are deported or sent back to receives the act: '이주민들을 [볼리비아로] 추방했다'.

Why: a deportation read from its pair ('이주민 ... 추방하다', COERCE deport) starts at the people noun, and the 로 phrase
of where they are sent stands between that noun and the verb, so the receiving side, read before the act's start,
never saw it; English 'deported 60 migrants to Kabul' has Afghanistan as recipient (enact48), and a handover read from
its pair ('용의자를 B로 인도했다') already takes its 로 phrase (lang/ko/act_marked_spans.inner_marked). Here a COERCE deport
hit of a verb of sending people (cue sent_people_verb) whose entry names 로 as a receiving particle, with no target
read, takes the noun run marked 로/으로 between its people noun and its verb as its target span (a capital there
is its state: lang/ko/capital_destinations). The actor's own people sent away ('자국민들을 B로 추방했다', '반체제 인사들을
B로 추방했다': kotwin46, kodeed47) keep their destination as no side.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.ko.act_candidate import coordinated_start, run_start
from readout.lang.ko.tags import INSTRUMENTAL_PARTICLES, NOUN_TAGS

DEPORT = ("COERCE", "deport")


def sent_destinations(toks: list, hits: list, lex) -> list:
    """`hits` with each deportation's 로 destination (`destination_span`) as its target span."""
    return [_with_destination(toks, h, lex) for h in hits]


def _with_destination(toks: list, hit, lex):
    if (hit.type, hit.mode) != DEPORT or "로" not in hit.target or hit.data.get("target_spans") \
            or hit.data.get("domestic_target") or hit.data.get("not_recipient_spans") or "noun_end" not in hit.data:
        return hit
    first, pred = hit.data["first"], hit.data["pred"]
    if not 0 <= pred < len(toks) or lemma_at_stem(toks, pred) not in lex.cue("sent_people_verb") \
            or first > 0 and toks[first - 1][0] in lex.cue("own_state_noun"):
        return hit
    span = destination_span(toks, hit.data["noun_end"], pred)
    return hit if span is None else replace(hit, data={**hit.data, "target_spans": (span,)})


def lemma_at_stem(toks: list, stem: int) -> str:
    """The verb's dictionary form at its stem ('추방/NNG 하/XSV': 추방하다; '송환하/VV': 송환하다)."""
    if toks[stem][1] == "XSV" and stem > 0:
        return toks[stem - 1][0] + toks[stem][0] + "다"
    return toks[stem][0] + "다"


def destination_span(toks: list, noun_end: int, pred: int) -> tuple[int, int] | None:
    """The character span of the noun run marked 로/으로 between the pair's noun and its verb, nearest the verb."""
    for j in range(pred - 1, noun_end + 1, -1):
        if toks[j][1] == "JKB" and toks[j][0] in INSTRUMENTAL_PARTICLES and toks[j - 1][1] in NOUN_TAGS:
            lo = coordinated_start(toks, run_start(toks, j - 1))
            return toks[lo][2], toks[j - 1][2] + toks[j - 1][3]
    return None
