"""Meetings reported at the level of states ("China and Japan held talks", parties that are countries)
against the named reports of meetings of persons of those states.

A country party is shared with a named person of that country on the other side (`as_states`), so a
state-level report and the named report of one meeting become one record. But a state stands for
one person at a time: when a record names a person of a state (in any of its reports, not only the
earliest ones merging reads in full) and a report names another person of that state, they are two
meetings even where a state-level report joined one of them (a minister meeting a state's commerce
secretary and, separately, its energy secretary on one visit: `other_persons`). Why it needs every
report: a wire story copied many times fills a record's earliest members with its state-level
copies, and the named person who joined later was invisible, so each counterpart of that state joined.
"""
from __future__ import annotations

from readout.store.blocks import STATE_KEY

Named = dict[str, frozenset[str]]  # country code -> the persons of it a record names (not as a state)


def as_states(theirs: frozenset[str] | set[str], mine: set[str], homes: dict[str, str],
              states: frozenset[str]) -> tuple[set[str], set[str], list[str]]:
    """Both sides' parties with a country that one side names as a state shared with a named person of
    that country on the other: each such person is taken as the state. A side's own persons stand for
    its states first (a record that merged "China and Japan held talks" with Wang Yi's meeting is
    Wang Yi's meeting: another pair of Chinese and Japanese ministers does not join it). Returns both
    sides and the states so matched (none: the sides unchanged)."""
    theirs, mine = named_first(theirs, homes, states), named_first(mine, homes, states)
    codes = {homes[p] for p in (*theirs, *mine) if p in states}
    persons = {p for p in (*theirs, *mine) if p not in states and homes.get(p) in codes}
    if not persons:
        return theirs, mine, []
    lift = lambda side: {STATE_KEY + homes[p] if homes.get(p) in codes else p for p in side}  # noqa: E731
    return lift(theirs), lift(mine), sorted(codes & {homes[p] for p in persons})


def named_first(side: frozenset[str] | set[str], homes: dict[str, str], states: frozenset[str]) -> set[str]:
    """One side's parties without the states that a person of the same side stands for."""
    named = {homes[p] for p in side if p not in states and p in homes}
    return {p for p in side if p not in states or homes.get(p) not in named}


def named_by_country(parties: set[str] | frozenset[str], homes: dict[str, str], states: frozenset[str]) -> Named:
    """The persons among `parties` by their country (states and persons of no known country left out)."""
    out: dict[str, set[str]] = {}
    for p in parties:
        if p not in states and p in homes:
            out.setdefault(homes[p], set()).add(p)
    return {code: frozenset(ps) for code, ps in out.items()}


def add_named(named: Named, more: Named) -> bool:
    """Add `more` into `named` in place; True when it named someone new."""
    grew = False
    for code, persons in more.items():
        have = named.get(code, frozenset())
        if not persons <= have:
            named[code] = have | persons
            grew = True
    return grew


def other_persons(record: Named, reported: set[str], homes: dict[str, str], states: frozenset[str],
                  matched: list[str]) -> list[str]:
    """For each state matched between a record and a report (`as_states`), the record's persons of it
    when the report names others of it and none of them: the reasons why the two are different
    meetings ("USA: per_a named, per_b reported"). Empty: no such state."""
    mine = named_by_country(reported, homes, states)
    return [f"{code}: {', '.join(sorted(record[code]))} named, {', '.join(sorted(mine[code]))} reported"
            for code in matched if record.get(code) and mine.get(code) and not record[code] & mine[code]]
