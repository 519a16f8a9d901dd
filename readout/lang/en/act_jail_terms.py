"""(enpar53) A jailing that names its term is also the sentence: 'jailed a journalist for seven years', 'imprisoned
two activists for 18 months', 'was jailed for life'.

Why: the manual codes a conviction or a prison sentence SANCTION convict and the holding of people COERCE arrest;
'jailed ... for N years' tells both at once (a court's term, served in a cell), while 'jailed a reporter' alone tells
the holding only. Korean names the sentence with its own noun ('징역 N년을 선고했다', lang/ko), so this reader is
English's: a verb of jailing (cue `jail_term_lemmas`) whose clause goes on to 'for' and a length of time (a unit
of cue `jail_term_units` within `TERM_REACH` words, or 'for life') gives a second hit, SANCTION convict, on the
same words and the same receiving side. A term with no jailing verb ('held for two days', 'banned for five
years') is no sentence: the lemma decides.

conflict54: the converse, as Korean reads it (lang/ko/act_prison_terms.py): a sentence that names a prison term
('sentenced X to 10 years in prison', 'to life', 'to three years in jail') orders the holding too, and the manual
says "court sentences that include imprisonment will also receive a COERCE 'arrest' mode". A sentencing verb (cue
`sentence_term_lemmas`) read SANCTION convict whose clause goes on to 'to' and a term, or to a prison noun (cue
`prison_term_nouns`), gives a second hit, COERCE arrest, on the same words; a suspended term (cue
`suspended_term_words` in the clause) holds no one, and a fine or a death sentence names no term.
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


def clause_end(toks: list[Token], end: int) -> int:
    """The token after the last one of the clause that follows a hit ending at `end`: at most `CLAUSE_REACH` tokens,
    up to a stop or a ', and' that opens the next clause."""
    for j in range(end + 1, min(len(toks), end + 1 + CLAUSE_REACH)):
        if toks[j].low in CLAUSE_STOPS or (toks[j].low == "and" and j > end + 1 and toks[j - 1].low == ","):
            return j
    return min(len(toks), end + 1 + CLAUSE_REACH)


def names_prison_term(toks: list[Token], start: int, stop: int, cues: Cues) -> bool:
    """Whether tokens start..stop name a prison term not suspended: a 'to' before a length of time or a prison noun
    ('to 10 years', 'to life', 'to prison'), with no word of suspension ('a suspended two-year term')."""
    span = toks[start:stop]
    if any(t.low in cues.suspended_term_words for t in span):
        return False
    if any(t.low in cues.prison_term_nouns for t in span):
        return True
    return any(toks[j].low == "to" and sentence_term(toks, j, cues) for j in range(start, stop))


def sentence_holdings(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """(conflict54) The hits with a COERCE arrest added after each sentencing (SANCTION convict of a
    `sentence_term_lemmas` verb) whose clause names a prison term."""
    out: list[ActHit] = []
    for h in hits:
        out.append(h)
        if (h.type, h.mode) != ("SANCTION", "convict") or h.nominal or h.lemma not in cues.sentence_term_lemmas:
            continue
        end = h.data.get("end_token", h.data["token"])
        if names_prison_term(toks, end + 1, clause_end(toks, end), cues):
            out.append(h.copied(type="COERCE", mode="arrest", data={**h.data, "jail_term": True}))
    return out


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
