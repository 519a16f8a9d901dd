"""Meetings whose parties are states: a country word, a capital, a country and a group of its people
('Moroccan diplomats', 'a Chinese delegation', 'Indian and Pakistani officials'), or words standing for
the states just named ('the two countries'), read where the named reader (pipeline/events) finds no
pair of people for a meeting word. The rules that keep a named meeting whole: no state a named person of
the sentence stands for, no state-level meeting beside a named one of the sentence, and a state-level
meeting of states that a named meeting of the document holds is that meeting (its sentence joins it).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from readout.lang.base import Trigger
from readout.model import Article, Entity, Event, Mention, OCCURRED, Span
from readout.pipeline.common import countries_in, country_entity, dates_compatible, places_apart
from readout.pipeline.roles import PRINCIPAL, read_roles
from readout.pipeline.state_references import delegation_before, states_named_before
from readout.sectors import ARMED_GROUP_SECTORS, PARTY_SIDE_SECTORS, STATE_BODY_SECTORS

GOVERNMENT = "GOV"  # a state's own sector: the side its other sectors are parts of
DOMESTIC_SIDES = ARMED_GROUP_SECTORS | PARTY_SIDE_SECTORS | {"CVL"}  # a state's sides apart from its bodies (meet52:
# its protesters, CVL, too)
IGO_SECTOR = "IGO"  # the sector of an international body (pipeline/common.country_entity)


def brokered_pair_before(sent: Span, trig: Trigger, ordered: list, roles: list[str], after: bool) -> bool:
    """(acts59b) A go-between's word whose 'with' parties all stand on the side where a meeting word's counterparts do
    not ('The ceasefire between A and B, mediated by Q, held': the pair before the participle): they are the pair Q
    brokered, the meeting's parties, as after 'Q brokered a truce between A and B'. Only for a third-party word none
    of whose 'with' parties stands on the counterparts' side ('Amid its cooperation with R, Q hosted talks between
    A and B' keeps R out)."""
    withs = [item for item, role in zip(ordered, roles) if role == "with"]
    return trig.mode == "third-party" and bool(withs) \
        and all((item.span.start > sent.start + trig.start) != after for item in withs)


def state_parties(article: Article, sent: Span, lang, text: str, tokens, trig: Trigger, people: list[Mention],
                  story, ctx, others: tuple[Trigger, ...] | list[Trigger] = ()) -> list[list[Entity]]:
    """'Moroccan diplomats held a meeting with President X', 'Indian and Pakistani officials met',
    'X visited Russia': where the meeting's clause names no pair of people, a party may be a state
    named by a country word, a capital, or a country and a group of its people ('a Chinese delegation'),
    as the country entity with the group's sector. Read only when the named reader found no meeting of
    this word, and never a state that a named party of the clause already stands for, so a named meeting
    is never split or doubled; two states at least."""
    scene = trig.kind != "predicate" and lang.held_as_setting(text, tokens, trig)  # meetset71: 'At the summit with B, A'
    if (trig.kind != "predicate" and not lang.meeting_purpose(text, tokens, trig)
            and not lang.held_before_main(text, tokens, trig) and not scene) or (
            trig.status != OCCURRED and trig.mode and trig.mode != "third-party"
            and not (trig.mode == "visit" and trig.status == "planned")):  # 'will host talks between A and B'
        return []  # 'at the APEC meeting', 'the visit to Russia': the scene, too loose; plans55: a planned visit is
        # read (a plan never joins the visit held: store/merge_dates.plan_beside_held)
    if trig.status != OCCURRED and lang.plan_of_named_only(text, trig):
        return []  # enmeet48: 'envoys from A, B and C are set to convene': a gathering said ahead names its people
    persons = [m for m in people if m.entity and m.entity.kind == "person"]
    apart = elsewhere_persons(lang, text, tokens, sent, trig, persons, others)
    homes = {m.entity.country for m in persons if m.role != "genitive" and m not in apart}  # 'the president's
    # envoys': not his; enconsult46: nor the people of a later phrase that has no part in this meeting
    items = state_items(article, sent, lang, text, people, homes, story, ctx)
    if not items:
        return []
    ordered = sorted([*persons, *items], key=lambda item: item.span.start)
    roles = head_of_clause(lang, text, tokens, sent, trig, ordered, read_roles(lang, text, tokens, sent, trig, ordered))
    after = lang.recipients_side() == "after"
    owned = lang.agent_follows(text, trig.end)  # 'hold the Conference of the UN ...': the noun's owner
    pair_before = brokered_pair_before(sent, trig, ordered, roles, after)
    principal = [item for item, role in zip(ordered, roles) if role in PRINCIPAL and not (
        isinstance(item, StateItem) and (role == "with" and (item.span.start > sent.start + trig.start) != after
                                         and not pair_before
                                         or role == "object" and owned and (
                                             item.span.start > sent.start + trig.start or not after)))]
    if scene:  # the scene's parties are its clause's subject and the partner, not the clause's object ('B와의
        principal = [item for item in principal if roles[ordered.index(item)] != "object"]  # 회담에서 C를 비판했다')
    if trig.mode != "third-party" and lang.names_own_pair(text, trig):
        principal = [item for item in principal if roles[ordered.index(item)] != "subject"]  # meetfollow66: 'A
        # called for talks between B and C': the caller is no party of the talks whose pair the word names
    # protest65: 'Chile was visited by Peru': an object before a word whose agent follows is a passive's subject, no
    # owner's noun phrase after it (where objects follow their verb)
    # 'Amid its cooperation with Russia, A and B held talks': a 'with' state stands where counterparts stand
    if trig.status != OCCURRED and any(isinstance(item, StateItem) and item.group
                                         and not (trig.status == "planned"
                                                  and (item.office or item.body or one_listed_group(item, principal)))
                                         for item in principal):
        return []  # 'officials will meet diplomats': a plan of unnamed people is too loose (an office holder
        # is one person: 'the Chilean foreign minister will meet ...' is planned; not to meet is no meeting; so is one
        # body speaking for its state, planned47: 'the Ghanaian government will hold talks with B'); one of
        # the states themselves ('양국은 회담을 열 계획', '미중 정상회담이 무산') is a planned or cancelled meeting
    named = list({item.entity.id: item.entity for item in principal if isinstance(item, Mention)}.values())
    states, parts = domestic_sides([country_entity(item.code, item.sector) for item in principal
                                    if isinstance(item, StateItem)], {e.country for e in named})
    group = list({e.id: e for e in [*named, *states]}.values())
    if len(group) == 1 and states and body_session(group[0], principal, roles, ordered, trig):
        return [group]  # '안보리가 긴급회의를 열었다': a body of states holding its own session
    if not states or len(named) > 1 or len({e.id if e.id in parts else e.country for e in group}) \
            < ctx.settings.min_meeting_participants:
        return []  # two named people and a state: the named reader's sentence ('A said B's visit to Japan')
    split = trig.mode != "visit" and lang.meeting_splits_pairs(own_clause(lang, text, tokens, trig))
    return one_visit_each(trig, principal, roles, ordered, split) or [group]


def head_of_clause(lang, text: str, tokens, sent: Span, trig: Trigger, ordered: list, roles: list[str]) -> list[str]:
    """(meet52) 'The Ghanaian envoys [who visited Abuja] urged talks', 'Ghana, [which visited ...],': a meeting
    predicate whose clause names no subject, the clause opening right after a state item (only spaces or a comma
    between), is that item's deed, as the named reader's 'A, who met B' is A's (meeting_parties.principals): the item
    is its subject. Where the clause reader cuts such a clause, the head stands outside it."""
    if trig.kind != "predicate" or "subject" in roles:
        return roles
    left, _right = lang.clause(text, tokens, trig.start, trig.end)
    at = sent.start + left
    for k, item in enumerate(ordered):
        if isinstance(item, StateItem) and roles[k] == "other" and item.span.end <= at \
                and not text[item.span.end - sent.start:left].strip(" ,"):
            return [*roles[:k], "subject", *roles[k + 1:]]
    return roles


def own_clause(lang, text: str, tokens, trig: Trigger) -> str:
    """The meeting word's own clause: a split word of another clause says nothing of its meeting."""
    left, right = lang.clause(text, tokens, trig.start, trig.end)
    return text[left:right]


def one_visit_each(trig: Trigger, principal: list, roles: list[str], ordered: list,
                   split: bool = False) -> list[list[Entity]]:
    """(komeet49) 'A visited B and C', 'A는 B와 칠레를 방문했다', 'A는 B, C를 잇달아 방문했다': one visitor's visit word
    with several states as its objects is one visit to each host (a CONSULT per host), not one meeting of all
    of them. Not where the subjects are of several states, nor where a host is a 'with' party (a meeting word).
    (enmeet50) `split`: the meeting word's clause says the counterparts were met one by one ('met Peruvian and
    Bolivian officials separately', 'one after another', '페루, 볼리비아 외교장관과 잇달아 회담했다'): one meeting per
    counterpart state, 'with' parties too; without such a word the table stays one (a multilateral)."""
    if trig.mode != "visit" and not split:
        return []
    counterpart = ("object", "with") if split else ("object",)
    role_of = {id(item): roles[ordered.index(item)] for item in principal}
    visitors = [item for item in principal if role_of[id(item)] == "subject"]
    hosts = [item for item in principal if role_of[id(item)] in counterpart and isinstance(item, StateItem)]
    own = {item.entity.id for item in visitors if isinstance(item, Mention) and item.entity}
    others = [item for item in principal if item not in visitors and item not in hosts
              and not (isinstance(item, Mention) and item.entity and item.entity.id in own)]  # 'his counterparts'
    if len(hosts) <= 1 or others:  # several hosts, no other party
        return []
    guests = list({e.id: e for e in (item.entity if isinstance(item, Mention) else country_entity(item.code, item.sector)
                                     for item in visitors)}.values())
    host_states = list({item.code: country_entity(item.code, item.sector) for item in hosts}.values())
    if len({e.country for e in guests}) != 1 or guests[0].country in {e.country for e in host_states}:
        return []
    return [[*guests, host] for host in host_states]


def one_listed_group(item: StateItem, principal: list) -> bool:
    """(komeet47) The group is the people of several listed states in one phrase ('칠레, 페루, 볼리비아 특사들이',
    'Chilean and Peruvian officials'): every party ends with it, and they are at least two states. Such a plan to meet
    is as definite as the states' own ('A·B·C 특사들이 만날 예정', '양국은 회담을 열 계획'): they meet each other.
    Groups of separate phrases ('officials will meet diplomats') stay too loose."""
    ends = {i.span.end for i in principal if isinstance(i, StateItem)}
    return all(isinstance(i, StateItem) for i in principal) and ends == {item.span.end} \
        and len({i.code for i in principal}) > 1


def elsewhere_persons(lang, text: str, tokens, sent: Span, trig: Trigger, persons: list[Mention],
                      others) -> list[Mention]:
    """(enconsult46) The named people of a meeting still to come, named after this meeting word that is held, who take
    no part in it ('Chilean and Peruvian officials held talks on Monday to prepare a summit between A and B': A and B
    are the prepared summit's): their states are no reason to leave the officials' states out, as a named party of the
    meeting is. Not people a held meeting word names after it ('visited X, where she discussed cotton with Y')."""
    later = [o.start for o in others if o.start >= trig.end and o.status != OCCURRED]
    if trig.status != OCCURRED or not later:
        return []
    after = [m for m in persons if m.span.start >= sent.start + min(later)]
    if not after:
        return []
    return [m for m, role in zip(after, read_roles(lang, text, tokens, sent, trig, after)) if role == "other"]


def body_session(entity: Entity, principal: list, roles: list[str], ordered: list, trig: Trigger) -> bool:
    """The meeting's one party is an international body, its subject, holding a meeting of its own ('the
    Security Council held an emergency meeting'): PLOVER's multilateral consultation, whose actor is the body
    (its members meet; no recipient). A state alone is no meeting: it needs a counterpart."""
    return is_body(entity) and trig.kind == "predicate" and any(
        roles[ordered.index(item)] == "subject" for item in principal if isinstance(item, StateItem))


def is_body(entity: Entity) -> bool:
    """An international body standing as a party (the United Nations, the EU: sector IGO)."""
    return entity.kind == "country" and entity.sector == IGO_SECTOR


def state_items(article: Article, sent: Span, lang, text: str, people: list[Mention], homes: set[str],
                story, ctx) -> list[StateItem]:
    """The sentence's words naming a state as a party, with the span its role is read on: country words
    the language reads as standing for their state, and 'the two countries' for the states just named.
    A state whose people the sentence names is left to them (its host or its envoy is named), and so is
    a country in a title chain ('Japanese Prime Minister X') or a compound ('ROK-U.S.')."""
    items: list[StateItem] = []
    found = countries_in(article, sent, ctx)
    for c in found:
        if len(c.codes) != 1 or c.codes[0] in homes or any(m.span.start <= c.start < m.span.end for m in people
                                                           if not (m.entity and m.entity.kind == "country")):
            continue
        party = lang.state_party(text, c.start - sent.start, c.end - sent.start)
        if party:
            first, last, sector = party
            span = Span(sent.start + first, sent.start + last, "country")
            group = sent.start + last > c.end
            items.append(StateItem(span, c.codes[0], sector or c.sector, group=group,
                                   office=group and lang.office_party(text, first, last),
                                   body=group and lang.body_party(text, first, last)))
    items += placed_heads(article, sent, found)
    for start, end, count in lang.state_references(text):
        inside = list(dict.fromkeys(code for c in found if sent.start + start <= c.start and c.end <= sent.start + end
                                    or c.start < sent.start + start < c.end
                                    for code in c.codes))  # the phrase names its states itself: 'Chile and Peru's two
        # ...'; a grouping's name holds its count word ('발트 3국': kb/groupings.py)
        named = inside if len(inside) == count else delegation_before(article, story.index, ctx) if count == 1 \
            else states_named_before(article, story.index, ctx)
        if len(named) == count:
            items += [StateItem(Span(sent.start + start, sent.start + end, "country"), code, None)
                      for code in named if code not in homes]
    items += story_domestic_items(article, sent, lang, text, items, ctx) \
        or domestic_items(lang, text, sent, items, homes)
    for start, end, count in lang.side_state_references(text) if story.meeting is None else ():
        # enmeet50: 'A and B have long disputed X. The two sides held talks', '양측은 회담을 열었다': with no meeting of
        # people told (after one, its parties: meeting_parties.expand), the sides are the states named before
        named = states_named_before(article, story.index, ctx, count)
        if len(named) == count and not any(i.span.start <= sent.start + start < i.span.end for i in items):
            items += [StateItem(Span(sent.start + start, sent.start + end, "country"), code, None)
                      for code in named if code not in homes]
    for start, end, count in lang.office_state_references(text) if story.meeting is None else ():
        # komeet49: '양국 외교장관은' with no holder named and no meeting told: the states named before (after a
        # meeting told, meet56's holders or no one)
        named = states_named_before(article, story.index, ctx, count)
        if len(named) == count and not any(i.span.start <= sent.start + start < i.span.end for i in items):
            items += [StateItem(Span(sent.start + start, sent.start + end, "country"), code, None, group=True,
                                office=True) for code in named if code not in homes]
    return items


def placed_heads(article: Article, sent: Span, found: list) -> list[StateItem]:
    """(meet54) 'In Quito, the president met the Peruvian envoy': a nameless head's title with no country word, which
    the mention step gave the state the story is placed in (pipeline/placed_heads.placed_bare_head), names that state
    as one office holder, as 'the Ecuadorian president' does by its country word; none where a country word of the
    sentence stands inside it."""
    return [StateItem(m.span, m.entity.country, m.entity.sector, group=True, office=True)
            for m in article.mentions if sent.start <= m.span.start < sent.end and m.span.data.get("placed_head")
            and m.entity is not None and not any(m.span.start <= c.start < m.span.end for c in found)]


def domestic_items(lang, text: str, sent: Span, items: list[StateItem], homes: set[str] = frozenset()) -> list[StateItem]:
    """(enmeet50) 'The Colombian government and the rebels held talks', '콜롬비아 정부는 반군과 협상을 벌였다': a bare
    noun of a state's non-government side (`Language.domestic_parties`: the rebels REB, the opposition OPP) is a part
    of the one state the sentence names as a party by its government or another body of it ('the Colombian
    government', 'Colombia'), with that side's sector. Only then: with no state, or several, the noun's state is
    unknown and it names no party. (meet52) With no state item, the one state of the sentence's named people
    (`homes`: 'The Kenyan president met protesters', whose country word his title holds) stands for it."""
    codes = {i.code for i in items}
    if not items and len(homes) == 1:
        codes = set(homes)
    elif len(codes) != 1 or not any((i.sector or GOVERNMENT) in STATE_BODY_SECTORS for i in items):
        return []
    code = next(iter(codes))
    taken = [(i.span.start, i.span.end) for i in items]
    return [StateItem(Span(sent.start + start, sent.start + end, "country"), code, sector)
            for start, end, sector in lang.domestic_parties(text)
            if not any(a <= sent.start + start < b for a, b in taken)]


def story_domestic_items(article: Article, sent: Span, lang, text: str, items: list[StateItem],
                         ctx) -> list[StateItem]:
    """(meet50b) 'Fighting flared in X. The government and the rebels held talks', '정부와 반군은 협상을 벌였다': a
    sentence naming no state, with a bare government noun (`Language.bare_governments`) and a bare non-government
    side (`Language.domestic_parties`), speaks of the state the story is placed in (ruling_organs.placed_state, as
    for a bare junta): the government is that state's, the side a part of it (domestic_items). [] where the
    sentence names a state or the story places none. (meet51) A sentence whose only state items are one state's
    non-government sides ('held talks with the rebels in <a town of that state>': the town makes them its state's,
    located66) has its bare government the same state's where the story is placed there."""
    if items and not all(i.sector in DOMESTIC_SIDES for i in items) or len({i.code for i in items}) > 1:
        return []
    governments = lang.bare_governments(text)
    if len(governments) != 1 or not items and not lang.domestic_parties(text):
        return []
    # cold start: not loaded with the pipeline, only on first use
    from readout.pipeline.ruling_organs import placed_state

    codes = placed_state(article, sent, ctx, set(), venues=not items)  # meet52: the talks' capital places nothing
    if len(codes) != 1 or items and items[0].code != codes[0]:
        return []
    start, end = governments[0]
    own = [StateItem(Span(sent.start + start, sent.start + end, "country"), codes[0], GOVERNMENT, body=True)]
    return own if items else own + domestic_items(lang, text, sent, own)


def domestic_sides(entities: list[Entity], bodies: set[str] = frozenset()) -> tuple[list[Entity], set[str]]:
    """(enmeet50) The state parties of a meeting with their sectors, and the ids of its domestic parts: where one state
    stands both as its government (a state body's sector) and as a non-state side (its rebels REB, its opposition OPP,
    a party PTY), that side is a part of the state with an id of its own, as an act's domestic sides are
    (act_side_entities.domestic_entity), so both stay parties and the meeting is not one state's alone. A state named
    with one sector, or with two of its own bodies ('Chinese military officials and diplomats'), keeps its one
    entity. (meet52) `bodies`: the states of the meeting's named people, who stand for their state's body ('The Thai
    prime minister met protesters': the protesters are a part of Thailand beside him)."""
    sectors: dict[str, set] = {code: {GOVERNMENT} for code in bodies if code}
    for e in entities:
        sectors.setdefault(e.country, set()).add(e.sector or GOVERNMENT)
    split = {code for code, found in sectors.items() if found & DOMESTIC_SIDES and found & STATE_BODY_SECTORS}
    out = [replace(e, id=f"{e.id}_{e.sector.lower()}") if e.country in split and e.sector in DOMESTIC_SIDES else e
           for e in entities]
    return out, {e.id for e in out} - {e.id for e in entities}


@dataclass
class StateItem:
    """A country word naming a state as a meeting's party, spanning its group noun (read for roles)."""

    span: Span
    code: str
    sector: str | None
    group: bool = False  # the span holds a group of the state's people ('Chilean officials'), not the state alone
    office: bool = False  # the group is one office holder ('the Chilean foreign minister'): a definite person
    body: bool = False  # planned47: the group is one body speaking for the state ('the Ghanaian government'), as firm


def state_level(event: Event) -> bool:
    """A meeting some of whose parties are states rather than named people."""
    return any(e.kind == "country" for e in event.participants)


def absorb_state_meetings(article: Article, lookback_days: int) -> None:
    """A state-level meeting whose states all took part in a named meeting of the same document on a
    compatible day is that meeting reported without names ('Cho met Wang on Monday. The Korean and
    Chinese delegations also discussed trade'): it adds its sentence to it, not a second event. Not a
    visit to another host or on another day ('시 주석은 지난해 러시아를 국빈 방문했다' beside Putin's
    meeting with Xi in Beijing today): a headline's 'to host talks', dated by its publication, still is. Nor a
    meeting held beside a named one still to come."""
    named = [e for e in article.events if e.type == "CONSULT" and not state_level(e)]
    kept = []
    for event in article.events:
        countries = {p.country for p in event.participants}
        home = next((n for n in named if event.type == "CONSULT" and state_level(event)
                     and countries <= {p.country for p in n.participants}
                     and dates_compatible(event, n, lookback_days)
                     and not places_apart(event, n, cities_only=False)
                     and not (event.status == OCCURRED and n.status != OCCURRED)), None)  # enconsult46: talks held
        # to prepare a named summit still to come are not that summit
        if home is None:
            kept.append(event)
        else:
            home.evidence.extend(s for s in event.evidence if s not in home.evidence)
    article.events = kept
