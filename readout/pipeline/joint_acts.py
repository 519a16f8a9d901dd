"""One maker's own act beside the act the language marks done jointly: 'Lee criticized the launch at the session.
... Lee and Albanese condemned the launch together', '윤 대통령은 ... 비판했다. ... 양 정상은 ... 함께 규탄했다'.

One document's act naming part of another's actors is usually that act told again ('the minister also condemned', a
headline's one leader: pipeline/consolidate.py). An act marked as done together (`Language.act_done_jointly`:
'jointly', 'together', '함께', '공동으로') is the makers' act at one occasion, and one maker's act told in other
sentences with his own voice is his own, at another: two events. The store keeps them apart too, since one document
reports each (store/merge.py `find_event`'s exclusion), and another outlet's report of either joins that one.
"""
from __future__ import annotations

from readout.model import Event


def solo_beside_joint(a: Event, b: Event, pa: frozenset[str], pb: frozenset[str]) -> bool:
    """`a` and `b` (one's parties inside the other's: the caller's) are one maker's voiced act and an act marked done
    jointly by the larger circle, told in other sentences."""
    if not (pa < pb or pb < pa):
        return False
    part, whole = (a, b) if pa < pb else (b, a)
    return whole.jointly and not part.jointly and part.voice is not None \
        and not {(s.start, s.end) for s in part.evidence} & {(s.start, s.end) for s in whole.evidence}
