"""A meeting report that names one side's delegation only, against the record of the meeting with both sides.

A meeting has two sides, but an outlet may name one side's people and the other only as a group ('the visiting
delegation', '상대국 대표단'): its parties are then all persons of one state. Beside a record of the
meeting with both sides, such a report shares one named person at most often, and meeting reports need two shared
parties to join (`merge_subset_min_shared`), so one meeting became two records. A report whose parties are all of one
state is a partial reading of a meeting, not another meeting, when it shares a named person with a record that also
names persons of another state, in the same city, as the report's own sentence states it (`one_side_reading`); the
converse (a one-sided record, a report naming both sides) reads the same. Without a city of its own on both sides,
nothing joins: one side's delegation meets several counterparts on a trip; and a side named alone at home may be
its own officials meeting each other, not a delegation.
"""
from __future__ import annotations


def one_side(parties: set[str] | frozenset[str], homes: dict[str, str]) -> str | None:
    """The one state every party is of (each with a known country), or None."""
    codes = {homes.get(p) for p in parties}
    return next(iter(codes)) if len(codes) == 1 and None not in codes else None


def one_side_reading(record: set[str] | frozenset[str], reported: set[str], homes: dict[str, str],
                     here: str | None, cities: frozenset[str], here_country: str | None = None) -> str | None:
    """The reason a report and a record sharing too few parties are still one meeting: one of them names only
    persons of one state, abroad (`here_country`, the city's state, is another: at home, officials of one state
    meet each other), the other names persons of that state and of another, they share a named person, and the
    report's city is one of the record's. None: not such a pair."""
    shared = record & reported
    if not shared or not here or here not in cities:
        return None
    for one, both in ((reported, record), (record, reported)):
        side = one_side(one, homes)
        others = {homes.get(p) for p in both} - {side, None}
        if side and side != here_country and others and side in {homes.get(p) for p in both} \
                and one_side(both, homes) is None:
            return f"one side's delegation only ({side}), beside both sides in {here}: shares {', '.join(sorted(shared))}"
    return None
