"""Who acts: the acting side of an act word, read from the act's own clause.

pipeline/act_build.build_act asks these in turn: the agent the language found ('an attack by X'), the owner of a noun act
('북한의 발사', 'X's launches'), the subjects of the act's clause (coordinated ones together: 'A and B condemned'), a
group reference standing for the parties just named ('양측', 'the two ministers'), the place of an agentless use of
force ('were detained in China'), and the defaults a dropped subject leaves: the meeting's parties, the acting side
of the sentence before, the speaker, the dateline's state. Every function takes the sentence's side items (the
people and country words that may stand for a state, `side_items`) and returns country codes.
"""
from __future__ import annotations


from readout.lang.base import ActHit
from readout.model import Article, CountryMention, OCCURRED, Span
from readout.pipeline.bare_body_state import DATELINE_RULES, LATE_RULES, BodyEvidence, resolve, with_reason
from readout.pipeline.continued_sides import continued_side
from readout.pipeline.act_fallback_bodies import fallback_body_state
from readout.pipeline.act_struck_holders import charged_office_state, struck_people_state, struck_several_states
from readout.pipeline.act_reciprocal import brokers_dropped, brokers_named, mediators_named, sideless_fight, warring_pair
from readout.sectors import ARMED_GROUP_SECTORS, STATE_BODY_SECTORS, STATE_FORCE_SECTORS
from readout.pipeline.act_recipients import MUTUAL, PROMISED, VERBAL, SideItem, SideReading, place_items
from readout.pipeline.common import IGO_CODES
from readout.pipeline.act_own_government import unnamed_protesters
from readout.pipeline.act_party_critics import party_critics_state
from readout.pipeline.own_people import (armed_patients, held_group_arrester, held_group_members, own_state_patients,
                                         placed_at_home)
from readout.pipeline.remote_doers import leftover_allowed, owners_dropped
from readout.pipeline.pronoun_rivals import ambiguous_subject, continuing_party, voice_subject
from readout.pipeline.act_winners import conceder_state
from readout.pipeline.story_states import home_country, story_state, told_before
from readout.pipeline.act_subjects import (owner_candidates, untargeted, targeted_codes, named_agents,
                                           subject_countries, speaker_side, nominal_actor)
from readout.pipeline.act_actor_defaults import (same_kind_offender, referred_deed, offense_set_apart,
                                                 unnamed_actors, attackers_of_victims, own_armed_group,
                                                 joint_actors, meeting_countries, leftover_countries, country_places)

# A measure judged by another ('Russia criticized EU sanctions against X') is its owner's act; a judged statement (an
# appeal, a threat another rejects or condemns) is left to the judging act, whose recipient its owner is.
OWNED_MEASURES = {"SANCTION"}
UNMET_FORCE = frozenset({"MOBILIZE", "ASSAULT"})  # deeds whose doer the parties of the talks told never default to
UNTALKED_FORCE = frozenset({"COERCE"})  # deeds whose doer the parties of talks told in an earlier sentence are not


def acting_side(r: SideReading, countries: list[CountryMention], ctx, governed: bool,
                judge: int | None) -> tuple[ActHit, list[str], bool, list[str]] | None:
    """Who does the act of `r.hit`: (the hit, the actors, whether the act's own words named them, the agents
    after 'by'); None when no one is named as acting ('X was criticized', 'the aid was delivered'). The hit may
    come back with the sufferers of an agentless use of force (`patients`), who are then its recipients."""
    hit, sent, story = r.hit, r.sent, r.story
    placed_fight = False
    agents = named_agents(sent, hit, r.items)  # 'an attack on X by Y': the language found the agent
    stated = True
    if agents:
        actors = agents
    elif hit.data.get("suffered") or hit.data.get("received"):
        return None  # 'X was criticized', 'X received aid' with no one named: X suffers or receives, nobody named acts
    elif hit.nominal and hit.type not in VERBAL and (told := referred_deed(hit, story)):
        actors = told  # 'called the attack unacceptable', 'as the attack unfolded': the attack the story told
    elif hit.nominal and hit.type not in VERBAL:
        owned = nominal_actor(r.lang, r.text, sent, hit, owner_candidates(sent, hit, countries, judge), r.settings,
                              governed)
        leftover = not owned and (not governed or r.meetings or story.meeting) and leftover_allowed(hit) \
            and leftover_countries(untargeted(sent, hit, owner_candidates(sent, hit, countries, None)), r.meetings, story)
        placed_fight = bool(leftover)  # actors54b: a lone state left may be only where a fight of no sides was
        actors = owned or leftover \
            or not offense_set_apart(hit, story) and story.offender  # 'condemned the bombing', no meeting: the bomber
        actors = owners_dropped(r, actors or [])  # enactor48: 'X said a cyberattack on its banks': not X's deed
        if not actors and not leftover_allowed(hit):
            return None  # enactor48: a deed from afar no words name a doer of: no place nor dateline names one
        actors = [a for a in actors or [] if a not in targeted_codes(sent, hit, countries)]  # never its own target
        actors = [a for a in actors if a not in mediators_named(r, countries)]  # actors56: 'The fighting stopped
        # under Kenyan mediation': the go-between did no deed of the fight it ended
    elif governed and judge is not None and hit.nominal and hit.type in OWNED_MEASURES and (owners := nominal_actor(
            r.lang, r.text, sent, hit, owner_candidates(sent, hit, countries, judge), r.settings, governed)):
        actors = owners  # 'Russia criticized EU sanctions against X': the judged sanctions are the EU's, not the critic's
    else:
        found = clause_actors(r)
        if found is None:
            return None
        hit, actors, stated = found
        if stated:  # actors59: 'The Treasury criticized Y' after Kenyan police's deed: Kenya's, else the US's
            hit, actors = fallback_body_state(r.copied(hit=hit), hit, actors, countries, ctx)
        if not actors and (held := held_group_members(r.copied(hit=hit), unagented(hit, PATIENT_PASSIVE))):
            hit, actors = hit.copied(data={**hit.data, **held[0]}), held[1]  # koacts57b: '보코하람 조직원 3명이 체포됐다'
        if hit.mode != "meet":  # kopar57: 'Under Qatari mediation, A and B exchanged prisoners': the go-between is
            # no side of the clause's deed either; a call for its mediation ('asked for X's mediation') is X's business
            actors = [a for a in actors if a not in mediators_named(r, countries)] \
                or brokers_dropped(r, countries, actors)  # acts59b: 'Under Turkish mediation, the two sides ...'
    if hit.data.get("victims"):  # 'a car bomb killed three Somali soldiers': the harmed never attack
        actors = attackers_of_victims(r.article, sent, hit, r.items, actors)
    if not actors and struck_several_states(sent, hit, countries, place_items(r.article, sent)):
        return None  # actors54: 'Gunmen shot the president of X and the president of Y': whose gunmen is not told
    if hit.data.get("home_subject") or not actors:  # a body many states have ('the presidential office', its state
        # named nowhere in the clause) is the dateline's state before any default's; with no dateline, a quote's
        # unnamed speaker ('"X should stop," ministry spokesperson Y said') is the voice the story just heard
        brokers = brokers_named(r, countries)  # acts59b: people under a go-between are not its own
        homes = [c for c in countries if not set(c.codes) & brokers]
        body = BodyEvidence.of(r, hit, countries, ctx)
        actors = unnamed_actors(r.article, sent, hit, r.items, r.roles, homes, ctx, story, body) \
            or hit.data.get("unnamed_voice") and continued_side(hit, story, r.settings.continued_reach_sentences) \
            or actors
        hit = with_reason(hit, body.answer_for(actors))  # actors60: a force's scene told
    if hit.data.get("dateline_organ") and (dated := resolve(BodyEvidence.of(r, hit, countries, ctx, actors),
                                                            DATELINE_RULES)):  # '(BEIJING) the ministry's
        hit, actors = with_reason(hit, dated), dated.state  # spokesperson': a bare ministry is the host's
    if not actors:  # enpeople52: 'Gunmen shot the president of X': the struck people's state, as 'the X-ian president'
        actors = struck_people_state(sent, hit, countries) or charged_office_state(sent, hit, countries)  # actors54b
    if not actors and (body := resolve(BodyEvidence.of(r, hit, countries, ctx), LATE_RULES)):  # 'The junta
        # rejected ...': the state named with its junta (actors60b); actors58: 'X's army closed ... The general
        # criticized Y'; acts59: 'X held a vote. The government rejected ...': the paragraph's
        hit, actors = with_reason(hit, body), body.state
    if not actors and (protest := unnamed_protesters(r.copied(hit=hit))):
        hit, actors = protest  # domestic50: 'a rally was held in X's capital': X's people
    if not actors:  # congrats50: 'B had conceded defeat', B of no state named: the election's own candidate
        actors = conceder_state(r.article, sent, ctx, hit)
    if not actors and (hit.type in UNTALKED_FORCE or charged(hit)) and not hit.nominal and told_before(r.article, sent):
        actors = home_country(place_items(r.article, sent)) or story_state(r.article, sent, ctx, story)  # coerce52:
        # 'Police arrested X', 'X was detained', no state named: the authorities of the place or of the story's state
    actors = warring_pair(r.copied(hit=hit), countries, actors or [], ctx)  # 'The clashes began ...'
    if placed_fight and sideless_fight(r.copied(hit=hit), actors):
        return None  # actors54b: 'Clashes broke out in X', 'X에서 교전이 이어졌다': no side named, none told before
    return (hit, actors, stated, agents) if actors else None


def clause_actors(r: SideReading) -> tuple[ActHit, list[str], bool] | None:
    """The actors of a verbal act or a verb of force: its clause's subjects; an agentless passive's place
    ('were detained in China'); else, for a dropped subject, the mobilizer just named, the meeting's parties, the
    acting side going on, the speaker. A decision taken at talks ('합의했다' after '회담을 하고') is all parties'.
    The flag says whether the clause itself named the actors (not a default)."""
    hit, sent, story = r.hit, r.sent, r.story
    actors = subject_countries(r.lang, r.text, r.tokens, sent, hit, r.items, r.roles)
    actors = owner_not_voice(hit, actors, r.items, r.roles, story, sent)
    actors = actors or paired_first_side(r)  # groups53: '말리군과 반군은 휴전에 합의했다': the army acts with them
    actors = actors or party_critics_state(r)  # groups54b: 'The opposition X Party accused the Zambian government'
    if hit.data.get("body_going_on"):  # '외교부는 이어 ...' after B's ministry spoke: B's voice, else the home body's
        actors = continued_side(hit, story, r.settings.continued_reach_sentences) or actors
    stated = bool(actors)
    if unagented(hit, GIVEN_PASSIVE):
        host = sheltering_state(r, hit, actors)
        if not host:
            return None  # 'the aid was delivered through the WFP': what was given, or to whom, and no giver named
        hit = hit.copied(data={**hit.data, "patients": actors})
        actors = host  # support61: 'X was granted asylum in Y': Y shelters X
    if actors and (unagented(hit, PATIENT_PASSIVE) or released(r) or charged(hit)):  # 'two Japanese nationals were
        # detained in China': they suffered it; 'the activist was charged with treason': charged, no charger
        placed = placing_state(sent, hit, unvoiced(r, r.items) + place_items(r.article, sent), actors)
        own = None if placed else own_state_patients(r.items, actors) \
            or placed_at_home(hit.type, place_items(r.article, sent) + country_places(r.article, sent),
                              r.items, actors) \
            or armed_patients(hit.type, r.items, actors)  # koacts57b: '이 단체 조직원 3명이 체포됐다': the group held
        # kodomestic49: 'the opposition leader was arrested'; koacts56: 'an X-ian teacher was arrested in X'
        armed = [] if placed or own else own_armed_group(r.article, hit, set(actors))  # koacts50b: '차드 주민 5명이 반군에 의해
        if armed:  # 살해됐다': the group is of its victims' state; they receive, as 'killed by rebels' reads
            return hit, armed, stated
        if not placed and not own and not (hit.type in UNTALKED_FORCE and told_before(r.article, sent)):  # arrested'
            return None  # the detained are no detainers, and no one else is named
        mark = {"own_patients": True, "domestic_sector": own} if own else {} if placed else {"held_by_story": True}
        mark.update(held_group_arrester(own))  # koacts57b: an armed group held: its state's government holds it
        hit = hit.copied(data={**hit.data, "patients": actors, **mark})
        actors = placed or (list(actors) if own else [])  # a story's arrest of one named by their state, no doer
        # named: the story state's authorities (acting_side's default), never the arrested themselves
    # 'the B-backed rebels'
    if hit.data.get("backer_span") or not actors and hit.data.get("people_subject") in ARMED_GROUP_SECTORS:
        actors = armed_group_named(r, actors if hit.data.get("backer_span") else []) or actors
    if not actors and hit.data.get("formation_name"):  # 'The Liaoning group ... sailed': the ship's state (en35)
        actors = formation_owner(r)
    if not actors and ambiguous_subject(r.article.mentions, sent.start, sent.start + hit.start):
        return None  # refs39: 'A met B. He condemned ...': 'he' is either, and no default guesses
    if not actors and hit.type not in VERBAL and hit.data.get("people_subject") and not hit.data.get("remote"):
        actors = home_country(place_items(r.article, sent))  # actors52: 'In X, police fired on ...' after Y reinforced
        # its border: X's police; enfix47: not hackers' remote deed ('hacked a bank in X': the bank's place)
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
    if not actors and not meetings and talks and voice_subject(r.article.mentions, sent.start, sent.start + hit.start):
        actors = continuing_party(talks, r.items, sent.start + hit.end, r.article.countries)  # located66: 'A met B. He criticized C': A
    actors = actors or meeting_countries(meetings) or continued_side(hit, story, r.settings.continued_reach_sentences) \
        or meeting_countries(talks)
    actors = actors or speaker_side(sent, hit, r.items, r.roles)
    if hit.data.get("joint"):  # a decision quoted without its subject: the parties of the talks took it
        actors = joint_actors(actors, r.meetings or talks)
    elif hit.type in MUTUAL and hit.status == OCCURRED and len(r.meetings) == 1 \
            and hit.data.get("stated_type") not in PROMISED:  # meet52b: a promise is the promiser's alone
        actors = joint_actors(actors, r.meetings)  # 'A는 B와 회담을 하고 ...하기로 합의했다': agreed with B
    return hit, actors, stated


def paired_first_side(r: SideReading) -> list[str]:
    """(groups53, issue 14) A mutual act whose subject the language marked as a state's side paired with an armed
    group's noun of no state (`paired_part`: '말리군과 반군은 휴전에 합의했다', where the state's words carry the
    comitative particle and read as the 'with' side): the state's body or force before the act word acts, the group
    beside it (act_side_entities.paired_part_entities). Nothing for any other act."""
    if r.hit.type not in MUTUAL or not r.hit.data.get("paired_part"):
        return []
    at = r.sent.start + r.hit.start
    return list(dict.fromkeys(c for i, role in zip(r.items, r.roles) if role == "with" and i.span.end <= at
                              and (i.sector in STATE_BODY_SECTORS or i.sector in STATE_FORCE_SECTORS) for c in i.codes))


def armed_group_named(r: SideReading, backers: list[str]) -> list[str]:
    """'Israel struck the Houthi-held port, a day after the Iranian-backed rebels fired ...': an armed group's noun
    with no state of its own as the act's subject, or one after a backer's compound (the language's `backer_span`;
    `backers`: the states it names), is the armed group of another state the story named last: in this sentence
    before the act word, else the last act told with such a group acting, else the nearest sentence before that names
    one (a country word with an armed sector: 'Houthi', 'Syrian rebels'). None where the story named none."""
    at = r.sent.start + r.hit.start

    def last_armed(sided) -> list[str] | None:  # (sector, codes) pairs in reading order: the last armed group's
        named = [codes for sector, codes in sided if sector in ARMED_GROUP_SECTORS and not set(codes) & set(backers)]
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


PATIENT_PASSIVE = frozenset({"COERCE", "ASSAULT"})  # force whose passive's subject suffered it


def released(r: SideReading) -> bool:
    """'the opposition leader and his ally were released from prison', '사면법에 따라 석방됐다': a release in the
    passive with no agent; its subject was freed and did not free anyone, as the subject of an agentless arrest
    was held (a withdrawal's passive, 'troops were pulled back', keeps its subject: the state moved its own)."""
    return unagented(r.hit, RELEASE_TYPES) and r.lang.act_mode(r.hit, r.text) == "release"


RELEASE_TYPES = frozenset({"RETREAT"})


GIVEN_PASSIVE = frozenset({"AID"})  # help whose passive's subject is what was given or who received it
SHELTER_CONTEXTS = frozenset({"asylum"})  # help given where it is received: the place's state gives it


def sheltering_state(r: SideReading, hit: ActHit, receivers: list[str]) -> list[str]:
    """(support61) The state that gave asylum told in the agentless passive ('was granted asylum in Y', '...에서 망명을
    허가받았다'): asylum is given where it is received, so the state the clause places it in, nearest the act word, is the
    giver and the subject's state the receiver (PLOVER AID, asylum). None for other help ('the aid was delivered in
    X' names where it went, not who gave it), or with no receiver or no other state placed."""
    if not receivers or not SHELTER_CONTEXTS & set(hit.contexts):
        return []
    return placing_state(r.sent, hit, r.items + place_items(r.article, r.sent), receivers)


def charged(hit: ActHit) -> bool:
    """(accuse58) A criminal charge in the passive with no charger named ('was charged with treason', '기소됐다'): its
    subject was charged, and the state holding it charged (the language's mark `criminal_charge`)."""
    return bool(hit.data.get("criminal_charge")) and unagented(hit, CHARGE_TYPES)


CHARGE_TYPES = frozenset({"ACCUSE"})


def unagented(hit: ActHit, types: frozenset[str]) -> bool:
    """An act of `types` in the passive with no agent the language found ('were arrested', '체포됐다', 'was
    delivered', no 'by X' or '에 의해'): its subject suffered or received it, and did not do it. (coups50) A passive
    the language marks `coup_passive` ('was overthrown in a coup', '쿠데타로 실각했다') names its doers by the coup:
    the state's soldiers (pipeline/ousted_states)."""
    return hit.type in types and bool(hit.data.get("passive")) and hit.data.get("by") is None \
        and "agent_span" not in hit.data and not hit.data.get("coup_passive")


def unvoiced(r: SideReading, items: list[SideItem]) -> list[SideItem]:
    """(groups55, issue 14) `items` less those in the subject of a statement verb opening the sentence (the language's
    `opening_voice`: 'Peru said X's minister was arrested', '페루 정부는 ...고 밝혔다'): the speaker reports the deed
    and is no state where it happened, nor its doer. Not for a reduced passive (`reduced_passive`: 'X said four Y-ian
    fishermen arrested at sea would be charged'): the people held head the speaker's own report of what it does with
    them, so the speaker is the state holding them (the lead's mend of the fifty-fifth session)."""
    voice = None if r.hit.data.get("reduced_passive") else r.lang.opening_voice(r.text)
    if voice is None:
        return items
    start, end = r.sent.start + voice[0], r.sent.start + voice[1]
    return [i for i in items if not (start <= i.span.start and i.span.end <= end)]


def placing_state(sent: Span, hit: ActHit, items: list[SideItem], patients: list[str]) -> list[str]:
    """The state where an agentless use of force happened, nearest the act word ('were detained in China',
    'was arrested in Beirut', '모스크바에서 체포됐다'): its authorities did it (the manual codes an arrest in
    Lebanon as Lebanon's). None but the sufferers' own state: no one named."""
    at = sent.start + hit.start
    others = [i for i in items if not set(i.codes) & set(patients) and not any(c in IGO_CODES for c in i.codes)]
    nearest = min(others, key=lambda i: abs(i.span.start - at), default=None)
    return list(nearest.codes) if nearest is not None else []


def dateline_clock(article: Article, sent: Span, ctx) -> str | None:
    """The country whose clock the sentence's days are told on: its dateline's ('SEOUL, June 21 (Reuters)', '(서울=
    연합뉴스)': Seoul's days); a headline before the first dateline is told on that one's clock; none with no dateline
    (store/merge_clocks.one_clock)."""
    if not article.datelines:
        return None
    lines = [d for d in article.datelines if d.start <= sent.start] or article.datelines[:1]
    place = ctx.language(sent.label).dateline_place(article.text[lines[-1].start:lines[-1].end], lines[-1].start)
    return place.country if place and place.country else None


def side_sector(code: str, items: list[SideItem], roles: list[str], acting: bool) -> str | None:
    """The sector of the words that named `code` on one side: the acting side prefers a subject's
    words, the receiving side any other's; else the first that gives one."""
    named = sorted(((r == "subject") != acting, i.span.start, i.sector) for i, r in zip(items, roles)
                   if code in i.codes and i.sector)
    return next((sector for _rank, _at, sector in named), None)


def bare_accuser(hit, code: str, items: list[SideItem], roles: list[str]) -> bool:
    """(charges52) The accuser of an ACCUSE is named by its subject's words as a bare state ('Norway condemned Russia for
    detaining two Norwegian fishermen', '노르웨이는 ... 노르웨이 어부 두 명을 억류한 것을 규탄했다'): it accuses as the
    state; the sector of its people named in the charge's ground (the fishermen, AGR) is theirs, no accuser's part. A
    people noun subject ('Palestinians blamed X': `people_subject`) keeps its own sector."""
    subject = [i.sector for i, r in zip(items, roles) if r == "subject" and code in i.codes]
    return hit.type == "ACCUSE" and bool(subject) and not any(subject) and not hit.data.get("people_subject")


def bare_accused(hit, code: str, items: list[SideItem], roles: list[str]) -> bool:
    """(plover57b) The side an ACCUSE is aimed at is named by its object's words as a bare state ('Bangladesh criticized
    Myanmar over its treatment of Rohingya refugees', and its Korean twin): the state is accused, as the accuser named
    bare accuses (`bare_accuser`); the sector of its people named in the charge's ground (the refugees, REF) is theirs,
    no part of the accused. An object whose own words give a sector ('criticized
    Myanmar's army': MIL) keeps it."""
    objects = [i.sector for i, r in zip(items, roles) if r == "object" and code in i.codes]
    return hit.type == "ACCUSE" and bool(objects) and not any(objects)


def subject_sector(code: str, items: list[SideItem], roles: list[str]) -> str | None:
    """(actors71) The sector of the words of the act's subject that named `code` ('Eritrean army engineers': MIL),
    else None: a sector only an object's words gave ('Eritrea arrested army officers') is no acting part's."""
    return next((i.sector for i, r in sorted(zip(items, roles), key=lambda p: p[0].span.start)
                 if r == "subject" and code in i.codes and i.sector), None)


def unowned_self_attack(hit: ActHit, stated: bool, actors: list[str], recipients: list[str],
                        items: list[SideItem], clause: tuple[int, int]) -> bool:
    """'In 2016, after militants attacked an army base at X, ...': an attack by an armed group's people noun with no
    state of its own (`people_subject` of `ARMED_GROUP_SECTORS`), whose clause names no state for it, took a side from
    the story or the place, and its target, read as that side's own forces, the same: a state attacking itself that no country
    word of the attack's own clause (`clause`, offsets in the text) names. The attacker is unnamed (as analysts leave
    it); with no acting side there is no event (force9). 'Militants attacked an army base in northern X' names X in
    its clause: a domestic attack, kept; so is a town taken ('rebels took control of X, a town in the north': the
    town is the state's, own_people.captured_own_town). koarmed71: `items` holds the sentence's towns and regions too
    (`place_items`): 'militias attacked villagers in Darfur', '민병대가 다르푸르에서 주민들을 공격했다' place the attack in
    the clause as the state's name would, and the group acting there takes that state (coding-choices)."""
    return hit.type == "ASSAULT" and not stated and hit.data.get("people_subject") in ARMED_GROUP_SECTORS \
        and not hit.data.get("captured_town") and bool(recipients) and set(recipients) <= set(actors) \
        and not any(set(i.codes) & set(actors) and clause[0] <= i.span.start < clause[1] for i in items)


def comma_after(text: str, end: int) -> int:
    """Where the first comma after `end` stands (the end of a subordinate clause the language's bounds run past), else
    the text's end."""
    comma = text.find(",", end)
    return comma if comma >= 0 else len(text)
