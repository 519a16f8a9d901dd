"""A state organ named bare as an act's subject ('The junta rejected ...', 'The army said ...', '정부군은 ... 탈환했다',
'군부는 ... 거부했다'): the state the story last named with an organ of that sector (world39, issue 14).

Why: a story about a state outside the reader's neighbourhood names its junta, army or government forces once with
the state ("Niger's junta", '수단 정부군') and then bare; with no dateline of that state (a correspondent abroad, a
Korean report with no dateline), nothing gave the bare organ its state and the act was dropped for want of an actor.
The language marks such a subject with its PLOVER sector (`organ_subject`); the state is the last country mention
carrying that sector explicitly ('the Chadian army' MIL, "Chad's junta" GOV: the mention's `sector`), in the sentence
before the act word, else in the sentences before (nearest first, `organ_reference_sentences` back). A plain state
name ('Chad said') has no sector and is no antecedent. Only a fallback: any other reading of the actor (the clause, a
dateline's state, the voice going on) comes first (pipeline/act_actors.acting_side). (actors60b) Both readers here are
rules of the bare body resolver (pipeline/bare_body_state `LATE_RULES`: 'organ antecedent', then 'organ's story'), so
the acting entity carries why its organ is that state's.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.kb.loader import IGO_CODES
from readout.pipeline.common import countries_in
from readout.pipeline.story_states import lead_state, paragraph_place_state, paragraph_state, previous_paragraph_state

if TYPE_CHECKING:
    from readout.pipeline.bare_body_state import BodyEvidence


def organ_antecedent(ev: BodyEvidence) -> list[str]:
    """The codes of the last country mention before the act word with the sector of the bare organ the language marked
    (`organ_subject`), in the sentence, else in the `organ_reach` sentences before it, nearest first; [] where the story
    named none within reach. `ev`: the act's evidence record (pipeline/bare_body_state.BodyEvidence), whose resolver
    asks this as the rule 'organ antecedent' (actors60b)."""
    sector = ev.hit.data.get("organ_subject")
    if not sector:
        return []
    at = ev.sent.start + ev.hit.start
    aimed = aimed_states(ev)
    doers = {code for codes in ev.story.doers.values() for code in codes}
    found = last_of_sector([c for c in ev.countries if c.end <= at], sector, aimed, doers)
    if found:
        return found
    earlier = [s for s in ev.article.sentences if s.end <= ev.sent.start][-ev.organ_reach:] if ev.organ_reach else []
    for s in reversed(earlier):
        found = last_of_sector(countries_in(ev.article, s, ev.ctx), sector, aimed, doers)
        if found:
            return found
    return []


def organ_story_state(ev: BodyEvidence) -> list[str]:
    """(actors57) A bare organ the story never named with its state ('Soldiers seized power in X. The junta later
    accused Y ...'): the one state its paragraph, else the paragraph before, else its lead names, none the act aims
    at (the paragraph's towns count too: 'seized power in [a capital]'). Why: a story that tells a coup or a war in one
    state names the state once, with no organ of it, and the organ that then acts is that state's; two states named
    there leave it open. Asked (rule 'organ's story', actors60b) only where `organ_antecedent` found no mention."""
    if not ev.hit.data.get("organ_subject"):
        return []
    for read in (paragraph_state, paragraph_place_state, previous_paragraph_state, lead_state):
        state = read(ev.article, ev.sent, ev.ctx)
        if state:
            return [] if set(state) & aimed_states(ev) else state
    return []


def aimed_states(ev: BodyEvidence) -> set[str]:
    """(actors56) The states the act's own clause aims at as a whole ('The junta accused Paris', 'the army shelled
    Chad': an object or partner named by its state or government, no people of it): the bare organ is never theirs, so
    'X's junta expelled the French envoy. On Friday the junta accused Paris' is X's, not France's (whose envoy the
    sentence before named last)."""
    return {code for i, role in zip(ev.items, ev.roles) if role in ("object", "with") and i.sector in (None, "GOV")
            for code in i.codes}


def last_of_sector(mentions, sector: str, aimed: set[str] = frozenset(), doers: set[str] = frozenset()) -> list[str]:
    """The codes of the last mention naming one state (no body, no compound of states) with `sector`, none of the
    states the act aims at (`aimed`). (actors58) Of several, one whose state did a deed the story told (`doers`) first:
    "X's junta expelled a French diplomat. The military council said ..." is X's organ, not the diplomat's state."""
    named = [c for c in mentions if c.sector == sector and len(c.codes) == 1 and c.codes[0] not in IGO_CODES
             and c.codes[0] not in aimed]
    acting = [c for c in named if c.codes[0] in doers]
    chosen = acting or named
    return list(chosen[-1].codes) if chosen else []
