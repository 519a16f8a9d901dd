"""Who acts when the act's clause names no one: the fallback chain pipeline/act_actors walks after the clause's own
words (act_subjects). A dropped subject goes on with the acting side of the sentence before, the last deed of its
kind, or the parties of the meeting told; a body with no state of its own is the host of the envoy it summons, the
state of the forces just acting abroad, or the dateline's; people with no state are the place's. Each returns
country codes, [] when its clue is absent, so the next default may answer.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.model import Article, CountryMention, Event, Span
from readout.sectors import (ARMED_GROUP_SECTORS, ARMED_PEOPLE_SECTORS, STATE_BODY_SECTORS, STATE_FORCE_SECTORS,
                             STATELESS_ARMED_SECTORS, STORY_OPPOSITION_SECTORS)
from readout.pipeline.act_recipients import VERBAL, SideItem, place_items
from readout.pipeline.act_own_government import PEOPLES_PROTEST
from readout.pipeline.act_posted_hosts import posted_abroad
from readout.pipeline.narrative import last_of_kind
from readout.pipeline.story_states import (OWN_PEOPLE_DEEDS, home_country,
                                           named_home, paragraph_state)
from readout.pipeline.act_statement_sides import object_owners
from readout.pipeline.bare_body_state import HOME_RULES, SCENE_RULES, BodyEvidence
from readout.pipeline.common import IGO_CODES
from readout.pipeline.ousted_states import ousted_holder_state, ousted_state

COUNTRY_PRECISION = "country"  # a place that is a whole state (PRECISION_ORDER's last, pipeline/act_places)


def same_kind_offender(hit: ActHit, story, mode: str | None) -> list[str]:
    """'X fired missiles a day after Y began drills. The missiles were launched from ...': an act of force with no
    subject of its own goes on with the last act of its kind the story told (a launch with the launcher), not with
    whoever mobilized last. (enpar53) Not where the last offense was told in a clause this act sets apart ('Days after
    X shelled Y, missiles hit Z': the shelling is recalled, and its doer is not the missiles' by their one mode)."""
    if mode is None or offense_set_apart(hit, story):
        return []
    return last_of_kind(story.offenses, [(hit.type, mode)])


def referred_deed(hit: ActHit, story) -> list[str]:
    """(precision49) A deed noun the language marks as referring back ('the attack', no owner in its phrase:
    `refers_back`) is the last deed of its type the story told, done by that deed's actors; the nearest subject
    ('the bloc's envoy called the attack unacceptable') is a judge or a bystander. None told: the usual readers decide."""
    if not hit.data.get("refers_back"):
        return []
    return last_of_kind(story.offenses, ((hit.type, None),))


def offense_set_apart(hit: ActHit, story) -> bool:
    """Whether the last offense the story told is of this sentence while the act has clauses set apart from it
    (`conditions`: a condition, or a recalled moment, 'a day after X shelled Y, the strikes hit Z'): that offense was
    told in such a clause, and its doer is not this act's (en36)."""
    return bool(hit.data.get("conditions")) and story.offense is not None and story.offense.index == story.index


def unnamed_actors(article: Article, sent: Span, hit: ActHit, items: list[SideItem], roles: list[str],
                   countries: list[CountryMention], ctx, story, body: BodyEvidence) -> list[str]:
    """The acting state when the clause names none: a state body summoning an envoy ('SEOUL -- The foreign ministry
    summoned ...': the post's host, else the dateline's state); people with no state of their own ('hundreds of
    people blocked streets in X': the place's state, else a country named that is not what they act on, nor a body).
    (enfix47) People doing a deed the language marks `remote` (a cyber intrusion: 'hackers hacked a bank in X') take no
    state from the places or the story: the place is the target's, and where the doers are is not told."""
    if hit.data.get("home_subject") or posted_abroad(hit):
        found = post_host(sent, hit, items + place_items(article, sent)) or body.ask(HOME_RULES)  # actors60: forces
        # abroad, the scene told, the dateline's desk (pipeline/bare_body_state)
        if found:
            return found
    if hit.data.get("passive") and (found := ousted_state(sent, hit, countries) or ousted_holder_state(sent, hit, items)):
        return found  # encoup49b: 'the president of X was deposed by soldiers': X's soldiers
    if hit.data.get("people_subject") and hit.data.get("remote"):
        return []  # enfix47: 'hackers hacked a bank in X': no place nor target tells where the hackers are
    if hit.data.get("people_subject"):
        def unreceived(spans) -> set[int]:
            return {i.span.start for i, r in zip(items, roles) if r == "object"  # 'rebels condemned Norway': not theirs
                    or any(sent.start + lo <= i.span.start < sent.start + hi for lo, hi in spans)}
        received = unreceived(hit.data.get("protested_spans", ())) | object_owners(sent, hit, items, roles)  # 'before
        # X's embassy': X is protested; actors59b: 'rebels rejected Norway's demand': Norway asked, not their home
        against = received | unreceived(protest_targets(hit))
        targets = {i.span.start for i in items if any(sent.start + lo <= i.span.start < sent.start + hi
                                                      for lo, hi in hit.data.get("target_spans", ()))}
        places = [i for i in place_items(article, sent) if i.span.start not in received]  # acts47: not the protested
        # embassy's ('칠레 대사관 앞에서'); a protest's target is its people's home only where no dateline says where the
        # story is filed ('(서울) ... B 대통령의 방한에 항의하는 집회': Seoul's; 'workers struck against X's reform': X's)
        force_statement = hit.type in VERBAL and hit.data["people_subject"] in STATE_FORCE_SECTORS
        if force_statement:  # actors59: a force's statement is
            places = placed_in(places)  # placed where it is said to be, not by a town its words name ('도하 훈련')
        if hit.type in VERBAL and hit.data["people_subject"] in ARMED_GROUP_SECTORS:  # 'the militia vowed to hit back',
            # '무장세력은 X에 보복하겠다고': the side an armed group's words aim at is never its own, so the target's state
            # fills no empty actor (its deeds may be domestic: 'rebels attacked a Malian army post' stays Mali's)
            countries = [c for c in countries if c.start not in targets]
        named = named_home(countries, against)
        return home_country(places) or home_country(placed_in(places)) \
            or home_country([c for c in named if c.start not in targets]) \
            or body.ask(SCENE_RULES) \
            or home_country(named) or home_country(named_home(countries, received)) \
            or (paragraph_state(article, sent, ctx) if hit.type not in VERBAL
                or hit.data["people_subject"] in STORY_OPPOSITION_SECTORS | ARMED_GROUP_SECTORS else []) \
            or government_asked(sent, hit, countries) \
            or foes_home(sent, hit, named_states(article, countries, ctx.language(sent.label))) \
            or ousted_state(sent, hit, named_states(article, countries, ctx.language(sent.label))) \
            or rioted_own_organ(article, sent, hit, items, roles, ctx) \
            or own_forces_of_people(sent, hit, items)  # encoup49b; koattack50; koattack51b
        # plover48: 'kidnapped two Turkish engineers in X': X's, the Turks acted on; 'arrested Kenyan activists', no
        # other state named: a domestic act, Kenya's
    return []


def placed_in(places: list[SideItem]) -> list[SideItem]:
    """(enattack51, issue 14) The places people are in (the language's `locative` mark: 'outside the X embassy [in
    Hanoi]'), where the sentence's towns name several states: a capital named as what they denounce ('..., denouncing
    Beijing') is no home of theirs, and without this the two states left the people to the embassy's state."""
    return [i for i in places if i.span.data.get("locative")]


def own_forces_of_people(sent: Span, hit: ActHit, items: list[SideItem]) -> list[str]:
    """(koattack51b) A state's force named bare ('경찰이', `people_subject` COP or MIL) using force on people of the one
    state the sentence names, who are the act's domestic object ('경찰이 차드 총리를 체포했다'): that state's own force
    (PLOVER: police arrest their own state's people), as English 'Police arrested the Chadian prime minister' reads
    it. Last in the chain, so a place, a dateline or a story's state answers first; another state named, none.
    (plover52) So does the passive's agent ('Protesters in X were arrested by police', `agent_sector` COP or MIL):
    the people suffering it are the passive's subject (its first target span, a people noun the language read), and
    the police named bare are of their state, as in the active 'police arrested protesters in X'."""
    passive = bool(hit.data.get("passive"))
    span = first_target(hit) if passive else hit.data.get("domestic_target")
    force = hit.data.get("agent_sector") if passive else hit.data.get("people_subject")
    if hit.type not in OWN_PEOPLE_DEEDS or force not in STATE_FORCE_SECTORS or not span:
        return []
    named = {code for i in items if sent.start <= i.span.start < sent.end for code in i.codes}
    inside = {code for i in items if sent.start + span[0] <= i.span.start < sent.start + span[1] for code in i.codes}
    return sorted(inside) if len(inside) == 1 and named == inside else []


def rioted_own_organ(article: Article, sent: Span, hit: ActHit, items: list[SideItem], roles: list[str],
                     ctx) -> list[str]:
    """(koattack50, issue 14) A crowd rioting at a site of one state's own organ ('시위대가 라파스의 대통령궁을
    공격했다', 'Protesters attacked Bolivia's presidential palace') are that state's people: PLOVER's protest is a
    people's against their own government. Only the clause's object and only a governing organ (`STATE_BODY_SECTORS`),
    never a diplomatic post ('칠레의 대사관을', `Language.heads_a_post`): a crowd at an embassy is no people of its
    state. English reads the owner as a modifier, which the place chain already takes; Korean's genitive site is the
    object, which that chain sets apart as what the people act on."""
    if hit.type != PEOPLES_PROTEST:
        return []
    lang, text = ctx.language(sent.label), article.text
    owned = [i for i, r in zip(items, roles) if r == "object" and i.sector in STATE_BODY_SECTORS
             and not lang.heads_a_post(text, i.span.start, i.span.end)]
    return home_country(owned)


def first_target(hit: ActHit) -> tuple[int, int] | None:
    """The first span the language pointed the act at (a passive's subject), if any."""
    spans = hit.data.get("target_spans", ())
    return spans[0] if spans else None


def foes_home(sent: Span, hit: ActHit, countries: list[CountryMention]) -> list[str]:
    """(enarmed68b) Last, for armed people of no state named who act by force on a state's own agents ('Gunmen attacked
    policemen in X', '무장괴한들이 X 경찰관들을 공격했다': the language's `domestic_target` or target span holding a
    country word with an agent's sector): they operate where those agents serve, that state, as a place named would
    say ('in northern X'). Not for words (their threats aim at an enemy), nor for other people (protesters) or a target
    with no agent's sector. (kooffices52) A settlement or a site the language read as people's or forces' (its
    `domestic_sector` on `domestic_target`: '무장괴한들이 차드 마을을', '반군이 말리 기지를', 'a Malian village') stands
    for them: the state named in it is where the group operates, as its people named would say."""
    domestic = hit.data.get("domestic_target")
    sited = domestic and hit.data.get("domestic_sector")
    spans = ((hit.data["domestic_target"],) if hit.data.get("domestic_target") else ()) \
        + tuple(hit.data.get("target_spans", ()))
    if hit.type in VERBAL or hit.data["people_subject"] not in ARMED_PEOPLE_SECTORS:
        return []
    return home_country([c for c in countries if not any(code in IGO_CODES for code in c.codes) and (
        c.sector and any(sent.start + lo <= c.start < sent.start + hi for lo, hi in spans)
        or sited and sent.start + domestic[0] <= c.start < sent.start + domestic[1])])


def named_states(article: Article, countries: list[CountryMention], lang) -> list[CountryMention]:
    """(doerless49) The country words that name a state by its name: not a bare government word read as the writer's
    state ('반군이 정부 군인들을 공격했다' in a story naming no other state: whose government the words do not say, and a
    story about another state has read it as that one's already, story_states.story_home_words)."""
    return [c for c in countries if c.codes != [lang.bare_home_word(article.text[c.start:c.end])]]


ASKING = frozenset({"REQUEST"})
GOVERNMENT = "GOV"


def government_asked(sent: Span, hit: ActHit, countries: list[CountryMention]) -> list[str]:
    """(request61) Last, for people of no state named who ask a government ('Rights groups urged the Kenyan government
    to ...', 'human rights groups called on Kenya to ...': the language's `domestic_target` of sector GOV): the one state
    whose government is asked, as when the dateline names it. The manual's civil-society voices urging their state;
    an armed group's demand is aimed at its enemy and is not read so."""
    if (hit.type not in ASKING or hit.data.get("domestic_sector") != GOVERNMENT
            or hit.data["people_subject"] in ARMED_GROUP_SECTORS):
        return []
    span = hit.data.get("domestic_target")
    if not span:
        return []
    lo, hi = sent.start + span[0], sent.start + span[1]
    return home_country([c for c in countries if lo <= c.start < hi and not any(code in IGO_CODES for code in c.codes)])


def protest_targets(hit: ActHit) -> tuple[tuple[int, int], ...]:
    """(acts47) What a demonstration is against ('B 대통령의 방문에 항의하는 집회'): its target is protested, no home of
    the people protesting. Only for a protest: the target of people's other acts may be their own state's ('opened
    investigations against 28 Chilean officials')."""
    return tuple(hit.data.get("target_spans", ())) if hit.type == "PROTEST" else ()


def post_host(sent: Span, hit: ActHit, items: list[SideItem]) -> list[str]:
    """The state hosting the post of the envoy a state body summons ('summoned the Japanese ambassador to
    Seoul': Seoul's state summons), where the language read the host's state itself (`envoy_host`, its codes: '주한 B
    대사', a host kiwi's mentions do not keep) or found the host's words (`envoy_post`, their span: 'envoy to Somalia',
    '소말리아 주재')."""
    if hit.data.get("envoy_host"):
        return list(hit.data["envoy_host"])
    span = hit.data.get("envoy_post")
    if not span:
        return []
    lo, hi = span
    return list(dict.fromkeys(code for i in items if sent.start + lo <= i.span.start < sent.start + hi
                              for code in i.codes))


def attackers_of_victims(article: Article, sent: Span, hit: ActHit, items: list[SideItem], actors: list[str]) -> list[str]:
    """The acting side of an attack whose victims the language marked (`victims`): the actors read, less the states
    of the victims; none left, the state of the place the sentence names ('a suicide bombing in Mosul killed two American
    contractors': Iraq's side attacks; 'a car bomb killed Somali soldiers in Mogadishu': a domestic attack), else the
    struck state (`struck_state`), else a stateless armed group's victims' state (`own_armed_group`; it and the
    struck state's device exclude each other, as one needs a group's sector and the other none)."""
    lo, hi = hit.data["victims"]
    harmed = {code for i in items if sent.start + lo <= i.span.start < sent.start + hi for code in i.codes}
    kept = [a for a in actors if a not in harmed]
    return kept or home_country(place_items(article, sent)) or struck_state(article, sent, hit, items, harmed) \
        or own_armed_group(article, hit, harmed)


def struck_state(article: Article, sent: Span, hit: ActHit, items: list[SideItem], harmed: set[str]) -> list[str]:
    """The state a doerless attack struck, which the caller (placed_doers) keeps as the receiving side with no acting
    side, as the PLOVER gold codes such a bombing and as a town's name already made it. One rule (debt56) for what were
    two (koacts55's `country_places`, enacts55's device), with three clues in order:

    - (koacts55) a country itself named as the place ('in Pakistan', '파키스탄에서'; a locative place of a country's
      precision) when no town is: the country word is no subject, so the actors read nothing;
    - (enacts55) where a device no one is named with struck ('a roadside bomb killed three X-ian soldiers'), the
      victims' one state, else the one state the sentence names after them (`home_country`).

    The device's clues not with a doer's word of any kind (an agent's sector, a people subject), nor under a dateline
    (whose state the story places), nor with two states in view."""
    placed = home_country(country_places(article, sent))
    if placed or hit.data.get("agent_sector") or hit.data.get("people_subject") or article.datelines:
        return placed
    if harmed:
        return sorted(harmed) if len(harmed) == 1 else []
    hi = hit.data["victims"][1]  # the place named after the victims ('killed soldiers in X'); a state before them may
    return home_country([i for i in items if i.span.start >= sent.start + hi])  # be the judge ('X condemned attacks')


def country_places(article: Article, sent: Span) -> list[SideItem]:
    """(koacts55) The states the sentence names as the place where something happened ('a bomb went off in X'): its
    locative places of a country's precision, as `place_items` gives its towns and regions. Read by `struck_state`
    and by pipeline/act_actors (koacts56's `placed_at_home`)."""
    return [SideItem(p.span, [p.country]) for p in article.places if p.country and p.precision == COUNTRY_PRECISION
            and p.span.data.get("locative") and sent.start <= p.span.start < sent.end]


def own_armed_group(article: Article, hit: ActHit, harmed: set[str]) -> list[str]:
    """(koacts50b) An armed group with no state of its own (`agent_sector` REB, UAF, CRM: 'killed by rebels', '반군에
    의해 살해됐다') that harmed people of one state, no place nor dateline named: the group is of the victims' state,
    as the active 'rebels killed five Chadian villagers' reads (a domestic attack); no group, victims of two states,
    or a dateline (whose state the active's group takes, and the passive keeps its old reading), no one. (koacts56) So
    are a government's forces the language found named by no state (`bare_forces`: '정부군에 의해'): the harmed's own
    state's forces, as the active 'government forces shelled an X-ian village' reads."""
    armed = hit.data.get("agent_sector") in STATELESS_ARMED_SECTORS or hit.data.get("bare_forces")
    if not armed or len(harmed) != 1 or article.datelines:
        return []
    return sorted(harmed)


def joint_actors(actors: list[str], meetings: list[Event]) -> list[str]:
    """All parties of the meeting when the actor found is one of them; else the actors found (two or more of its
    parties named as acting, as 'the two sides' after a call with each, agreed among themselves, not with the caller)."""
    parties = meeting_countries(meetings)
    return parties if actors and len(set(actors)) == 1 and set(actors) <= set(parties) else actors


def promised_counterparts(actors: list[str], meetings: list[Event]) -> list[str]:
    """(meet52b) The ones a promise made at one meeting is made to: its other parties, where the promiser is one of
    them ('A visited B and pledged support', 'A는 B를 방문해 지원을 약속했다': A promises, B receives; an accord of
    both is 'agreed', which `joint_actors` reads). None where the promiser sits at no such table."""
    parties = meeting_countries(meetings)
    if len(meetings) != 1 or not actors or not set(actors) <= set(parties):
        return []
    return [c for c in parties if c not in actors]


def meeting_countries(meetings: list[Event]) -> list[str]:
    """The states of the meetings' parties, as the sides an act told of the meeting inherits ('At talks mediated by
    C, A and B agreed to a truce': A and B). A mediator sits at the table but is no side of what the others do
    there (`Event.mediators`): left out, unless another party holds its state."""
    codes = [p.country for e in meetings for p in e.participants if p.country and p.id not in e.mediators]
    return list(dict.fromkeys(codes))


def leftover_countries(countries: list[CountryMention], meetings: list[Event], story) -> list[str]:
    """A launch in a sentence about a meeting: the one country that is not a party to it."""
    parties = set(meeting_countries(meetings or ([story.meeting] if story.meeting else [])))
    codes = list(dict.fromkeys(code for c in countries if not c.recipient for code in c.codes if code not in parties))
    return codes if len(codes) == 1 else []
