"""(condemn50) Who receives a condemnation of a seizure of power, or of a bid at one, that names no state: 'X condemned
any form of coup', 'X condemned the attempt to overturn the constitutional order', 'X also condemned the troop movement',
'X는 쿠데타 시도를 규탄했다'.

Why: such a deed is done inside one state, by its own soldiers or politicians, and the story leads with it; the
reactions that follow name the deed, not the state. PLOVER codes the condemnation at that state (its government or
the faction that acted), and a politician of the same state condemning it is a domestic accusation, the same state
on both sides. The generic answer readers drop the judge's own state, so this reader runs before them (and before the one reading the other side of the acts just reported: the
reactions before it are no deed) and keeps it.
"""
from __future__ import annotations

import dataclasses

from readout.pipeline.act_welcomes import NOT_DEEDS
from readout.pipeline.common import IGO_CODES


def seized_power(r) -> None:
    """Still no one, for a judgement the language marked `judged_coup`: the state the first act the story told is about
    (`first_told`, the judge's own state kept), else those of the last show of force or attack told
    (`Narrative.offense`), else the state the story's lead names (`lead_named`); a recipient that is the judge's own
    state makes the act domestic."""
    if r.recipients or not r.hit.data.get("judged_coup"):
        return
    states = first_told(r) or list(r.story.offender) or lead_named(r)
    r.recipients = list(dict.fromkeys(states))
    r.domestic = set(r.recipients) & set(r.actors)
    sector = doer_sector(r, r.domestic) if r.domestic and not r.hit.data.get("domestic_sector") else None
    if sector:  # 'the former premier condemned the coup': the soldiers who acted receive it, not the premier's state
        r.hit = dataclasses.replace(r.hit, data={**r.hit.data, "domestic_sector": sector})


def doer_sector(r, states: set[str]) -> str | None:
    """The sector (not the government's) of the first of `states` acting in the deeds told before the act's sentence
    ('soldiers stormed the palace': MIL): the part of the judge's own state a domestic condemnation is aimed at."""
    told = sorted((min(s.start for s in e.evidence), n) for n, e in enumerate(r.article.events)
                  if e.evidence and min(s.start for s in e.evidence) < r.sent.start)
    for _start, n in told:
        for p in r.article.events[n].participants:
            if p.country in states and p.sector and p.sector != "GOV":
                return p.sector
    return None


def lead_named(r) -> list[str]:
    """The one state (no international body) the first sentence before the act's that names any names: where a story
    whose deed no act word told ('troops surrounded the palace') placed it; none when it names several."""
    for sent in [s for s in r.article.sentences if s.end <= r.sent.start]:
        found = r.article.countries.get(sent.start)
        if found is None:  # a sentence no reader asked about (no act or meeting word): read here
            found = r.lang.find_countries(r.article.text[sent.start:sent.end], sent.start,
                                          r.article.tokens.get(sent.start, ()))
        codes = list(dict.fromkeys(code for c in found for code in c.codes if code not in IGO_CODES))
        if codes:
            return codes if len(codes) == 1 else []
    return []


def first_told(r) -> list[str]:
    """The states (no international body) of the first act told before the act's sentence: its doers for a deed
    ('soldiers stormed the palace'), its receiving side for a judgement ('Leaders condemn failed uprising in X': the
    headline reacts to the deed, and its target is the state the deed was done in)."""
    told = sorted((min(s.start for s in e.evidence), n) for n, e in enumerate(r.article.events)
                  if e.type != "CONSULT" and e.evidence and min(s.start for s in e.evidence) < r.sent.start)
    for _start, n in told:
        event = r.article.events[n]
        sides = event.recipients if event.type in NOT_DEEDS else event.participants
        states = list(dict.fromkeys(p.country for p in sides if p.country and p.country not in IGO_CODES))
        if states:
            return states
    return []
