"""(enincl47) A state named as an example of a plural group that opens the clause: 'Western countries including X
condemned', 'several donors, such as X, pledged', 'African states led by X demanded'. The cue ('including', 'led by')
reads as a preposition, so the name would be no subject; yet the name is one of the group, and takes the group's
part in the clause, the subject. Korean 'X를 비롯한 B 국가들은' is read the same way (lang/ko/including_lists.py).

Why a module of its own: `clauses.name_role` reads a name after a preposition as no subject; this is the one
exception where the preposition lists the group's members, from the lexicon's `group_example_re`.
"""
from __future__ import annotations

from readout.lang.en.clause_patterns import patterns
from readout.lang.en.name_role_anchors import verb_like


def group_example(before: str) -> bool:
    """Whether the clause text `before` a name is a plural group noun and an example cue ('Western countries
    including ', 'Several donors, such as the '), the words before the group noun being no verb and no act word."""
    m = patterns()["group_example"].match(before)
    return bool(m) and not verb_like(m.group(1).split())
