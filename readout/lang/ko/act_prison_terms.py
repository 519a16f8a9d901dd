"""(kopar54, issue 15) A prison sentence is also the holding it orders: '러시아는 영국 시민에게 징역 10년을 선고했다' gives
SANCTION convict and COERCE arrest on the same sides, as English 'jailed a British citizen for 10 years' does
(lang/en/act_jail_terms.py).

Why: the PLOVER manual's SANCTION convict says "court sentences that include imprisonment will also receive a COERCE
'arrest' mode"; the Korean lexicon read the sentencing noun pairs ('징역+선고하다', '실형+선고하다') as the conviction
alone. The rule: a SANCTION convict hit whose sentencing noun names prison (cue `prison_term_noun`: 징역, 실형, 금고,
무기징역 ...) gives a second hit, COERCE arrest, on the same words, with the same status and negation; a sentence that
suspends the term (cue `suspended_term_noun`: '징역 3년에 집행유예 2년') holds no one, and a fine or a death sentence
names no prison noun.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex

CONVICT = ("SANCTION", "convict")
HELD = ("COERCE", "arrest")


def prison_terms(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits with a COERCE arrest added after each conviction that names a prison term not suspended."""
    joined = "".join(t[0] for t in toks)  # kiwi may cut the noun ('집행/NNG 유예/NNG')
    if any(word in joined for word in lex.words("suspended_term_noun")):
        return hits
    out: list[ActHit] = []
    for h in hits:
        out.append(h)
        if (h.type, h.mode) == CONVICT and names_prison(toks, h, lex):
            out.append(h.copied(type=HELD[0], mode=HELD[1], data={**h.data, "jail_term": True}))
    return out


def names_prison(toks: list, h: ActHit, lex: ActIndex) -> bool:
    """Whether the hit's sentencing noun (its lemma's first part, or a morpheme of its span) is a prison noun."""
    nouns = lex.cue("prison_term_noun")
    if h.lemma.split("+")[0].replace(" ", "") in nouns:
        return True
    first, pred = h.data.get("first"), h.data.get("pred")
    if not isinstance(first, int) or not isinstance(pred, int):
        return False
    return any(toks[k][0] in nouns for k in range(first, pred))
