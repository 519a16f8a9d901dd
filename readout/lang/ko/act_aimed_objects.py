"""The object a Korean noun act is aimed at, named in the adnominal phrase before the noun (victims48).

'X 대사관에 대한 공격', 'X 초소를 겨냥한 드론 공격', 'X 선박을 향한 포격': the noun run before '에 대한' or before
'을/를' + a verb of aiming (cue aimed_object_verb) in its adnominal form is what the act is done to, its target,
never its doer. Without this reading a sentence that names no attacker gave the act to the one country it named
(pipeline/act_actor_defaults.leftover_countries); marked as a target span, the country is the act's target and, with no
doer named, the act has no actor. Mirrors the English 'attack on X's embassy' (target_spans of the act noun).
"""
from __future__ import annotations

from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.endings import lemma_at
from readout.lang.ko.tags import ACT_VERB_TAGS, CLAUSE_END_TAGS, NOUN_TAGS, PLURAL_SUFFIX

AIM_PARTICLES = frozenset({"에", "을", "를"})  # '에 대한', '을 겨냥한', '를 향한'


def aimed_object(toks: list, first: int, lex: ActIndex) -> tuple[int, int] | None:
    """Character span of the noun run the adnominal aiming phrase right before token `first` names, else None."""
    k = first - 1
    if k < 2 or toks[k][1] != "ETM":
        return None
    stem = k - 1
    if lemma_at(toks, stem) not in lex.cue("aimed_object_verb"):
        return None
    if toks[stem][1] == "XSV":
        stem -= 1  # '겨냥/NNG 하/XSV'
    particle = stem - 1
    if particle < 1 or toks[particle][0] not in AIM_PARTICLES or not toks[particle][1].startswith("J"):
        return None
    end = particle - 1
    start = end
    while start > 0 and toks[start - 1][1] in NOUN_TAGS:
        start -= 1
    if toks[end][1] not in NOUN_TAGS:
        return None
    return toks[start][2], toks[end][2] + toks[end][3]


AIMED_FORCE = frozenset({"ASSAULT", "SANCTION", "COERCE"})  # force fired at people ([시위대에] 최루탄을 쐈다), a
# sentence passed on them ([전 총리에게] 징역 5년을 선고했다): the object is the weapon or the penalty


def people_nouns(lex: ActIndex) -> frozenset[str]:
    """The people nouns an act may be done to, unspaced as the morphemes join them (cues people_noun, detainee_noun,
    and people53's occupation_noun: '의사들을 체포했다' is the state's doctors, MED)."""
    return frozenset(w.replace(" ", "") for w in lex.cue("people_noun") | lex.cue("detainee_noun")
                     | lex.cue("occupation_noun"))


DIRECTED_PARTICLES = frozenset({"에", "에게", "한테"})  # '시위대에 실탄을 발사', '시위대에게 물대포를 쐈다'
AIM_CONNECTIVES = frozenset({"아", "어", "여"})  # '시위대를 향해 최루탄을 쐈다': 향하/VV + 아/EC
PLURAL = PLURAL_SUFFIX


def aimed_people(toks: list, first: int, lex: ActIndex, nouns: frozenset[str]) -> tuple[int, int] | None:
    """(domestic49) The character span of the people a use of force or a penalty is aimed at before its own object
    ('경찰은 [시위대]를 향해 최루탄을 쐈다', '[시위대]에 실탄을 발사해', '법원은 [전 총리]에게 징역 5년을 선고했다'), else None.

    Why: the object of such a verb is the weapon or the penalty ('최루탄을', '징역 5년을'), so the people it hit stood in an aiming phrase
    (N를 향해, N를 겨냥해) or a dative (N에/에게) that the object reader never saw, and the act kept no recipient:
    police and demonstrators with no state word are the two sides of one state's act (`domestic_target`). Only people
    nouns (`nouns`: cues people_noun, detainee_noun) count; the walk stops at the clause's edge (a final or another
    connective ending)."""
    for k in range(first - 1, max(first - lex.file.object_window * 3, 0) - 1, -1):
        form, tag = toks[k][0], toks[k][1]
        if tag == "EF" or tag == "EC" and not aiming_connective(toks, k, lex):
            return None
        if tag == "EC":
            stem = k - 1 - (toks[k - 1][1] == "XSV")
            particle = stem - 1
            if particle < 1 or toks[particle][0] not in AIM_PARTICLES or not toks[particle][1].startswith("J"):
                return None
        elif form in DIRECTED_PARTICLES and tag.startswith("JKB"):
            particle = k
        else:
            continue
        return people_run(toks, particle - 1, nouns)
    return None


PURPOSE_VERB = "위하다"  # '해산하기 위해': the purpose's own verb, the dispersal verb stands before its 기/ETN


def dispersed_people(toks: list, first: int, stem: int, lex: ActIndex, nouns: frozenset[str]) -> tuple[int, int] | None:
    """(force58) The people a crowd-control weapon was used on, named as the object of a verb of dispersing (cue
    dispersal_verb) in the clause joined to the act: before it as its purpose ('[시위대]를 해산하려고 최루가스를 쐈다',
    '[군중]을 해산하기 위해 물대포를 쐈다') or after it as what the force did ('물대포를 동원해 [시위대]를 해산했다').

    Why: the weapon is the act's object and the people stand in the other clause, which the aiming reader
    (`aimed_people`) never crosses; police and a crowd with no state word are one state's two sides."""
    k = first - 1
    if k >= 1 and toks[k][1] == "EC" and lemma_at(toks, k - 1) == PURPOSE_VERB and toks[k - 2][1] == "ETN":
        k -= 3  # '해산하기 위해': the 기 before 위하
    elif k >= 1 and toks[k][1] == "EC":
        k -= 1
    else:
        k = stem + 1 if stem + 1 < len(toks) and toks[stem + 1][1] == "EC" else None
        return dispersal_object(toks, k + 1, lex, nouns) if k is not None else None
    return dispersal_run(toks, k, lex, nouns)


def dispersal_run(toks: list, verb: int, lex: ActIndex, nouns: frozenset[str]) -> tuple[int, int] | None:
    """The people run that is the object (을/를) of the dispersal verb whose last stem morpheme is `verb`, else None."""
    if verb < 2 or lemma_at(toks, verb) not in lex.cue("dispersal_verb"):
        return None
    particle = verb - 1 - (toks[verb][1] == "XSV")
    if toks[particle][1] != "JKO":
        return None
    return people_run(toks, particle - 1, nouns)


def dispersal_object(toks: list, start: int, lex: ActIndex, nouns: frozenset[str]) -> tuple[int, int] | None:
    """Walking on from `start` to the clause's next verb: the people it disperses ('동원해 [시위대]를 해산했다'); a
    relative clause's verb on the way describes them ('광장에 모인 시위대를')."""
    for k in range(start, len(toks) - 1):  # bounded by the clause's end, not a window: the people may be described
        if toks[k][1] in CLAUSE_END_TAGS:
            return None
        if toks[k][1] in ACT_VERB_TAGS and toks[k + 1][1] != "ETM":
            return dispersal_run(toks, k, lex, nouns)
    return None


def aiming_connective(toks: list, k: int, lex: ActIndex) -> bool:
    """Whether the connective ending at morpheme `k` closes a verb of aiming ('향해', '겨냥해')."""
    return toks[k][0] in AIM_CONNECTIVES and k >= 1 and lemma_at(toks, k - 1) in lex.cue("aimed_object_verb")


def people_run(toks: list, end: int, nouns: frozenset[str]) -> tuple[int, int] | None:
    """The span of the noun run ending at morpheme `end` (its plural and a count of people skipped: '시위대 수백
    명', '학생들') when a people noun stands in it, else None."""
    if end >= 0 and toks[end][:2] == PLURAL:
        end -= 1
    if end >= 2 and toks[end][1] == "NNB" and toks[end - 1][1] in ("SN", "NR"):
        end -= 2  # '시위대 수백 명에게'
    start = end
    while start > 0 and toks[start - 1][1] in NOUN_TAGS:
        start -= 1
    if end < 0 or toks[end][1] not in NOUN_TAGS:
        return None
    run = "".join(t[0] for t in toks[start:end + 1])
    if not run.endswith(tuple(nouns)):
        return None
    return toks[start][2], toks[end][2] + toks[end][3]
