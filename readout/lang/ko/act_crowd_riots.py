"""(enattack70) A crowd attacking property riots, as English reads it (lang/en/act_riots.property_attack): '시위대가
대통령궁을 공격했다', '시위대가 경찰서를 습격했다', '시위대가 정부 청사를 공격했다' are the people's PROTEST riot (the manual's
riot: a crowd's violence against property), not ASSAULT. The subject is people that are no armed side (the act's
`people_subject` outside `FORCE_WIELDING_SECTORS`), the verb one of attacking (cue `crowd_attack_verb`), and its object
a site (cue `riot_site_noun`) that no state named owns: a proper noun in the object ('프랑스 대사관을') names its owner,
and an attack on people ('경찰관들을') stays ASSAULT. The crowd's own state owns the rest; the own-government reader
gives it the riot. Why a module of its own: it reads the object's head and owner of one verb, apart from the hit."""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate, joined, run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS, PLURAL_SUFFIX
from readout.sectors import FORCE_WIELDING_SECTORS

OBJECT_PARTICLE_TAG = "JKO"
PROPER_NOUN_TAG = "NNP"


def crowd_property_attack(toks: list, cand: Candidate, people: str | None, lex: ActIndex) -> bool:
    """Whether the attack `cand` with the people subject of sector `people` is done to an unowned site."""
    if people is None or people in FORCE_WIELDING_SECTORS or cand.noun_end is not None \
            or cand.entry.lemma not in lex.cue("crowd_attack_verb"):
        return False
    k = cand.first - 1
    if k < 1 or toks[k][1] != OBJECT_PARTICLE_TAG:
        return False
    end = k - 1
    if toks[end][:2] == PLURAL_SUFFIX:
        end -= 1
    if end < 0 or toks[end][1] not in NOUN_TAGS:
        return False
    start = run_start(toks, end)
    sites = lex.cue("riot_site_noun")
    if not any(joined(toks, s, end) in sites for s in range(start, end + 1)):
        return False
    return not any(t[1] == PROPER_NOUN_TAG for t in toks[start:end + 1])
