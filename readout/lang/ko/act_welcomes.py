"""A guest welcomed: '국빈 만찬을 주재하고 B국 대통령 일행을 환영했다', 'B국 대표단을 환영했다'.

Why: 환영하다 with a measure or a proposal as its object ('B국의 휴전 제안을 환영했다') endorses it (PLOVER SUPPORT);
with a guest as its object (`guest_noun`: a delegation, a party, a head's title) it is the host's courtesy at a visit,
which the meeting event already records. Read as SUPPORT it is an endorsement nobody made, and analysts code none.
The English reader finds no act in 'welcomed President X at State House' for the same reason (a person is no measure).
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import SUBJECT_TAGS


ADVERBIAL_TAGS = frozenset({"MAG", "XR", "XSA", "VA"})  # an adverb, or an adjective made one with 게 ('따뜻하게')


def welcomed_guests(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits without the welcomes (`welcome_verb`) whose object, right before the verb's noun, is a guest."""
    return [h for h in hits if not (h.type == "SUPPORT" and h.lemma in lex.cue("welcome_verb") and "first" in h.data
                                    and guest_object(toks, h.data["first"], lex))]


def guest_object(toks: list, first: int, lex: ActIndex) -> bool:
    """Whether the object (을/를) before the morpheme `first`, adverbs between, is a noun of `guest_noun`, or of
    `welcomed_business_noun` (ko-acts31: '기업들의 투자를 환영한다': business invited, no policy endorsed)."""
    k = object_particle(toks, first, lex)
    return k >= 1 and toks[k][1] == "JKO" and (toks[k - 1][0] in lex.cue("guest_noun")
                                               or toks[k - 1][0] in lex.cue("welcomed_business_noun"))


def object_particle(toks: list, first: int, lex: ActIndex) -> int:
    """The index of the morpheme before `first` past adverbs: the object particle when the welcome has one."""
    k = first - 1
    while k >= 0 and (toks[k][1] in ADVERBIAL_TAGS or toks[k][1] == "EC" and toks[k][0] == "게"
                      or toks[k][0] in lex.cue("welcome_manner_noun")):  # '적극 환영한다': 적극/NNG
        k -= 1  # '대표단을 (직접, 따뜻하게) 환영했다' reads as '대표단을 환영했다'
    return k


def welcomed_deeds(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """(en41) The hits, each welcome whose object is a deed noun (`welcomed_deed_noun`: '이번 조치를 환영했다', '결정을
    환영했다') or that has no object at all ('B국 정부는 곧바로 환영 입장을 냈다', '환영한다고 밝혔다') marked `welcomed_deed`, and one naming an accord (`welcomed_accord_noun`: '휴전 합의를 환영했다') also
    with `judged_kinds` AGREE: when the clause names no owner, the pipeline (act_welcomes.welcomed_deed) gives the
    SUPPORT to the doer of the deed, or the parties of the accord, the story told before (PLOVER SUPPORT praises
    another actor's policy or action)."""
    out = []
    for h in hits:
        if h.type == "SUPPORT" and h.lemma in lex.cue("welcome_verb") and "first" in h.data and not h.negated:
            k = object_particle(toks, h.data["first"], lex)
            noun = toks[k - 1][0] if k >= 1 and toks[k][1] == "JKO" else None
            kind = kind_of(noun, lex) if noun else ""
            if noun in lex.cue("welcomed_accord_noun"):
                h = replace(h, data={**h.data, "welcomed_deed": True, "judged_kinds": [("AGREE", None)]})
            elif kind:
                kind_type, _, mode = kind.partition("/")
                h = replace(h, data={**h.data, "welcomed_deed": True, "judged_kinds": [(kind_type, mode or None)]})
            elif noun in lex.cue("welcomed_deed_noun") or objectless(toks, k) \
                    or noun in lex.cue("welcomed_pronoun") and toks[k - 1][1] == "NP":  # support61: '이를 환영했다'
                h = replace(h, data={**h.data, "welcomed_deed": True})
        out.append(h)
    return out


def kind_of(noun: str, lex: ActIndex) -> str:
    """(support61) The kind (TYPE or TYPE/mode) of a welcomed deed noun of `welcomed_kind_noun` ('석방':
    RETREAT/release), or ''."""
    return next((p.partition("=")[2] for p in lex.words("welcomed_kind_noun") if p.partition("=")[0] == noun), "")




def objectless(toks: list, k: int) -> bool:
    """Whether the welcome whose preceding morpheme (past adverbs) is `k` has no object of its own: its subject
    stands right before it, or nothing does. What it welcomes is then the news the story told last."""
    return k < 0 or toks[k][1] in SUBJECT_TAGS
