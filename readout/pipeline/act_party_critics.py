"""(groups54b, issue 14) The state of a party or the opposition that names none, acting on one state's body.

'The opposition Democratic Progress Party accused the Zambian government', 'The opposition accused the Zambian
government': the subject is a side of a state's party politics the language read (`people_subject` OPP or PTY) with
no state word of its own, and the act's object names one state's body. A party contends in its own state's politics,
so the state whose government (court, parliament ...) it judges is its own: the act is that state's domestic act,
party side -> body, as 'The Zambian opposition accused the government' reads. Left out, the clause named no actor and
the act was dropped. A state's body of another state is rarer than the party's own where no other state is named:
the rule holds only where the object items name exactly one state and the sentence's subject items none.
"""
from __future__ import annotations

from readout.pipeline.act_recipients import SideReading
from readout.sectors import PARTY_SIDE_SECTORS, STATE_BODY_SECTORS

# the statements a party makes of a state's body ('accused', 'called on', 'rejected')
PARTY_CRITIC_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT"})


def party_critics_state(r: SideReading) -> list[str]:
    """The one state whose body the act's object items name, for a party side's statement with no state of its own
    (`people_subject` in PARTY_SIDE_SECTORS); [] otherwise."""
    hit = r.hit
    if hit.type not in PARTY_CRITIC_TYPES or hit.data.get("people_subject") not in PARTY_SIDE_SECTORS:
        return []
    if any(role == "subject" and i.codes for i, role in zip(r.items, r.roles)):
        return []
    bodies = {c for i, role in zip(r.items, r.roles) if role == "object" and i.sector in STATE_BODY_SECTORS
              for c in i.codes}
    named = {c for i, role in zip(r.items, r.roles) if i.codes for c in i.codes}
    return sorted(bodies) if len(bodies) == 1 and named == bodies else []
