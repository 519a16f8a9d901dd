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

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex

THREATENED = "COERCE"  # the repression threatened: a threat of it stands with no foreign side (pipeline BARE_THREATS)
SECTOR = "CVL"
TOPIC = "JX"
WARNING = "경고하다"
FIRM_REACH = 3  # morphemes from the firm word to the response ('단호/XR 하/XSA 게/EC 대응')
ADVERB = "히"  # '강력히/MAG': kiwi's adverb of a firm word


def punishment_warnings(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits, each warning whose complement warns domestic offenders of punishment given that complement as its
    domestic target (the repression it threatens, no mode of force)."""
    out = []
    for h in hits:
        span = punished_span(toks, h, lex)
        if span is not None:
            data = {k: v for k, v in h.data.items() if k not in ("unaddressed", "counter_measure")}
            h = replace(h, mode=None, data={**data, "domestic_target": span, "domestic_sector": SECTOR,
                                            "threatened": THREATENED})
        out.append(h)
    return out


def punished_span(toks: list, h: ActHit, lex: ActIndex) -> tuple[int, int] | None:
    """The character span of the warning's complement when it says offenders will be punished; else None."""
    if h.type != "THREATEN" or h.lemma != WARNING or h.negated or not h.data.get("main") or "first" not in h.data:
        return None
    end = h.data["first"]
    start = next((k + 1 for k in range(end - 1, -1, -1) if toks[k][1] == TOPIC), 0)
    words = [t[0] for t in toks[start:end]]
    if not words or not punished(words, lex):
        return None
    return toks[start][2], toks[end - 1][2] + toks[end - 1][3]


def punished(words: list[str], lex: ActIndex) -> bool:
    """Whether the complement's morphemes name a punishment, or a firm response to a domestic offence or people."""
    if set(words) & lex.cue("punishment_noun"):
        return True
    firm = any(w.removesuffix(ADVERB) in lex.cue("firm_word") and set(words[k + 1:k + 1 + FIRM_REACH]) & lex.cue("counter_measure_noun")
               for k, w in enumerate(words))
    return firm and bool(set(words) & (lex.cue("offense_noun") | lex.cue("people_noun")))
