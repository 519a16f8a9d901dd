"""A foreign city written in Hangul that no gazetteer names in Hangul, heard among its own state's cities.

Why: GeoNames gives no Hangul name to 772 of the 1,983 cities of 300,000 people or more (Kandahar, Basra,
Zaporizhzhia), nor the Hangul of a renamed city's new name (Dnipro, of which it keeps only the old one), and no
rule-based transcription of the Latin name into Hangul is safe enough to make a table of. Korean news names such a
city after its state ('이라크 남부 바스라에서'), so the state is known: the Hangul word is heard against that state's
GeoNames cities (their names, which hold a renamed city's new name; a large city's ASCII spellings of its name
too) by the consonant key of the loanword rules run backwards (kb/phonetic.py) and every vowel class in order
(kb/region_sound.py; a Latin glide, the i of 'ya', may be written into the Korean vowel), and names the city only
when exactly one city of the state sounds so.

Only a reader that already knows the word stands after a state's name before a locative particle asks this.
"""
from __future__ import annotations

import re

from readout import budget
from readout.cache import disk_cached
from readout.kb.cities import state_short_cities
from readout.kb.geonames import GeoEntry, geonames_cities, iso2_to_iso3
from readout.kb.town_spellings import state_town_spellings
from readout.kb.names import ascii_fold, jamo_indexes
from readout.kb.phonetic import INITIAL_CLASS, LATIN_RULE_ALTS, LATIN_RULE_RE, latin_fold, hangul_token
from readout.kb.region_sound import hangul_vowels, latin_keys, latin_vowels, liquids_agreeing, vowels_agree
from readout.kb.loader import parse

MIN_SYLLABLES = 2  # a one-syllable word is a Korean word far more often than a city
MIN_CONSONANTS = 2  # consonant classes of the key: a key of one class ('K') fits too many cities
ALT_POPULATION = 300_000  # ASCII alternate names heard only for cities this large (smaller ones' lists are noise)
SAME_START = 3  # letters an alternate spelling shares with the city's name
NAME_RE = re.compile(r"[A-Z][a-z]{3,}(?:[- ][A-Z][a-z]+)?")  # an alternate name shaped as a name, no code ('ABQ')
GLIDE_RE = re.compile(r"(?<=[a-z])[iy](?=[aeou])")  # 'Zaporizhzhya': Korean writes the glide into the vowel (자)
# (places54) a y opening a word before a vowel is a glide too: 'Khan Yunis' 칸유니스, 'Yuzhne' 유즈네 (the 유 holds it)
WORD_GLIDE_RE = re.compile(r"(?<![A-Za-z])[Yy](?=[aeou])")
# Ukrainian rules (국립국어원 우크라이나어 표기): a v closing the word after i is written 우 (Kharkiv 하르키우, Mykolaiv
# 미콜라이우), and an l opening the word before a consonant takes 이 (Lviv 리비우): the name is heard as so spelt
FINAL_V_RE = re.compile(r"(?<=i)v$")
# (places56) and a v after a vowel before a consonant inside the name is written 우 by the same rule (Pokrovsk
# 포크로우스크, Kropyvnytskyi 크로피우니츠키, Ivano-Frankivsk 이바노프란키우스크): the final v's form is read so too
INNER_V_RE = re.compile(r"(?<=[aeiouy])v(?=[b-df-hj-np-tv-xz])")
# (places57) a word's closing yi, iy or yy (Ukrainian -ий, -ій) after a consonant is one vowel, written 이 (Kropyvnytskyi
# 크로피우니츠키, Khmelnytskyi 흐멜니츠키): heard as one i, beside the letters as written
FINAL_YI_RE = re.compile(r"(?<=[b-df-hj-np-tv-xz])(?:yi|iy|yy)\b")
OPENING_L_RE = re.compile(r"^L(?=[b-df-hj-np-tv-xz])")
# (kobacked50) the standard spelling writes that l 르 ('르비우' Lviv, as most news does; 리비우 above is the other):
# the key drops a liquid before a consonant on both sides (kb/phonetic), so the word's key is one class ('P'), but
# its opening 르 is a consonant heard, counted towards MIN_CONSONANTS; the vowels and the one city must still agree
OPENING_LIQUID = "르"


def written_forms(name: str) -> list[str]:
    """The name, and the spellings a Korean transcription of a Ukrainian-shaped name follows ('Kharkiv' -> 'Kharkiu',
    'Lviv' -> 'Liviu', 리비우; places56: 'Pokrovsk' -> 'Pokrousk'; places57: 'Kropyvnytskyi' -> 'Kropyunytski'): keys and vowels are read from each."""
    folded = ascii_fold(name)
    final_v = FINAL_YI_RE.sub("i", INNER_V_RE.sub("u", FINAL_V_RE.sub("u", folded)))
    forms = [name, final_v, OPENING_L_RE.sub("Li", final_v)] if final_v != folded else [name]
    return list(dict.fromkeys(forms))


@budget.table()
@disk_cached("city-sound-index")
def sound_index() -> dict[str, list[tuple[str, str]]]:
    """'<state code> <consonant key>' -> [(vowel classes, GeoNames id)] of every GeoNames city's name (and, for a
    large city, the ASCII alternate names that spell it another way)."""
    to3 = iso2_to_iso3()
    index: dict[str, list[tuple[str, str]]] = {}
    news = news_spellings()
    for gid, city in geonames_cities().items():
        code = to3.get(city.countrycode)
        if not code:
            continue
        names = {city.name, *news.get(str(gid), ())}
        if city.population >= ALT_POPULATION:
            names |= {a for a in city.alternatenames
                      if NAME_RE.fullmatch(a) and spelling_of(a, city.name)}
        for name in (form for n in names for form in written_forms(n)):
            for vowels in dict.fromkeys((latin_vowels(name), glideless(name))):
                index_sounds(index, code, name, (vowels, str(gid)))
    return index


def index_sounds(index: dict[str, list[tuple]], code: str, name: str, entry: tuple) -> None:
    """`entry` under '<code> <key>' for each consonant key of the Latin `name`, once each (the city and the town
    sound indexes are keyed alike: `town_sound.town_sound_index`)."""
    for key in dict.fromkeys(latin_keys(name)):
        found = index.setdefault(f"{code} {key}", [])
        if entry not in found:
            found.append(entry)


def news_spellings() -> dict[str, list[str]]:
    """(places55) GeoNames id -> the English town table's spellings of that city (towns_world.yaml names and
    positional names; kb/town_spellings.state_town_spellings gives the one city of the state so spelt): 'Jenin' of Janīn,
    'Jabalia' of Jabālyā, 'Tulkarem' of Ṭūlkarm. Why: GeoNames names Arabic and other towns by a scholarly
    romanization ('Janīn', 'Bayt Lāhyā') whose vowels are not the ones Korean news hears ('제닌': the e of 'Jenin',
    the spelling English news writes), and `sound_index` heard other spellings only of cities of ALT_POPULATION or
    more; the town table holds the spelling news uses of every smaller town. Only of a city whose GeoNames name is
    no ASCII (a romanization with its marks: Janīn, Bayt Lāhyā, Ţūlkarm; most are Indian, Brazilian, Iranian,
    Turkish, Arabic): an ASCII name is the spelling news writes already. Measured: 8,309 spellings of 5,125 cities,
    the index's entries 105,313 -> 112,976 (its pickle 2.11 -> 2.23 MB); with every city's, 158,343 (2.94 MB).
    Read when the index is built only."""
    towns, spellings, cities = parse("towns_world.yaml", "TownsFile"), state_town_spellings(), geonames_cities()
    out: dict[str, list[str]] = {}
    for form, code in (*towns.names.items(), *towns.positional.items()):
        gids = spellings.get(f"{code} {form}", [])
        if len(gids) == 1 and not cities[gids[0]].name.isascii() and cities[gids[0]].population < ALT_POPULATION:
            out.setdefault(str(gids[0]), []).append(form)
    return out


def glideless(name: str) -> str:
    """The vowels of `name` with its glides left out, a word's opening y ('Khan Yunis': A U I, as 칸유니스) and a
    glide after a consonant ('Zaporizhzhya'), which Korean writes into the vowel that follows (유, 자)."""
    return latin_vowels(WORD_GLIDE_RE.sub("", GLIDE_RE.sub("", ascii_fold(name))))


def spelling_of(alternate: str, name: str) -> bool:
    """An alternate name that spells the city's own name another way ('Zaporizhzhia' of 'Zaporizhzhya': the first
    letters agree), not a name in another language or of another age ('Mukden' of 'Shenyang'), which GeoNames keeps
    in numbers and of which a few sound like Korean words. A renamed city's new name is GeoNames' name (Dnipro)."""
    return ascii_fold(alternate)[:SAME_START].lower() == ascii_fold(name)[:SAME_START].lower()


def heard_sound(word: str, min_syllables: int, min_consonants: int) -> tuple[str, str] | None:
    """(consonant key, vowel classes) of a Hangul word heard as a place's name, None where it is too short to hear one
    by: fewer than `min_syllables` syllables, a letter that is no Hangul syllable, or a key of fewer than
    `min_consonants` classes (an opening 르 counts as one, OPENING_LIQUID). The one gate of every look-up by sound
    (`city_by_sound`, `one_city_heard`, `cities_by_sound`, town_sound.small_town_by_sound); they differ only in the
    floors and the index asked."""
    if len(word) < min_syllables or any(jamo_indexes(ch) is None for ch in word):
        return None
    key, vowels = hangul_token(word), hangul_vowels(word)
    if len(key) + word.startswith(OPENING_LIQUID) < min_consonants:
        return None
    return key, vowels


def city_by_sound(word: str, code: str) -> GeoEntry | None:
    """The one city of state `code` a Hangul word sounds like ('바스라', IRQ: Basra): its consonant key and every
    vowel class agree; None when no city of the state sounds so, or two do."""
    sound = heard_sound(word, MIN_SYLLABLES, MIN_CONSONANTS)
    if sound is None:
        return None
    key, vowels = sound
    heard = liquid_ties(word, {(gid,) for v, gid in sound_index().get(f"{code} {key}", []) if vowels_agree(vowels, v)})
    if len(heard) != 1:
        return None
    return heard_city(heard.pop()[0], code, word)


def liquid_ties(word: str, heard: set[tuple]) -> set[tuple]:
    """(places59b, issue 14) Of two or more cities heard alike (tuples opening with the GeoNames id), those whose name
    has its liquids where the Hangul word writes them, where any does (kb/region_sound.liquids_agreeing): the keys
    drop an r or l closing a syllable, so of a state's cities sharing a key and vowels 607 of 4,259 such sets differ
    in their liquids alone ('Beerse' and 'Beersel'), and the word tells them apart where it writes its ㄹ."""
    if len(heard) < 2:
        return heard
    facts = city_facts()
    entries = [(*h, facts[h[0]][0]) for h in sorted(heard)]
    return {e[:-1] for e in liquids_agreeing(word, entries, lambda e: True)}


@budget.table()
@disk_cached("city-sound-facts")
def city_facts() -> dict[str, tuple[str, float, float, int]]:
    """GeoNames id -> (name, latitude, longitude, population) of every GeoNames city: what a city heard by sound
    and the world index need of it. Why a table of its own (speed53, issue 20): kept by the start-up cache, so a
    process that hears a city reads a small pickle instead of GeoNames' 17 MB JSON (`geo.geonames_cities`)."""
    return {gid: (city.name, city.latitude, city.longitude, city.population)
            for gid, city in geonames_cities().items()}


def heard_city(gid: str, code: str, word: str) -> GeoEntry:
    """The city of GeoNames id `gid` (of state `code`) heard in the Hangul `word`, that word among its names."""
    name, lat, lon, population = city_facts()[gid]
    return GeoEntry(name, code, lat, lon, "city", population, (name, word))



WORLD_MIN_CONSONANTS = 3  # (koattack52) a town heard with no state named: its key holds this many consonant classes
WORLD_MIN_POPULATION = 50_000  # and the town is this large: smaller towns' names collide with words and names
WORLD_MIN_SYLLABLES = 3  # two Hangul syllables heard with no state are a Korean word or district as often as a town
# ('동해' heard as Dong Ha, '홍대' as Rhondda): a Korean neighbourhood is no foreign city
HOME_STATES = frozenset({"KOR", "PRK"})  # GeoNames names their towns in Hangul: one heard by sound is a misheard word


def stateless_sound_index(floor: int) -> dict[str, list[tuple[str, str, str]]]:
    """'<consonant key>' -> [(vowel classes, GeoNames id, state code)] of `sound_index`'s cities of `floor` people or
    more, across every state: the same keys, read without the state (`world_sound_index`, `struck_sound_index`)."""
    facts = city_facts()
    index: dict[str, list[tuple[str, str, str]]] = {}
    for state_key, found in sound_index().items():
        code, key = state_key.split(" ", 1)
        for vowels, gid in found:
            if facts[gid][3] >= floor:
                index.setdefault(key, []).append((vowels, gid, code))
    return index


def one_city_heard(word: str, index: dict[str, list[tuple[str, str, str]]], min_consonants: int) -> GeoEntry | None:
    """The one city of a stateless sound `index` a Hangul word of `WORLD_MIN_SYLLABLES` or more sounds like: its
    consonant key (of `min_consonants` classes or more) and every vowel class agree with exactly one city, of no
    `HOME_STATES`; None otherwise (`town_by_sound`, `struck_town_by_sound` differ only in the index and the key)."""
    sound = heard_sound(word, WORLD_MIN_SYLLABLES, min_consonants)
    if sound is None:
        return None
    key, vowels = sound
    heard = liquid_ties(word, {(gid, code) for v, gid, code in index.get(key, []) if vowels_agree(vowels, v)})
    if len(heard) != 1 or next(iter(heard))[1] in HOME_STATES:
        return None
    gid, code = heard.pop()
    return heard_city(gid, code, word)


@budget.table()
@disk_cached("world-sound-index")  # (speed53) a pass over `sound_index`'s 104,000 entries: kept on disk with it
def world_sound_index() -> dict[str, list[tuple[str, str, str]]]:
    """(koattack52) '<consonant key>' -> [(vowel classes, GeoNames id, state code)] of the cities of `sound_index`
    of `WORLD_MIN_POPULATION` or more, across every state: the same keys, read without the state."""
    return stateless_sound_index(WORLD_MIN_POPULATION)


def town_by_sound(word: str) -> GeoEntry | None:
    """(koattack52) The one city of the world a Hangul word no gazetteer names sounds like ('자포리자': Zaporizhzhia),
    where no state is named before it: a word of `WORLD_MIN_SYLLABLES` or more whose consonant key (of
    `WORLD_MIN_CONSONANTS` classes or more) and every vowel class agree with exactly one city of
    `WORLD_MIN_POPULATION` or more, of no `HOME_STATES`; None otherwise. Why a stricter key than
    `city_by_sound`: without the state, every state's cities compete, and a short key fits a Korean word or name."""
    return one_city_heard(word, world_sound_index(), WORLD_MIN_CONSONANTS)


STRUCK_MIN_POPULATION = 20_000  # (places57) a town struck as an attack's object, heard with no state, is this large
STRUCK_MIN_CONSONANTS = 2  # (places57b) and its key holds this many consonant classes ('이지움': Izyum, J M)


@budget.table()
@disk_cached("struck-sound-index")
def struck_sound_index() -> dict[str, list[tuple[str, str, str]]]:
    """(places57) `world_sound_index` of the cities of `STRUCK_MIN_POPULATION` or more: what a town struck as an
    attack's object is heard among (`struck_town_by_sound`)."""
    return stateless_sound_index(STRUCK_MIN_POPULATION)


def struck_town_by_sound(word: str) -> GeoEntry | None:
    """(places57, issue 14) As `town_by_sound`, among the world's cities of `STRUCK_MIN_POPULATION` or more, for a word
    struck as an attack's object ('러시아군은 이지움을 공습했다': Izyum, 46,000 people). Why a lower floor there: the
    object of a verb of shelling or an air strike is a place far more often than a word heard before '에서' is, and
    the war towns news names are often below `WORLD_MIN_POPULATION`; the key's length, the vowels and the one city
    in the world still guard it as `town_by_sound` does. (places57b) A key of STRUCK_MIN_CONSONANTS classes is enough
    there: the word has three syllables or more, every vowel class must agree and one city in the world fit, and a
    struck object is rarely a foreign name that is no town ('이지움': Izyum, a key of two classes)."""
    return one_city_heard(word, struck_sound_index(), STRUCK_MIN_CONSONANTS)


def cities_by_sound(word: str) -> list[GeoEntry]:
    """(places55) For each state with exactly one city a Hangul word sounds like (`city_by_sound`'s test, every vowel
    class) or names as a short city after its name (kb/cities.state_short_cities: '우한'), that city; largest first.
    Why every state: a town named with no state in its sentence ('라파에서') is decided by the story's states
    (lang/place_candidates, pipeline/places.story_places); the sentence alone cannot say which state's it is, and no
    state outside `HOME_STATES` is ruled out before the story is read. A city heard by sound has
    WORLD_MIN_POPULATION people or more, as a town heard with no state: a firm's or a person's name the story's
    state has a small town of ('바이두', Baitu of China) is no candidate; and (places55b) it sounds near the word
    (`sounds_near`): '보잉' is not Bonn, '삼성' not Samsun. Costs a dictionary look-up per state."""
    sound = heard_sound(word, MIN_SYLLABLES, MIN_CONSONANTS)
    if sound is None:
        return []
    key, vowels = sound
    wanted = sound_states().get((key, len(vowels)), frozenset()) | short_states().get(word, frozenset())
    if not wanted:
        return []
    index, short, facts, out, rank = sound_index(), state_short_cities(), city_facts(), [], state_ranks()
    for code in sorted(wanted, key=rank.__getitem__):  # the states' order, as when every state was asked (speed56)
        if code in HOME_STATES:
            continue
        heard = {gid for v, gid in index.get(f"{code} {key}", ()) if vowels_agree(vowels, v)
                 and facts[gid][3] >= WORLD_MIN_POPULATION}
        one = heard.pop() if len(heard) == 1 else None  # the one city first: the nearness test only refuses it
        entry = short.get(f"{code} {word}") or (heard_city(one, code, word) if one and sounds_near(word, facts[one][0])
                                                else None)
        if entry is not None:
            out.append(entry)
    return sorted(out, key=lambda e: -e.population)


@budget.table()
@disk_cached("city-sound-states")
def sound_states() -> dict[tuple[str, int], frozenset[str]]:
    """(speed56) (consonant key, number of vowel classes) -> the states `sound_index` holds a city of under that key
    whose vowels are that many: only those can agree with a word's every vowel (`vowels_agree`). Why: `cities_by_sound`
    asked the index once per state, about 250 look-ups per word, and weighed every city of each key."""
    out: dict[tuple[str, int], set[str]] = {}
    for state_key, cities in sound_index().items():
        code, key = state_key.split(" ", 1)
        for vowels, _gid in cities:
            out.setdefault((key, len(vowels)), set()).add(code)
    return {found: frozenset(codes) for found, codes in out.items()}


@budget.table()
def short_states() -> dict[str, frozenset[str]]:
    """(speed56) Hangul word -> the states `kb/cities.state_short_cities` names a short city of so."""
    out: dict[str, set[str]] = {}
    for state_key in state_short_cities():
        code, word = state_key.split(" ", 1)
        out.setdefault(word, set()).add(code)
    return {word: frozenset(codes) for word, codes in out.items()}


@budget.table()
def state_ranks() -> dict[str, int]:
    """(speed56) Each state's place in `iso2_to_iso3`'s order: `cities_by_sound` reads the states it finds in it, so a
    tie of population sorts as it did when every state was asked in that order."""
    return {code: i for i, code in enumerate(dict.fromkeys(iso2_to_iso3().values()))}


NG_FINAL = 21  # the final ㅇ (jamo index): Korean writes it for a Latin 'ng' (or the n before k) and for no other letter
NG_RE = re.compile(r"n(?=[gk])")


def sounds_near(word: str, name: str) -> bool:
    """(places55b) A Hangul word heard as city `name` by its consonant key and vowels also opens as the name opens
    and writes a final ㅇ for each 'ng' of it: '보잉' is not Bonn, '삼성' not Samsun (no 'ng'), '푸틴' not Fuding
    (its 'ng' unheard), '테슬라' not Wetzlar and '에어버스' not Béziers (a w opens 우 or ㅂ, a b opens ㅂ: the key
    drops the w, and a word's opening vowel is no key class). Why: the key is coarse by design (a liquid before a
    consonant drops, ㅇ and n share a class) so that one person's name matches across scripts; a town named with
    no state in its sentence (lang/ko/story_towns) has only the story behind it, and of the firm and person names
    of KLUE-NER's dev set 3.9% and 11.1% sounded like a city of 50,000 or more (2.7% and 8.1% with this test),
    while the loanword rules write a name's opening and its 'ng' the one way. The opening is the first Latin
    rule's classes (kb/phonetic), a rule that may write nothing (a silent h, the w of 'Wuhan' 우한) opening with a
    vowel (ㅇ)."""
    latin = latin_fold(name).replace("-", "")
    first, opening = jamo_indexes(word[0]), LATIN_RULE_RE.match(latin)
    if first is None or opening is None:
        return False
    classes = {alt[:1] if alt[:1] not in ("", "V") else "V" for alt in LATIN_RULE_ALTS[opening.lastindex - 1]}
    if (INITIAL_CLASS[first[0]] or "V") not in classes:
        return False
    finals = sum(1 for ch in word if (jamo_indexes(ch) or (0, 0, 0))[2] == NG_FINAL)
    return finals == len(NG_RE.findall(latin))
