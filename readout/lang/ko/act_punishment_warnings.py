"""An authority warning of punishment (threats49): '군은 약탈·방화에 엄정 대응하겠다고 경고했다', '경찰은 폭력에 가담한
사람은 누구도 처벌을 피할 수 없을 것이라고 경고했다'.

Why a reader of its own: the PLOVER manual's THREATEN covers "coercive or forceful warnings with serious potential
repercussions", and a state's organ warning offenders of punishment threatens repression at the people it governs.
The finder reads the warning verb as a threat naming a deed ('약탈·방화에') or no one, and the pipeline drops it when
the story gives it no side to answer, or aims it at the last foreign side. Here its complement (from the speaker's
topic to the verb) holds punishment: a noun of punishment (cue punishment_noun: '처벌', '엄벌'), or a firm response
('엄정/강력 대응', cues firm_word and counter_measure_noun) to a domestic offence or people (cue offense_noun, people_noun).
The complement becomes the threat's domestic target, so the pipeline gives it the state it names, else the speaker's own;
a firm response to a deed of no domestic kind ('도발에 강력 대응하겠다') stays an answer to the deed's author.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import CIVILIANS, ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.act_unpunished import unpunished
from readout.lang.ko.tags import OPENING_MARK_TAGS

THREATENED = "COERCE"  # the repression threatened: a threat of it stands with no foreign side (pipeline BARE_THREATS)
SECTOR = CIVILIANS
TOPIC = "JX"
WARNING = "경고하다"
FIRM_REACH = 3  # morphemes from the firm word to the response ('단호/XR 하/XSA 게/EC 대응')
ADVERB = "히"  # '강력히/MAG': kiwi's adverb of a firm word


def punishment_warnings(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, each warning whose complement warns domestic offenders of punishment given that complement as its
    domestic target (the repression it threatens, no mode of force); with no warning verb, a said punishment of
    offenders ('"폭력에 가담한 사람은 누구도 처벌을 피할 수 없을 것"이라고 말했다') added as a threat of its own."""
    out = []
    for h in hits:
        span = punished_span(toks, h, lex)
        if span is not None:
            data = {k: v for k, v in h.data.items() if k not in ("unaddressed", "counter_measure")}
            h = replace(h, mode=None, data={**data, "domestic_target": span, "domestic_sector": SECTOR,
                                            "threatened": THREATENED})
        out.append(h)
    if not any(h.type == "THREATEN" for h in out):
        said = said_punishment(toks, lex)
        out += [said] if said is not None else []
    return out


def punished_span(toks: list, h: ActHit, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the warning's complement when it says offenders will be punished; else None."""
    if h.type != "THREATEN" or h.lemma != WARNING or h.negated or not h.data.get("main") or "first" not in h.data:
        return None
    end = h.data["first"]
    start = next((k + 1 for k in range(end - 1, -1, -1) if toks[k][1] == TOPIC), 0)
    words = [t[0] for k, t in enumerate(toks[start:end], start) if not unpunished(toks, k)]  # not an impunity
    if not words or not punished(words, lex):
        return None
    return toks[start][2], toks[end - 1][2] + toks[end - 1][3]


def punished(words: list[str], lex: ActIndex) -> bool:
    """Whether the complement's morphemes name a punishment, or a firm response to a domestic offence or people."""
    if set(words) & lex.cue("punishment_noun"):
        return True
    responses = lex.cue("counter_measure_noun")
    firm = any(w.removesuffix(ADVERB) in lex.cue("firm_word") and set(words[k + 1:k + 1 + FIRM_REACH]) & responses
               for k, w in enumerate(words))
    return firm and bool(set(words) & (lex.cue("offense_noun") | lex.cue("people_noun")))


FUTURE_REACH = 8  # morphemes from the punishment noun to the future ('처벌/NNG 을/JKO 피하/VV ᆯ/ETM 수/NNB 없/VA 을/ETM 것')
FUTURE = frozenset({("겠", "EP"), ("것", "NNB")})
QUOTE_ENDS = frozenset({("다고", "EC"), ("라고", "EC"), ("고", "JKQ"), ("이라고", "JKQ"), ("라고", "JKQ")})
ANYONE = "누구"
QUOTE_OPENERS = OPENING_MARK_TAGS


def said_punishment(toks: list, lex: ActIndex) -> ActHit | None:
    """A punishment of offenders said of the future in a reported or quoted complement with no warning verb: a threat
    at the speaker's own people, or None. The offenders must be named before it (an offence or people noun, '누구')."""
    punishments = lex.cue("punishment_noun")  # speed50b: fetched once, not once per morpheme
    for p, tok in enumerate(toks):
        if tok[0] not in punishments or tok[1] != "NNG" or unpunished(toks, p):
            continue
        future = next((k for k in range(p + 1, min(len(toks), p + 1 + FUTURE_REACH)) if toks[k][:2] in FUTURE), None)
        quote = next((k for k in range(future or p, len(toks)) if toks[k][:2] in QUOTE_ENDS), None) if future else None
        start = next((k + 1 for k in range(p - 1, -1, -1) if toks[k][1] in QUOTE_OPENERS), None)
        if start is None:  # a reported complement: from after the speaker's topic
            start = next((k + 1 for k in range(p) if toks[k][1] == TOPIC), 0)
        if quote is None or not offenders(toks, start, p, lex):
            continue
        span = (toks[start][2], toks[future][2] + toks[future][3])
        return ActHit(tok[2], toks[future][2] + toks[future][3], "THREATEN", None, tok[0] + "하다", data={
            "pred": p, "first": p, "last": future, "clause": "quote", "main": False, "quoted": True,
            "modality": "future", "domestic_target": span, "domestic_sector": SECTOR, "threatened": THREATENED})
    return None


def offenders(toks: list, start: int, end: int, lex: ActIndex) -> bool:
    """Whether the morphemes in [start, end) name offenders: an offence or people noun, or '누구'."""
    words = {t[0] for t in toks[start:end]}
    return bool(words & (lex.cue("offense_noun") | lex.cue("people_noun"))) or ANYONE in words
