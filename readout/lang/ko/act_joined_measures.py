"""A measure named as what a request asks another to join (ko-acts29).

Why: 'A는 B에 대이란 제재에 동참해 달라고 요청했다' asks B to join sanctions on Iran; the noun '대이란 제재' matched
as a SANCTION, read with the asker as actor and the one asked as target: a sanction no one imposed. The measure
joined in a request's content is asked, not done (as prec22's `act_joined_content` reads a clause joined to a
request's content); the REQUEST keeps its sides.
"""
from __future__ import annotations

import re

from readout.lang.base import ActHit

MEASURE_TYPES = frozenset({"SANCTION"})  # measures one is asked to join (제재, 금수 조치)


def asked_to_join(hits: list[ActHit], text: str, joined_re: re.Pattern) -> list[ActHit]:
    """The hits without each noun measure (`MEASURE_TYPES`, nominal) right after which the text asks someone to
    join it (`asked_to_join_re`: '...에 동참해 달라고', '...에 참여할 것을'). A measure joined in a decision
    ('제재에 동참하기로 했다') or a sentence with no request keeps its hit."""
    return [h for h in hits if not (h.nominal and h.type in MEASURE_TYPES and joined_re.match(text[h.end:]))]
