"""The state a story places itself in, for a person new to the knowledge base titled with no state (actors61: a
former holder; actors62: a sitting head of state or government): 'LIMA (Reuters) - President X condemned ...',
'(서울=연합뉴스) 파나마시티에서 X 대통령은 ...'. A sitting head is given that state only where nothing says he came
from elsewhere: his sentence tells no journey (`visit_sentence`: 'visiting President X', 'X 대통령은 ... 방문했다')
and names no state other than the placed one before him
(a state named after him is what he speaks of: 'condemned Chile')."""
from __future__ import annotations

from readout.kb.heads import head_offices
from readout.model import Article, Mention, Span
from readout.pipeline.common import countries_in
from readout.pipeline.story_states import dateline_place, places_of


def placed_state(article: Article, sent: Span, ctx, lead: list[str], before: int) -> list[str]:
    """The one state of the lead's words (`lead`) and the places told before offset `before`, else (none told) the
    state of a dateline that tells where the news happens; [] where they name several or none."""
    told = set(lead) | {p.country for p in places_of(article, None, 0, before)}
    if told:
        return sorted(told) if len(told) == 1 else []
    place = dateline_place(article, sent, ctx)
    return [place.country] if place and place.country and not ctx.language(sent.label).home_desk(place) else []


def sitting_head_placed(mention: Mention, article: Article, sent: Span, ctx, lead: list[str]) -> list[str]:
    """The placed state of a sitting head titled bare (office among the heads' offices), when his sentence tells no
    visit and names no other state before him; else []."""
    if mention.office_hint not in head_offices():
        return []
    lang = ctx.language(sent.label)
    text = article.text[sent.start:sent.end]
    if lang.visit_sentence(text) or lang.visit_sentence(text.lower()):  # 'Visiting President X' opening a sentence
        return []  # 'Visiting President X met ...': a guest of the placed state, not its head
    state = placed_state(article, sent, ctx, lead, mention.span.start)
    named = {code for c in countries_in(article, sent, ctx) if c.start < mention.span.start for code in c.codes}
    return state if state and named <= set(state) else []
