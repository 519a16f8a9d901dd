"""(enrelc48) An act told in a relative clause whose own subject is a plain noun phrase naming no state and no
state body ('Peru criticized the tariffs [the union imposed on Chad]', 'the shells [the rebels fired at Chad]') is
that subject's deed alone: the language marks it `agent_alone`, so the acting side is only what the subject's words
name (pipeline/act_build: no state named there, no doer), never the sentence's subject that the fallback chain would
give (Peru imposed nothing). A subject that names a state or an organisation by name ('the EU', 'Chile') is read by
its states as before; a state body ('the government', 'the army') may be the story's state and keeps the fallback.
The clause is the one `act_inner_relatives` read (its subject span is the hit's `agent_span`)."""
from __future__ import annotations

import dataclasses

from readout.lang.base import ActHit
from readout.lang.en.act_inner_relatives import LINKS, PLAIN_DETERMINERS, clause_after
from readout.lang.en.act_relative_partners import SUBJECT_REACH, irregular_pasts, relative_clause
from readout.lang.en.act_tokens import Token
from readout.lang.en.agents import sector_of
from readout.sectors import STATE_BODY_SECTORS


def stateless_clause_agent(hit: ActHit, toks: list[Token]) -> ActHit:
    """The hit marked `agent_alone` when its `agent_span` is the subject of its relative clause and that subject is
    a determiner with lower-case words ('the union', 'a militia') whose sector is no state body; else as it came."""
    span = hit.data.get("agent_span")
    if not span or hit.data.get("passive") or "token" not in hit.data or not _clause_subject(hit, toks, span):
        return hit
    words = [t for t in toks if span[0] <= t.start and t.end <= span[1] and t.word]
    if not words or words[0].low not in PLAIN_DETERMINERS or any(not t.raw.islower() or t.low in LINKS for t in words):
        return hit  # 'the camps were a threat and urged X': a coordinated verb, no clause of its own
    rest = " ".join(t.raw for t in words[1:])
    sectors = {hit.data.get("agent_sector"), hit.data.get("people_subject"), sector_of(rest),
               sector_of(words[-1].raw)}  # the subject's own words: 'the government' (GOV), 'the police' (COP)
    if sectors & STATE_BODY_SECTORS:
        return hit
    return dataclasses.replace(hit, data={**hit.data, "agent_alone": True})


def _clause_subject(hit: ActHit, toks: list[Token], span: tuple[int, int]) -> bool:
    """Whether `span` is the subject of the relative clause the hit heads (a noun act) or is the verb of."""
    def subject(found) -> bool:
        return found is not None and (toks[found[0]].start, toks[found[1] - 1].end) == tuple(span)
    if hit.nominal:
        return subject(clause_after(toks, hit.data.get("end_token", hit.data["token"])))
    verb = hit.data["token"]
    return any(subject(f) and f[2] == verb
               for f in (relative_clause(toks, n, irregular_pasts())
                         for n in range(max(1, verb - SUBJECT_REACH - 2), verb)))
