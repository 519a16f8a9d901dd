"""A possible future deed of another side, reported by a speaker (kofut45): 'A는 B가 C에 무기를 공급할 수 있다고
우려했다', 'B가 기술을 넘겨줄 수도 있다고 밝혔다'.

Why: '-ㄹ 수 있다' in a complement whose subject is the complement's own (a 이/가 subject after the speaker) is the
speaker's guess or fear about B, not B's plan: B announced nothing, so no planned act of B is coded (PLOVER codes
what a side does or says it will do). The speaker's own possible act ('정부는 우크라이나에 무기를 지원할 수도 있다고
밝혔다': no subject of its own in the complement) stays a planned act of the speaker. The guess about the past
('-었을 수 있다') is act_speculation's.

modal46: a future deed of another side reported by a speaker ('A는 B가 C에 무기를 공급할 것이라고 밝혔다'): the
complement's own subject B pledged nothing before the speaker, so the future is no AGREE of B (the manual's AGREE is a
side's own statement of intent); it is at most B's planned act of its own type (the lexicon's `stated_type`, planned),
as the English reader keeps 'said Germany would supply X' a plan of Germany's.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS

SUBJECT_REACH = 8  # morphemes from the act back to its complement's own subject ('B가 [C에 무기를] 공급할')
QUOTE_REACH = 6  # morphemes from the act's last to the complement's quote ending ('[ᆯ 수 있]다고')
BOUNDARY_TAGS = frozenset({"JX", "EC", "EF", "SSO", "SSC", "JKQ", "SF", "SP"})  # the speaker's topic or a clause edge
QUOTE_ENDINGS = frozenset({"다고", "라고", "이라고"})


def possible_deeds(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits without each possible act ('-ㄹ 수 있다') whose complement has a subject of its own."""
    return [h for h in hits if not (h.data.get("modality") == "possible" and not h.nominal and "first" in h.data
                                    and quoted_after(toks, h.data.get("last", h.data["first"]))
                                    and own_subject(toks, h.data["first"]))]


def quoted_after(toks: list, last: int) -> bool:
    """Whether a quote ending closes the act's clause a few morphemes after `last` (a complement of the speaker)."""
    return any(toks[q][0] in QUOTE_ENDINGS and toks[q][1] in ("EC", "JKQ")
               for q in range(last, min(last + QUOTE_REACH, len(toks))))


def own_subject(toks: list, first: int, stops: frozenset[str] = frozenset()) -> bool:
    """Whether a subject case particle (이/가, JKS) after a noun stands before `first` within the clause, before the
    speaker's topic (은/는), any clause edge or a word of `stops` (coding63: a condition noun, 'B가 나설 경우 [제재를
    해제할 것]': B is the condition's subject, not the complement's)."""
    for k in range(first - 1, max(first - 1 - SUBJECT_REACH, 0), -1):
        if toks[k][0] in stops:
            return False
        if toks[k][1] == "JKS":
            return toks[k - 1][1] in NOUN_TAGS and toks[k - 1][1] != "NP"
        if toks[k][1] in BOUNDARY_TAGS:
            return False
    return False


def reported_futures(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, each future cooperative act read as an AGREE ('future_of') whose quoted complement has a subject of
    its own made that subject's planned act of the lexicon's type."""
    return [replace(h, type=h.data["future_of"], status="planned",
                    data={k: v for k, v in h.data.items() if k not in ("future_of", "stated_type")})
            if h.type == "AGREE" and h.data.get("future_of") and h.data.get("modality") == "future" and not h.nominal
            and "first" in h.data and quoted_after(toks, h.data.get("last", h.data["first"]))
            and own_subject(toks, h.data["first"], lex.cue("condition_noun")) else h for h in hits]
