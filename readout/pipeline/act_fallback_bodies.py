"""(actors59, issue 14) A body named bare whose state the knowledge base gives only as a fallback ('재무부는 ...',
'The Treasury said ...': organizations.yaml `fallback_names`). Korean and English news name another state's treasury
with its state ('영국 재무부', 'the British Treasury'; read as that state's by the finders), so a bare one is the US
Treasury far more often than any other (OFAC's sanctions). But a story about another state that told that state
acting just before (a statement going on, 'Kenya's foreign ministry condemned X. The Treasury froze ...'; or a deed of
its named organ, 'Kenyan police arrested ... The Treasury criticized Y') speaks of that state's treasury, as a bare
office there is that state's (pipeline/bare_body_state: the voice going on, the last deed's doer).

Rule, in order: (a) a state named with the body (the finders: 'British Treasury', '영국 재무부'), (b) the one state the
story told acting just before, asked as the bare-office rules ask it, never a state the sentence names otherwise (what
the act aims at or speaks of: 'The Treasury sanctioned North Korean firms' after a North Korean deed stays the US's),
(c) the entry's state. A story that names the entry's state anywhere before the act ('North Korea condemned the
United States. The Treasury sanctioned ...') keeps it: its treasury is the likelier one. (actors60) (b) is the bare body
resolver's `FALLBACK_RULES` asked of the subject read as a bare office; the reason (the rule's, or 'fallback name')
is marked on the hit (`bare_body_state.BODY_REASON`) and reaches the acting entity.
"""
from __future__ import annotations

from readout import budget
from readout.kb.loader import kb
from readout.lang.base import ActHit
from readout.pipeline.bare_body_state import BARE_OFFICE, FALLBACK, FALLBACK_RULES, BodyEvidence, BodyState, resolve, \
    with_reason
from readout.pipeline.act_recipients import SideReading
from readout.pipeline.act_subjects import subject_items
from readout.pipeline.common import countries_in


@budget.table()
def fallback_names() -> dict[str, str]:
    """Each fallback name of organizations.yaml -> the entry's state (what the name means when the story tells none)."""
    return {name: o.country for o in kb().organizations for name in getattr(o, "fallback_names", ()) or ()}


def fallback_subject(r: SideReading, hit: ActHit, actors: list[str]) -> bool:
    """Whether the act's one subject is a fallback name standing alone for the state `actors` hold (no state was
    named with it: the finder gave the entry's own state)."""
    names = fallback_names()
    if not any(r.article.text[i.span.start:i.span.end].strip() in names for i in r.items):
        return False  # most sentences name no fallback body: their clause is not read again
    chosen = subject_items(r.lang, r.text, r.tokens, r.sent, hit, r.items, r.roles)
    if len(chosen) != 1 or chosen[0].person is not None:
        return False
    surface = r.article.text[chosen[0].span.start:chosen[0].span.end].strip()
    return names.get(surface) is not None and chosen[0].codes == actors == [names[surface]]


def fallback_body_state(r: SideReading, hit: ActHit, actors: list[str], countries, ctx) -> tuple[ActHit, list[str]]:
    """The hit (marked with the reason) and the acting state of an act whose subject is a fallback name: the story's
    state told just before where there is one (b), else `actors`, the entry's state (c); other acts unchanged."""
    if not fallback_subject(r, hit, actors):
        return hit, actors
    fallback = with_reason(hit, BodyState(list(actors), FALLBACK))
    if fallback_state_told(r, actors, countries, ctx):
        return fallback, actors
    office = hit.copied(data={**hit.data, "continued": BARE_OFFICE})
    named = {code for c in countries for code in c.codes} - set(actors)
    found = resolve(BodyEvidence.of(r, office, countries, ctx), FALLBACK_RULES)
    told = [code for code in found.state if code not in named] if found else []
    if len(told) == 1:
        return with_reason(hit, BodyState(told, found.reason)), told
    return fallback, actors


def fallback_state_told(r: SideReading, actors: list[str], countries, ctx) -> bool:
    """Whether the story names the fallback state `actors` hold other than by the fallback name, up to the act's
    sentence or in it: then the bare body is more plausibly that state's, whatever state acted just before."""
    own = {(c.start, c.end) for c in countries if c.codes == actors
           and r.article.text[c.start:c.end].strip() in fallback_names()}
    if any(code in actors for c in countries if (c.start, c.end) not in own for code in c.codes):
        return True
    earlier = (s for s in r.article.sentences if s.end <= r.sent.start)
    return any(code in actors for s in earlier for c in countries_in(r.article, s, ctx) for code in c.codes)
