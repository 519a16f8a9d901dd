"""(world39) A bare state organ as an act's subject ('군부는 제재를 거부했다', '정부군은 도시를 탈환했다', '군사정부는
...'): marked `organ_subject` with the organ's PLOVER sector from the agent table, so that the pipeline gives it the
state the story named with such an organ ('니제르 군부', '수단 정부군': pipeline/act_organs.py) when nothing else names
its state. The organ nouns are the act lexicon's cue `bare_organ_noun`; the subject is the nearest subject or topic
before the act in its clause, and it must be the organ noun alone (a state word before it names its state)."""
from __future__ import annotations

from readout.kb.agents import phrases
from readout.sectors import (ARMED_GROUP_SECTORS, CHARGED_PEOPLE_SECTORS, HARMED_OFFICE_SECTORS, HARMED_SECTORS,
                             HELD_OFFICE_SECTORS,
                             PARTY_SIDE_SECTORS)
from readout.lang.ko.act_attacked_sites import site_sector
from readout.lang.ko.act_candidate import joined, run_start, COMPLEMENT_REACH
from readout.lang.ko.act_people_objects import domestic_object, JUDICIARY
from readout.lang.ko.act_table import ActIndex, act_index
from readout.lang.ko.act_trade_sites import trade_site_sector
from readout.lang.ko.tags import JOINING_ENDINGS, NOUN_TAGS, SENTENCE_END_TAGS
from readout.lang.ko import tags
from readout.lang.ko.adnominal_endings import bound_head
from readout.lang.ko.agents import sector_of
from readout.lang.ko.country_tables import tables
from readout.lang.ko.words import title_of

SUBJECT_PARTICLES = tags.SUBJECT_PARTICLES | {"도"}
SAME_SUBJECT_ENDINGS = JOINING_ENDINGS  # a joined clause goes on with the same subject


def organ_subject(toks: list, first: int, lex: ActIndex) -> str | None:
    """The sector of the act's subject when it is a bare organ noun ('군부는'), else None (`first`: the act's
    first token)."""
    for j in range(first - 1, max(-1, first - COMPLEMENT_REACH), -1):
        form, tag = toks[j][0], toks[j][1]
        if tag == "EC" and form in SAME_SUBJECT_ENDINGS:
            continue
        if tag in SENTENCE_END_TAGS:
            return None
        if tag == "JKS" or tag == "JX" and form in SUBJECT_PARTICLES:
            end = j - 1
            if end < 0 or toks[end][1] not in NOUN_TAGS:
                return None
            start = run_start(toks, end)
            noun = joined(toks, start, end)
            if noun not in lex.cue("bare_organ_noun") or start > 0 and toks[start - 1][1] in NOUN_TAGS:
                return None
            return phrases("ko").get(noun)
    return None


def judged_home_object(toks: list, cand, lex: ActIndex) -> tuple[tuple[int, int], str] | None:
    """The span and PLOVER sector of an accusation's object that is a side of a state's own politics, in one look over
    the three lists: the ruling side (accuse50, cue ruling_noun: '야당 대표는 정부를 비판했다', GOV), a bare state body
    (actors58, cue state_body_noun: '야당은 의회를 비난했다', its sector: LEG, JUD), the opposition (accuse58, cue
    opposition_noun: '대통령은 야당을 비판했다', OPP). The pipeline gives it the state its span names, else the actor's
    own, a domestic act, as English 'criticized the parliament'. A word on two lists is read in that order."""
    ruling, bodies, opposition = lex.cue("ruling_noun"), lex.cue("state_body_noun"), lex.cue("opposition_noun")
    span = domestic_object(toks, cand, lex, ruling | bodies | opposition)
    if span is None:
        return judged_office(toks, cand, lex)
    run = [k for k, t in enumerate(toks) if span[0] <= t[2] and t[2] + t[3] <= span[1]]
    words = {joined(toks, k, run[-1]) for k in run}
    if words & ruling:  # actors63: a ruling party is a party (PTY, kb agents.yaml), its government GOV
        return span, party_side(toks, span) or "GOV"
    if words & bodies:
        noun = next((t[0] for t in toks if t[2] + t[3] == span[1] and t[1] in NOUN_TAGS), None)
        return span, phrases("ko").get(noun or "") or "GOV"
    return span, "OPP"


def judged_office(toks: list, cand, lex: ActIndex) -> tuple[tuple[int, int], str] | None:
    """(groups54b, issue 14) The span and sector of an accusation's object headed by a state office's title
    ('케냐 대법원장은 [케냐 대통령]을 비난했다' GOV, '[감사원장]을' GOV, '[대법원장]을' JUD): the office's holder is a side
    of the state's own politics, as '정부를' is, and English 'accused the Kenyan president' reads GOV; left out, the
    object named the same state as the subject and no side received. Only titles the office table gives a state
    office's sector (`HARMED_OFFICE_SECTORS`: GOV, LEG, JUD) and the act lexicon's held people list (cues
    detainee_noun, charged_person_noun) or a court's (act_people_objects.judiciary_title); a title owned by another state
    ('프랑스 대사를') keeps that state, which the span names. (groups55b, issue 14) An officer of the forces too
    (`HELD_OFFICE_SECTORS`: '대통령은 육군 장군을 비난했다' MIL), as English 'accused the general' reads the rank: a
    president judging his own state's general is a domestic act, not an object of no side."""
    nouns = frozenset(w.replace(" ", "") for w in lex.cue("detainee_noun") | lex.cue("charged_person_noun")
                      if title_of(w.replace(" ", "")))
    span = domestic_object(toks, cand, lex, nouns | court_titles())
    sector = office_sector(toks, span, HELD_OFFICE_SECTORS) if span else None
    return (span, sector) if sector else None


def court_titles() -> frozenset[str]:
    """(groups54b) The Korean titles of the office table whose sector is the judiciary's ('대법원장', '판사', '검찰총장')."""
    return frozenset(w for w, sector in phrases("ko").items() if sector == JUDICIARY and title_of(w))


def party_side(toks: list, span: tuple[int, int]) -> str | None:
    """(actors63) The party side of a domestic object's people ('야당 대표를 체포했다' OPP, '여당 원내대표를 기소했다',
    '당수를' PTY): the first noun of the span whose agent sector is a side of party politics (the agent table's,
    `PARTY_SIDE_SECTORS`): the side qualifies the person noun after it, as English 'the opposition leader'. None: no
    side named ('언론인을', '시위대를'), the people's default stands."""
    return first_sector_in(toks, span, PARTY_SIDE_SECTORS)


def harmed_people_sector(toks: list, span: tuple[int, int]) -> str | None:
    """(koattack51) The sector of the people an attack harmed: their people's sector (`people_sector`), else the first
    noun of the span whose agent sector is one of the harmed's (`HARMED_SECTORS`: '[말리 총리]를 공격했다', '총리가 ...
    살해됐다' GOV, '[군인 3명]이 ... 살해됐다' MIL), as English 'attacked the Malian prime minister' reads the office.
    Why apart from `people_sector`: an office holder charged or arrested is read by other rules; harm alone makes any
    holder of an office the office's side. A span ending in a site of trade or worship is the site's people, not an
    office's holder ('[하르키우의 시장]을 공습했다': the market, not the mayor; act_trade_sites). None: the default (CVL)
    stands."""
    return people_sector(toks, span) or (None if trade_site_sector(toks, span, act_index())
                                         else first_sector_in(toks, span, HARMED_SECTORS))


def first_sector_in(toks: list, span: tuple[int, int], sectors: frozenset[str]) -> str | None:
    """The agent-table sector of the first noun inside `span` whose sector is one of `sectors`, else None. (actors54b)
    A proper noun kiwi read whole that is a state's name with an agent noun joined ('말리군/NNP': `state_joined_sector`)
    has that noun's sector, as '차드/NNP 군/NNG' has; so has a state's head noun kiwi tagged as a bound noun ('니제르/NNP
    군/NNB': adnominal_endings.bound_head)."""
    for tok in toks:
        form, tag, at, size = tok[:4]
        if span[0] <= at and at + size <= span[1] and (tag in NOUN_TAGS or bound_head(tok)):
            sector = phrases("ko").get(form)
            if sector is None and tag == "NNP":
                sector = state_joined_sector(form)
            if sector in sectors:
                return sector
    return None


def state_joined_sector(word: str) -> str | None:
    """(actors54b) The agent sector of one proper noun that is a state's name (the country tables' names) with an agent
    noun written on ('말리군' MIL, '차드정부' GOV): kiwi reads some such words as one name, and the country reader names
    their state, but the sector readers looked the whole word up in the agent table and found none, so '말리군은 반군의
    공격을 받았다' gave Mali's civilians the sufferers. None where no state's name opens the word."""
    names = tables().names
    return next((sector_of(word[n:]) for n in range(len(word) - 1, 0, -1) if word[:n] in names), None)


def people_sector(toks: list, span: tuple[int, int]) -> str | None:
    """(actors63) The sector of a domestic object's people: its party side (`party_side`), else the first noun of the
    span the agent table gives a sector of a state's unarmed people (`CHARGED_PEOPLE_SECTORS`: '기자들을' JRN,
    '언론인 2명을' JRN, as English 'arrested three journalists'), else an armed group's noun qualifying a person noun
    of no sector (koarmed71: '반군 지도자를' REB, as 'arrested a rebel commander'; '반군 주민' stays the residents');
    None: the default (CVL) stands."""
    return party_side(toks, span) or first_sector_in(toks, span, CHARGED_PEOPLE_SECTORS) \
        or first_sector_in(toks, span, ARMED_GROUP_SECTORS) or site_sector(toks, span)  # kosite48: '모스크를' REL


def domestic_people_sector(toks: list, span: tuple[int, int], *, harmed: bool, forced: bool) -> str | None:
    """(debt52) The sector of a domestic object's people, the one question act_hit_domestic asks of them: their
    people's sector (`people_sector`), for harm (`harmed`) the first noun of a harmed sector's
    (`harmed_people_sector`), then for force and arrests (`forced`) the office whose title ends the span
    (`office_sector`); None: the default stands. Both office readings read the shared `HARMED_OFFICE_SECTORS`."""
    return (harmed_people_sector if harmed else people_sector)(toks, span) \
        or (office_sector(toks, span, HELD_OFFICE_SECTORS) if forced else None)  # groups55: '장군을' MIL


def office_sector(toks: list, span: tuple[int, int], sectors: frozenset[str] = HARMED_OFFICE_SECTORS) -> str | None:
    """(plover51) A domestic object headed by an office title ('국방장관을 납치했다', '과도 총리를 암살하려 했다'): the
    last noun of the span is a title of the office table (`words.title_of`) whose agent sector is a state's office
    (`HARMED_OFFICE_SECTORS`, the offices harm reads too: `harmed_people_sector`): the holder is the government's, as
    English 'shot the defence minister' reads GOV, never the civilians' default. Asked by act_hit_domestic for force
    and (koattack51b) arrests only (`DOMESTIC_TYPES`): a court's sentence of an official ('전 부통령에게 징역을
    선고했다') is read as before. (plover51b) A lawmaker ('의원을 납치했다') is the legislature's, LEG; (debt52) a judge
    arrested ('판사를 체포했다') the judiciary's, JUD, as English 'arrested a judge' reads it. (groups55) `sectors`: force
    and arrests read an officer held too (HELD_OFFICE_SECTORS: '장군을 체포했다' MIL)."""
    nouns = [form for form, tag, at, size in toks if span[0] <= at and at + size <= span[1] and tag in NOUN_TAGS]
    if not nouns:
        return None
    sector = phrases("ko").get(nouns[-1]) if title_of(nouns[-1]) else None
    if sector not in sectors and (whole := title_of("".join(nouns))):
        sector = phrases("ko").get(whole[0])  # kooffices52: a title kiwi cut in two ('검찰 총장', '대 법관')
    return sector if sector in sectors else None
