"""A price foretold for a named side (kofut45): '"B는 비싼 대가를 치러야 할 것"이라고 말했다', 'B가 대가를 치르게 될
것이라고 밝혔다'; and a price already paid, no threat (koacts46: '이미 큰 대가를 치렀다', `suffered_prices`).

Why: a price to pay (`priced_lemma`: 대가+치르다) said of another side's future is a threat to that side (PLOVER
THREATEN, CAMEO 130 'threaten'), as English 'B will have to pay a heavy price' reads (lang/en/act_frames, price35).
The lexicon entry names no target, so with a neutral saying verb (말하다, 밝히다) the threat looked for a deed to
answer and was dropped when the story told none, though the complement names the side who pays: the subject of
치르다. That subject is now the threat's target. A first-person subject ('우리는 대가를 치러야 한다') or a price
already paid (no future) threatens no one and is left alone.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import coordinated_start, run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS, SENTENCE_END_TAGS, SUBJECT_PARTICLES, SUBJECT_TAGS

SUBJECT_REACH = 6  # morphemes from the price noun back to the subject of 치르다 ('B는 [매우 비싼] 대가를')
MODIFIER_TAGS = frozenset({"VA", "ETM", "MAG", "XSA", "MM", "XR"})  # '비싼', '매우 큰', '혹독한'
QUOTE_ENDINGS = frozenset({"다고", "라고", "이라고", "고"})  # the endings (EC) or quote particle (JKQ) of a complement
QUOTE_REACH = 6  # morphemes from the end of the price clause to its quote ending ('...할 것"이라고')
PAID_REACH = 5  # morphemes from the price verb's stem to its tense ('치르 + 게 + 되 + 었')
FUTURE_EP = "겠"  # the one pre-final ending (EP) that is no past ('치르게 하겠다')
HONORIFIC_EP = "시"
PAST_ADNOMINAL = frozenset({"ᆫ", "은", "던"})  # '치른 바 있다', '대가를 치른 B는'
PROGRESSIVE = ("고", "있")  # '치르고 있다': being paid


def priced_subjects(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, each future price to pay with no target of its own, quoted by a saying verb (`saying_verb`), read
    as the speaker's threat at that verb aimed at the subject of the price verb (the subject inside the complement
    is the one who pays, not the one who speaks)."""
    out = []
    for h in hits:
        if h.type == "THREATEN" and h.lemma in lex.cue("priced_lemma") and not h.negated and not h.nominal \
                and h.data.get("modality") == "future" and "first" in h.data:
            subject = payer(toks, h.data["first"])
            own = set(h.data.get("target_spans", ())) <= {subject}  # a target elsewhere is the threat's own
            said = saying_after(toks, h.data.get("last", h.data["first"]), lex) if subject and own else None
            if said is not None:
                v, verb_end = said
                aimed = {"unaddressed": True} if aggressor(toks, subject, lex) else {"target_spans": (subject,)}
                h = replace(h, start=toks[v][2], end=toks[verb_end][2] + toks[verb_end][3], data={
                    "pred": verb_end, "first": v, "last": verb_end, "clause": "main", "main": True,
                    "modality": None, "quoted": False, "passive": False, **aimed,
                    "content_span": (subject[0], toks[v - 1][2])})
        out.append(h)
    return out


def aggressor(toks: list, span: tuple[int, int], lex: ActIndex) -> bool:
    """(threat61) Whether the payer at `span` is a hostile side named by what it does ('침략자들은', cue aggressor_noun):
    no state, so the threat is aimed where the story implies (unaddressed), not at the words."""
    return any(t[0] in lex.cue("aggressor_noun") and t[1] in NOUN_TAGS for t in toks if span[0] <= t[2] < span[1])


def suffered_prices(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits without each price (`priced_lemma`) already paid or being paid (koacts46): '큰 대가를 치렀다', '대가를
    치르고 있다', '대가를 치르게 됐다', '대가를 치른 B'.

    Why: a price foretold is a threat (PLOVER THREATEN: 'B는 대가를 치르게 될 것'), but a price paid is a loss the
    payer suffered, which threatens no one, as English 'had paid a heavy price' reads (the `suffered_prices` phrases
    are threats only with a future). Read as a threat, a past price quoted under a criticism ('"우리 국민은 이미 혹독한
    대가를 치렀다"고 B를 비판했다') took the criticism's target and made a THREATEN of it."""
    return [h for h in hits if not (h.type == "THREATEN" and h.lemma in lex.cue("priced_lemma") and not h.nominal
                                    and "pred" in h.data and h.data.get("modality") != "future"
                                    and paid(toks, h.data["pred"]))]


def paid(toks: list, stem: int) -> bool:
    """Whether the price verb whose stem is at `stem` is told as paid: a past pre-final ending after it (through
    '게 되': '치르게 됐다'), a past adnominal ending ('치른') or the progressive '고 있다'; a future ('겠', 'ᆯ') or an
    obligation ('치러야') stops the reading."""
    for k in range(stem + 1, min(stem + 1 + PAID_REACH, len(toks))):
        form, tag = toks[k][0], toks[k][1]
        if tag == "EP" and form not in (FUTURE_EP, HONORIFIC_EP):
            return True
        if tag == "ETM":
            return form in PAST_ADNOMINAL
        if (form, tag) == (PROGRESSIVE[0], "EC") and k + 1 < len(toks) and toks[k + 1][:2] == (PROGRESSIVE[1], "VX"):
            return True
        if tag in SENTENCE_END_TAGS or (tag == "EP" and form == FUTURE_EP):
            return False
    return False


def saying_after(toks: list, last: int, lex: ActIndex) -> tuple[int, int] | None:
    """(first, stem) of the saying verb that quotes the complement ending near `last` ('...할 것"이라고 [말]했다');
    None when no saying verb follows the quote ending."""
    for q in range(last, min(last + QUOTE_REACH, len(toks) - 1)):
        if toks[q][1] in ("EC", "JKQ") and toks[q][0] in QUOTE_ENDINGS:
            v = q + 1
            if toks[v][1] == "VV" and toks[v][0] + "다" in lex.cue("saying_verb"):
                return v, v
            if v + 1 < len(toks) and toks[v + 1][1] == "XSV" \
                    and toks[v][0] + toks[v + 1][0] + "다" in lex.cue("saying_verb"):
                return v, v + 1
            return None
    return None


def payer(toks: list, first: int) -> tuple[int, int] | None:
    """The character span of the subject of the price verb whose noun ('대가') is at `first`: the noun run with a
    subject or topic particle right before the price noun, modifiers between; None for a pronoun or no subject."""
    k = first - 1
    while k >= 0 and first - k <= SUBJECT_REACH and toks[k][1] in MODIFIER_TAGS:
        k -= 1
    if k < 1 or toks[k][0] not in SUBJECT_PARTICLES or toks[k][1] not in SUBJECT_TAGS:
        return None
    if toks[k - 1][1] not in NOUN_TAGS or toks[k - 1][1] == "NP":
        return None  # '우리는 대가를 치러야 한다': the speaker's own side pays, no threat
    start = coordinated_start(toks, run_start(toks, k - 1))
    return toks[start][2], toks[k - 1][2] + toks[k - 1][3]
