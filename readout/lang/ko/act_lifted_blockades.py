"""(charges52b) A blockade lifted from a receiving side is a military withdrawal: 'A는 B 항구 봉쇄를 해제했다', 'A는
B에 대한 봉쇄를 풀었다' are CAMEO 0872 'ease military blockade' (RETREAT withdraw, military), as English 'A lifted its
blockade of B's ports' reads (scripts/data/en_acts_additions.yaml).

Why: 봉쇄 is a blockade and a lockdown. The restriction nouns' CONCEDE (CAMEO 081, a restriction lifted) read every
'봉쇄를 해제했다', and the cameo spec's 0872 row could not override it (the builder leaves out a pair the main file's
noun class holds already). The two are told apart by the side that receives the measure: a blockade is laid on
another state, its towns or its ports and borders; a lockdown on the own people. So a CONCEDE whose noun is a
blockade noun (`blockade_noun`) becomes RETREAT withdraw military where the noun run right before it (through a
genitive 의 or '에 대한') names a state or a place a state ships through or crosses (`blockaded_place_noun`: '항구',
'국경'). A bare '봉쇄를 해제했다' and a lockdown of a town or district ('수도의 봉쇄') stay CONCEDE.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import GENITIVE_PARTICLE, LOCATIVE_PARTICLE, PLAIN_NOUN_TAGS

LINK_FORMS = frozenset({GENITIVE_PARTICLE, LOCATIVE_PARTICLE, ("대하", "VV"), ("ᆫ", "ETM")})  # 'B의 봉쇄', 'B에 대한 봉쇄'
RUN_REACH = 6  # morphemes read back from the blockade noun: a short noun run and its link


def lifted_blockades(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits with each lifted blockade of a receiving side retyped RETREAT withdraw (military)."""
    return [replace(h, type="RETREAT", mode="withdraw", contexts=tuple(sorted({*h.contexts, "military"})),
                    data={**h.data, "lifted_blockade": True})
            if h.type == "CONCEDE" and blockade_received(toks, h, lex) else h for h in hits]


def blockade_received(toks: list, h: ActHit, lex: ActIndex) -> bool:
    """Whether `h` lifts a blockade noun whose noun run names a state or a blockaded place."""
    first = h.data.get("first")
    if not isinstance(first, int) or h.lemma.split("+")[0] not in lex.cue("blockade_noun"):
        return False
    for k in range(first - 1, max(-1, first - RUN_REACH - 1), -1):
        form, tag = toks[k][0], toks[k][1]
        if (form, tag) in LINK_FORMS:
            continue
        if tag not in PLAIN_NOUN_TAGS:
            return False
        if receiving_word(form, lex):
            return True
    return False


def receiving_word(form: str, lex: ActIndex) -> bool:
    """A state's name or a place a blockade is laid on. A town alone is not one: '리마 봉쇄를 해제했다' may be the own
    capital's lockdown lifted."""
    from readout.lang.ko.country_words import read_word  # countries -> mentions import the act finder's callers

    return form in lex.cue("blockaded_place_noun") or bool(read_word(form).codes)
