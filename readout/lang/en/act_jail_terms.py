"""(enpar53) A jailing that names its term is also the sentence: 'jailed a journalist for seven years', 'imprisoned
two activists for 18 months', 'was jailed for life'.

Why: the manual codes a conviction or a prison sentence SANCTION convict and the holding of people COERCE arrest;
'jailed ... for N years' tells both at once (a court's term, served in a cell), while 'jailed a reporter' alone tells
the holding only. Korean names the sentence with its own noun ('징역 N년을 선고했다', lang/ko), so this reader is
English's: a verb of jailing (cue `jail_term_lemmas`) whose clause goes on to 'for' and a length of time (a unit
of cue `jail_term_units` within `TERM_REACH` words, or 'for life') gives a second hit, SANCTION convict, on the
same words and the same receiving side. A term with no jailing verb ('held for two days', 'banned for five
years') is no sentence: the lemma decides.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token

TERM_REACH = 3  # words between 'for' and the unit: 'for 10 years', 'for two and a half years'
CLAUSE_REACH = 12  # tokens from the jailed object's end to 'for' ('jailed X, a reporter from Y, for ...')
CLAUSE_STOPS = frozenset({";", ":", "."})


def sentence_term(toks: list[Token], j: int, cues: Cues) -> bool:
    """Whether the words from token `j` ('for') name a length of time: a unit within `TERM_REACH` words, or 'life'."""
    for k in range(j + 1, min(len(toks), j + 2 + TERM_REACH)):
        if not toks[k].word:
            return False
        if toks[k].low in cues.jail_term_units:
            return True
    return False


def jail_terms(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with a SANCTION convict added after each jailing hit whose clause names a term ('for N years')."""
    out: list[ActHit] = []
    for h in hits:
        out.append(h)
        if h.type != "COERCE" or h.nominal or h.lemma not in cues.jail_term_lemmas:
            continue
        end = h.data.get("end_token", h.data["token"])
        for j in range(end + 1, min(len(toks), end + 1 + CLAUSE_REACH)):
            if toks[j].low in CLAUSE_STOPS or (toks[j].low == "and" and j > end + 1 and toks[j - 1].low == ","):
                break
            if toks[j].low == "for" and sentence_term(toks, j, cues):
                out.append(h.copied(type="SANCTION", mode="convict", data={**h.data, "jail_term": True}))
                break
    return out
