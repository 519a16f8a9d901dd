"""Schemas of the data files: what `load_*` checks before anything uses the data.

Why: petrarch2 keeps its dictionaries apart from code but never validates them, so a typo in a
code silently drops actors. Here a wrong date, an unknown office or country code, a duplicate id or
alias, overlapping tenures, or a regex that does not compile stops loading with the file and entry
named (`readout kb check` runs the same checks).

One module a topic (`common`, `countries`, `bodies`, `offices`, `persons`, `places`, `words`); the models are
re-exported here, so `readout.kb.schema.OfficesFile` stays the public path (kb/loader.py `parse` looks a model up
here by its name, and its cache label names this path).
"""
from __future__ import annotations

from readout.kb.entries import SECTORS
from readout.kb.schema.bodies import (GroupingEntry, GroupingsFile, NonstateFile, OrganizationEntry, OrganizationsFile,
                                      OrganizationsWorldFile)
from readout.kb.schema.common import CODE_RE, Sector, Strict, check_sector
from readout.kb.schema.countries import AmbiguousForm, CountriesFile, CountriesWorldFile, CountryEntry
from readout.kb.schema.offices import OfficeEntry, OfficesFile, Portfolio
from readout.kb.schema.persons import LeadersFile, PersonEntry, PersonsFile, SharedForm, Tenure
from readout.kb.schema.places import (CitiesCldrFile, CldrCity, CommonWordPlacesFile, PlaceEntry, PlacesFile,
                                      SpellingGuardFile, SubdivisionsFile, TownsFile, VenueEntry, VenuesFile)
from readout.kb.schema.words import AgentsFile, CommonSyllablesFile, LexiconFile

__all__ = ["CODE_RE", "SECTORS", "AgentsFile", "AmbiguousForm", "CitiesCldrFile", "CldrCity", "CommonSyllablesFile",
           "CommonWordPlacesFile",
           "CountriesFile",
           "CountriesWorldFile", "CountryEntry",
           "GroupingEntry", "GroupingsFile", "LeadersFile", "LexiconFile", "NonstateFile", "OfficeEntry",
           "OfficesFile", "OrganizationEntry", "OrganizationsFile", "OrganizationsWorldFile", "PersonEntry",
           "PersonsFile", "PlaceEntry", "PlacesFile", "Portfolio", "Sector", "SharedForm", "SpellingGuardFile",
           "Strict", "SubdivisionsFile", "Tenure", "TownsFile", "VenueEntry", "VenuesFile", "check_sector"]
