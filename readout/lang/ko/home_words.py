"""The home state's bare government words under another state's subject name no state (refs39).

'정부는 ... 밝혔다' in a Seoul paper is Seoul's government, and countries.yaml lists '정부' and '우리 정부' among South
Korea's names for it. But '러시아 외무부는 10일 정부의 결정을 비난했다', '[B국 대변인]은 "우리 정부는 ..."': a bare
'정부' governed by another state's subject is that subject's counterpart or its own government (whose? the words do
not say), and a quoted '우리 정부' is the speaker's. Such a mention is dropped: no state is read from it, rather than
the writer's state on the wrong side of the act. Under people of another state ('[B국 시민들]은 정부를 비판했다') it is
their own government, B's. The bare word as a subject or topic itself ('정부는') keeps its
reading, and so does any mention where the home state is the subject before it ('한국은 ... 정부 차원에서'), except
beside one state's rebels ('TPLF 전투원은 ..., 정부는'): their state's government (`rebels_government`, fresh37).
"""
from __future__ import annotations

import re

from readout import budget
from readout.dating import quoted_at
from readout.kb.geo import lookup_city
from readout.kb.loader import lexicon
from readout.sectors import ARMED_GROUP_SECTORS, STATE_BODY_SECTORS
from readout.lang.base.units import as_government_of
from readout.model import CountryMention
from readout.lang.ko.qualified_parties import qualified_party_states
from readout.lang.ko.tags import NOMINATIVE_PARTICLES, SUBJECT_PARTICLES, SUBJECT_TAGS
from readout.lang.ko.act_table import act_index


@budget.table()
def home_bare_forms() -> frozenset[str]:
    """The bare government words naming the writer's state (lexicon ko home_bare_forms)."""
    return frozenset(lexicon("ko").get("home_bare_forms", ()))


@budget.table()
def home_bare_bodies() -> frozenset[str]:
    """The home state's bodies named bare, which another state has too (lexicon ko home_bare_bodies: '국회')."""
    return frozenset(lexicon("ko").get("home_bare_bodies", ()))


def bare_home_word(word: str) -> str | None:
    """The writer's state when `word` is one of its bare government words or bodies, else None
    (`Language.bare_home_word`)."""
    return lexicon("ko")["dateline_home"] if word in home_bare_forms() or word in home_bare_bodies() else None


def bare_mentions(text: str, offset: int, found: list[CountryMention], quoted: bool = False) -> list[CountryMention]:
    """The bare home-government words of `found`, outside a quotation unless `quoted`: the one test of the readers
    here, the same as `Language.bare_home_mentions` asks (which the pipeline's readers use)."""
    return [m for m in found if m.codes == [bare_home_word(text[m.start - offset:m.end - offset])]
            and (quoted or not quoted_at(text, m.start - offset))]


def led_home_words(text: str, offset: int, words: list, found: list[CountryMention]) -> list[CountryMention]:
    """(actors59) A bare home-government word after a clause of leading ('[라마포사 대통령이 이끄는] 정부가', '[B국
    총리가 이끌던] 정부는'; lexicon ko `leading_verbs`) is the government of the leader's state: a state word in the
    clause's subject, else the one state of a known person named there (kb/heads.person_state), as English 'a
    government led by X' reads X's (lang/en/agents.follower_mentions). None named there: the word keeps its reading."""
    verbs = frozenset(lexicon("ko").get("leading_verbs", ()))
    out = list(found)
    for m in bare_mentions(text, offset, found, quoted=True):
        k = next((i for i, w in enumerate(words) if offset + w.start == m.start), None)
        if k is None or k < 2 or words[k - 1].text not in verbs or words[k - 2].particle not in NOMINATIVE_PARTICLES:
            continue
        first = k - 2
        while first > 0 and k - 2 - first < LEADER_WORDS - 1 and words[first - 1].particle is None \
                and not words[first - 1].has_verb:
            first -= 1  # '라마포사 대통령이': the subject's words with no particle before its last
        states = leader_states(words[first:k - 1], offset, found)
        if len(states) == 1:
            out = as_government_of(out, [m], states)
    return out


LEADER_WORDS = 3  # words a leading clause's subject runs to ('시릴 라마포사 대통령이')


def leader_states(leader: list, offset: int, found: list[CountryMention]) -> list[str]:
    """The state a leading clause's subject words name: a state word among them ('베네수엘라 대통령이'), else the one
    state of the first word that is a known person's name ('라마포사 대통령이')."""
    from readout.kb.heads import person_state  # cold start: not loaded with `Korean`, only on first use

    lo, hi = offset + leader[0].start, offset + leader[-1].end
    inside = sorted({code for c in found if lo <= c.start < hi for code in c.codes})
    if inside:
        return inside
    for w in leader:
        state = person_state(w.noun)
        if state:
            return [state[0]]
    return []


def governed_home_words(text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """The mentions without the bare home-government words that another state's subject, earlier in the sentence,
    governs (the home state itself not a subject before them): as an object or owner, or quoted as that subject's
    words even where the word is the quote's own subject. Kept where people of that state stand among those
    subjects: their own government, which `people_own_government` reads."""
    out = []
    for m in found:
        body = text[m.start - offset:m.end - offset] in home_bare_bodies()
        governing = governing_subjects(text, offset, found, m, clause_subject=body)  # '국회가 ...했다고': told too
        if governing is None or people_among(governing):
            out.append(m)
        elif body and len(states := subject_states(governing)) == 1:
            out += as_government_of([m], [m], states)  # actors57: 'A국 대통령은 국회의 요구를': A's parliament
    return out


def subject_states(subjects: list[CountryMention]) -> list[str]:
    """The states of the governing subjects, one list (sorted)."""
    return sorted({code for c in subjects for code in c.codes})


def governing_subjects(text: str, offset: int, found: list[CountryMention], m: CountryMention,
                       clause_subject: bool = False) -> list[CountryMention] | None:
    """The subjects before `m` that govern it when it is a bare home-government word that is no subject of its own
    (or stands in a quote, or, with `clause_subject`, is the subject of a clause they tell: '정부가 ...했다고'),
    none of them the home state's; None otherwise."""
    quoted = quoted_at(text, m.start - offset)  # '[B국 대변인]은 "우리 정부는 ..."': the speaker's government
    told = clause_subject and m.particle in NOMINATIVE_PARTICLES
    if m not in bare_mentions(text, offset, [m], quoted=True) or m.subject and not quoted and not told:
        return None
    home = lexicon("ko")["dateline_home"]
    before = [c for c in found if c.subject and c.end <= m.start]
    return before if before and not any(home in c.codes for c in before) else None


def people_among(subjects: list[CountryMention]) -> list[CountryMention]:
    """The people of a state (no state body: `STATE_BODY_SECTORS`) among the subjects."""
    return [c for c in subjects if c.sector and c.sector not in STATE_BODY_SECTORS]


def governed_people_government(text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """'[B국 시민들]은 정부를 비판했다', '[B국 야당 의원들]은 정부가 선거를 조작했다고 비난했다': a bare home-government
    word governed by people of another state (`governing_subjects`), as an object or as the subject of the clause
    they tell (unify52: a state's opposition charging its own government), is the people's own government, B's
    (refs39). Not a topic ('..., 정부는'): the writer's government may answer them in a clause of its own."""
    out = []
    for m in found:
        people = people_among(governing_subjects(text, offset, found, m, clause_subject=True) or [])
        out += as_government_of([m], [m], people[-1].codes) if people else [m]
    return out


def rebels_government(text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """'TPLF 전투원은 무장을 해제하고, 정부는 ... 보장하기로 했다', '정부 측 A와 반군 측 B가 서명했다': a bare home-government
    word in a sentence naming one state's rebels (sector REB, as the armed groups of kb/nonstate name them) and not the
    home state otherwise is that state's government, which the rebels fight: the writer's own would be a third side of
    a civil war it takes no part in (fresh37). Not rebels named as an owner ('정부는 A 반군의 휴전 제안을 환영했다': the
    writer's government judging another's war); quoted words keep the speaker's reading (`governed_home_words`)."""
    home = lexicon("ko")["dateline_home"]
    bare = bare_mentions(text, offset, found)
    rebels = {code for c in found if c.sector in ARMED_GROUP_SECTORS and not c.genitive for code in c.codes}
    if not bare or len(rebels) != 1 or any(home in c.codes for c in found if c not in bare):
        return found
    return as_government_of(found, bare, sorted(rebels))


@budget.table()
def listed_count_before() -> re.Pattern:
    return re.compile(lexicon("ko")["listed_count_before_re"])


def listed_states_bodies(text: str, offset: int, found: list[CountryMention]) -> list[CountryMention]:
    """(konames47) 'A와 B 등 5개국 외교부는 ... 규탄했다': a bare body right after a list of states closed by 등 and
    their count (or group noun) is the listed states' own body; read alone it named the writer's state, which joined
    the act as one more actor. Such a mention of the home state alone is dropped: the members are read already."""
    home = lexicon("ko")["dateline_home"]
    pattern = listed_count_before()
    return [m for m in found if not (m.codes == [home] and pattern.search(text[:m.start - offset])
                                     and any(c.end <= m.start and home not in c.codes for c in found))]


LOCATIVE = "에서"  # '세르비아에서 ...': where the sentence's deed happens
COUNT_TAGS = frozenset({"SN", "NR", "NNB", "MM"})
PLURAL = "들"
PROPER_NOUN = "NNP"


def placed_people_government(text: str, offset: int, tokens, found: list[CountryMention]) -> list[CountryMention]:
    """(domestic49) '스리랑카에서 시위대 수천 명이 ... 정부 퇴진을 요구하며', '세르비아에서 야당 지지자들이 정부를 규탄했다': a bare
    home-government word that is no subject, after people with no state of their own (cue people_noun) as the subject
    of a clause placed in the one other state the sentence names ('X에서'), is that state's government, the people's
    own. Read as the writer's, a domestic protest abroad became one against Seoul. Not where the place only describes
    a noun ('[일본에서 열린] 회의에서 정부의 입장을': an adnominal ending between the place and the people) nor where the
    home state is named otherwise."""
    # cold start: not loaded with `Korean`, only on first use
    from readout.lang.ko.act_aimed_objects import people_nouns
    home = lexicon("ko")["dateline_home"]
    bare = [m for m in bare_mentions(text, offset, found) if not m.subject]
    others = [c for c in found if c not in bare]
    states = {code for c in others for code in c.codes}
    if not bare or len(states) != 1 or home in states or not others or others[0].particle != LOCATIVE:
        return found
    people = people_subject_end(tokens or (), others[0].end - offset, bare[0].start - offset, people_nouns(act_index()))
    if people is None:
        return found
    return governed_by(found, bare, sorted(states), people + offset)


def city_people_government(text: str, offset: int, tokens, found: list[CountryMention]) -> list[CountryMention]:
    """(accuse50) '수천 명의 시민이 [베오그라드] 의회 앞에 모여 정부를 규탄했다': a bare home-government word that is no
    subject, after people with no state of their own as the subject, in a sentence that names the home state nowhere
    else and places them (after that subject) in a city of one other state (not with 에서, which `placed_people_government` reads), is that
    city's state's government: the crowd's own, not Seoul's."""
    # cold start: not loaded with `Korean`, only on first use
    from readout.lang.ko.act_aimed_objects import people_nouns
    home = lexicon("ko")["dateline_home"]
    bare = [m for m in bare_mentions(text, offset, found) if not m.subject]
    if not bare or any(home in c.codes for c in found if c not in bare):
        return found
    people = people_subject_end(tokens or (), 0, bare[0].start - offset, people_nouns(act_index()))
    if people is None:
        return found
    cities = {entry.country for form, tag, at, _length in tokens if tag == PROPER_NOUN
              and people < at < bare[0].start - offset and (entry := lookup_city(form)) is not None}
    if len(cities) != 1 or home in cities:
        return found
    return governed_by(found, bare, sorted(cities), people + offset)


def governed_by(found: list[CountryMention], bare: list[CountryMention], states: list[str],
                after: int) -> list[CountryMention]:
    """The mentions with each bare home-government word after offset `after` read as the government of `states`."""
    return as_government_of(found, [m for m in bare if m.start > after], states)


def people_own_government(text: str, offset: int, tokens, found: list[CountryMention]) -> list[CountryMention]:
    """`Language.people_own_government`: a bare home-government word beside one state's rebels is the government
    they fight (`rebels_government`); after people acting in one other state, placed there by '에서'
    (`placed_people_government`) or by a city of it (`city_people_government`), or governed by people of another
    state (`governed_people_government`), it is their own government. Asked by the one path for bare home words (pipeline/story_states.story_home_words)."""
    found = qualified_party_states(text, offset, rebels_government(text, offset, found))  # actors62: '여당 노동당'
    found = city_people_government(text, offset, tokens, placed_people_government(text, offset, tokens, found))
    return governed_people_government(text, offset, found)


def people_subject_end(tokens, start: int, end: int, nouns: frozenset[str]) -> int | None:
    """Where the subject particle of a people noun stands between offsets `start` and `end` ('시위대 수천 명이',
    '지지자들이'), with no adnominal ending before it; None otherwise (offsets in the sentence, as its morphemes')."""
    run = ""
    for form, tag, at, _length in tokens:
        if at < start or at >= end:
            continue
        if tag == "ETM":
            return None  # '[중국에서 활동하는] 탈북민들이': the place describes the people, not where they act
        if tag in COUNT_TAGS or tag == "XSN" and form == PLURAL:
            continue  # '시위대 수천 명이', '지지자들이': a count or the plural after the noun
        if tag in ("NNG", "NNP", "XSN"):
            run += form  # '대학/생': a noun's suffix is the noun's
        elif tag in SUBJECT_TAGS and form in SUBJECT_PARTICLES:
            if run.endswith(tuple(nouns)):
                return at
            run = ""
        else:
            run = ""
    return None
