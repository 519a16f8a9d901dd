"""A refusal quoted with '조차' and criticized is a reproach (reject41).

'A국 대사는 "B와 C는 ... 문구조차 받아들이지 못했다"며 두 나라를 비판했다': a speaker telling that others would not do
even the least ('조차', '마저') and criticizing them for it disapproves of them, PLOVER's ACCUSE ("criticize or
denounce", PLOVER_MANUAL.tex, section ACCUSE), which the criticizing verb after the quotation already codes. The quoted
refusal is no REJECT of the speaker's (read as one, it went from the speaker to the matter of the refused text).
"""
from __future__ import annotations

import re

from readout.lang.base import ActHit

REPROACH_REACH = 20  # characters before a refusal in which its '조차' stands, and after it to the quotation's close


def reproached_refusals(hits: list[ActHit], text: str, before_re: re.Pattern, after_re: re.Pattern) -> list[ActHit]:
    """The hits without each REJECT told with '조차' (`reproach_before_re`) at the end of a quotation
    (`reproach_after_re`) that an ACCUSE after it in the sentence criticizes."""
    out = []
    for h in hits:
        reproached = h.type == "REJECT" and before_re.search(text[max(0, h.start - REPROACH_REACH):h.start]) \
            and after_re.match(text[h.end:h.end + REPROACH_REACH]) \
            and any(a.type == "ACCUSE" and a.start > h.end for a in hits)
        if not reproached:
            out.append(h)
    return out
