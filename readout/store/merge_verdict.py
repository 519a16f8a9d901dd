"""A candidate record weighed against a report (`Verdict`): what agreed, what disagreed, the score, and the
reason stored with the report; and the reason a report founds a new event (`new_event_reason`). Split from
store/merge.py so the reasons' format lives in one place.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from readout.store.links import LINK_REASON
from readout.store.merge_dates import REASON_MEMBERS


@dataclass
class Verdict:
    """One candidate weighed: `ok` it may join; `score` all evidence; `parties` how well the parties
    alone agree (what decides whether a refusal by this candidate bars a looser one)."""

    event_id: str
    ok: bool
    score: float
    parties: float
    sides: set[str] = field(default_factory=set)  # the record's parties
    agreed: list[str] = field(default_factory=list)
    disagreed: list[str] = field(default_factory=list)
    members: tuple[dict, ...] = ()  # the members' date readings (`merge_dates.DateRead.members`): a tuple, shared
    linked: dict[str, str] = field(default_factory=dict)  # the report's unknown person -> the record's
    reported: set[str] = field(default_factory=set)  # the report's parties, linked persons as the record's ids
    kept: "Verdict | None" = field(default=None, repr=False, compare=False)  # the record's verdict this copies
    reason_text: bytes | None = field(default=None, repr=False, compare=False)  # `reason_json` once made

    def frozen(self) -> "Verdict":
        """The verdict a record keeps for a report shape (`merge.judge`): `sides` and `reported` frozen
        (`members` is a tuple already), `linked` a copy no caller is handed. Why: every later report of that
        shape gets a `shared` copy of it, and what weighing fills in once (the sides, the members' date
        readings, the linked persons) is only read after weighing, so the copies share these frozen values
        and copy only the two lists callers append to (`agreed`, `disagreed`: `merge.weigh`, `mark_taken`,
        `EventWriter.insert`). Until speed58 each copy copied all six."""
        return Verdict(self.event_id, self.ok, self.score, self.parties, frozenset(self.sides), list(self.agreed),
                       list(self.disagreed), self.members, dict(self.linked), frozenset(self.reported))

    def shared(self) -> "Verdict":
        """A copy of a kept (`frozen`) verdict for one report: its own `agreed` and `disagreed`, the frozen
        values shared (a caller that tried to change one fails loudly, never changes the kept verdict), and
        it remembers the verdict kept (`reason_json`)."""
        return Verdict(self.event_id, self.ok, self.score, self.parties, self.sides, list(self.agreed),
                       list(self.disagreed), self.members, self.linked, self.reported, kept=self)

    def reason_json(self, dump: Callable[[dict], bytes]) -> bytes:
        """`dump(self.reason())` (the stored reason: JSON, packed), made once per kept verdict: the copies
        of one story join a record with one reason, and its JSON (the report's members and their dates)
        was a third of a report row's cost. Compared first: weighing or storing may have changed this copy."""
        kept = self.kept
        if kept is None or (self.score, self.agreed, self.disagreed, self.members) != \
                (kept.score, kept.agreed, kept.disagreed, kept.members):
            return dump(self.reason())
        if kept.reason_text is None:
            kept.reason_text = dump(kept.reason())
        return kept.reason_text

    def reason(self) -> dict:
        return {"rule": "same event by evidence", "event": self.event_id, "score": round(self.score, 3),
                "agreed": self.agreed, "disagreed": self.disagreed, "members": self.members[:REASON_MEMBERS]}


def new_event_reason(verdicts: list[Verdict], why: str | None = None, learned: dict[str, str] | None = None) -> dict:
    """Why a report founds an event: the candidates it was weighed against and what each disagreed
    on, and the persons it took from an earlier merge's learned alias."""
    reason: dict = {"rule": "new event", "candidates": len(verdicts)}
    if why:
        reason["why"] = why
    if learned:
        reason["agreed"] = [f"same person by learned alias ({LINK_REASON}): {a} = {b}"
                            for a, b in sorted(learned.items())]
    refused = [{"event": v.event_id, "score": round(v.score, 3), "disagreed": v.disagreed} for v in verdicts[:3]]
    if refused:
        reason["refused"] = refused
    return reason


TAKEN = "another report of this document joined it: one document tells one event once"


def mark_taken(verdicts: list[Verdict], taken: set[str]) -> list[Verdict]:
    """`verdicts` with the reason a candidate that was fit to join (`ok`) was not joined: the same document's report
    that scored higher took it (store/events.py gives each record one report of a document). Without this the
    stored reason of a report that founded its own event showed a candidate with nothing against it."""
    for v in verdicts:
        if v.ok and v.event_id in taken and TAKEN not in v.disagreed:
            v.disagreed.append(TAKEN)
    return verdicts
