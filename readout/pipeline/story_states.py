"""The state a story is about, for sides its words name no state for: the dateline's, the paragraph's, the lead's.

Why: people and forces with no state word ('security forces', '경찰은', 'protesters') belong to the state the story is
about, which the sentence itself often does not name. A dateline names where a story is filed, the state of its
place; a wire's home desk ('(서울=연합뉴스)') files the world's news as well as the home's, so under it the state the
story told just before (its paragraph's, else its lead's) says more than the desk's own (domestic49). Split out of
act_actors, which reads the sides of one act.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.model import Article, CountryMention, Place, Span
from readout.pipeline.common import IGO_CODES, countries_in, sentences_before_in_paragraph

if TYPE_CHECKING:
    from readout.pipeline.act_recipients import SideItem


def paragraph_state(article: Article, sent: Span, ctx) -> list[str]:
    """(domestic48) The one state the sentences of the paragraph before this one name ('Protests spread across X.
    Security forces killed 20 protesters on Monday.': X's forces), as far back as `continued_reach_sentences`; none
    when they name two states or none. Why: people and forces with no state word and no place are the side of the
    state the story is about, and a paragraph about two states leaves it open. Deeds only: a statement of people with
    no state ('The farmers' union condemned the decision') may answer a state's deed, and its speakers are no side of it."""
    earlier = sentences_before_in_paragraph(article, sent)
    return home_country(story_countries(article, earlier[-ctx.settings.language(sent.label).continued_reach_sentences:],
                                        ctx))


def story_countries(article: Article, sentences: list[Span], ctx) -> list[CountryMention]:
    """The country words of the sentences that may name the state a story happens in: no body, and no state of a
    diplomatic post ('미국 대사관 앞에서 시위가 벌어졌다': the protest is in the host state, `Language.owns_a_post`)."""
    return [c for s in sentences for c in named_home(countries_in(article, s, ctx), set())
            if not ctx.language(s.label).owns_a_post(article.text, c.end)]


def named_home(countries: list[CountryMention], received: set[int]) -> list[CountryMention]:
    """The country words a sentence names that may be its people's home: none received, no body ('outside X's embassy
    in Seoul': Seoul's)."""
    return [c for c in countries if c.start not in received and not any(code in IGO_CODES for code in c.codes)]


def dateline_state(article: Article, sent: Span, ctx) -> list[str]:
    """The state of the city of the dateline before the sentence: a state body the sentence names without its
    state ('SEOUL -- The foreign ministry summoned the Japanese ambassador') is of the state the story is
    filed from (the language marks such a subject: `home_subject`); no dateline, no state."""
    place = dateline_place(article, sent, ctx)
    return [place.country] if place and place.country else []


def dateline_place(article: Article, sent: Span, ctx) -> Place | None:
    """The city of the dateline before the sentence, as its language reads it; None with no dateline."""
    lines = [d for d in article.datelines if d.start <= sent.start]
    if not lines:
        return None
    return ctx.language(sent.label).dateline_place(article.text[lines[-1].start:lines[-1].end], lines[-1].start)


def home_country(countries: list[CountryMention] | list[SideItem]) -> list[str]:
    """The one state a sentence names (people and institutions without a country word belong to it), by its
    country words or by its places."""
    codes = list(dict.fromkeys(code for c in countries for code in c.codes))
    return codes if len(codes) == 1 else []


def filed_state(article: Article, sent: Span, ctx, story, story_first: bool) -> list[str]:
    """(domestic49) The state of the place a story is filed from, for a side no word names: the dateline's; under
    the language's home desk (`Language.home_desk`), where the caller asks (`story_first`: a deed of people with no
    state, or force a bare home organ uses on people, `OWN_PEOPLE_DEEDS`), the doer is of the one other state the
    story told before it (the paragraph's, else the lead's), where it told one ('(서울=연합뉴스)
    세르비아에서 반정부 시위가 이어지고 있다. 경찰은 시위대 수십 명을 연행했다': Serbia's police). Not a state whose
    last act told was done to others or to no one ('북한이 미사일을 발사했다. 군은 ...': the desk's own forces answer
    it), nor a statement: a bare ministry speaking from Seoul is Seoul's ('외교부는 ... 밝혔다')."""
    place = dateline_place(article, sent, ctx)
    if place is None or not place.country:
        return []
    if story_first and ctx.language(sent.label).home_desk(place):
        told = paragraph_state(article, sent, ctx) or lead_state(article, sent, ctx)
        answered = set(story.acting) - set(story.acting_toward)  # it acted on another state, or on no one
        if told and place.country not in told and not set(told) & answered:
            return told
    return [place.country]


OWN_PEOPLE_DEEDS = frozenset({"COERCE", "ASSAULT"})  # what police and troops do to their own state's people


def lead_state(article: Article, sent: Span, ctx) -> list[str]:
    """The one state the lead (the first paragraph) names before the sentence, none when it names two or none: the
    state a story is about ('스리랑카에서 반정부 시위가 격화하고 있다'), which the paragraphs after it name no more."""
    lead = article.paragraphs[0] if article.paragraphs else None
    if lead is None:
        return []
    told = [s for s in article.sentences if lead.start <= s.start and s.end <= min(lead.end, sent.start)]
    return home_country(story_countries(article, told, ctx))
