"""(enplace47) A capital's name that a larger city of another state also bears ('Victoria', 'San Jose', 'Hamilton'):
the city index gives the name to the most populous city of it, which is right until the sentence names the
capital's state and not that city's ('Seychelles President X met Y in Victoria'): then the capital is where.

Why by the sentence's states and not always the capital: 'San Jose' in a Californian story is the American city,
and the city index cannot tell; the states the sentence names can. A capital the city index lacks altogether is read
before any town of the same name already (places.unindexed_capital before the town readers)."""
from __future__ import annotations

from readout.kb.geo import GeoEntry
from readout.lang.place_candidates import rival_capitals
from readout.lang.en.bare_towns import state_named


def capital_named(text: str, form: str, entry: GeoEntry) -> GeoEntry:
    """The capital `form` names when the sentence names its state and not the state of the city index's `entry`;
    else `entry`."""
    capital = rival_capitals().get(form)
    if capital is None or entry.kind != "city" or not state_named(text, capital.country) \
            or state_named(text, entry.country):
        return entry
    return capital


def capital_candidates(text: str, form: str, entry: GeoEntry) -> list[GeoEntry]:
    """(koplace47) The city index's `entry` and the capital `form` also names, where the sentence names neither's
    state ('Officials met in Victoria on Monday'): the story decides (lang/place_candidates); none otherwise."""
    capital = rival_capitals().get(form)
    if capital is None or entry.kind != "city" or entry.country == capital.country \
            or state_named(text, capital.country) or state_named(text, entry.country):
        return []
    return [entry, capital]
