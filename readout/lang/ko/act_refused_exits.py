"""A refused exit from office (reject50): '대통령은 퇴진을 거부했다', '총리는 사임하지 않겠다고 밝혔다'.

An official who refuses to step down rejects the calls on them at home (the manual's REJECT; CAMEO 123 'reject
request to change leadership'): the demanders are the official's own people, so the receiving side is the actor's
own state unless the sentence names another, as English reads 'said she would not step down' (lang/en/act_sides
.own_state_target). The hit is either the lexicon's refusal of an exit noun ('퇴진+거부하다', '사퇴 요구+일축하다')
or an exit verb negated as a pledge (act_clauses.refusal: '사임하지 않겠다'); the exit words are the cues exit_noun
and exit_verb. The hit's own span is its domestic target: it names no state, so the pipeline takes the actor's.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import CIVILIANS, ActHit
from readout.lang.ko.act_table import ActIndex

SECTOR = CIVILIANS  # the people who asked for the exit (a protest's or an opposition's call): civilians by default


def refused_exits(hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """Each REJECT of an exit from office aimed at the actor's own state, where nothing else marks its target."""
    return [replace(h, data={**h.data, "domestic_target": (h.start, h.end), "domestic_sector": SECTOR})
            if refused_exit(h, lex) else h for h in hits]


def refused_exit(hit: ActHit, lex: ActIndex) -> bool:
    """A REJECT whose refused act is an exit: its lemma's noun is an exit noun, or it refuses an exit verb."""
    if hit.type != "REJECT" or "domestic_target" in hit.data or hit.data.get("target_spans"):
        return False
    noun = hit.lemma.split("+")[0].split()[0] if "+" in hit.lemma else None
    return noun in lex.cue("exit_noun") or "refusal_of" in hit.data and hit.lemma in lex.cue("exit_verb")
