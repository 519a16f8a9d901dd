"""The state a story places itself in, for a person new to the knowledge base titled with no state (actors61: a
former holder; actors62: a sitting head of state or government): 'LIMA (Reuters) - President X condemned ...',
'(서울=연합뉴스) 파나마시티에서 X 대통령은 ...'. A sitting head is given that state only where nothing says he came
from elsewhere: his sentence tells no journey (`visit_sentence`: 'visiting President X', 'X 대통령은 ... 방문했다')
and names no state other than the placed one before him
(a state named after him is what he speaks of: 'condemned Chile')."""
from __future__ import annotations

from dataclasses import replace

from readout.kb.heads import head_offices
from readout.model import Article, Mention, RawMention, Span
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


def placed_bare_head(raw: RawMention, article: Article, sent: Span, ctx) -> RawMention | None:
    """(meet54) 'In Quito, the president met ...', 'QUITO (Reuters) - The prime minister said ...': a head of state's or
    government's title with no name and no state (the language found no state for it) is the head of the state the
    story is placed in (`placed_state`: the one state of the places told before it, else a dateline's that tells where
    the news happens), as a bare-titled new head is (`sitting_head_placed`). Only where nothing says whose else it is:
    the sentence tells no visit, and the document names no state but that one up to the title (a foreign dateline's
    story about another state, 'SEOUL - Peru said ... The president ...', is no office of the dateline's state)."""
    if raw.surface or raw.country or raw.excluded or raw.former or raw.office not in head_offices():
        return None
    lang = ctx.language(sent.label)
    text = article.text[sent.start:sent.end]
    if lang.visit_sentence(text) or lang.visit_sentence(text.lower()):
        return None  # 'The visiting president met ...': a guest of the placed state
    at = sent.start + raw.start
    state = placed_state(article, sent, ctx, [], at)
    if len(state) != 1:
        return None
    named = {code for s in article.sentences if s.start <= sent.start
             for c in countries_in(article, s, ctx) if c.start < at for code in c.codes}
    return replace(raw, country=state[0]) if named <= set(state) else None
