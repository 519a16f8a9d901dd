"""Korean place mentions: a city or country name standing as a word, optionally with a particle
("리마에서", "워싱턴서", "프놈펜의"), or a city name of two words ("워싱턴 D.C.")."""
from __future__ import annotations

import re

from readout import budget
from readout.kb.geo import country_index, lookup_city
from readout.kb.geonames import country_place
from readout.kb.loader import lexicon, kb
from readout.lang.common import mark_onward, to_place
from readout.lang.ko.compound_towns import opens_activity_compound
from readout.lang.ko.heard_cities import heard_cities, heard_towns
from readout.lang.ko.honorific_names import before_honorific
from readout.lang.ko.locative_runs import phrase_closed
from readout.lang.ko.shared_towns import shared_town, shared_towns
from readout.lang.ko.state_regions import state_regions, unplaced_regions
from readout.lang.ko.story_towns import story_towns
from readout.lang.ko.struck_regions import struck_regions
from readout.lang.ko.suffixed_towns import suffixed_towns
from readout.lang.ko.vicinity_towns import area_after, states_named, vicinity_towns
from readout.lang.place_candidates import rival_capital, rival_capitals
from readout.model import CountryMention, Place
from readout.settings import KOREAN, LanguageSettings
from readout.lang.ko.agents import nominal
from readout.lang.ko.words import role_of, words_of

WORD_RE = re.compile(r"[가-힣A-Za-z.]+(?:\s?(?:DC|D\.C\.))?")
def strip_particle(word: str) -> str:
    endings = lexicon("ko")["place_endings"]
    if not word.endswith(tuple(endings)):
        return word  # most words: one test instead of one per ending
    for p in endings:
        if word.endswith(p) and len(word) - len(p) >= 2:
            return word[: -len(p)]
    return word


def proper_noun_starts(tokens) -> set[int] | None:
    """Where kiwi reads a proper noun (위해 'in order to' is not Weihai, 威海); None: no morphemes."""
    return {t[2] for t in tokens if t[1] in ("NNP", "SL")} if tokens else None


LOCATIVE_ENDINGS = ("에서", "에서는", "에서도")


def unknown_name_here(m: re.Match, tokens) -> bool:
    """'캄팔라에서', '키토에서', '아스타나에서 열린': a whole gazetteer name right before a locative particle where
    kiwi read no proper noun, because it did not know the name: it glued the particle to it ('캄팔라에서' as one
    noun), cut it into pieces ('키' + '토'), or read a long unknown word as a common noun. Not a name kiwi
    reads as one ordinary word of two syllables ('나라에서', '위해서', '예산에서'), nor a name cut into a verb and
    its endings; one syllable never (중, 빈)."""
    word = m.group(0)
    if not word.endswith(LOCATIVE_ENDINGS):
        return False  # most words: one test
    name = word[: word.rindex("에서")]
    if len(name) < 2 or lookup_city(name) is None:
        return False
    start, end = m.start(), m.start() + len(name)
    inside = [t for t in tokens if start <= t[2] < end]
    if any(t[1][0] in "VEJ" or t[1] in ("XSV", "XSA", "NR") for t in inside):
        return False  # '위하 + 어서', '보고 + 하 + 다': kiwi read a verb there; '삼 + 천': a number
    whole = len(inside) == 1 and inside[0][2] == start and inside[0][3] == len(name)
    return not whole or (len(name) >= 3 and inside[0][1] == "NNG")


def is_locative(text: str, end: int, tokens=None) -> bool:
    """The place is where something happens: '리마에서', '워싱턴서', '프놈펜 소카호텔에서', or where a visitor
    arrives ('나리타 국제공항을 통해 입국한'); not a name whose phrase a word with its own case particle closes before
    the locative ('말리 정부군이 가오 근처에서', locative_runs.py)."""
    if lexicon("ko").re("place_locative_re").match(text, end) and not text[end:end + 1].isspace():
        return True
    if lexicon("ko").re("place_journey_re").match(text, end) and not text[end:end + 1].isspace() \
            and lexicon("ko").re("place_journey_purpose_re").search(text, 0, end):
        return True  # koacts59: '회담을 위해 리마로 향했다': a journey for the talks; not one after them (lead)
    after = LOCATIVE_AFTER_RE.match(text, end)
    if after and not phrase_closed(text, tokens, end, after.end()):
        return True
    return bool(lexicon("ko").re("place_arrival_re").match(text, end))


LOCATIVE_AFTER_RE = re.compile(r"(?:\s*(?:D\.C\.|DC))?(?:의)?(?:\s+[가-힣A-Za-z·()]+?){0,3}?(?:에서|서)(?:는|도)?(?=[\s,.]|$)")


def find_places(text: str, offset: int, tokens: list | None = None,
                settings: LanguageSettings = KOREAN) -> list[Place]:
    """Every place one Korean sentence names: gazetteer names kiwi reads as proper nouns, then the readers that hear a
    name by sound, each a module of its own; `settings` the Korean reader's (places59: passed to the heard-town
    readers, whose thresholds live there)."""
    countries = country_index()
    proper = proper_noun_starts(tokens)
    out: list[Place] = []
    for m in WORD_RE.finditer(text):
        if proper is not None and m.start() not in proper and not unknown_name_here(m, tokens):
            continue  # most words: asked before any string is built
        word = m.group(0).rstrip(".")
        for form in (m.group(0), word, strip_particle(word)):
            entry = lookup_city(form)
            code = None if entry else countries.get(form)
            if entry or code:
                end = m.start() + len(form)
                locative = is_locative(text, end, tokens)
                if len(form) == 1 and not locative:
                    break  # '이 대통령은', '영 총리': a one-syllable city name ('빈', '이') counts only where something happens there
                if entry is None:
                    struck = not locative and lexicon("ko").re("act_state_struck_after_re").match(text, end)
                    if not (locative or struck) or locative and area_after(text, end):
                        break  # koplace47: '말리 인근에서' is near the state, no place in it ('outside Peru')
                    # places56b: '우크라이나 남부 항구를 포격했다': the state struck through a part of it, no locative
                    entry = country_place(code)
                place = to_place(entry, form, offset + m.start(), offset + end, locative)
                if lexicon("ko").re("origin_after_re").match(text, end):  # '키이우에서 돌아오는 길에': where the traveller came from
                    place.span.data["origin"] = True
                out.append(place)
                break
    out += word_capitals(text, offset, out)
    out += heard_cities(text, offset, out, settings)  # '이라크 남부 바스라에서': a city of the state named before it, by sound
    out += heard_towns(text, offset, out, tokens, settings)  # koattack52: '자포리자를 포격했다': one of the world's towns, by sound
    out += suffixed_towns(text, offset, out, tokens, settings)  # places55: '캥페르시에서': the town before its joined suffix
    out += story_towns(text, offset, out, settings)  # places55: '라파에서', no state named: the story's state decides
    out += vicinity_towns(text, offset, out, settings)  # '키달 인근에서', '고마 외곽의 검문소': the town the area is around
    out += state_regions(text, offset)  # places53: '러시아 브랸스크주에서': the state's region, by sound
    out += unplaced_regions(text, offset, out, settings)  # places57: '중국 경찰은 허난성에서': the sentence's state's region
    out += struck_regions(text, offset, out, settings)  # places59: '<주 이름>를 공습했다': a province the story decides
    out = out + find_seats(text, offset, out)
    out += find_venues(text, offset, out)
    if any(p.name in rival_capitals() for p in out):  # koplace47: '빅토리아에서', the city or the capital of that name
        named = states_named(text)
        out = [rival_capital(p, named) for p in out]
    if any(text[p.span.start - offset:p.span.end - offset] in shared_towns() for p in out):
        named = states_named(text)  # towns48: '트리폴리에서', Libya's or Lebanon's: the state named, else the story's
        out = [shared_town(p, text[p.span.start - offset:p.span.end - offset], named) for p in out]
    out = [p for p in out if not before_honorific(text, p.span.end - offset)  # places57: '하르키우 씨를': a person
           and not opens_activity_compound(text, p.span.end - offset)]  # places60: '도하 훈련을', a river-crossing drill
    return mark_onward(text, offset, out, lexicon("ko").re("onward_journey_before_re"))


@budget.table()
def capitals_word() -> dict[str, str]:
    return dict(kb().countries.capitals_word_ko)


def word_capitals(text: str, offset: int, found: list[Place]) -> list[Place]:
    """'빈에서 오스트리아 외교장관과': a capital whose Hangul form is an ordinary word (countries.yaml capitals_word_ko) is
    the place where something happens only right before a locative ending and with its own state named in the same
    sentence; kiwi reads the word as a common noun or a verb form, so the gazetteer reader never sees it. Why so
    narrow: '빈 자리에서', '방기에서 비롯된' are ordinary words; the state named beside it is what makes it the city."""
    table = capitals_word()
    out: list[Place] = []
    named: set[str] | None = None
    for m in WORD_RE.finditer(text):
        word = m.group(0)
        name = word[: word.rindex("에서")] if word.endswith(LOCATIVE_ENDINGS) else None
        code = table.get(name) if name else None
        if code is None or any(p.span.start <= offset + m.start() < p.span.end for p in found):
            continue
        if named is None:
            countries = country_index()
            named = {countries.get(strip_particle(w.group(0))) for w in WORD_RE.finditer(text)} - {None}
        entry = lookup_city(name)
        if code in named and entry is not None and entry.country == code:
            out.append(to_place(entry, name, offset + m.start(), offset + m.start() + len(name), True))
    return out


@budget.table()
def seats_re() -> re.Pattern:
    """The seats-of-government forms as one pattern, longest first ('용산 대통령실' before '대통령실');
    a space inside a form matches any run of spaces."""
    forms = sorted(lexicon("ko")["seats_of_government"], key=len, reverse=True)
    body = "|".join(r"\s*".join(map(re.escape, f.split())) for f in forms)
    return re.compile(rf"(?<![가-힣])(?:{body})")


@budget.table()
def seat_cities() -> dict[str, str]:
    """Seat of government (spaces removed) -> its city: built once, not for every sentence."""
    return {form.replace(" ", ""): city for form, city in lexicon("ko")["seats_of_government"].items()}


def find_seats(text: str, offset: int, found: list[Place]) -> list[Place]:
    """A seat of government where something happens ('용산 대통령실에서', '정부서울청사에서') names its
    city: reporters write the building, not the city. Only as a locative ('...에서'), so the office acting
    ('대통령실은 밝혔다') stays an actor; a city the sentence already names ('서울 ... 외교부 청사에서') is kept."""
    out: list[Place] = []
    for m in seats_re().finditer(text):
        if not LOCATIVE_AFTER_RE.match(text, m.end()):
            continue
        entry = lookup_city(seat_cities()["".join(m.group(0).split())])
        if any(not text[p.span.end - offset:m.start()].strip() for p in found if p.span.end - offset <= m.start()):
            continue  # '도쿄 국회의사당에서': the building of the city named right before it, not ours
        if entry is not None and all(p.name != entry.name for p in (*found, *out)):
            out.append(to_place(entry, m.group(0), offset + m.start(), offset + m.end(), True))
    return out


def find_venues(text: str, offset: int, found: list[Place]) -> list[Place]:
    """A named venue outside any city where something happens ('캠프 데이비드에서', data/venues.yaml): the venue
    itself in its state, only as a locative (as a seat of government is read), once per sentence."""
    # cold start: not loaded with `Korean`, only on first use
    from readout.lang.venues import venue_entry, venue_re

    out: list[Place] = []
    for m in venue_re("ko").finditer(text):
        entry = venue_entry("ko", m.group(0))
        if entry is None or not LOCATIVE_AFTER_RE.match(text, m.end()):
            continue
        if all(p.name != entry.name for p in (*found, *out)) and not any(
                p.span.start - offset < m.end() and m.start() < p.span.end - offset for p in found):
            out.append(to_place(entry, m.group(0), offset + m.start(), offset + m.end(), True))
    return out


def town_people(text: str, offset: int, tokens: list, found: list[CountryMention]) -> list[CountryMention]:
    """'오사카 주민들은', '평양 시민들이', '부산 어민들': a city before a noun of its people names the city's state
    as those people (the sector the lexicon gives the noun: civilians), as a country word before an agent noun
    does ('일본 시민들'). A city the country reader already took (a capital standing for its government) is left."""
    people = lexicon("ko")["town_people"]
    words = words_of(text, tokens)
    out = []
    for w, nxt in zip(words, words[1:]):
        sector = people.get(nxt.noun)
        if sector is None or w.particle or w.has_verb:
            continue
        entry = lookup_city(w.noun) if nominal(w) else None  # '다만 시민들은': an adverb, no town
        start, end = offset + w.start, offset + nxt.start + len(nxt.noun)
        if entry is None or any(c.start < end and start < c.end for c in found):
            continue
        role = role_of(nxt.particle)
        out.append(CountryMention(start, end, [entry.country], genitive=nxt.particle == "의",
                                  subject=role == "subject", particle=nxt.particle, sector=sector))
    return out
