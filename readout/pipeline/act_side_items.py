"""Which words of a sentence may stand for a side (`SideItem`s): people, country words and the states a group word
stands for ('the two sides', '양측', 'the four countries', 'the two rivals'), less a body named in a gathering's name
and the place where the sentence's meeting is held. pipeline/act_actors and pipeline/act_recipients read both sides
of an act from these items.
"""
from __future__ import annotations

from readout.kb.geo import country_index, lookup_city
from readout.model import LOCAL_PRECISIONS, Article, CountryMention, Event, Mention, Span
from readout.pipeline.act_pairs import principal_sides, signatories
from readout.pipeline.act_recipients import SideItem
from readout.pipeline.common import IGO_CODES, meeting_words_in
from readout.pipeline.state_references import states_named_before
from readout.pipeline.act_subjects import coordinated_owners
from readout.pipeline.act_actor_defaults import meeting_countries


def act_items(article: Article, sent: Span, lang, text: str, tokens, mentions: list[Mention],
              countries: list[CountryMention], story, ctx, meetings: list[Event]) -> list[SideItem]:
    """The words of the sentence that may stand for a side, in order: people, country words and state groups,
    less a body named in a gathering's name and a place where the sentence's meeting is held (`venue_spans`)."""
    items = side_items(sent, mentions, countries, story) + state_group_items(article, sent, lang, text, countries,
                                                                             story, ctx)
    items += state_counted_offices(article, mentions, items)
    items = short_leader_groups(article, lang, mentions, items)
    venues = venue_spans(article, sent, lang, text, tokens, meetings)
    return sorted((i for i in items if not gathering(lang, text, sent, i)
                   and not document_city(article, sent, lang, text, i)
                   and not set(venues.get((i.span.start, i.span.end), ())) & set(i.codes)), key=lambda i: i.span.start)


def state_counted_offices(article: Article, mentions: list[Mention], items: list[SideItem]) -> list[SideItem]:
    """(actors56) '양국 국방장관은 ... 합의했다' where the story named no defence minister: an office counted by states
    (one holder in each, `states`) stands for the story's principal pair, the sides of its latest conflict act or
    accord of that many, else its latest meeting (act_pairs.principal_sides), as 'the two countries' would; never the
    last two people named as subjects, who hold other offices (a mediator and one leader)."""
    taken = {(i.span.start, i.span.end) for i in items}
    out = []
    for m in mentions:
        if m.span.label != "group" or not m.span.data.get("states") or (m.span.start, m.span.end) in taken:
            continue
        codes = principal_sides(article.events, m.span.data.get("size") or 0)
        if codes:
            out.append(SideItem(Span(m.span.start, m.span.end, "country"), codes))
    return out


def short_leader_groups(article: Article, lang, mentions: list[Mention], items: list[SideItem]) -> list[SideItem]:
    """(actors58) 'both leaders', '양국 정상' (a group of leaders, or of officials counted by their states) counting more
    than the states the story placed them in (none named, or one of them with no state known): the story's principal
    sides of that many (act_pairs.principal_sides), as 'the two countries' would be, not the one state of the leader it
    did place. Leaders placed in as many states stay who they are. (actors59) Not a pair with a state the sentence
    names before the group, the one calling or warning them ('C's president, who signed deals with A and with B,
    called both leaders'), while the story told another (`speakers_before`)."""
    out = list(items)
    for m in mentions:
        size = m.span.data.get("size") or 0
        if m.span.label != "group" or m.span.data.get("states") or size <= 1 or not (
                m.span.data.get("office") == "leader" or lang.group_counts_states(m.surface)):
            continue
        held = [i for i in out if (i.span.start, i.span.end) == (m.span.start, m.span.end)]
        if held and len(set(held[0].codes)) >= size:
            continue
        before = speakers_before(out, m.span.start)
        codes = principal_sides(article.events, size, besides=before) or principal_sides(article.events, size)
        if len(codes) == size:
            out = [i for i in out if i not in held] + [SideItem(Span(m.span.start, m.span.end, "country"), codes)]
    return out


def speakers_before(items: list[SideItem], start: int) -> set[str]:
    """The states of the side items before text offset `start`: who speaks to or of a group word after them."""
    return {code for i in items if i.span.end <= start for code in i.codes}


def venue_spans(article: Article, sent: Span, lang, text: str, tokens,
                meetings: list[Event]) -> dict[tuple[int, int], tuple[str, ...]]:
    """Where this sentence names the place of a meeting it reports, or a city in a locative of a sentence with a
    meeting word ('싱가포르서 회담', 'talks in Singapore'), with the place's state: a city-state or capital of the
    state a country word there names is where the statements were made, not a side of them ('한·호주 외교장관,
    싱가포르서 회담…"북한 도발 규탄"'). A country in a locative may be a side ('a halt in North Korea and Russia's
    cooperation'), and so is a capital with no meeting word ('protested to Caracas', 'Beijing condemned'), or a
    state that only shares a town's name ('delivered to Armenia')."""
    out = {(p.span.start, p.span.end): (p.country,) for p in article.places if sent.start <= p.span.start < sent.end
           and p.span.data.get("locative") and p.precision in LOCAL_PRECISIONS and p.country}
    if out and not meeting_words_in(article, sent, lang):
        out = {}
    for e in meetings:
        if e.location is not None and e.location.country:
            out[e.location.span.start, e.location.span.end] = (e.location.country,)
    return out


def document_city(article: Article, sent: Span, lang, text: str, item: SideItem) -> bool:
    """(actors56) A city standing for its state that names a document ('In the Lusaka Declaration, the two countries
    committed ...', '루사카 선언에 따르면'): where it was signed, never a side of its signatories' acts. A country's
    name before a document ('the Iran deal', '한미 공동성명') names its parties and stays."""
    surface = article.text[item.span.start:item.span.end]
    return lang.names_a_document(text, item.span.end - sent.start) and lookup_city(surface) is not None \
        and surface not in country_index()


def gathering(lang, text: str, sent: Span, item: SideItem) -> bool:
    """A body named in a gathering's name ('praised the coming ASEAN summit', 'G20 정상회의에서'): where an act
    happens or what is attended, no party to it."""
    return bool(set(item.codes) & IGO_CODES) and lang.names_a_venue(text, item.span.start - sent.start,
                                                                      item.span.end - sent.start)


def counted_group(m: Mention, story) -> list[str]:
    """The states of a group reference with no meeting to stand for: the officials just named together, else as
    many people as it counts among the earlier sentences' subjects ('A rejected ... B asked ... The two ministers
    agreed'; pipeline/meeting_parties.expand reads the people the same way)."""
    size, office = m.span.data.get("size"), m.span.data.get("office")
    if m.span.data.get("states"):  # '양국 국방장관' with no defence minister named: no two people named last stand
        return list(dict.fromkeys(e.country for e in story.joint or story.office_holders(size, office) if e.country))
    people = story.joint or story.counted(size, office)
    return list(dict.fromkeys(e.country for e in people if e.country))


def group_meeting_states(m: Mention, story) -> list[str]:
    """The states a group word ('the two sides', 'both countries') stands for in the story's meeting: its parties;
    when the meeting has one party more than the word counts, not the party who called or met the others ('X held
    calls with A and B ... the two sides agreed': A and B, not X), its first party; a meeting with fewer parties than
    the word counts, none."""
    codes = meeting_countries([story.meeting] if story.meeting else [])
    size = m.span.data.get("size")
    if size and len(codes) < size:
        return []  # a body's session alone ('The Council met ... and urged the two sides'): no pair (pairs49)
    return codes[1:] if size and len(codes) == size + 1 else codes


def group_word_states(m: Mention, story) -> list[str]:
    """The states a group word ('the two sides', '양측', 'the two ministers') stands for: the signatories of its
    paragraph's accord, else the current meeting's parties, else the people it counts; a word counting sides, not
    office holders, that finds fewer states than it counts (one state's people counted, a body's session) stands for
    the story's last accord of that many (pipeline/act_pairs.signatories), else for what it found."""
    size, office = m.span.data.get("size"), m.span.data.get("office")
    held = [] if story.meeting_holds(size, office) else story.office_holders(size, office)  # mediator53: '양국
    # 국방장관' after the leaders' summit: the defence ministers the story named, not the summit's leaders
    codes = signatories(story, m.span.start, size) or list(dict.fromkeys(e.country for e in held if e.country)) \
        or group_meeting_states(m, story) or counted_group(m, story)
    if not size or len(codes) >= size or m.span.data.get("office"):
        return codes
    return signatories(story, None, size) or codes


STATE_VOICE_SECTORS = frozenset({"GOV"})  # an excluded office of these sectors (a spokesperson) voices a state


def speaks_for_state(m: Mention) -> bool:
    """'Foreign ministry spokeswoman X warned Ukraine ...': a spokesperson is never a party in person, but the
    state she speaks for is. With no state in her title ('Chinese foreign ministry spokesman' names one, and that
    country word stands as the side already), the person's own state from the knowledge base does, when the
    language confirms it by the full name (`country_hint`: a guess by sound or a namesake's state gives none); a
    reporter (sector JRN) speaks for no state."""
    e = m.entity
    return bool(m.excluded and e and e.kind == "person" and e.country and e.country == m.country_hint
                and e.sector in STATE_VOICE_SECTORS)


def side_items(sent: Span, mentions: list[Mention], countries: list[CountryMention], story) -> list[SideItem]:
    items = []
    followed = [c for c in countries if c.sector]  # 'Assad's forces', '마두로 지지자들': the followers' phrase speaks
    persons = [m for m in mentions if (not m.excluded or speaks_for_state(m))
               and not any(c.start <= m.span.start and m.span.end <= c.end and c.end - c.start > m.span.end - m.span.start
                           and m.entity and m.entity.country in c.codes for c in followed)]
    stateless = []  # group words that name no state ('the ministers' of 'the ministers of Chile'): the country
    # phrase that holds them names it (enactors70), so they hide no country word
    for m in persons:
        if m.span.label == "group":
            codes = group_word_states(m, story)
        else:
            codes = [m.entity.country] if m.entity and m.entity.country else []
        if codes:
            person = m.entity if m.span.label == "person" and m.entity and m.entity.kind == "person" else None
            items.append(SideItem(m.span, codes, m.entity.sector if m.entity else None, person))
        elif m.span.label == "group" and m.entity is None:
            stateless.append(m)
    for c in countries:
        covering = [m for m in persons if m.span.start <= c.start < m.span.end
                    and not (c.start == m.span.start < m.span.end < c.end and m in stateless)]
        if not covering:
            items.append(SideItem(Span(c.start, c.end, "country"), list(c.codes), c.sector))
        elif any(m.entity and m.entity.country in c.codes for m in covering):
            # '한·캐나다 외교장관': one holder known, the compound's other state stands for its own (an office group
            # already names a state with no known holder: pipeline/mentions.office_group)
            held = {m.entity.country for m in covering if m.entity}
            rest = [code for code in c.codes if code not in held]
            if rest:
                items.append(SideItem(Span(c.start, c.end, "country"), rest, c.sector))
    return sorted(items, key=lambda i: i.span.start)


def state_group_items(article: Article, sent: Span, lang, text: str, countries: list[CountryMention], story,
                      ctx) -> list[SideItem]:
    """'China accused the four countries of stirring up tensions', '중국은 세 나라가 긴장을 고조시킨다고 비난했다': a
    number of states named by a group word stands for the sides of the latest meeting, conflict act or accord reported
    that has that many (a bilateral on its sidelines since is not it; a third party's appeal or judgement of them is
    none: act_pairs.principal_sides), else for those of the last sentence naming that many; a phrase
    that names its states itself ('한일 양국') is read through its country words already."""
    items = adversary_items(article, sent, lang, text)
    for start, end, count in lang.state_references(text):
        if any(sent.start + start <= c.start < sent.start + end or c.start < sent.start + start < c.end
               for c in countries) \
                or any(i.span.start < sent.start + end and sent.start + start < i.span.end for i in items):
            continue  # a country word names them (or a grouping's name holds the count: '발트 3국'), or they are the
            # sides of the conflict just reported
        codes = named_earlier_in_sentence(lang, text, sent, countries, sent.start + start, count) \
            or principal_sides(article.events, count) or states_named_before(article, story.index, ctx, count)
        if len(codes) == count:
            items.append(SideItem(Span(sent.start + start, sent.start + end, "country"), list(codes)))
    return items


def adversary_items(article: Article, sent: Span, lang, text: str) -> list[SideItem]:
    """'the two rivals', 'urged both governments': the sides of the latest conflict act reported, a third party's
    condemnation of one of them none (act_pairs.principal_sides; read before a group word's count is matched against
    the states last named together)."""
    items = []
    for start, end, count in lang.adversary_references(text):
        codes = principal_sides(article.events, count, CONFLICT_TYPES)
        if codes:
            items.append(SideItem(Span(sent.start + start, sent.start + end, "country"), codes))
    return items


def named_earlier_in_sentence(lang, text: str, sent: Span, countries: list[CountryMention], start: int,
                              count: int) -> list[str]:
    """'X scrambled jets after A and B bombers flew near it, and conveyed concern to both countries': a group word
    whose own sentence names a coordinated group of that many states before it stands for the nearest such group
    (before any earlier meeting or sentence is read back); a lone state between ('and X urged both countries') is
    not one of them."""
    for c in reversed([c for c in countries if c.end <= start and len(c.codes) == 1]):
        group = coordinated_owners(lang, text, sent, countries, c)
        if len(group) == count:
            return group
    return []


CONFLICT_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "MOBILIZE", "SANCTION", "REJECT"})
