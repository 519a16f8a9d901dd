"""The doer of an act told in a non-restrictive relative clause is the name the clause hangs on: 'stressed their
cooperation in dealing with Iran, which on Friday fired two missiles into the sea' (Iran fired them), 'met Peru's
president, who last week recalled his ambassador' (Peru recalled).

Why: the clause's subject is the relative pronoun, so the clause has no subject word of its own, and the pipeline's
default (the nearest subject before it, the main clause's) names the side that spoke about the deed, or the allies
it urged, as its doer. The name right before ', which' / ', who' is the pronoun's antecedent; the reader marks it as
the act's agent (`agent_span`, read like the agent after 'by'). Only an active verb in the past or future is read so:
in a passive ('which was attacked by X') the antecedent suffers the act; a present-tense verb there tells a standing
state that `act_standing` has already dropped, and a perfect ('which have declined to recognize X') a stance held, no
act of the day; a noun act keeps its owner.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_matcher import Cues
from readout.lang.en.act_tokens import Token

OPENERS = frozenset({"which", "who"})
RELATIVE_REACH = 6  # words from ', which' to its verb ('which on Friday morning also fired')
NAME_REACH = 6  # words of the antecedent's name ('the Democratic Republic of the Congo')
NAME_LINKS = frozenset({"of", "the", "and"})  # lower-case words inside a name ('Republic of Korea')
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "across"})  # a name after these places another noun


def relative_doers(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each active verb hit whose subject is the relative pronoun of ', which' or ', who' gets the name before the
    comma as its agent (see the module docstring); hits with an agent already are left alone."""
    out = []
    for h in hits:
        span = None if h.nominal or "agent_span" in h.data else antecedent_span(toks, h.data.get("token", -1), cues)
        out.append(replace(h, data={**h.data, "agent_span": span}) if span else h)
    return out


def antecedent_span(toks: list[Token], i: int, cues: Cues) -> tuple[int, int] | None:
    """The character span of the capitalized name before ', which'/', who' when the relative pronoun is the subject
    of the verb at token i (only adverbs, a time adverbial or a future auxiliary between; a perfect, 'which have
    declined to', describes where the side stands, as the present does); None else."""
    k = i - 1
    while k > 0 and i - k <= RELATIVE_REACH:
        low = toks[k].low
        if low in OPENERS:
            break
        if not toks[k].word or low in cues.clause_breaks or low in cues.be or low in cues.relative \
                or not (low in cues.adverbs or low.endswith("ly") or low in cues.date_words or low in cues.time_openers
                        or low in cues.time_units or low in cues.time_parts or low == "on" or toks[k].raw.isdigit()
                        or low in cues.future_auxiliaries):
            return None
        k -= 1
    else:
        return None
    if k < 2 or toks[k - 1].low != ",":
        return None
    end = k - 2
    if not toks[end].raw[:1].isupper():
        return None
    start = end
    while start - 1 >= 0 and end - start < NAME_REACH and toks[start - 1].word \
            and (toks[start - 1].raw[:1].isupper() or toks[start - 1].low in NAME_LINKS and toks[start - 2].raw[:1].isupper()):
        start -= 1
    while toks[start].low in NAME_LINKS:
        start += 1
    if start > 0 and toks[start - 1].low in PLACE_PREPOSITIONS:
        return None  # 'the war in Ukraine, which killed thousands': the name places a noun, the noun is the antecedent
    return toks[start].start, toks[end].end
