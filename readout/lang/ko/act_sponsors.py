"""The sponsor of a vetoed draft (reject41).

'A와 B가 C가 제출한 결의안에 거부권을 행사했다', 'C의 결의안에 반대했다': the PLOVER manual's REJECT refuses "a proposal,
demand or request" of another side (PLOVER_MANUAL.tex, section REJECT); a draft put to a vote is the proposal of the
side that drafted it, so that side receives the refusal. Korean names the sponsor as the subject of a relative clause
before the draft noun ('C가 제출한', 'C가 주도한', 'C가 낸') or as its genitive ('C의'); a draft named with only its body
('안보리 결의안에') is refused to that body. Read as before, the draft noun named no state and the veto was dropped.

(tidy45) Read on kiwi's morphemes by the veto reader's own parts (lang/ko/act_vetoes.py: the sponsor is the subject
of a `sponsor_verb`, `sponsor_index`), so both readers of a vetoed text know its sponsor one way; the draft nouns and
the bodies a draft is named by are cue lists (`draft_noun`, `draft_body_noun`), no pattern of their own.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit, barring
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_vetoes import morpheme_span, sponsor_index
from readout.lang.ko.tags import LOCATIVE_PARTICLE, SUBJECT_TAGS

DRAFT_PARTICLES = frozenset({LOCATIVE_PARTICLE, ("을", "JKO"), ("를", "JKO")})  # '결의안에', '초안을'
ABOUT = ("대하", "VV")  # '결의안에 대해', '결의안에 대한'
NOUN_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "SN", "SL", "XSN", "XPN"})  # the words between an owner and its draft
OWNER_WORDS = 2  # words that may stand between a genitive owner and its draft ('C의 시리아 관련 결의안')
BODY_WORDS = 2  # words of a body's name before the draft ('유엔 안보리 결의안')


def vetoed_drafts(toks: list, hits: list[ActHit], index: ActIndex) -> list[ActHit]:
    """The hits with each REJECT that refuses a draft named right before its own words (`draft_before`) given the
    draft's sponsor as its only target (`target_spans`: the clause's other words, '러시아와 중국이 프랑스가', named the
    refusers too): the subject of a verb of drafting before the draft, else its genitive owner, else its body."""
    out = []
    for h in hits:
        if h.type == "REJECT" and not h.negated:
            d = draft_before(toks, h.start, index.cue("draft_noun"))
            span = None if d is None else draft_sponsor(toks, d, index) or body_in_sentence(toks, d, index)
            if span is not None:
                h = replace(h, data={**h.data, "target_spans": (span,)})
            elif d is not None and (content := draft_content(toks, d)) is not None:
                h = barring(h, [content])
        out.append(h)
    return out


def body_in_sentence(toks: list, d: int, index: ActIndex) -> tuple[int, int] | None:
    """(votes46) The body the sentence names before a draft with no sponsor and no body of its own ('안보리에서 ...하는
    결의안에 거부권을'): the draft is that body's text, refused to it."""
    body_nouns = index.cue("draft_body_noun")
    return next((morpheme_span(toks, k) for k in range(d - 1, -1, -1)
                 if toks[k][0] in body_nouns and toks[k][1] in NOUN_TAGS), None)


def draft_content(toks: list, d: int) -> tuple[int, int] | None:
    """(votes46) The relative clause before a draft noun at `d`, from the word after the sentence's subject or topic to
    the draft ('중국은 [B에 제재를 부과하는] 결의안에'): what the draft would have done, whose sides (B) are its matter and
    never the refused side; None when no relative clause stands there."""
    if d < 1 or toks[d - 1][1] != "ETM":
        return None
    k = d - 1
    while k > 0 and toks[k - 1][1] not in SUBJECT_TAGS:
        k -= 1
    return toks[k][2], toks[d][2]


def draft_sponsor(toks: list, d: int, index: ActIndex) -> tuple[int, int] | None:
    """The span naming who put forward the draft noun at morpheme `d`: the relative clause's subject ('C가 제출한'), the
    genitive owner ('C의'), or the body the draft is named with ('유엔 안보리')."""
    at = sponsor_index(toks, d, index.cue("sponsor_verb"))
    if at is not None:
        return morpheme_span(toks, at)
    return draft_owner(toks, d) or draft_body(toks, d, index.cue("draft_body_noun"))


def draft_before(toks: list, start: int, draft_nouns) -> int | None:
    """The index of the draft noun whose particle ('에', '을', '에 대해') closes the word before the act word starting at
    character `start`, or the word before that one ('결의안에 거부권을', '초안에 대해 반대표를'): the draft the act's own
    clause refuses, not one named further back."""
    f = next((k for k, t in enumerate(toks) if t[2] >= start), len(toks))
    if f == 0 or not word_starts(toks, f):
        return None
    words = 0
    for k in range(f - 1, 0, -1):
        if (toks[k][0], toks[k][1]) in DRAFT_PARTICLES and toks[k - 1][0] in draft_nouns \
                and toks[k - 1][1] == "NNG" and ends_word(toks, k, f):
            return k - 1
        words += word_starts(toks, k) and toks[k][:2] != ABOUT  # '에 대해' is the draft's own word
        if words > 1:
            return None
    return None


def ends_word(toks: list, k: int, f: int) -> bool:
    """The particle at morpheme k ends its word, alone or with 대해/대한 after it ('에 대해' is two words)."""
    if word_starts(toks, k + 1):
        return True
    return k + 1 < f and toks[k + 1][:2] == ABOUT and any(word_starts(toks, j) for j in range(k + 2, f + 1))


def draft_owner(toks: list, d: int) -> tuple[int, int] | None:
    """The noun closed by 의 before the draft noun at `d`, with at most `OWNER_WORDS` words of nouns between ('C의
    대북 결의안')."""
    words = 0
    for k in range(d - 1, 0, -1):
        if toks[k][1] == "JKG":
            return morpheme_span(toks, k - 1) if toks[k - 1][1] in NOUN_TAGS and word_starts(toks, k + 1) else None
        if toks[k][1] not in NOUN_TAGS:
            return None
        words += word_starts(toks, k + 1)
        if words > OWNER_WORDS:
            return None
    return None


def draft_body(toks: list, d: int, body_nouns) -> tuple[int, int] | None:
    """The words naming a body right before the draft noun at `d` ('안보리 결의안', '유엔 안전보장이사회 결의안'), each
    one of `body_nouns` written whole, up to `BODY_WORDS` of them."""
    first, end = None, d
    for _ in range(BODY_WORDS):
        if not word_starts(toks, end):
            break
        begin = end - 1
        while begin > 0 and not word_starts(toks, begin):
            begin -= 1  # the word's first morpheme ('안전 보장 이사회')
        if "".join(t[0] for t in toks[begin:end]) not in body_nouns:
            break
        first = end = begin
    return None if first is None else (toks[first][2], toks[d - 1][2] + toks[d - 1][3])


def word_starts(toks: list, k: int) -> bool:
    """Whether the morpheme at k begins a word: a space (or the sentence's start) before it."""
    return k == 0 or k >= len(toks) or toks[k][2] > toks[k - 1][2] + toks[k - 1][3]
