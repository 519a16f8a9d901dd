"""A main act done at another side's request: 'B의 요청에 따라 안보리는 긴급회의를 열었다' (fp23).

Why: '요청에 따라' (at B's request) is a frame adverbial of the clause it opens: it says why the main act was done,
as English 'at B's request' does, and a request (요청, unlike a demand, 요구) is no pressure yielded to. The lexicon
reads '@demand_noun + 따르다' as CONCEDE (CAMEO 080, yielding), right for '요구에 따라 석방했다' and '권고를 따랐다',
but a body meeting at a member's request, or a state sending help at a partner's, concedes nothing, and analysts
code no concession there: the request is the event where it is told, and the main act keeps its own reading. Only
the connective frame ('요청에 따라', ending -어) with a request noun (cue request_noun) is dropped.
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex

FRAME_ENDINGS = frozenset({"어", "아"})  # '따라': the connective that makes 따르다 a frame of the next clause


def requested_frames(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits without the CONCEDE read from '(B의) 요청에 따라' or '(안보리) 결의에 따라' (modal43: a resolution as the
    legal basis, 'under the resolutions') opening another clause."""
    nouns = lex.cue("request_noun") | lex.cue("legal_basis_noun")
    return [h for h in hits if not (h.type == "CONCEDE" and h.data.get("clause") == "connective"
                                    and h.data.get("endings", ())[-1:] and h.data["endings"][-1] in FRAME_ENDINGS
                                    and "first" in h.data and toks[h.data["first"]][0] in nouns)]
