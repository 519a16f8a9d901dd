"""The state a story is about, for sides its words name no state for: the dateline's, the paragraph's, the lead's.

Why: people and forces with no state word ('security forces', '경찰은', 'protesters') belong to the state the story is
about, which the sentence itself often does not name. A dateline names where a story is filed, the state of its
place; a wire's home desk ('(서울=연합뉴스)') files the world's news as well as the home's, so under it the state the
story told just before (its paragraph's, else its lead's) says more than the desk's own (domestic49). Split out of
act_actors, which reads the sides of one act.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from readout.lang.base.units import as_government_of
from readout.model import Article, CountryMention, Place, Span
from readout.pipeline.common import IGO_CODES, countries_in, paragraph_around, sentences_before_in_paragraph

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


def paragraph_place_state(article: Article, sent: Span, ctx) -> list[str]:
    """(kobare50) The one state of the places where things happen in the paragraph before this sentence, as far
    back as `continued_reach_sentences`, for a paragraph that names its towns and no state ('라파스 시내에서는
    군인들이 검문소를 세웠다. 육군은 ... 체포했다': Bolivia's army, though the headline named other states)."""
    earlier = sentences_before_in_paragraph(article, sent)[-ctx.settings.language(sent.label).continued_reach_sentences:]
    if not earlier:
        return []
    codes = {p.country for p in places_of(article, None, earlier[0].start, earlier[-1].end)}
    return sorted(codes) if len(codes) == 1 else []


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


def filed_state(article: Article, sent: Span, ctx, story, story_first: bool, armed: bool = False) -> list[str]:
    """(domestic49) The state of the place a story is filed from, for a side no word names: the dateline's; under
    the language's home desk (`Language.home_desk`), where the caller asks (`story_first`: a deed of people with no
    state, or force a bare home organ uses on people, `OWN_PEOPLE_DEEDS`), the doer is of the one other state the
    story told before it (the paragraph's, else the lead's), where it told one ('(서울=연합뉴스)
    세르비아에서 반정부 시위가 이어지고 있다. 경찰은 시위대 수십 명을 연행했다': Serbia's police). Not a state whose
    last act told was done to others or to no one ('북한이 미사일을 발사했다. 군은 ...': the desk's own forces answer
    it) unless the story placed deeds in that state's towns or as '그 나라에서' (kobare50: '리마 시내에서는
    군인들이 ... 육군은 ... 체포했다' after a curfew told there), nor a statement: a bare ministry speaking from Seoul is Seoul's ('외교부는 ... 밝혔다'). A bureau abroad whose state
    the story never names (`bureau_dateline`) is read like the home desk, and also by the paragraph before (coerce52).
    (koattack51b) `armed`: the doers are an armed group of no state (rebels, gunmen); under the home desk with no other
    state told they are of no state: the desk files the world's wars, and its own state has no rebels a bare word
    would mean ('(서울=연합뉴스) 반군이 정부를 공격했다' is no South Korean rebellion)."""
    place = dateline_place(article, sent, ctx)
    if place is None or not place.country:
        return []
    bureau = bureau_dateline(article, sent, ctx, place)  # coerce52: a bureau covering a neighbour is no scene
    if story_first and (ctx.language(sent.label).home_desk(place) or bureau):
        told = paragraph_state(article, sent, ctx) or paragraph_place_state(article, sent, ctx) \
            or lead_state(article, sent, ctx) or bureau and previous_paragraph_state(article, sent, ctx)
        answered = set(story.acting) - set(story.acting_toward)  # it acted on another state, or on no one
        if told and place.country not in told and (not set(told) & answered or places_of(article, told, 0, sent.end)):
            return told  # kobare50: a state whose towns the story placed its deeds in acts there at home
        if armed and not told and ctx.language(sent.label).home_desk(place):
            return []  # koattack51b: stateless armed doers under the home desk are not the desk's state's
    return [place.country]


def bureau_dateline(article: Article, sent: Span, ctx, place: Place) -> bool:
    """(coerce52) A dateline abroad whose state the story has named in no word before `sent` ('(부에노스아이레스=
    연합뉴스) 페루에서 반란이 ... 장군이 체포됐다'): a correspondent's regional bureau covering a neighbour, which says
    where the story was written, not where it happens, like the home desk. A dateline state the story names is its
    scene ('(도쿄=연합뉴스) 일본 경찰은 ...')."""
    lang = ctx.language(sent.label)
    if not place.country or not lang.files_abroad(place):
        return False
    return not any(place.country in c.codes for s in article.sentences if s.end <= sent.end
                   for c in countries_in(article, s, ctx))


def story_state(article: Article, sent: Span, ctx, story) -> list[str]:
    """(coerce52) The state whose authorities do a measure of force no word gives a doer ('Police arrested the
    general', 'the general was detained', '장군은 그날 밤 체포됐다'): a dateline's where it names the scene (not a
    home desk's or a bureau's, `filed_state`), else the one state the story told last: this paragraph's (by its state
    words, else its towns), the paragraph's before, the lead's. Why: an arrest is done by the authorities of the
    place it happens in, which is the state the story is about, not the parties of talks or a foreign body told just
    before. None where the story names two states there."""
    place = dateline_place(article, sent, ctx)
    if place is not None and place.country and not ctx.language(sent.label).home_desk(place) \
            and not bureau_dateline(article, sent, ctx, place):
        return [place.country]
    return paragraph_state(article, sent, ctx) or paragraph_place_state(article, sent, ctx) \
        or previous_paragraph_state(article, sent, ctx) or lead_state(article, sent, ctx) \
        or filed_state(article, sent, ctx, story, True)


def told_before(article: Article, sent: Span) -> bool:
    """Whether the story told a sentence before `sent`: a default state of the story needs a story; a lone report
    ('A missionary from X was arrested in Y') names its own scene or leaves its doer open."""
    return any(s.end <= sent.start for s in article.sentences)


OWN_PEOPLE_DEEDS = frozenset({"COERCE", "ASSAULT"})  # what police and troops do to their own state's people


def lead_state(article: Article, sent: Span, ctx) -> list[str]:
    """The one state the lead (the first paragraph) names before the sentence, none when it names two or none: the
    state a story is about ('스리랑카에서 반정부 시위가 격화하고 있다'), which the paragraphs after it name no more."""
    lead = article.paragraphs[0] if article.paragraphs else None
    if lead is None:
        return []
    told = [s for s in article.sentences if lead.start <= s.start and s.end <= min(lead.end, sent.start)]
    return home_country(story_countries(article, told, ctx))


def lead_state_through(article: Article, sent: Span, ctx, before: int) -> list[str]:
    """(actors52) The one state the lead names before offset `before` (in this sentence, only the words before it):
    the state of a foreign official a Korean report names by a bare title ('네팔에서 ... X 총리가 사퇴하자'), as its
    press names every other state's officials with their state. A state named after the official ('X 주석이 한국을
    방문했다') is where he went, not his own."""
    lead = article.paragraphs[0] if article.paragraphs else None
    if lead is None:
        return []
    told = [s for s in article.sentences if lead.start <= s.start < lead.end and s.start <= sent.start]
    return home_country([c for c in story_countries(article, told, ctx) if c.end <= before])


def story_home_words(article: Article, sent: Span, ctx, found: list[CountryMention]) -> list[CountryMention]:
    """(kobare50) A bare government word that names the writer's state ('정부', `Language.bare_home_word`) in a
    story about another state is that state's government; the one path that gives a bare home word another state
    (unify52), asking the language first whether the sentence's own grammar makes it the government of the people
    acting in it (`Language.people_own_government`: 'X에서 시위대가 ... 정부 퇴진을', which holds even in a story that
    names the writer's state), then the story: '페루 리마에서 대규모 시위가 벌어졌다. 시민 수천 명이 정부의
    연금 개혁에 반대했다' is against Lima, not Seoul; '케냐 야당 대표는 정부가 국민을 상대로 전쟁을 선포했다고
    비판했다' accuses Kenya's own government. Why: a Seoul paper writes '정부' for its own state, so read alone the
    word put the writer's state on a side of another state's domestic story. Only where the story placed something
    in that state (`placed_state`) and has named the writer's state in no other word up to here: '북한이 미사일을
    발사했다. 정부는 ... 규탄했다' (placed nowhere) and '(워싱턴=연합뉴스) 미국 상무부가 ... 정부는 유감을' (the
    dateline is no place of the story) keep the writer's state; so does a quoted word (the speaker's)."""
    lang = ctx.language(sent.label)
    sentence = article.text[sent.start:sent.end]
    found = lang.people_own_government(sentence, sent.start, article.tokens.get(sent.start, ()), found)
    shared = lang.shared_body_mentions(sentence, sent.start, found)
    if shared:
        found = shared_bodies_placed(article, sent, ctx, found, shared)
    bare = lang.bare_home_mentions(sentence, sent.start, found)
    if not bare:
        return found
    home = bare[0].codes[0]
    others = [c for c in found if c not in bare]
    if any(home in c.codes for c in others) or (lang.bare_home_held_story_wide()
                                                 and home_named_before(article, sent, ctx, home)):
        return found
    # actors61: where the bare word's state is a prior over the world's bodies (not held story-wide), a state the
    # sentence names after it (the side acted on: 'The National Security Council accused X') does not unplace the story
    placing = others if lang.bare_home_held_story_wide() else [c for c in others if c.start < bare[0].start]
    state = placed_state(article, sent, ctx, placing) or (body_named_state(article, sent, ctx, bare[0], placing)
                                                          if not lang.bare_home_held_story_wide() else [])
    if not state or home in state:
        return found
    return as_government_of(found, bare, state)


def shared_bodies_placed(article: Article, sent: Span, ctx, found: list[CountryMention],
                         shared: list[CountryMention]) -> list[CountryMention]:
    """(backref56, issue 14) `found` with each bare shared body name (`Language.shared_body_mentions`: '상원은',
    '하원에서', listed under the U.S.) read as the body of the state the story is placed in, as a shared party name
    is in English: where the sentence names the listed state itself the name keeps it, and so does a story placed
    nowhere or in two states (`placed_state` gives none: the listed state, the name's most frequent reading, stands).
    Why: '페루 의회는 ... 상원은 또 ...' put the U.S. Senate on a Peruvian story's side."""
    for m in shared:
        others = [c for c in found if c is not m]
        if any(code in c.codes for c in others for code in m.codes):
            continue  # '미국 상원은 중국을': the listed state is named in the sentence
        before = [c for c in others if c.start < m.start]
        state = placed_state(article, sent, ctx, before) or body_named_state(article, sent, ctx, m, before)
        if state and state != m.codes:
            found = as_government_of(found, [m], state)
    return found


def body_named_state(article: Article, sent: Span, ctx, bare: CountryMention,
                     others: list[CountryMention]) -> list[str]:
    """(actors57, issue 14; backref56's limit) The one state whose body of the bare name's own sector (a chamber:
    LEG) an earlier sentence of the story named, other than the name's listed state: 'Peru's Congress voted ...
    Congress also condemned X', '페루 의회는 ... 상원은 ...' is Peru's chamber in a story placed only by that body.
    [] where the bare word has no sector of its own (a bare government word: the story's placing decides), the
    sentence names another state before it, or the story named such bodies of two states or none."""
    if bare.sector in (None, "GOV") or others:
        return []
    states = {code for s in article.sentences if s.end <= sent.start for c in countries_in(article, s, ctx)
              if c.sector == bare.sector and len(c.codes) == 1 for code in c.codes if code not in bare.codes}
    return sorted(states) if len(states) == 1 else []


def home_named_before(article: Article, sent: Span, ctx, home: str) -> bool:
    """Whether a sentence before `sent` names the writer's state by a word other than a bare government word
    ('한국', '한미', '우리 군'): then the story is (also) the writer's state's, and its bare '정부' the writer's."""
    lang = ctx.language(sent.label)
    return any(home in c.codes and lang.bare_home_word(article.text[c.start:c.end]) != home
               for s in article.sentences if s.end <= sent.start for c in countries_in(article, s, ctx))


def placed_state(article: Article, sent: Span, ctx, others: list[CountryMention]) -> list[str]:
    """The one state a story is about at `sent` where it told something happening there: the sentence's own one
    state when something of it is the sentence's subject (its opposition, its people) or the sentence happens in it
    ('부쿠레슈티 의회 앞에 모여'), else the paragraph's, else the lead's; and a place of that state where things
    happen (a city, or the state as a locative: '페루에서', '리마에서') named up to this sentence. [] when the sentence
    names other states or none is placed."""
    states = named_home(others, set())  # a body's word ('EU 깃발을 흔들며') names no state of the story
    own = home_country(states)
    if states and not (own and (any(c.subject and c.codes == own for c in states)
                                or places_of(article, own, sent.start, sent.end))):
        return []
    here = {p.country for p in places_of(article, None, sent.start, sent.end)}  # '리가 의회 앞에 모여'
    told = own or (sorted(here) if len(here) == 1 else []) or paragraph_state(article, sent, ctx) \
        or paragraph_place_state(article, sent, ctx) or lead_state(article, sent, ctx) \
        or previous_paragraph_state(article, sent, ctx) or story_place_state(article, sent)
    return told if places_of(article, told, article.sentences[0].start if article.sentences else 0, sent.end) else []


def story_place_state(article: Article, sent: Span) -> list[str]:
    """(actors61) The one state of the places where things happened in the story before the sentence ('Protests
    erupted in [a capital]. ... The National Security Council said'): a story placed by its towns, naming no state."""
    codes = {p.country for p in places_of(article, None, 0, sent.start)}
    return sorted(codes) if len(codes) == 1 else []


def previous_paragraph_state(article: Article, sent: Span, ctx) -> list[str]:
    """(kobare50) The one state the paragraph before the sentence's own names: a paragraph opening on a bare
    '정부' ('... 대통령은 "..."며 정부를 비판했다') after one about a foreign state's police and ministry."""
    paragraph = paragraph_around(article, sent)
    before = [p for p in article.paragraphs if p.end <= paragraph.start]
    if not before:
        return []
    told = [s for s in article.sentences if before[-1].start <= s.start and s.end <= before[-1].end]
    return home_country(story_countries(article, told, ctx))


def places_of(article: Article, codes: list[str] | None, start: int, end: int) -> list[Place]:
    """The places of the states `codes` (None: of any state) between offsets `start` and `end` where something happens: a city, or a
    state named as a locative; not where a traveller came from."""
    return [p for p in article.places if p.country and (codes is None or p.country in codes)
            and start <= p.span.start < end
            and not p.span.data.get("origin") and (p.precision == "city" or p.span.data.get("locative"))]
