"""A state's ruling military named bare ('the junta', 'the military government', '군부', '군정') with no state named
with it in the document is the state the story is placed in (actors61).

Why: 'the junta' refers back to the state the document named it with ("Mali's junta": common.agents_referred); a
story that tells the coup by its place ('Soldiers seized power in [a capital] last year') or by its lead ('[X]'s army
took power') and then names 'the junta' bare gave the ruling body no state, so its acts had no acting side. A junta
rules where it is: the one state of the places the story has told things happening in up to its sentence, else the
one state its lead names, else the dateline's state where a dateline tells where the news happens (not a home desk).
The nouns that rule where they are placed are the language's (lexicon `agent_back_placed_nouns`): mediators or
rebels, which the same reference reads, belong to no place they are named in.
"""
from __future__ import annotations

from readout.kb.geo import capital_state
from readout.model import Article, Place, Span
from readout.pipeline.story_states import dateline_place, lead_state, places_of


def placed_ruler_state(article: Article, sent: Span, ctx, noun: str, named: set[str]) -> list[str]:
    """The state a bare ruling-military noun `noun` of `sent` stands for where the document named no state with it:
    the placed state (see the module), never one of `named` (the states the sentence's own country words name: 'the
    junta expelled the French ambassador'); [] for another noun or where the story places nothing."""
    lang = ctx.language(sent.label)
    if noun not in lang.lex.get("agent_back_placed_nouns", ()):
        return []
    return placed_state(article, sent, ctx, named, venues=government_meets_sides(lang, article.text[sent.start:sent.end],
                                                                                noun))


def government_meets_sides(lang, text: str, noun: str) -> bool:
    """(meet52) 'The government held talks with the rebels in Havana': a bare government noun (`Language.
    bare_governments`) in a sentence with a state's non-government side (`Language.domestic_parties`) meets it where
    the sentence says, so a capital there is the talks' venue, not the government's state (`own_venue`). A ruling
    military ('The junta held talks with the opposition in <its capital>') rules where it is: its capital stays."""
    return bool(lang.domestic_parties(text)) and any(text[a:b] == noun for a, b in lang.bare_governments(text))


def placed_state(article: Article, sent: Span, ctx, named: set[str], venues: bool = False) -> list[str]:
    """The state the story is placed in up to `sent` (its places' one state, else its lead's, else a dateline's that
    tells where the news happens), never one of `named`; [] where it places nothing. (meet50b) Also the state of a
    bare government and its rebels ('The government and the rebels held talks': pipeline/states). (meet52)
    `venues`: a capital `sent` itself names is where its talks are held, not where the story is (`own_venue`)."""
    lang = ctx.language(sent.label)
    here = {p.country for p in places_of(article, None, 0, sent.end)
            if not (venues and own_venue(p, sent))} - named
    if len(here) == 1:
        return sorted(here)
    lead = [c for c in lead_state(article, sent, ctx) if c not in named]
    if lead:
        return lead
    place = dateline_place(article, sent, ctx)
    if place and place.country and place.country not in named and not lang.home_desk(place):
        return [place.country]
    return []


def own_venue(place: Place, sent: Span) -> bool:
    """(meet52) 'The government held talks with the rebels in Havana', '정부는 아바나에서 반군과 협상을 벌였다' with
    nothing before placing the story: a state's capital named in the meeting's own sentence, whose sides no country
    word names, is a venue (such sides meet their government abroad, meet50b), not the sides' state. A town places
    the story still ('... in Cali': its state's sides, meet51)."""
    return sent.start <= place.span.start < sent.end and capital_state(place.name) == place.country
