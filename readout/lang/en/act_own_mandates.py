"""(enrelative70) A mandative subjunctive whose subject is the speaker's own side: 'Chile insisted (that) its troops
withdraw from the border', 'demanded that its troops withdraw'. The bare verb still marks what the speaker wants
done, but a state does not demand of itself: the clause tells the speaker's own act, stated for the future, read as
'said its troops would withdraw' is (act_plover_reading.plover_reading: a retreat stated so is AGREE, a hostile act
THREATEN; docs/coding-choices.md). A demand needs another party's subject ('insisted that Peru withdraw',
act_insisted). The own side is a possessive of `own_possessives` that stands for a state ('its', 'their', 'our'; not
'his' or 'her', a person's), opening the clause's subject, before a part of the state ('its troops', `domestic_actors`):
'demanded that its partners refuse' asks others the speaker has, and stays a demand. Korean has no subjunctive: '자국군이 철수해야 한다고
주장했다' is read by its own obligation reader."""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_plover_reading import plover_reading
from readout.lang.en.act_insisted import clause_start, subjunctive_verb
from readout.lang.en.act_tokens import Token

PERSONAL = frozenset({"his", "her", "own"})  # a person's possessive, or no owner of its own: not a state's side


def own_subject(toks: list[Token], start: int, cues: Cues) -> bool:
    """Whether the clause's subject at `start` opens with a state's own possessive ('its troops', 'our navy')."""
    return start < len(toks) and toks[start].low in cues.own_possessives and toks[start].low not in PERSONAL


def own_part(subject: list[Token], cues: Cues) -> bool:
    """Whether the words after the possessive name a part of the speaker's own state (a noun of `domestic_actors`:
    'its troops', 'their warships') and no other party ('its European partners', 'its allies': others it has)."""
    lows = [t.low for t in subject]  # ensubj46: a part of two words ('its air force', 'their coast guard')
    named = any(w in cues.domestic_actors for w in lows) \
        or any(f"{a} {b}" in cues.domestic_actors for a, b in zip(lows, lows[1:]))
    return named and not any(t.raw[:1].isupper() for t in subject)


def own_mandates(toks: list[Token], hits: list[ActHit], base_forms: frozenset[str], cues: Cues) -> list[ActHit]:
    """The hits with each act verb of an own-side mandative clause (after a verb of `insisting_verbs`, or a REQUEST
    verb and 'that': 'demanded that its troops withdraw') read as the speaker's stated act (modality `intent`, through
    `plover_reading`) and marked `own_mandate` (the insisting verb's token: no claim anchors there), the REQUEST verb
    dropped; the other hits as they came."""
    verbs = {h.data["token"]: h for h in hits if not h.nominal and "token" in h.data}
    demands = {v for v, h in verbs.items() if h.type == "REQUEST" and v + 1 < len(toks) and toks[v + 1].low == "that"}
    stated: dict[int, ActHit] = {}
    dropped: set[int] = set()
    for v, t in enumerate(toks):
        if t.low not in cues.insisting_verbs and v not in demands:
            continue
        start = clause_start(toks, v, cues)
        if start is None or not own_subject(toks, start, cues):
            continue
        k = subjunctive_verb(toks, start, verbs, base_forms, cues)
        if k is None or k not in verbs or not own_part(toks[start + 1:k], cues):
            continue
        hit = verbs[k]
        hit = replace(hit, status="planned", data={**hit.data, "modality": "intent", "own_mandate": v})
        stated[k] = plover_reading(toks, hit, cues)
        if v in demands:
            dropped.add(v)  # 'demanded that its troops withdraw': no demand on itself
    return [stated.get(h.data.get("token"), h) if not h.nominal else h for h in hits
            if h.nominal or h.data.get("token") not in dropped]
