"""(kofollow48) A capital people are handed over or sent to: '용의자를 [키토로] 인도했다', '이주민들을 [아순시온으로] 추방했다'.

Why: the handover's receiving side is the state its 로 phrase names ('용의자를 에콰도르로 인도했다'), and a capital
there stands for its state as in English 'extradited the suspect to Quito' (lang/en/countries.py HANDED_BEFORE_RE,
enact48); but the country reader read a capital as its state only with a subject's, topic's or partner's particle, so
the act named no recipient. Here a capital (a city GeoNames gives as its state's capital, kb.geo `capital_state`) with
로/으로 right before a verb of sending people (cue sent_people_verb: 인도하다, 송환하다, 추방하다 ...; an adverb may stand
between) names its state. A capital before any other verb ('키토로 향했다', '키토로 이동했다') is a place, no side; the
writer's own capital is left as it reads.
"""
from __future__ import annotations

from readout.lang.ko.tags import INSTRUMENTAL_PARTICLES
from readout.model import CountryMention
from readout.lang.ko.act_table import act_index
from readout.kb.geo import capital_state

VERB_REACH = 2  # words from the capital to the verb: the verb, or an adverb then the verb ('키토로 곧바로 송환했다')


def capital_destinations(offset: int, words: list, found: list[CountryMention], lex) -> list[CountryMention]:
    """The states of the capitals marked 로/으로 before a verb of sending people (`sends_people`), each a mention of
    the capital's word with its particle; none where a mention already starts there."""
    home, taken = lex["dateline_home"], {m.start for m in found}
    out = []
    for i, w in enumerate(words):
        if w.particle not in INSTRUMENTAL_PARTICLES or w.has_verb or offset + w.start in taken:
            continue
        state = capital_state(w.noun)
        if state is None or state == home or not sends_people(words[i + 1:i + 1 + VERB_REACH]):
            continue
        out.append(CountryMention(offset + w.start, offset + w.start + len(w.noun), [state],
                                  particle=w.particle))
    return out


def verb_lemma(word) -> str | None:
    """The dictionary form of a verb word: its verb stem + 다 ('송환했다': 송환하다, '넘겼다': 넘기다), else None."""
    toks = word.tokens
    for k, t in enumerate(toks):
        if t[1] in ("VV", "VV-R", "VV-I"):
            return t[0] + "다"
        if t[1].startswith("NN") and k + 1 < len(toks) and toks[k + 1][1] == "XSV":
            return "".join(x[0] for x in toks[:k + 1]) + toks[k + 1][0] + "다"
    return None


def sends_people(run: list) -> bool:
    """The first verb word of `run` is a verb of sending people (cue sent_people_verb), past adverbs only."""
    verbs = act_index().cue("sent_people_verb")
    for w in run:
        if w.has_verb:
            return verb_lemma(w) in verbs
        if w.particle or not all(t[1] == "MAG" for t in w.tokens):
            return False
    return False
