"""Korean behind the `Language` interface: kiwi's sentences and morphemes, particles for roles, clause
endings for clause bounds (lang/ko/clauses.py), and the Korean lexicon for everything worded."""
from readout.kb.loader import lexicon
from readout.lang.base import Language, Units
from readout.lang.ko import countries, dates, places, sentences
from readout.lang.region_bodies import region_bodies
from readout.lang.ko.reading_names import KoreanNames
from readout.lang.ko.reading_meetings import KoreanMeetings
from readout.lang.ko.reading_meeting_parties import KoreanMeetingParties
from readout.lang.ko.reading_dates import KoreanDates
from readout.lang.ko.reading_acts import KoreanActs
from readout.lang.ko.visited_cities import bare_visited_cities


def find_countries(text: str, offset: int, tokens: list):
    """Country words (lang/ko/countries.py) and the people of a city ('오사카 주민들은': its state's civilians)."""
    found = countries.find_countries(text, offset, tokens)
    bodies = region_bodies(lexicon("ko"), text, offset, found)  # '서아프리카 지역 기구는': a body by description
    if bodies:
        found = sorted(found + bodies, key=lambda c: c.start)
    cities = bare_visited_cities(lexicon("ko"), text, offset, tokens, found)  # kovisit48: '[리마를] 방문했다'
    if cities:
        found = sorted(found + cities, key=lambda c: c.start)
    town = places.town_people(text, offset, tokens, found)
    return sorted(found + town, key=lambda c: c.start) if town else found


class Korean(KoreanNames, KoreanMeetings, KoreanMeetingParties, KoreanDates, KoreanActs, Language):
    """The Korean `Language`: its readers in five mixins, one module each (reading_names, reading_meetings,
    reading_meeting_parties, reading_dates, reading_acts), so that each part is a module a newcomer can read; the rules
    they call live in the act_*, meeting_*, dates and clauses modules beside them."""

    code = "ko"
    body_acronyms_from = ("en",)  # Korean copy writes a body's Latin acronym as it is ('RSF는', 'NUG 인사들')
    warm_up = "한국 외교부 장관은 서울에서 미국 국무장관과 회담하고 북한의 미사일 발사를 규탄했다."
    units = Units(sentences.split, dates.find_dates, places.find_places, find_countries)
