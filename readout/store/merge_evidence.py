"""Evidence a report and a record give about being one event, each written into the verdict: parties
(`party_evidence`), dates (`dates_agree`, read by store/merge_dates.py), place (`place_evidence`) and how the
meeting was held (`mode_evidence`). Split from store/merge.py, which combines them (`weigh_facts`).
"""
from __future__ import annotations

from readout.settings import Settings
from readout.store.merge_dates import DateKind, city, read_dates
from readout.store.merge_members import Facts, Member, how_held
from readout.store.merge_retold import retold_sides_differ
from readout.store.merge_verdict import Verdict

SUPERSET = "a larger meeting"


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def party_evidence(etype: str, record: set[str], new: set[str], settings: Settings) -> tuple[float, str]:
    """How well a report's parties fit a record's (0 = they do not): subsets join, supersets only
    with a small extra, mixed sets only when they share most."""
    shared = len(record & new)
    if not shared:
        return 0.0, "no shared party"
    if record == new:
        return 1.0, "same parties"
    meeting = etype == "CONSULT"
    if meeting and shared < min(settings.merge_subset_min_shared, len(record), len(new)):
        return 0.0, f"{shared} shared party"
    if new < record:
        return settings.merge_subset_base + (1 - settings.merge_subset_base) * len(new) / len(record), \
            f"report names {len(new)} of the record's {len(record)} parties"
    j = jaccard(record, new)
    if new > record:
        need = settings.merge_superset_min_jaccard if meeting else settings.merge_min_participant_jaccard
        why = f"report names {len(new - record)} more than the record's {len(record)}: {SUPERSET}"
    else:
        need = settings.merge_mixed_min_jaccard if meeting else settings.merge_min_participant_jaccard
        why = f"parties overlap {j:.2f}"
    return (j if j >= need else 0.0), why


def dates_agree(members: list[Member], new: Member, v: Verdict, settings: Settings,
                facts: Facts | None = None) -> tuple[bool, float]:
    """Whether `new`'s date fits every member's, and the best date evidence (`read_dates`), written
    into the verdict. A record's reading of one date shape is kept with its facts: the copies of one
    wire story are weighed against a record thousands of times, each with the same date."""
    facts = facts or Facts.of(members)
    same_people = new.type == "CONSULT" and v.reported == v.sides
    key = (new.date_shape, same_people, id(settings))
    read = facts.date_reads.get(key)
    if read is None:
        read = facts.date_reads[key] = read_dates(members, facts, new, same_people, settings)
    v.members += read.members
    v.disagreed += read.disagreed
    retold = retold_sides_differ(v.reported, new.recipients, facts) \
        if read.ok and DateKind.RETOLD in read.kinds else None
    if retold:  # a retelling's day agrees only for the record's own doers and targets (store/merge_retold.py)
        v.disagreed.append(f"date: {retold}")
        return False, 0.0
    if read.ok:
        v.agreed.append(f"dates agree (+{read.score:g})")
    return read.ok, read.score


def place_evidence(members: list[Member], new: Member, v: Verdict, settings: Settings,
                   facts: Facts | None = None) -> float:
    here = city(new)
    there = (facts or Facts.of(members)).cities
    if not here or not there:
        return 0.0
    if here in there:
        v.agreed.append(f"same city {here}")
        return settings.merge_weight_same_city
    v.disagreed.append(f"city {here} vs {', '.join(sorted(there))}")
    return -settings.merge_penalty_other_city


MEASURE_TYPES = frozenset({"SANCTION"})  # as pipeline/common.MODE_KINDS: modes that are measures of their own


# (domestic50) kinds of one type that are two events however near their days: a curfew or martial law and another
# coercion (an arrest, a ban) of one state's people; a riot (arson, looting) and the march it broke out of
KINDS_APART = {"COERCE": frozenset({"curfew", "martial-law"}), "PROTEST": frozenset({"riot"})}


def kinds_apart(members: list[Member], new: Member) -> bool:
    """Whether the new report's mode is of the other kind (`KINDS_APART`) than every mode its candidate's members
    state: 'the army imposed a curfew' and 'the army arrested dozens' told by two outlets stay two events, and so do
    'protesters set fire to parliament' and the rally of the day before. Modes within one kind only inform (martial
    law with a curfew may be one act told two ways)."""
    kind = KINDS_APART.get(new.type)
    modes = {m.mode for m in members if m.mode}
    return bool(kind and new.mode and modes) and {mode in kind for mode in modes} == {new.mode not in kind}


def stated_apart(mine: str | None, theirs: set[str | None], reason: str, v: Verdict) -> bool:
    """Whether the report states a value (a measure's mode, its object's class) and the record states others only;
    said, the reason is the verdict's disagreement. A value not stated on either side decides nothing."""
    stated = theirs - {None}
    if mine and stated and mine not in stated:
        v.disagreed.append(f"{reason}: {mine} vs {', '.join(sorted(stated))}")
        return True
    return False


def mode_evidence(members: list[Member], new: Member, v: Verdict, facts: Facts | None = None) -> bool:
    """A phone call and a meeting of the same people are two events; other modes only inform. A
    report that says neither (no mode, no city where the parties met) may be either: an outlet's
    "the two ministers discussed" is often the call another outlet calls a call. Two sanctions of one pair with
    their modes stated apart are two measures ('expelled its diplomats' and 'broke off relations' the same day), and so
    are two of one mode whose objects, stated by both, are of other classes (`Member.measure`, sanction58: 'halted
    trade' and 'closed its border posts', as pipeline/common.other_measure keeps them apart within a document), a
    curfew and an arrest, or a riot and a march (`kinds_apart`)."""
    if new.type in MEASURE_TYPES:
        return not (stated_apart(new.mode, {m.mode for m in members}, "another measure", v)
                    or stated_apart(new.measure, {m.measure for m in members}, "another measure's object", v))
    if kinds_apart(members, new):
        v.disagreed.append("another kind of measure or protest")
        return False
    if new.type != "CONSULT":
        return True
    mine, theirs = how_held(new), (facts or Facts.of(members)).held
    if mine and theirs and mine not in theirs:
        v.disagreed.append("phone call vs meeting")
        return False
    return True
