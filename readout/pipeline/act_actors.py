"""Who acts: the acting side of an act word, read from the act's own clause.

pipeline/acts.build_act asks these in turn: the agent the language found ('an attack by X'), the owner of a noun act
('북한의 발사', 'X's launches'), the subjects of the act's clause (coordinated ones together: 'A and B condemned'), a
group reference standing for the parties just named ('양측', 'the two ministers'), the place of an agentless use of
force ('were detained in China'), and the defaults a dropped subject leaves: the meeting's parties, the acting side
of the sentence before, the speaker, the dateline's state. Every function takes the sentence's side items (the
people and country words that may stand for a state, `side_items`) and returns country codes.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from readout.lang.base import ActHit
from readout.model import Article, CountryMention, Event, Mention, Span
from readout.pipeline.act_organs import organ_antecedent
from readout.pipeline.act_pairs import principal_sides, signatories
from readout.pipeline.act_reciprocal import warring_pair
from readout.pipeline.act_recipients import ARMED, MUTUAL, VERBAL, SideItem, SideReading, place_items
from readout.pipeline.common import IGO_CODES, meeting_words_in
from readout.pipeline.act_own_government import PEOPLES_DEEDS, unnamed_protesters
from readout.pipeline.own_people import own_state_patients
from readout.pipeline.narrative import last_of_kind
from readout.pipeline.pronoun_rivals import ambiguous_subject
from readout.pipeline.states import states_named_before
from readout.pipeline.act_winners import conceder_state
from readout.pipeline.story_states import (OWN_PEOPLE_DEEDS, dateline_place, dateline_state, filed_state, home_country,
                                          named_home, paragraph_state, story_state, told_before)

# A measure judged by another ('Russia criticized EU sanctions against X') is its owner's act; a judged statement (an
# appeal, a threat another rejects or condemns) is left to the judging act, whose recipient its owner is.
OWNED_MEASURES = {"SANCTION"}
UNMET_FORCE = frozenset({"MOBILIZE", "ASSAULT"})  # deeds whose doer the parties of the talks told never default to
UNTALKED_FORCE = frozenset({"COERCE"})  # deeds whose doer the parties of talks told in an earlier sentence are not


def act_items(article: Article, sent: Span, lang, text: str, tokens, mentions: list[Mention],
              countries: list[CountryMention], story, ctx, meetings: list[Event]) -> list[SideItem]:
    """The words of the sentence that may stand for a side, in order: people, country words and state groups,
    less a body named in a gathering's name and a place where the sentence's meeting is held (`venue_spans`)."""
    items = side_items(sent, mentions, countries, story) + state_group_items(article, sent, lang, text, countries,
                                                                             story, ctx)
    venues = venue_spans(article, sent, lang, text, tokens, meetings)
    return sorted((i for i in items if not gathering(lang, text, sent, i)
                   and not set(venues.get((i.span.start, i.span.end), ())) & set(i.codes)), key=lambda i: i.span.start)


def acting_side(r: SideReading, countries: list[CountryMention], ctx, governed: bool,
                judge: int | None) -> tuple[ActHit, list[str], bool, list[str]] | None:
    """Who does the act of `r.hit`: (the hit, the actors, whether the act's own words named them, the agents
    after 'by'); None when no one is named as acting ('X was criticized', 'the aid was delivered'). The hit may
    come back with the sufferers of an agentless use of force (`patients`), who are then its recipients."""
    hit, sent, story = r.hit, r.sent, r.story
    agents = named_agents(sent, hit, r.items)  # 'an attack on X by Y': the language found the agent
    stated = True
    if agents:
        actors = agents
    elif hit.data.get("suffered") or hit.data.get("received"):
        return None  # 'X was criticized', 'X received aid' with no one named: X suffers or receives, nobody named acts
    elif hit.nominal and hit.type not in VERBAL and (told := referred_deed(hit, story)):
        actors = told  # 'called the attack unacceptable', 'as the attack unfolded': the attack the story told
    elif hit.nominal and hit.type not in VERBAL:
        actors = nominal_actor(r.lang, r.text, sent, hit, owner_candidates(sent, hit, countries, judge), r.settings,
                               governed) \
            or (not governed or r.meetings or story.meeting) and leftover_countries(
                untargeted(sent, hit, owner_candidates(sent, hit, countries, None)), r.meetings, story) \
            or not offense_set_apart(hit, story) and story.offender  # 'condemned the bombing', no meeting: the bomber
        actors = [a for a in actors or [] if a not in targeted_codes(sent, hit, countries)]  # never its own target
    elif governed and judge is not None and hit.nominal and hit.type in OWNED_MEASURES and (owners := nominal_actor(
            r.lang, r.text, sent, hit, owner_candidates(sent, hit, countries, judge), r.settings, governed)):
        actors = owners  # 'Russia criticized EU sanctions against X': the judged sanctions are the EU's, not the critic's
    else:
        found = clause_actors(r)
        if found is None:
            return None
        hit, actors, stated = found
    if hit.data.get("victims"):  # 'a car bomb killed three Somali soldiers': the harmed never attack
        actors = attackers_of_victims(r.article, sent, hit, r.items, actors)
    if hit.data.get("home_subject") or not actors:  # a body many states have ('the presidential office', its state
        # named nowhere in the clause) is the dateline's state before any default's; with no dateline, a quote's
        # unnamed speaker ('"X should stop," ministry spokesperson Y said') is the voice the story just heard
        actors = unnamed_actors(r.article, sent, hit, r.items, r.roles, countries, ctx, story) \
            or hit.data.get("unnamed_voice") and continued_side(hit, story, r.settings.continued_reach_sentences) \
            or actors
    if hit.data.get("dateline_organ"):  # '(BEIJING) the ministry's spokesperson': a bare ministry is the host's
        actors = dateline_organ_state(r, actors, ctx) or actors
    if not actors and hit.data.get("organ_subject"):  # 'The junta rejected ...': the state named with its junta
        actors = organ_antecedent(r, countries, ctx, hit.data["organ_subject"])
    if not actors and (protest := unnamed_protesters(dataclasses.replace(r, hit=hit))):
        hit, actors = protest  # domestic50: 'a rally was held in X's capital': X's people
    if not actors:  # congrats50: 'B had conceded defeat', B of no state named: the election's own candidate
        actors = conceder_state(r.article, sent, ctx, hit)
    if not actors and hit.type in UNTALKED_FORCE and not hit.nominal and told_before(r.article, sent):
        actors = home_country(place_items(r.article, sent)) or story_state(r.article, sent, ctx, story)  # coerce52:
        # 'Police arrested X', 'X was detained', no state named: the authorities of the place or of the story's state
    actors = warring_pair(dataclasses.replace(r, hit=hit), countries, actors or [], ctx)  # 'The clashes began ...'
    return (hit, actors, stated, agents) if actors else None


def clause_actors(r: SideReading) -> tuple[ActHit, list[str], bool] | None:
    """The actors of a verbal act or a verb of force: its clause's subjects; an agentless passive's place
    ('were detained in China'); else, for a dropped subject, the mobilizer just named, the meeting's parties, the
    acting side going on, the speaker. A decision taken at talks ('합의했다' after '회담을 하고') is all parties'.
    The flag says whether the clause itself named the actors (not a default)."""
    hit, sent, story = r.hit, r.sent, r.story
    actors = subject_countries(r.lang, r.text, r.tokens, sent, hit, r.items, r.roles)
    actors = owner_not_voice(hit, actors, r.items, r.roles, story, sent)
    if hit.data.get("body_going_on"):  # '외교부는 이어 ...' after B's ministry spoke: B's voice, else the home body's
        actors = continued_side(hit, story, r.settings.continued_reach_sentences) or actors
    stated = bool(actors)
    if unagented(hit, GIVEN_PASSIVE):
        return None  # 'the aid was delivered through the WFP': what was given, or to whom, and no giver named
    if actors and (unagented(hit, PATIENT_PASSIVE) or released(r)):  # 'two Japanese nationals were detained in
        # China': they suffered it
        placed = placing_state(sent, hit, r.items + place_items(r.article, sent), actors)
        own = None if placed else own_state_patients(r.items, actors)  # kodomestic49: 'the opposition leader was
        if not placed and not own and not (hit.type in UNTALKED_FORCE and told_before(r.article, sent)):  # arrested'
            return None  # the detained are no detainers, and no one else is named
        mark = {"own_patients": True, "domestic_sector": own} if own else {} if placed else {"held_by_story": True}
        hit = dataclasses.replace(hit, data={**hit.data, "patients": actors, **mark})
        actors = placed or (list(actors) if own else [])  # a story's arrest of one named by their state, no doer
        # named: the story state's authorities (acting_side's default), never the arrested themselves
    if hit.data.get("backer_span") or not actors and hit.data.get("people_subject") in ARMED:  # 'the B-backed rebels'
        actors = armed_group_named(r, actors if hit.data.get("backer_span") else []) or actors
    if not actors and hit.data.get("formation_name"):  # 'The Liaoning group ... sailed': the ship's state (en35)
        actors = formation_owner(r)
    if not actors and ambiguous_subject(r.article.mentions, sent.start, sent.start + hit.start):
        return None  # refs39: 'A met B. He condemned ...': 'he' is either, and no default guesses
    if not actors and hit.type not in VERBAL and hit.data.get("people_subject"):  # actors52: 'In X, police fired
        actors = home_country(place_items(r.article, sent))  # on ...' after Y reinforced its border: X's police
    if not actors and hit.type not in VERBAL:  # a dropped subject: '(it) then fired artillery' goes on
        actors = same_kind_offender(hit, story, r.lang.act_mode(hit, r.text)) or story.mobilizer
    talks = [story.meeting] if story.meeting else []
    if hit.data.get("people_subject"):  # people named by no state word: the voice reporting them, else their
        meetings, talks = [], []  # place's state (unnamed_actors), never the parties of talks reported
    elif hit.type in UNMET_FORCE:  # force9: a test or a strike told beside talks is no deed of the talks' parties
        meetings, talks = [], []
    else:
        meetings = r.meetings
        if hit.type in UNTALKED_FORCE:  # coerce52: 'The council met in Geneva. X was arrested by police': no arrest
            talks = []  # by the parties of talks told before; talks in its own sentence may still decide a measure
    actors = actors or meeting_countries(meetings) or continued_side(hit, story, r.settings.continued_reach_sentences) \
        or meeting_countries(talks)
    actors = actors or speaker_side(sent, hit, r.items, r.roles)
    if hit.data.get("joint"):  # a decision quoted without its subject: the parties of the talks took it
        actors = joint_actors(actors, r.meetings or talks)
    elif hit.type in MUTUAL and hit.status == "occurred" and len(r.meetings) == 1:
        actors = joint_actors(actors, r.meetings)  # 'A는 B와 회담을 하고 ...하기로 합의했다': agreed with B
    return hit, actors, stated


def armed_group_named(r: SideReading, backers: list[str]) -> list[str]:
    """'Israel struck the Houthi-held port, a day after the Iranian-backed rebels fired ...': an armed group's noun
    with no state of its own as the act's subject, or one after a backer's compound (the language's `backer_span`;
    `backers`: the states it names), is the armed group of another state the story named last: in this sentence
    before the act word, else the last act told with such a group acting, else the nearest sentence before that names
    one (a country word with an armed sector: 'Houthi', 'Syrian rebels'). None where the story named none."""
    at = r.sent.start + r.hit.start

    def last_armed(sided) -> list[str] | None:  # (sector, codes) pairs in reading order: the last armed group's
        named = [codes for sector, codes in sided if sector in ARMED and not set(codes) & set(backers)]
        return list(named[-1]) if named else None

    def sightings():  # where a group may stand: this sentence before the act word, the acts told (latest first),
        # the sentences before (nearest first)
        yield ((i.sector, i.codes) for i in r.items if i.span.start < at)
        for event in reversed(r.article.events):  # an act told with the group as its side ('Somalia's militants attacked')
            yield ((p.sector, (p.country,)) for p in event.participants if p.country)
        for s in reversed([s for s in r.article.sentences if s.end <= r.sent.start]):
            yield ((c.sector, c.codes) for c in r.article.countries.get(s.start, ()))
    return next((found for found in map(last_armed, sightings()) if found is not None), [])


def formation_owner(r: SideReading) -> list[str]:
    """(en35) The state of a formation named after its lead ship ('The Liaoning group ... sailed through'), named only
    earlier in the story: the last state named before the ship's name in the sentence that last named it ('Chinese
    fighters from the aircraft carrier Liaoning')."""
    before = r.article.text[:r.sent.start]
    at = before.rfind(r.hit.data["formation_name"])
    if at < 0:
        return []
    start = next((s.start for s in r.article.sentences if s.start <= at < s.end), 0)  # the sentence that named it
    found = r.lang.find_countries(before[start:at], start, None)
    return list(found[-1].codes) if found else []


def owner_not_voice(hit: ActHit, actors: list[str], items: list[SideItem], roles: list[str], story,
                    sent: Span) -> list[str]:
    """'A met B. ... The minister also expressed support for A's efforts': a bare office going on ('continued' as
    an office) that the document's last holder of the title made A's own, while A owns what the act is about
    (a possessive after the act word), is the other party of the two-party talks just reported: one backs or
    judges another's efforts, not its own. Anything else is left as read."""
    if hit.data.get("continued") != "office" or not actors or story.meeting is None:
        return actors
    parties = meeting_countries([story.meeting])
    owners = {c for i, role in zip(items, roles) if role == "modifier" and i.span.start >= sent.start + hit.end
              for c in i.codes}
    others = [c for c in parties if c not in actors]
    if not set(actors) <= owners or len(others) != 1 or len(parties) - len(others) != 1:
        return actors  # not a pair, or the office's state is no party of it: no single other party
    return others


def same_kind_offender(hit: ActHit, story, mode: str | None) -> list[str]:
    """'X fired missiles a day after Y began drills. The missiles were launched from ...': an act of force with no
    subject of its own goes on with the last act of its kind the story told (a launch with the launcher), not with
    whoever mobilized last."""
    return last_of_kind(story.offenses, [(hit.type, mode)]) if mode is not None else []


PATIENT_PASSIVE = frozenset({"COERCE", "ASSAULT"})  # force whose passive's subject suffered it


def released(r: SideReading) -> bool:
    """'the opposition leader and his ally were released from prison', '사면법에 따라 석방됐다': a release in the
    passive with no agent; its subject was freed and did not free anyone, as the subject of an agentless arrest
    was held (a withdrawal's passive, 'troops were pulled back', keeps its subject: the state moved its own)."""
    return unagented(r.hit, RELEASE_TYPES) and r.lang.act_mode(r.hit, r.text) == "release"


RELEASE_TYPES = frozenset({"RETREAT"})


GIVEN_PASSIVE = frozenset({"AID"})  # help whose passive's subject is what was given or who received it


def unagented(hit: ActHit, types: frozenset[str]) -> bool:
    """An act of `types` in the passive with no agent the language found ('were arrested', '체포됐다', 'was
    delivered', no 'by X' or '에 의해'): its subject suffered or received it, and did not do it."""
    return hit.type in types and bool(hit.data.get("passive")) and hit.data.get("by") is None \
        and "agent_span" not in hit.data


def placing_state(sent: Span, hit: ActHit, items: list[SideItem], patients: list[str]) -> list[str]:
    """The state where an agentless use of force happened, nearest the act word ('were detained in China',
    'was arrested in Beirut', '모스크바에서 체포됐다'): its authorities did it (the manual codes an arrest in
    Lebanon as Lebanon's). None but the sufferers' own state: no one named."""
    at = sent.start + hit.start
    others = [i for i in items if not set(i.codes) & set(patients) and not any(c in IGO_CODES for c in i.codes)]
    nearest = min(others, key=lambda i: abs(i.span.start - at), default=None)
    return list(nearest.codes) if nearest is not None else []


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


def continued_side(hit: ActHit, story, reach: int = 1) -> list[str]:
    """'China criticized Japan. It also urged Tokyo to ...', '... 비판했다. 이어 일본에 ... 요구했다': an act whose subject the
    language found to be 'it' or dropped is done by the acting side of the sentence just before (or of this one); one
    whose subject is a bare office ('The spokesman also demanded', '대변인은') only when that act was a statement.
    `reach`: how many sentences back a statement may be for a voice ('He', 'The spokesman', 'The ministry'), with
    no act of anyone between ('X accused Y. The minister said the plot had failed. He called on Y to ...': the voice
    is still X's); 'it' or a dropped subject goes on only into the next sentence ('... Heavy rain hit the capital.
    It also urged ...' is no one's)."""
    how = hit.data.get("continued")
    if hit.data.get("answering"):
        return []  # 'Responding to X's statement, the ministry ...': the voice just heard is the side it answers
    back = reach if how == "office" or how == "voice" and story.acting_spoke else 1  # ko27: '이어 "..."고 요구했다'
    if not how or story.acting_index < story.index - back or how == "office" and not story.acting_spoke:
        return []  # 'North Korea fired a missile. The spokesman condemned ...': a voice is not the one who fired
    return list(story.acting)


def owner_candidates(sent: Span, hit: ActHit, countries: list[CountryMention], judge: int | None) -> list[CountryMention]:
    """The countries that may own a noun act: none before the verb that judges it ('X's president condemned the
    attack') and none inside a condition ('should X refuse, Y's sanctions')."""
    conditions = hit.data.get("conditions", ())
    return [c for c in countries if (judge is None or c.start >= sent.start + judge)
            and not any(sent.start + a <= c.start < sent.start + b for a, b in conditions)]


def untargeted(sent: Span, hit: ActHit, countries: list[CountryMention]) -> list[CountryMention]:
    """The countries outside the objects of the act ('the attack on X's embassy', 'X 대사관에 대한 공격'): a country
    the act is done to is its target, never its doer, so it cannot be the lone country left to act (victims48)."""
    spans = hit.data.get("target_spans", ())
    return [c for c in countries if not any(sent.start + lo <= c.start < sent.start + hi for lo, hi in spans)]


def targeted_codes(sent: Span, hit: ActHit, countries: list[CountryMention]) -> set[str]:
    """The states named inside the objects of the act ('the attack on X's consulate'): the story's offender told
    before is no doer of an attack on its own post (victims48)."""
    inside = {id(c) for c in untargeted(sent, hit, countries)}
    return {code for c in countries if id(c) not in inside for code in c.codes}


def unnamed_actors(article: Article, sent: Span, hit: ActHit, items: list[SideItem], roles: list[str],
                   countries: list[CountryMention], ctx, story) -> list[str]:
    """The acting state when the clause names none: a state body summoning an envoy ('SEOUL -- The foreign ministry
    summoned ...': the post's host, else the dateline's state); people with no state of their own ('hundreds of
    people blocked streets in X': the place's state, else a country named that is not what they act on, nor a body)."""
    if hit.data.get("home_subject") or hit.data.get("envoy_host"):
        found = post_host(sent, hit, items + place_items(article, sent)) or forces_abroad(article, sent, story, ctx) \
            or filed_state(article, sent, ctx, story, hit.type in OWN_PEOPLE_DEEDS)
        if found:
            return found
    if hit.data.get("people_subject"):
        def unreceived(spans) -> set[int]:
            return {i.span.start for i, r in zip(items, roles) if r == "object"  # 'rebels condemned Norway': not theirs
                    or any(sent.start + lo <= i.span.start < sent.start + hi for lo, hi in spans)}
        received = unreceived(hit.data.get("protested_spans", ()))  # 'before X's embassy': X is protested
        against = received | unreceived(protest_targets(hit))
        targets = {i.span.start for i in items if any(sent.start + lo <= i.span.start < sent.start + hi
                                                      for lo, hi in hit.data.get("target_spans", ()))}
        places = [i for i in place_items(article, sent) if i.span.start not in received]  # acts47: not the protested
        # embassy's ('칠레 대사관 앞에서'); a protest's target is its people's home only where no dateline says where the
        # story is filed ('(서울) ... B 대통령의 방한에 항의하는 집회': Seoul's; 'workers struck against X's reform': X's)
        if hit.type in VERBAL and hit.data["people_subject"] in ARMED:  # 'the militia vowed to hit back at X',
            # '무장세력은 X에 보복하겠다고': the side an armed group's words aim at is never its own, so the target's state
            # fills no empty actor (its deeds may be domestic: 'rebels attacked a Malian army post' stays Mali's)
            countries = [c for c in countries if c.start not in targets]
        named = named_home(countries, against)
        return home_country(places) \
            or home_country([c for c in named if c.start not in targets]) \
            or filed_state(article, sent, ctx, story, hit.type not in VERBAL or hit.type in PEOPLES_DEEDS) \
            or home_country(named) or home_country(named_home(countries, received)) \
            or (paragraph_state(article, sent, ctx) if hit.type not in VERBAL else [])
        # plover48: 'kidnapped two Turkish engineers in X': X's, the Turks acted on; 'arrested Kenyan activists', no
        # other state named: a domestic act, Kenya's
    return []


def protest_targets(hit: ActHit) -> tuple[tuple[int, int], ...]:
    """(acts47) What a demonstration is against ('B 대통령의 방문에 항의하는 집회'): its target is protested, no home of
    the people protesting. Only for a protest: the target of people's other acts may be their own state's ('opened
    investigations against 28 Chilean officials')."""
    return tuple(hit.data.get("target_spans", ())) if hit.type == "PROTEST" else ()


def forces_abroad(article: Article, sent: Span, story, ctx) -> list[str]:
    """'(NAIROBI) Ethiopian troops shelled ... . The army warned ...': in a story filed abroad, a bare body right
    after another state acted is that state's when the dateline's state is no side of that act (the acting side
    going on, `story.acting`); the host's own forces where the host acted or was acted on."""
    if not story.acting or story.acting_index < story.index - 1:
        return []
    place = dateline_place(article, sent, ctx)
    if place is None or not place.country or not ctx.language(sent.label).files_abroad(place) \
            or place.country in {*story.acting, *story.acting_toward}:
        return []
    return list(story.acting)


def post_host(sent: Span, hit: ActHit, items: list[SideItem]) -> list[str]:
    """The state hosting the post of the envoy a state body summons ('summoned the Japanese ambassador to
    Seoul': Seoul's state summons), where the language found the host's words (`envoy_post`) or read the host's
    state itself (`envoy_host`: '주한 B 대사', a host kiwi's mentions do not keep)."""
    if hit.data.get("envoy_host"):
        return list(hit.data["envoy_host"])
    span = hit.data.get("envoy_post")
    if not span:
        return []
    lo, hi = span
    return list(dict.fromkeys(code for i in items if sent.start + lo <= i.span.start < sent.start + hi
                              for code in i.codes))


def dateline_clock(article: Article, sent: Span, ctx) -> str | None:
    """The country whose clock the sentence's days are told on: its dateline's ('SEOUL, June 21 (Reuters)', '(서울=
    연합뉴스)': Seoul's days); a headline before the first dateline is told on that one's clock; none with no dateline
    (store/merge_dates.one_clock)."""
    if not article.datelines:
        return None
    lines = [d for d in article.datelines if d.start <= sent.start] or article.datelines[:1]
    place = ctx.language(sent.label).dateline_place(article.text[lines[-1].start:lines[-1].end], lines[-1].start)
    return place.country if place and place.country else None


def attackers_of_victims(article: Article, sent: Span, hit: ActHit, items: list[SideItem], actors: list[str]) -> list[str]:
    """The acting side of an attack whose victims the language marked (`victims`): the actors read, less the states
    of the victims; none left, the state of the place the sentence names ('a suicide bombing in Mosul killed two American
    contractors': Iraq's side attacks; 'a car bomb killed Somali soldiers in Mogadishu': a domestic attack)."""
    lo, hi = hit.data["victims"]
    harmed = {code for i in items if sent.start + lo <= i.span.start < sent.start + hi for code in i.codes}
    kept = [a for a in actors if a not in harmed]
    return kept or home_country(place_items(article, sent))


def side_sector(code: str, items: list[SideItem], roles: list[str], acting: bool) -> str | None:
    """The sector of the words that named `code` on one side: the acting side prefers a subject's
    words, the receiving side any other's; else the first that gives one."""
    named = sorted(((r == "subject") != acting, i.span.start, i.sector) for i, r in zip(items, roles)
                   if code in i.codes and i.sector)
    return next((sector for _rank, _at, sector in named), None)


def venue_spans(article: Article, sent: Span, lang, text: str, tokens,
                meetings: list[Event]) -> dict[tuple[int, int], tuple[str, ...]]:
    """Where this sentence names the place of a meeting it reports, or a city in a locative of a sentence with a
    meeting word ('싱가포르서 회담', 'talks in Singapore'), with the place's state: a city-state or capital of the
    state a country word there names is where the statements were made, not a side of them ('한·호주 외교장관,
    싱가포르서 회담…"북한 도발 규탄"'). A country in a locative may be a side ('a halt in North Korea and Russia's
    cooperation'), and so is a capital with no meeting word ('protested to Caracas', 'Beijing condemned'), or a
    state that only shares a town's name ('delivered to Armenia')."""
    out = {(p.span.start, p.span.end): (p.country,) for p in article.places if sent.start <= p.span.start < sent.end
           and p.span.data.get("locative") and p.precision == "city" and p.country}
    if out and not meeting_words_in(article, sent, lang):
        out = {}
    for e in meetings:
        if e.location is not None and e.location.country:
            out[e.location.span.start, e.location.span.end] = (e.location.country,)
    return out


def gathering(lang, text: str, sent: Span, item: SideItem) -> bool:
    """A body named in a gathering's name ('praised the coming ASEAN summit', 'G20 정상회의에서'): where an act
    happens or what is attended, no party to it."""
    return bool(set(item.codes) & IGO_CODES) and lang.names_a_venue(text, item.span.start - sent.start,
                                                                      item.span.end - sent.start)


def counted_group(m: Mention, story) -> list[str]:
    """The states of a group reference with no meeting to stand for: the officials just named together, else as
    many people as it counts among the earlier sentences' subjects ('A rejected ... B asked ... The two ministers
    agreed'; pipeline/meeting_parties.expand reads the people the same way)."""
    people = story.joint or story.counted(m.span.data.get("size"), m.span.data.get("office"))
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
    for m in persons:
        if m.span.label == "group":
            codes = group_word_states(m, story)
        else:
            codes = [m.entity.country] if m.entity and m.entity.country else []
        if codes:
            person = m.entity if m.span.label == "person" and m.entity and m.entity.kind == "person" else None
            items.append(SideItem(m.span, codes, m.entity.sector if m.entity else None, person))
    for c in countries:
        covering = [m for m in persons if m.span.start <= c.start < m.span.end]
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


def named_agents(sent: Span, hit: ActHit, items: list[SideItem]) -> list[str]:
    """The states named where the language says a noun act's agent stands (`agent_span`: after "by")."""
    return span_codes(sent, hit.data.get("agent_span") or (0, 0), items)


def span_codes(sent: Span, span: tuple[int, int], items: list[SideItem]) -> list[str]:
    """The states the side items inside `span` (offsets in the sentence) name."""
    lo, hi = span
    return list(dict.fromkeys(code for i in items if sent.start + lo <= i.span.start < sent.start + hi
                              for code in i.codes))


def dateline_organ_state(r: SideReading, actors: list[str], ctx) -> list[str]:
    """The dateline's state for an act whose actors are only what a bare organ subject named (`dateline_organ`: its
    span; a bare ministry's spokesperson under a Beijing dateline, which the knowledge reads as Seoul's); [] when the
    actors came from elsewhere, or the organ's voice goes on from a state named before (`continued`, `body_going_on`)."""
    hit = r.hit
    if hit.data.get("continued") or hit.data.get("body_going_on"):
        return []
    named = span_codes(r.sent, hit.data["dateline_organ"], r.items)
    if not actors or not named or not set(actors) <= set(named):
        return []
    return dateline_state(r.article, r.sent, ctx)


def agent_sector(sent: Span, hit: ActHit, items: list[SideItem], code: str) -> str | None:
    """The sector of the words that named `code` as a noun act's agent ('an attack by the ELN': REB), which the
    act's own words say, before the clause subject's ('the Colombian government condemned ...': not the attacker)."""
    lo, hi = hit.data.get("agent_span") or (0, 0)
    return next((i.sector for i in items if sent.start + lo <= i.span.start < sent.start + hi
                 and code in i.codes and i.sector), None)


def unowned_self_attack(hit: ActHit, stated: bool, actors: list[str], recipients: list[str],
                        items: list[SideItem], clause: tuple[int, int]) -> bool:
    """'In 2016, after militants attacked an army base at X, ...': an attack by an armed group's people noun with no
    state of its own (`people_subject` of ARMED), whose clause names no state for it, took a side from the story or
    the place, and its target, read as that side's own forces, the same: a state attacking itself that no country
    word of the attack's own clause (`clause`, offsets in the text) names. The attacker is unnamed (as analysts leave
    it); with no acting side there is no event (force9). 'Militants attacked an army base in northern X' names X in
    its clause: a domestic attack, kept."""
    return hit.type == "ASSAULT" and not stated and hit.data.get("people_subject") in ARMED \
        and bool(recipients) and set(recipients) <= set(actors) \
        and not any(set(i.codes) & set(actors) and clause[0] <= i.span.start < clause[1] for i in items)


def comma_after(text: str, end: int) -> int:
    """Where the first comma after `end` stands (the end of a subordinate clause the language's bounds run past), else
    the text's end."""
    comma = text.find(",", end)
    return comma if comma >= 0 else len(text)


def joint_actors(actors: list[str], meetings: list[Event]) -> list[str]:
    """All parties of the meeting when the actor found is one of them; else the actors found (two or more of its
    parties named as acting, as 'the two sides' after a call with each, agreed among themselves, not with the caller)."""
    parties = meeting_countries(meetings)
    return parties if actors and len(set(actors)) == 1 and set(actors) <= set(parties) else actors


def meeting_countries(meetings: list[Event]) -> list[str]:
    """The states of the meetings' parties, as the sides an act told of the meeting inherits ('At talks mediated by
    C, A and B agreed to a truce': A and B). A mediator sits at the table but is no side of what the others do
    there (`Event.mediators`): left out, unless another party holds its state."""
    codes = [p.country for e in meetings for p in e.participants if p.country and p.id not in e.mediators]
    return list(dict.fromkeys(codes))


def subject_countries(lang, text: str, tokens, sent: Span, hit: ActHit, items: list[SideItem],
                      roles: list[str]) -> list[str]:
    """The acting side: the states of the act's subjects (`subject_items`)."""
    chosen = subject_items(lang, text, tokens, sent, hit, items, roles)
    return list(dict.fromkeys(code for i in chosen for code in i.codes))


def subject_items(lang, text: str, tokens, sent: Span, hit: ActHit, items: list[SideItem],
                  roles: list[str]) -> list[SideItem]:
    """The act's subjects: those of its own clause; else, for the sentence's main predicate, its first
    subject (the topic) with those coordinated with it, and for an embedded one the nearest before it."""
    left, right = lang.clause(text, tokens, hit.start, hit.end)
    conditions = hit.data.get("conditions", ())  # 'should X refuse, Y would ...': X is the condition's, not the act's
    conditions = (*conditions, *hit.data.get("quoted_aside", ()))  # '이어 "[B는] ...해야 한다"고 촉구했다': what was said
    kept = [(i, r) for i, r in zip(items, roles)
            if not any(sent.start + a <= i.span.start < sent.start + b for a, b in conditions)]
    items, roles = [i for i, _ in kept], [r for _, r in kept]
    in_clause = [(i, r) for i, r in zip(items, roles) if sent.start + left <= i.span.start < sent.start + right]
    subjects = [i for i, r in zip(items, roles) if r == "subject" and i.span.start < sent.start + hit.start]
    inside = [i for i, r in in_clause if r == "subject"]  # a passive's agent may follow the verb
    if inside:
        chosen = inside
    elif not subjects:
        chosen = []
    else:
        chosen = coordinated_group(lang, text, sent, subjects, first=lang.main_predicate(text, tokens, hit.start))
    return chosen


def speaker_side(sent: Span, hit: ActHit, items: list[SideItem], roles: list[str]) -> list[str]:
    """'외교부 당국자는 "일본 측에 시정을 요구했다"고 밝혔다': an act with no subject of its own and no talks
    to take it from, told by the official who speaks before it, is the speaker's side's ('we demanded')."""
    speakers = [i for i, r in zip(items, roles) if r == "source" and i.span.start < sent.start + hit.start]
    return list(speakers[-1].codes) if speakers else []


def coordinated_group(lang, text: str, sent: Span, subjects: list[SideItem], first: bool) -> list[SideItem]:
    """The first (or the last) subject with the subjects coordinated with it ('A와 B는', 'A and B')."""
    return coordinated_run(lang, text, sent, subjects if first else subjects[::-1], forward=first)


def coordinated_run(lang, text: str, sent: Span, items: Sequence, forward: bool) -> list:
    """`items[0]` with the items after it in `items` that the language coordinates with it, one by one ('A, B and
    C'), until one is not. `items` runs in text order (`forward`) or against it (each item then stands before the
    one taken last). Items are side items (with a span) or country mentions (with offsets)."""
    group = [items[0]]
    for item in items[1:]:
        a, b = (group[-1], item) if forward else (item, group[-1])
        if not lang.coordinated(text, bounds(a)[1] - sent.start, bounds(b)[0] - sent.start):
            break
        group.append(item)
    return group


def bounds(item) -> tuple[int, int]:
    span = getattr(item, "span", item)
    return span.start, span.end


def nominal_actor(lang, text: str, sent: Span, hit: ActHit, countries: list[CountryMention],
                  settings, governed: bool = False) -> list[str]:
    """'북한의 탄도미사일 발사', '북한군 파병', 'North Korea's troop dispatch', 'launches by X': the
    owner in the genitive or right before the noun, else the nearest subject or owner within reach
    (not the subject of a statement that judges the act: `governed`)."""
    pos, end = sent.start + hit.start, sent.start + hit.end
    countries = [c for c in countries if not c.recipient]  # a recipient form ('대북 제재') never acts
    after = [c for c in countries if 0 <= c.start - end <= settings.nominal_owner_reach_chars]
    if after and lang.agent_follows(text, hit.end):  # 'drills by A and B': every owner coordinated with the first
        owners = coordinated_run(lang, text, sent, after, forward=True)
        return list(dict.fromkeys(code for c in owners for code in c.codes))
    owner = [c for c in countries if 0 <= pos - c.end <= settings.nominal_owner_reach_chars and c.genitive]
    if owner:  # '북한의 러시아 파병': the owner, not the destination; '[X 외교부의] 성명은 [B의] 파병을': the nearest
        return owner[-1].codes  # genitive owns the deed noun, an earlier one the statement (konames47)
    adjacent = [c for c in countries if 0 <= pos - c.end <= settings.nominal_adjacent_chars and c.particle is None]
    if adjacent:
        return adjacent[-1].codes
    near = [c for c in countries if 0 <= pos - c.end <= settings.nominal_actor_reach_chars
            and (c.genitive or (c.subject and not governed))]
    subjects = [c for c in near if c.subject and not governed]
    if hit.type in JOINT_NOUNS and len(subjects) > 1:  # 'Algeria and Tunisia began joint patrols': both act
        return list(dict.fromkeys(code for c in subjects for code in c.codes))
    if near and hit.data.get("plural_owner"):  # 'A and B began their drills': 'their' is the coordinated group
        return coordinated_owners(lang, text, sent, countries, near[-1])
    return near[-1].codes if near else []


def coordinated_owners(lang, text: str, sent: Span, countries: list[CountryMention], last: CountryMention) -> list[str]:
    """The states coordinated with `last` before it ('the United States and South Korea'), with its own."""
    group = coordinated_run(lang, text, sent, [last, *reversed([c for c in countries if c.end <= last.start])],
                            forward=False)
    return list(dict.fromkeys(code for c in reversed(group) for code in c.codes))


JOINT_NOUNS = {"COOPERATE"}  # a noun act two subjects do together (the other mutual types are verbal)


def leftover_countries(countries: list[CountryMention], meetings: list[Event], story) -> list[str]:
    """A launch in a sentence about a meeting: the one country that is not a party to it."""
    parties = set(meeting_countries(meetings or ([story.meeting] if story.meeting else [])))
    codes = list(dict.fromkeys(code for c in countries if not c.recipient for code in c.codes if code not in parties))
    return codes if len(codes) == 1 else []
