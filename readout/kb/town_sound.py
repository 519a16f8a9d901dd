"""(places58, issue 14) A town of fewer than 15,000 people written in Hangul, heard among the English town table's
towns of its state when it is struck as an attack's object right after the state's name ('러시아군은 우크라이나
시베르스크를 포격했다': Siversk, 11,000 people).

Why: kb/city_sound hears a Hangul word among GeoNames' cities of 15,000 people or more (geo.geonames_cities), so a
front-line town below that size was never heard, while the English reader names it from the town table
(towns_world.yaml: GeoNames towns of 5,000 or more, filtered of English words and people's names) and the two
reports of one shelling shared no place. The table's names are the spellings news writes (the build's spellings of
the town's own name: 'Huliaipole'), so a Hangul transcription is heard against them by the same consonant key and
vowel classes as a city. Asked only where the state is named right before the word and the word is struck (the
caller's guards): the state's one town sounding so, with none of its larger cities sounding so too.
"""
from __future__ import annotations

from readout import budget
from readout.cache import disk_cached
from readout.kb.city_sound import MIN_CONSONANTS, MIN_SYLLABLES, OPENING_LIQUID, sound_index, written_forms
from readout.kb.geo import GeoEntry
from readout.kb.loader import parse
from readout.kb.names import jamo_indexes
from readout.kb.phonetic import hangul_token
from readout.kb.region_sound import hangul_vowels, latin_keys, latin_vowels, vowels_agree


@budget.table()
@disk_cached("town-sound-index")
def town_sound_index() -> dict[str, list[tuple[str, str]]]:
    """'<state code> <consonant key>' -> [(vowel classes, town name)] of every name of the English town table
    (towns_world.yaml `names` and `positional`) and the ASCII spellings Korean transcription follows
    (city_sound.written_forms: a Ukrainian final v heard as u, 'Kharkiv' 하르키우). Measured: 136,783 keys, built in
    about 40 s on a loaded machine, once (kept on disk)."""
    towns = parse("towns_world.yaml", "TownsFile")
    index: dict[str, list[tuple[str, str]]] = {}
    for name, code in (*towns.names.items(), *towns.positional.items()):
        for form in written_forms(name):
            entry = (latin_vowels(form), name)
            for key in dict.fromkeys(latin_keys(form)):
                found = index.setdefault(f"{code} {key}", [])
                if entry not in found:
                    found.append(entry)
    return index


def small_town_by_sound(word: str, code: str) -> GeoEntry | None:
    """The one town of the town table of state `code` a Hangul word sounds like (its consonant key and every vowel
    class agree), as the English reader's entry of it (the name, the state, no coordinates: lang/en/bare_towns);
    None where no town or two sound so, or where a city of the state's GeoNames cities sounds so too."""
    if len(word) < MIN_SYLLABLES or any(jamo_indexes(ch) is None for ch in word):
        return None
    key, vowels = hangul_token(word), hangul_vowels(word)
    if len(key) + word.startswith(OPENING_LIQUID) < MIN_CONSONANTS:
        return None
    if any(vowels_agree(vowels, v) for v, _gid in sound_index().get(f"{code} {key}", ())):
        return None  # a city of 15,000 or more sounds so too (city_sound.city_by_sound's, one or several)
    heard = {name for v, name in town_sound_index().get(f"{code} {key}", []) if vowels_agree(vowels, v)}
    if len(heard) != 1:
        return None
    name = heard.pop()
    return GeoEntry(name, code, None, None, "city", 0, (name, word))
