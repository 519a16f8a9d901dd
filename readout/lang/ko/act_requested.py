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


def framed_requests(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """(appeals50) `hits` and a REQUEST for each request noun framing another act with its asker named in the
    genitive: 'B의 요청으로 안보리는 긴급회의를 열었다', 'B의 요청에 따라 열린 안보리 회의': B (`agent_span`) asked the
    side that did the act, the subject or the noun the frame stands before (`target_spans`; English reads 'met at B's
    request' alike). A frame with no genitive asker, or with nothing named after it, adds nothing."""
    nouns = lex.cue("request_noun")
    out = list(hits)
    for k in range(2, len(toks) - 1):
        if toks[k][0] not in nouns or toks[k - 1][1] != "JKG" or not toks[k - 2][1].startswith("NN"):
            continue
        after = frame_end(toks, k)
        if after is None:
            continue
        asked = asked_phrase(toks, after)
        if asked is None:
            continue
        owner = owner_start(toks, k - 2)
        out.append(ActHit(start=toks[k][2], end=toks[k][2] + toks[k][3], type="REQUEST", mode=None,
                          lemma=toks[k][0], target=(), nominal=True, status="occurred",
                          data={"agent_span": (toks[owner][2], toks[k - 1][2]), "target_spans": (asked,)}))
    return out


def frame_end(toks: list, k: int) -> int | None:
    """The token after the frame of the request noun at `k` ('요청으로', '요청에 따라'); None where it is no frame."""
    if toks[k + 1][0] == "으로" and toks[k + 1][1] == "JKB":
        return k + 2
    if toks[k + 1][0] == "에" and k + 3 < len(toks) and toks[k + 2][0] == "따르" and toks[k + 3][0] in FRAME_ENDINGS:
        return k + 4
    return None


def asked_phrase(toks: list, k: int) -> tuple[int, int] | None:
    """The noun phrase the frame stands before, from token `k` (past an adnominal verb: '요청으로 열린 [안보리 회의]')
    to the first particle; None when no noun starts there."""
    if k + 1 < len(toks) and toks[k][1] == "VV" and toks[k + 1][1] == "ETM":
        k += 2
    end = k
    while end < len(toks) and (toks[end][1].startswith("NN") or toks[end][1] in ("SL", "SN", "XPN", "XSN")):
        end += 1
    if end == k:
        return None
    return (toks[k][2], toks[end - 1][2] + toks[end - 1][3])


def owner_start(toks: list, k: int) -> int:
    """The first token of the noun run ending at `k` (the genitive asker: '캄보디아', '유엔 회원국')."""
    while k > 0 and toks[k - 1][1].startswith("NN"):
        k -= 1
    return k
