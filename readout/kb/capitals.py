"""(debt58, from kb/geo) A state's capital (GeoNames' country table) as the city index knows it, and the state a
capital stands for.
"""
from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

from readout import budget
from readout.kb.cities import lookup_city
from readout.kb.geonames import GeoEntry, geonames_countries


@budget.table()
def capital_names() -> Mapping[str, str]:
    """ISO alpha-3 code -> its capital's name (GeoNames' country table; a state it gives none is absent), built once
    per process and read-only. Why (speed49): `capital_city` inverted the whole alpha-2 table for every code it had
    not seen, to find the country's row again; a code two rows share keeps the later row's capital, as that did."""
    return MappingProxyType({c["iso3"]: c["capital"] for c in geonames_countries().values()
                             if c.get("capital")})


@functools.lru_cache(maxsize=256)
def capital_city(code: str) -> GeoEntry | None:
    """The capital of a country (GeoNames' country table) as the city index knows it: 'the Japanese
    capital' is Tokyo."""
    name = capital_names().get(code)
    entry = lookup_city(name) if name else None
    return entry if entry is not None and entry.country == code else None


def capital_state(name: str) -> str | None:
    """The state whose capital the city `name` is (GeoNames' country table), else None: one question the Korean
    readers of a capital standing for its state ask ('모스크바의', '키토로', '주재 X'), asked once here."""
    city = lookup_city(name)
    return city.country if city is not None and capital_city(city.country) is city else None
