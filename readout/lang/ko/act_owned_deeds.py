"""(kojudge47) A deed noun whose doer stands as a genitive owner before the compound that names what it was done to:
'러시아의 [폴란드 외교관] 추방', 'B의 [A 선박] 억류', 'B의 [A 국경] 포격'.

Why: in 'X의 Y N' the owner in the genitive (a proper name's run, 'X의') is whose deed the noun N is, and the nouns
between the owner and the deed noun (Y, a name and a noun) are who or what it is done to: Russia expelled the Polish
diplomats, as English "Russia's expulsion of Polish diplomats". Read alone, the name right before the deed ('폴란드
외교관 추방') looked like the deed's own doer, and a judge's condemnation turned the deed round onto the owner. The
owner is the deed's agent (`agent_span`) and the words between it and the deed noun its object (`target_spans`),
whatever verb judges or reports the deed; named before the deed's word, the object is marked so
(`target_before`, as lang/ko/act_answers does), or a judge of the same state would be taken out of it. A genitive that ends on a people noun names the patient instead
('페루 난민의 추방', lang/ko/act_patient_genitives) and is left to that reader; a genitive of no proper name
('정부의 ...') names no state to act, nor does a town's ('하르키우의 민간인 포격': where it was done) unless it is a
capital, which stands for its government. A particle before the genitive ('칠레와의 국경 봉쇄', 'the border with
Chile') names a partner of the noun, no owner (koact49).
"""
from __future__ import annotations

from dataclasses import replace

from readout.kb.geo import capital_city, lookup_city
from readout.lang.base import ActHit
from readout.lang.ko.act_candidate import run_start
from readout.lang.ko.act_patient_genitives import patient_genitive
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS

DEED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})  # deeds done to a patient; a deployment's or a visit's
# noun before it is where it goes ('B의 [A] 파병': no one the troops are sent against)
GENITIVE = "JKG"
NAME = "NNP"


def owned_deed(toks: list, hit: ActHit, lex: ActIndex) -> ActHit:
    """`hit` with the genitive owner before its noun compound as its agent and the compound's words before the deed
    noun as its object; `hit` unchanged when it is no noun deed done to a patient (`DEED_TYPES`), already has an
    agent, or no named owner stands there."""
    if not hit.nominal or hit.type not in DEED_TYPES or "agent_span" in hit.data or "first" not in hit.data:
        return hit
    first = hit.data["first"]
    start = run_start(toks, first)
    if start < 2 or toks[start - 1][1] != GENITIVE or patient_genitive(toks, start, lex):
        return hit
    if toks[start - 2][1] not in NOUN_TAGS:
        return hit  # koact49: '[칠레와의] 국경 봉쇄': a particle before 의 makes a partner ('with Chile'), no owner
    owner = run_start(toks, start - 2)
    if not any(toks[k][1] == NAME for k in range(owner, start - 1)) or town(toks, owner, start - 2):
        return hit
    data = {**hit.data, "agent_span": (toks[owner][2], toks[start - 2][2] + toks[start - 2][3])}
    if start < first and not hit.data.get("target_spans"):
        data["target_spans"] = ((toks[start][2], toks[first - 1][2] + toks[first - 1][3]),)
        data["target_before"] = True  # named before the deed's word, it is no judge the judged deed leaves out
    return replace(hit, data=data)


def town(toks: list, first: int, last: int) -> bool:
    """The owner's run is one town of the gazetteer other than a capital ('하르키우의 민간인 포격'): where the deed was
    done, no doer; a capital stands for its state's government ('모스크바의 ... 추방') as a state's name does."""
    entry = lookup_city("".join(toks[k][0] for k in range(first, last + 1)))
    return entry is not None and capital_city(entry.country) != entry


def owned_deeds(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    return [owned_deed(toks, h, lex) for h in hits]
