"""The events readout extracts from a text we wrote, and the sides of those of one type: the helpers the end-to-end
class tests of both languages share (tests/pipeline, tests/lang)."""
from __future__ import annotations

from readout.api import extract_text
from tests.conftest import assert_act, countries


def events(text: str, published: str = "2026-03-12"):
    return extract_text(text, published=published).events


def describe(event) -> tuple:
    """An event as a failing check names it: type, mode, status, acting and receiving states, trigger."""
    return (event.type, event.mode, event.status, [p.country for p in event.participants],
            [r.country for r in event.recipients], event.trigger)


def first_of(found, type: str | None = None, **fields):
    """The first of the events `found` of `type` (any type: None) whose attributes equal `fields` (status="occurred",
    mode="expel"); fails naming every event found (`describe`) when none is. Why: a check that asserts a list of
    matching events is not empty, then reads its first, spelled its own failure message at each place (or none)."""
    __tracebackhide__ = True
    found = list(found)
    for event in found:
        if (type is None or event.type == type) and all(getattr(event, k) == v for k, v in fields.items()):
            return event
    raise AssertionError(f"no event of type {type} with {fields} among {[describe(e) for e in found]}")


def check_no_act(text: str, kind: str) -> None:
    """No event of `kind` in `text` (the no-act rows beside a class); fails naming the events found."""
    found = events(text)
    assert not [e for e in found if e.type == kind], [(e.type, e.mode) for e in found]


def check_status_parties(text: str, kind: str, status: str | None, parties: set[str]) -> None:
    """The first event of `kind` has `status` and exactly `parties` as its acting states; `status` None: no event of
    `kind` (acts58b's held, planned and denied drills in both languages)."""
    found = [e for e in events(text) if e.type == kind]
    if status is None:
        assert not found, [(e.type, e.status) for e in found]
        return
    assert found, [(e.type, e.status) for e in events(text)]
    assert found[0].status == status
    assert {p.country for p in found[0].participants} == parties


def check_held_states(text: str, kind: str, states: set[str] | None) -> None:
    """The first occurred event of `kind` names exactly `states` on either side; `states` None: no occurred event of
    `kind` (koacts59's visit nouns that took place, in both languages)."""
    found = [e for e in events(text) if e.type == kind and e.status == "occurred"]
    if states is None:
        assert not found, [(e.type, e.status) for e in found]
        return
    assert found, [(e.type, e.status) for e in events(text)]
    assert {p.country for p in found[0].participants} | {r.country for r in found[0].recipients} == states


def sides(text: str, kind: str, published: str = "2026-03-12") -> list[tuple[list[str], list[str]]]:
    return [([p.country for p in e.participants], [r.country for r in e.recipients])
            for e in events(text, published) if e.type == kind]


def sector_sides(text: str, kind: str) -> tuple[set, set]:
    """The first event of `kind`: its acting and receiving (country, sector) pairs; fails naming what was found."""
    first = first_of(events(text), type=kind)
    return ({(p.country, p.sector) for p in first.participants},
            {(p.country, p.sector) for p in first.recipients})


def check_done_to(text: str, kind: str, acting: set, receiving: set) -> None:
    """people53's rows in both languages (tests/lang/*/test_people53.py, debt57b): the first event of `kind` has
    `acting` among its acting (country, sector) pairs and exactly `receiving` as its receiving ones."""
    got_acting, got_receiving = sector_sides(text, kind)
    assert acting <= got_acting, got_acting
    assert got_receiving == receiving, got_receiving


def country_sector(entity) -> tuple[str, str]:
    """A side as its (country, sector) pair."""
    return entity.country, entity.sector


def country_only(entity) -> str:
    """A side as its country alone."""
    return entity.country


def check_class_row(sentence: str, published: str, type_: str, acting, receiving, side=country_sector,
                    absent_statuses: tuple[str, ...] = ("occurred", "planned")) -> None:
    """The class tables' one check (tests/lang/test_plover51.py and after): `acting` None means no event of `type_`
    with a status in `absent_statuses`; else the first such event's acting sides include `acting` and, unless
    `receiving` is None, its receiving sides are `receiving` (each side as `side` renders it)."""
    found = [e for e in events(sentence, published) if e.type == type_]
    if acting is None:
        assert not [e for e in found if e.status in absent_statuses], [(e.type, e.status) for e in found]
        return
    assert found, [(e.type, [p.country for p in e.participants]) for e in events(sentence, published)]
    e = found[0]
    assert acting <= {side(p) for p in e.participants}
    if receiving is not None:
        assert {side(p) for p in e.recipients} == receiving


def check_held_member(text: str, kind: str, acting: tuple[str, str], receiving: set) -> None:
    """people53b's member rows in both languages: the first event of `kind` has `acting` among its (country, sector)
    sides, exactly `receiving` as its receiving sides, and no side that is both (a member held has an id of its own)."""
    first = first_of(events(text), type=kind)
    assert acting in {country_sector(p) for p in first.participants}
    assert {country_sector(r) for r in first.recipients} == receiving
    assert not {p.id for p in first.participants} & {r.id for r in first.recipients}


def check_act(text: str, published, type_: str, actors: set[str], recipients: set[str] | None,
              status: str | None) -> None:
    """The act rows of tests/pipeline's appeal and refusal tables (test_appeals_voided_accords,
    test_refused_exit_demands, test_refused_exits_soft_hopes; debt58): among the events of `text`, one of `type_` by
    `actors` to `recipients` with `status`; `status` None: none of `type_` (conftest.assert_act)."""
    assert_act(extract_text(text, published=published).events, type_, actors, recipients, status)


def check_judged_ground(text: str, published, judge: str, judged: str, deed: str, doers: set) -> None:
    """accuse66's condemnation-ground rows in both languages (test_act_condemned_grounds): the sentence is `judge`'s
    ACCUSE of `judged`; its ground `deed` is an event of `doers` done (occurred), or, with no doers, no event at all
    (a worded ground is the charge's content)."""
    found = extract_text(text, published=published).events
    assert_act(found, "ACCUSE", {judge}, {judged}, "occurred")
    assert_act(found, deed, doers, None, "occurred" if doers else None)


def check_eased_goods_ban(found, actor: str, target: str) -> None:
    """conflict54's lifted-ban rows in both languages (test_act_lifted_goods_bans): among the events `found`, a RETREAT
    and no CONCEDE, the first RETREAT done by `actor` alone and received by `target` alone (the goods' state)."""
    eased = [e for e in found if e.type == "RETREAT"]
    assert eased and not [e for e in found if e.type == "CONCEDE"], [(e.type, e.mode) for e in found]
    assert {p.country for p in eased[0].participants} == {actor}
    assert {r.country for r in eased[0].recipients} == {target}


def check_place_force(found, side: tuple[str, str] | None) -> None:
    """The stateless-forces rows in both languages (test_act_stateless_forces): among the events `found`, the first
    ASSAULT has `side` (country, sector) among its doers; with `side` None there is no ASSAULT (no one state to give)."""
    attacks = [e for e in found if e.type == "ASSAULT"]
    if side is None:
        assert not attacks, [[(p.country, p.sector) for p in e.participants] for e in attacks]
        return
    assert attacks and side in {(p.country, p.sector) for p in attacks[0].participants}, \
        [[(p.country, p.sector) for p in e.participants] for e in attacks]


def check_announced_sanction(found, actor: str, target: str) -> None:
    """The announced-recall rows in both languages (test_act_announced_recalls_*): among the events `found`, no
    THREATEN, and a SANCTION of `actor` alone at `target` alone (a measure announced is no threat)."""
    assert not [e for e in found if e.type == "THREATEN"], found
    assert any(e.type == "SANCTION" and ({p.country for p in e.participants}, {p.country for p in e.recipients})
               == ({actor}, {target}) for e in found), found


def check_planned(sentence: str, published, kind: str, mode: str | None, actors: set[str], recipients: set[str],
                  when, precision: str) -> None:
    """The timetabled-deed rows of both languages (test_act_timetabled_deeds, debt56): the first event of `kind` is
    planned, with `mode`, dated `when` at `precision`, done by exactly `actors` to exactly `recipients`."""
    first = first_of(events(sentence, published), type=kind)
    assert (first.mode, first.status) == (mode, "planned")
    assert (first.date, first.date_precision) == (when, precision)
    assert countries(first.participants) == actors and countries(first.recipients) == recipients


def check_occurred(sentence: str, published, kind: str) -> None:
    """The timetabled-deed negative rows of both languages (debt56): an event of `kind` is found, and occurred."""
    first = first_of(events(sentence, published), type=kind)
    assert first.status == "occurred"


def language_of(code: str):
    """The default pipeline's language `code` ('en', 'ko'): the readers the language-level rows ask directly."""
    from readout.api import library_pipeline

    return library_pipeline().language(code)


def check_bare_side(language, text: str, word: str, sector: str) -> None:
    """The bare domestic-side rows of both languages (test_meet50_domestic_parties, debt56): `word`, at its first
    place in `text`, is a party of `sector` among `language.domestic_parties(text)`."""
    start = text.index(word)
    assert (start, start + len(word), sector) in language.domestic_parties(text)


def moded_sides(text: str, kind: str) -> list[tuple[str | None, set, set]]:
    """The events of `kind`: (mode, acting (country, sector) sides, receiving (country, sector) sides) each."""
    return [(e.mode, {(p.country, p.sector) for p in e.participants}, {(r.country, r.sector) for r in e.recipients})
            for e in events(text) if e.type == kind]


def check_moded_row(text: str, kind: str, mode: str | None, acting: set | None, receiving: set | None) -> None:
    """One event of `kind` with this mode and these (country, sector) sides among the sentence's; `acting` None: no
    event of `kind` at all (a guard row)."""
    got = moded_sides(text, kind)
    if acting is None:
        assert not got, got
        return
    assert got, [e.type for e in events(text)]
    assert (mode, acting, receiving) in got, got


def place(text: str, kind: str):
    """The first event of `kind`'s place as (name, country), None where it has none; fails naming what was found.
    The place tables of both languages share it (tests/lang/*/test_places5*)."""
    first = first_of(events(text), type=kind)
    loc = first.location
    return loc and (loc.name, loc.country)


def check_side_row(text: str, kind: str, acting: str, receiving: str) -> set:
    """(acts59) An event of `kind` done by exactly the state `acting` to exactly the state `receiving` is among the
    sides `conftest.event_sides` reads from `text`; returns those sides for a row's further checks."""
    from tests.conftest import event_sides
    found = event_sides(text, "2024-11-15")
    assert (kind, frozenset({acting}), frozenset({receiving})) in found, found
    return found
