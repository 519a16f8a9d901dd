"""A deterrent warning (threats49): 'X는 누구도 Y를 위협하도록 내버려 두지 않겠다고 경고했다', '어떤 나라도 Y의 주권을
위협하게 놔두지 않겠다고 밝혔다', 'Z가 Y를 위협하도록 두지 않겠다'.

Why a reader of its own: the PLOVER manual's THREATEN covers "coercive or forceful warnings with serious potential
repercussions"; refusing to let anyone harm a party is such a warning, made as it is said. The finder reads the
warning verb with the harm verb's object (the protected party) as its addressee, or reads only the harm verb as a
threat of the one protected. Here the speaker threatens; the protected party (the harm verb's object) is barred as a
recipient; the one warned is the offender the complement names as the harm verb's subject ('Z가'), else the party the
story implies (the pipeline's reading of an unaddressed warning: the other side of the acts just told), else no one.
A harm verb (cue harm_verb) with -도록/-게, then a verb of letting (cue letting_verb) negated ('두지 않겠다').
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit, barring
from readout.lang.ko.act_candidate import coordinated_start, run_start
from readout.lang.ko.act_table import ActIndex

CAUSATIVE = frozenset({"도록", "게"})  # '위협하도록', '위협하게'
LETTING_REACH = 4  # morphemes from the causative ending to the letting verb ('내버리/VV 어/EC 두/VX')
NEGATION_REACH = 3  # morphemes from the letting verb to 않 ('두/VX 지/EC 않/VX')
NEGATION = "않"
OBJECT = frozenset({"JKO"})
SUBJECT = "JKS"


def deterrent_warnings(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """The hits with each negated letting of harm read as the speaker's threat: the main warning (else a new hit at
    the letting verb) made the deterrent, the harm verb's own hit dropped."""
    for j in range(1, len(toks)):
        let = letting_at(toks, j, lex)
        if let is None:
            continue
        harm = j - 1
        hits = [h for h in hits if not (h.data.get("first", -1) <= harm <= h.data.get("last", -1) and h.type == "THREATEN"
                                        and not h.data.get("main"))]
        warning = next((n for n, h in enumerate(hits) if h.type == "THREATEN" and h.data.get("main")
                        and h.data.get("first", 0) > let), None)
        hit = hits[warning] if warning is not None else new_hit(toks, harm, let)
        hit = deterrent(toks, hit, harm)
        hits = hits[:warning] + [hit] + hits[warning + 1:] if warning is not None \
            else sorted([*hits, hit], key=lambda h: (h.start, h.end))
    return hits


def letting_at(toks: list, j: int, lex: ActIndex) -> int | None:
    """The index of the negation of a letting verb after the causative ending at j, when the morpheme before j is a
    harm verb's stem ('위협/NNG 하/XSV 도록/EC ... 두/VX 지/EC 않/VX'); None otherwise."""
    if not (toks[j][1] == "EC" and toks[j][0] in CAUSATIVE and harm_stem(toks, j - 1, lex)):
        return None
    for k in range(j + 1, min(len(toks), j + 1 + LETTING_REACH)):
        stem = toks[k][0] + "다" if toks[k][1] in ("VV", "VX") else toks[k][0] + "하다" if toks[k][1] == "NNG" else None
        negation = next((n for n in range(k + 1, min(len(toks), k + 1 + NEGATION_REACH)) if toks[n][0] == NEGATION),
                        None) if stem in lex.cue("letting_verb") else None
        if negation is not None:  # '내버리/VV 어/EC 두/VX 지/EC 않/VX': the last stem of the letting run is negated
            return negation
    return None


def harm_stem(toks: list, i: int, lex: ActIndex) -> bool:
    """Whether the morpheme at i ends a harm verb ('위협/NNG 하/XSV', '해치/VV')."""
    if toks[i][1] == "XSV" and i > 0:
        return toks[i - 1][0] + "하다" in lex.cue("harm_verb")
    return toks[i][1] == "VV" and toks[i][0] + "다" in lex.cue("harm_verb")


def new_hit(toks: list, harm: int, negation: int) -> ActHit:
    """A threat at the letting verb, read as the quoted content of the sentence's verb of saying."""
    start, end = toks[harm + 2][2], toks[negation][2] + toks[negation][3]
    return ActHit(start, end, "THREATEN", None, "두다", data={
        "pred": harm + 2, "first": harm + 2, "last": negation, "clause": "quote", "main": False, "quoted": True,
        "modality": "future"})


def deterrent(toks: list, hit: ActHit, harm: int) -> ActHit:
    """The warning `hit` as the deterrent threat: the harm verb's object barred as a recipient, its subject (marked
    이/가, a name) the target, else unaddressed."""
    verb = harm - 1 if toks[harm][1] == "XSV" else harm
    protected, offender = (), None
    for k in range(verb - 1, -1, -1):
        if toks[k][1] in ("SF", "EF", "EC", "SSO", "SSC") or toks[k][1] == "JX" and k < verb - 1 and protected:
            break
        if toks[k][1] in OBJECT and k > 0 and not protected:
            first = coordinated_start(toks, run_start(toks, k - 1))
            protected = ((toks[first][2], toks[verb][2]),)
        if toks[k][1] == SUBJECT and k > 0 and toks[k - 1][1] == "NNP":
            first = run_start(toks, k - 1)
            offender = (toks[first][2], toks[k - 1][2] + toks[k - 1][3])
            break
    data = {key: v for key, v in hit.data.items() if key not in ("target_spans", "unaddressed", "counter_measure")}
    data["deterrent"] = True
    if offender is not None:
        data["target_spans"] = (offender,)
    else:
        data["unaddressed"] = True
    return barring(replace(hit, mode=None, status="occurred", negated=False, data=data), protected)
