"""Cross-document, cross-language merging: one record per real event.

Merging weighs evidence; few things veto. A report joins a record when the type is the same and the
parties agree (a report naming two of a trilateral's three ministers joins the trilateral; a report
naming one side's delegation alone joins the meeting of both sides in its city, store/merge_sides.py; a report
naming more parties than a record joins it only when the extra is small beside what they share; a
state-level meeting report, "China and Japan held talks", shares a country with a named person of
it), and its score (parties, dates, place, mode) reaches `merge_min_score`. Dates are compared within
their precision and basis (store/merge_dates.py). A report that states neither a call nor a meeting
(no mode, no city) may join either. Places count only when both are cities of the meeting's own
sentence (`place_basis`); a different city lowers the score but does not veto, because one outlet's
place is often taken from a background clause.

What vetoes, because it says "a different event": two explicit days further apart than a time zone
(the same people meeting twice), two explicit days a day apart in one city on one calendar (not a Seoul
paper's unmarked day beside New York's: merge_clocks.day_clock), or in two cities of the meetings'
own sentences (two stops of one trip; unless the record holds both days), a plan for a day still ahead of its
report beside a meeting held by then (merge_dates.plan_ahead_of_held), a phone call against a meeting stated as such, parties that share too little, acts aimed at
different targets, a report in which a record's target acts (store/merge_directions.py), a statement whose
speaker is another person of the same state than a record's on
another day (store/merge_voices.py: the spokesperson on Monday, the president on Tuesday; an envoy's beside another
person of his state on any day, or beside his state's organ a day apart: merge_organs.envoy_beside_organ), a joint statement
by another pair of persons of the same states (store/merge_makers.py), a joint accord of another circle of
parties (store/merge_accords.py: the trilateral declaration and a bilateral agreement beside it), an accord of
another matter (merge_accords.matter_conflict: the trade agreement beside the defence pact; words compared in one
language, the PLOVER contexts they name across languages), a date outside a plan's part of a month
('late March': store/merge_dates.py window_evidence), two Korean reports' days a day apart on a statement of a
state whose clock Korean outlets keep (merge_clocks.one_clock), an organ's statements (no voice) on two stated days
on the speaker's clock (store/merge_organs.py), one doer's deeds of force on two stated days on its clock
(store/merge_forces.py: the drills of one day and the next day's), two such deeds a day apart that run the wrong
way for a time zone (store/merge_zones.py: the Seoul paper's day the earlier for a deed far west of Seoul), an
exchange of force beside one side's deed (merge_directions.exchange_beside_deed), and a smaller
meeting whose day is only its story's (a side meeting told after
the larger one: "Meanwhile, two of them held talks with ..."). A report that a closer candidate
(better party agreement) refused does not fall back to a looser one: that is how a second meeting of
a pair would otherwise join the trilateral held beside the first.

Candidates come from `event_blocks` (store/blocks.py): a fixed date window around the report, so cost
grows with the events of a few days, not with the corpus. Every decision's evidence (what agreed,
what disagreed, the score) is kept as the report's merge reason. A person the knowledge base does
not know, written in another script or spelling by a second outlet, is linked to the record's person
when the parties and date already agree (store/links.py).
"""
from __future__ import annotations

import json
import sqlite3
from typing import Callable

from readout.settings import Settings
from readout.store.blocks import INFERRED, candidate_ids
from readout.store.links import LINK_REASON, link_persons, person_links, unknown_names  # noqa: F401 (re-exported)
from readout.store.merge_dates import REASON_MEMBERS  # noqa: F401 (re-exported)
from readout.store.merge_evidence import (  # noqa: F401 (re-exported)
    MEASURE_TYPES, SUPERSET, dates_agree, jaccard, mode_evidence, party_evidence, place_evidence)
from readout.store.merge_members import (  # noqa: F401 (re-exported)
    PHONE, Facts, Member, Record, clock_of, facts_of, how_held, local_clock, published_day, record_window,
    report_facts, voice_day)
from readout.store.merge_accords import ACCORD_TYPES, accord_conflict, matter_conflict, promise_fold
from readout.store.merge_dates import city
from readout.store.merge_directions import crossed_sides, state_for_its_part
from readout.store.merge_makers import makers_conflict, read_makers  # noqa: F401 (read_makers re-exported)
from readout.store.merge_sides import one_side_reading
from readout.store.merge_states import Named, add_named, as_states, named_by_country, other_persons  # noqa: F401
from readout.store.merge_verdict import Verdict, new_event_reason
from readout.store.merge_voices import same_voice, voice_conflict


# what the store and its tests read through this module: its own judging, and the names that lived here before the
# split into merge_members, merge_evidence, merge_verdict and merge_makers (re-exported, so callers keep one import)
__all__ = [
    "judge_key", "judge", "weigh_facts", "weigh", "find_event", "spoken_alike", "Verdict", "new_event_reason", "Member", "Facts",
    "Record", "facts_of", "report_facts", "how_held", "published_day", "record_window", "clock_of", "voice_day",
    "local_clock",
    "PHONE", "party_evidence", "place_evidence", "mode_evidence", "dates_agree", "jaccard", "MEASURE_TYPES",
    "SUPERSET", "REASON_MEMBERS", "unknown_names", "link_persons", "LINK_REASON", "read_makers",
    "makers_conflict", "Named", "add_named", "as_states", "named_by_country", "other_persons", "voice_conflict",
]
VERDICTS_KEPT = 8  # report shapes whose verdict a record keeps (a memory bound, not a threshold)


def judge_key(new: Member, settings: Settings) -> tuple:
    """Everything `judge` reads of a report: two reports with one key get the same verdict from one
    record. The copies of a wire story (and a story's several reports of one act) share it, and a
    record stops changing once it holds `merge_members_checked` members, so most reports of a large
    event are judged from the verdict kept with the record's facts. Only such records keep verdicts:
    memory then grows with the large events, not with every event cached."""
    return (new.type, new.basis, new.mode, new.date_shape, frozenset(new.parties), frozenset(new.recipients),
            tuple(sorted(new.names.items())), tuple(sorted(new.learned.items())), tuple(sorted(new.homes.items())),
            new.states, new.voice, new.makers, new.matter, new.measure, id(settings))


def judge(members: list[Member], new: Member, settings: Settings, event_id: str = "",
          key: tuple | None = None) -> Verdict:
    """Weigh `new` against an event's (earliest) members; `key`, its `judge_key`, reuses the verdict the
    record's facts keep for a report of the same key (a copy: callers change verdicts)."""
    if not members:
        v = Verdict(event_id, False, 0.0, 0.0)
        v.disagreed.append("no members")
        return v
    facts = facts_of(members)
    kept = facts.verdicts.get(key) if key is not None else None
    if kept is not None and kept.event_id == event_id:
        return kept.shared()
    v = weigh_facts(members, facts, new, settings, event_id)
    if key is not None and len(members) >= settings.merge_members_checked:  # a record that changes no more
        if len(facts.verdicts) >= VERDICTS_KEPT:
            facts.verdicts.clear()
        v.kept = facts.verdicts[key] = v.frozen()
    return v


def weigh_facts(members: list[Member], facts: Facts, new: Member, settings: Settings, event_id: str) -> Verdict:
    """`judge`'s evidence, read afresh."""
    v = Verdict(event_id, False, 0.0, 0.0)
    actors = facts.sides
    v.sides = set(actors)
    links = person_links(facts.names, new, actors)
    v.linked = {a: b for a, (b, _) in links.items()}
    v.reported = {v.linked.get(p, p) for p in new.parties}
    v.agreed += [f"same person by {why}: {new.names[a][0]} = {b}" for a, (b, why) in sorted(links.items())]
    v.agreed += [f"same person by learned alias ({LINK_REASON}): {a} = {b}" for a, b in sorted(new.learned.items())]
    if new.type == "CONSULT" and (facts.states or new.states):
        homes, states = {**facts.homes, **new.homes}, facts.states | new.states
        reported = v.reported
        actors, v.reported, matched = as_states(actors, reported, homes, states)
        v.sides = set(actors)
        v.agreed += [f"state {code} stands for a named person of it" for code in matched]
        others = other_persons(facts.named, reported, homes, states, matched) if matched else []
    else:
        others = []
    v.parties, why = party_evidence(new.type, actors, v.reported, settings)
    if not v.parties and new.type == "CONSULT":  # 'A and B met the US delegation': one side named (merge_sides.py)
        sided = one_side_reading(actors, v.reported, {**facts.homes, **new.homes}, city(new), facts.cities,
                                 (new.place or {}).get("country"))
        if sided:
            v.parties, why = settings.merge_subset_base, sided
    (v.agreed if v.parties else v.disagreed).append(why)
    if v.parties and others:  # one visit's two meetings with two persons of one state: two records
        v.parties = 0.0
        v.disagreed += [f"another person of the state: {why}" for why in others]
    if v.parties and new.type == "CONSULT" and new.basis == INFERRED and v.reported < actors:
        v.parties = 0.0  # 'Meanwhile, two of them held talks with ...' after the larger meeting's story
        v.disagreed.append("a smaller meeting dated only by its story: a side meeting, not the larger one")
    voiced = voice_conflict(facts.voices, new.voice, new.date, new.precision) if new.type != "CONSULT" else None
    if voiced:  # another speaker of the state on another day: another statement
        v.disagreed.append(voiced)
    elif new.type != "CONSULT" and new.voice and any(same_voice(w, new.voice) for w, _d, _p in facts.voices):
        v.agreed.append(f"{SAME_SPEAKER}: {new.voice.name}")  # ranks the record first among equal scores (`weigh`)
    paired = makers_conflict(facts.makers, new.makers) if new.type != "CONSULT" and new.makers else None
    if paired:  # another pair of persons of the same states: another joint act
        v.disagreed.append(paired)
    circled = accord_conflict(facts.circles, new, v.reported) if v.parties else None
    if circled:  # a trilateral accord is not the bilateral one of two of its parties
        v.parties = 0.0
        v.disagreed.append(circled)
    folded, outside = promise_fold(facts.circles, facts.targets, facts.sides, new, v.reported,
                                   {**facts.homes, **new.homes}) if v.parties else (None, None)
    if folded:  # 'A promised support to B' beside 'A and B signed ...': the accord (merge_accords.promise_fold)
        v.agreed.append(folded)
    elif outside:  # 'A promised support to C' is not A and B's accord
        v.parties = 0.0
        v.disagreed.append(outside)
    other_accord = matter_conflict(facts.matters, new) if v.parties and new.type in ACCORD_TYPES else None
    if other_accord:  # a trade agreement is not the defence pact the same pair signed that day
        v.parties = 0.0
        v.disagreed.append(other_accord)
    crossed = crossed_sides(new.type, facts.sides, facts.targets, v.reported, new.recipients) if v.parties else None
    if crossed:  # 'A and B staged drills' is not B's deployment against A
        v.parties = 0.0
        v.disagreed.append(crossed)
    targets = facts.targets
    if new.type != "CONSULT" and targets and new.recipients:
        standing = state_for_its_part(targets, new.recipients)
        if targets & new.recipients:
            v.agreed.append("same target")
        elif standing:  # 'protesters marched on the state' and '... on its parliament': one target
            v.agreed.append(standing)
        else:
            v.disagreed.append("other target")
            v.parties = 0.0
    date_ok, date_score = dates_agree(members, new, v, settings, facts)
    place_score = place_evidence(members, new, v, settings, facts)
    mode_ok = mode_evidence(members, new, v, facts)
    v.score = v.parties + date_score + place_score
    # another city ranks the candidate lower but never refuses it: one outlet's city is often wrong
    v.ok = bool(v.parties) and date_ok and mode_ok and not voiced and not paired \
        and v.score - min(place_score, 0.0) >= settings.merge_min_score
    return v


def weigh(conn: sqlite3.Connection, new: Member, members_of: Callable[[str], list[Member]], settings: Settings,
          exclude: set[str] = frozenset(), candidates: set[str] | None = None) -> list[Verdict]:
    """Every candidate weighed, the best first; those that a closer refusal bars are marked not ok.
    `candidates`: the report's `candidate_ids` when the caller searched them already (`candidates_of`)."""
    if candidates is None:
        candidates = candidate_ids(conn, new, settings)
    key = judge_key(new, settings)
    verdicts = [judge(members_of(e), new, settings, e, key) for e in sorted(candidates - exclude)]
    for v in verdicts:
        if v.ok and new.type == "CONSULT" and any(SUPERSET in a for a in v.agreed):
            v.ok, why = larger_meeting_may_join(conn, v, verdicts, new, members_of)
            if why:
                v.disagreed.append(why)
    verdicts.sort(key=lambda v: (-v.score, not spoken_alike(v), v.event_id))
    refused = [v for v in verdicts if not v.ok and v.parties]
    for v in verdicts:
        closer = next((r for r in refused if r.parties > v.parties), None)
        if v.ok and closer:
            v.ok = False
            v.disagreed.append(f"a closer candidate {closer.event_id} refused: {'; '.join(closer.disagreed)}")
    return verdicts


SAME_SPEAKER = "the same speaker as a member"


def spoken_alike(v: Verdict) -> bool:
    """Among candidates of equal score, the record one of whose members the report's own speaker voiced is the one
    his statement belongs to: 'Lee condemned the launch at the session' beside one record of his own words and one
    of the joint condemnation he made with another leader (pipeline/joint_acts.py)."""
    return any(a.startswith(SAME_SPEAKER) for a in v.agreed)


def larger_meeting_may_join(conn: sqlite3.Connection, v: Verdict, verdicts: list[Verdict], new: Member,
                            members_of: Callable[[str], list[Member]]) -> tuple[bool, str | None]:
    """A report naming more parties than a meeting record joins it only when nothing says the record
    is a smaller meeting of its own: not when the record's own document also reports a larger
    meeting, and not when the extra parties have a meeting record of their own (a trilateral report
    does not pair with one of two bilaterals held among its ministers)."""
    extra = v.reported - v.sides
    other = next((w for w in verdicts if w is not v and w.sides & extra and w.sides & v.sides
                  and not any(d.startswith("date:") for d in w.disagreed)), None)
    if other:
        return False, f"the extra parties meet in another record {other.event_id}"
    bigger = reported_beside(conn, members_of(v.event_id))
    if bigger:
        return False, f"the record is a smaller meeting reported beside a larger one ({bigger})"
    return True, None


def reported_beside(conn: sqlite3.Connection, members: list[Member]) -> str | None:
    """A document of the record that also reports a larger meeting of the same people: the record is
    then an explicit smaller meeting (a bilateral on the sidelines of a trilateral), and a report
    naming more parties belongs to the larger one. Returns that document."""
    parties = set().union(*(m.parties for m in members))
    keys = {m.key for m in members}
    docs = sorted({m.doc_id for m in members})
    rows = conn.execute(f"SELECT key, doc_id, parties FROM doc_events WHERE type = 'CONSULT' AND doc_id IN "
                        f"({','.join('?' * len(docs))})", docs)
    for key, doc_id, other in rows:
        if key not in keys and set(json.loads(other)) > parties:
            return doc_id
    return None


def find_event(conn: sqlite3.Connection, new: Member, members_of: Callable[[str], list[Member]],
               exclude: set[str], settings: Settings) -> tuple[str | None, dict]:
    """The event `new` belongs to, and why; None when it founds a new event. `members_of` gives an
    event's earliest members; `exclude` holds events the document already reports (one document
    does not report one event twice)."""
    if new.date is None:
        return None, {"rule": "new event", "why": "undated: never merged"}
    verdicts = weigh(conn, new, members_of, settings, exclude)
    best = next((v for v in verdicts if v.ok), None)
    if best is None:
        return None, new_event_reason(verdicts)
    return best.event_id, best.reason()
