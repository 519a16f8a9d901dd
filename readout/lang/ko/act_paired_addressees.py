"""(relatives65) One Korean verb of asking or charging with its addressees and objects paired in a list ('A는 B에
X를, C에 Y를 (각각) 촉구했다'): each addressee is asked its own thing, so the act is one per pair, each aimed at its
addressee. Without this reader the verb's hit takes the first addressee only and the second is lost (English
'urged B to X and C to Y' still loses C: not read here).

The pairs are read from the morphemes before the verb back to the subject or topic: a noun run with 에/에게 (JKB)
followed by an object with 을/를 (JKO), pairs split by a comma; two pairs or more split the hit. One addressee, or
addressees joined by 와/과 ('B와 C에 X를 촉구'), leave it whole."""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.tags import NOUN_TAGS

PAIRED_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN"})  # acts whose 에 noun is the one addressed
ADDRESSEE_PARTICLES = frozenset({"에", "에게"})
CLAUSE_OPENERS = frozenset({"JX", "JKS", "SF", "EC", "EF", "ETM"})  # the subject, topic or an earlier clause


def paired_addressees(toks: list, hits: list[ActHit]) -> list[ActHit]:
    """The hits, each addressed verbal act whose addressees are paired with their own objects in a comma list
    split into one hit per addressee (its `target_spans` that addressee's noun run)."""
    out: list[ActHit] = []
    for h in hits:
        pairs = addressee_pairs(toks, h) if h.type in PAIRED_TYPES and not h.nominal else []
        if len(pairs) < 2:
            out.append(h)
            continue
        out += [replace(h, data={**h.data, "target_spans": (span,)}) for span in pairs]
    return out


def addressee_pairs(toks: list, hit: ActHit) -> list[tuple[int, int]]:
    """The spans (offsets in the sentence) of the addressees each followed by an object of its own before the verb of
    `hit`, in a list split by commas; [] when the morphemes do not read so."""
    verb = max((k for k, t in enumerate(toks) if t[2] < hit.end), default=-1)
    pairs: list[tuple[int, int]] = []
    has_object, comma = False, False
    for k in range(verb, -1, -1):
        form, tag = toks[k][0], toks[k][1]
        if tag in CLAUSE_OPENERS:
            break
        if tag == "JC":
            return []  # 'B와 C에': one joint addressee
        if tag == "SP":
            comma = True
        elif tag == "JKO":
            if has_object or pairs and not comma:
                return []  # two objects with no addressee between, or pairs not split by a comma
            has_object = True
        elif tag == "JKB" and form in ADDRESSEE_PARTICLES and k > 0 and toks[k - 1][1] in NOUN_TAGS:
            if not has_object:
                return []  # an addressee with no object of its own
            start = run_start(toks, k - 1)
            pairs.append((toks[start][2], toks[k - 1][2] + toks[k - 1][3]))
            has_object, comma = False, False
    return [] if has_object else pairs[::-1]
