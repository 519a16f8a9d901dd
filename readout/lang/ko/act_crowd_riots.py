"""A crowd's attack on property is its riot (koriot70), as English reads it (lang/en/act_riots.property_attack).

'시위대가 정부 청사를 공격했다', '학생들이 경찰 차량을 습격했다': the manual's riot is a crowd's violence against
property, so a plain verb of attack (cue crowd_attack_verb) whose subject names people who are no armed side and no
state's executive (a `people_subject` sector outside FORCE_WIELDING_SECTORS) and whose object's head is a building
or a vehicle (cue property_site_noun) is PROTEST riot, not ASSAULT. An attack on people ('시위대가 경찰관들을
공격했다') stays ASSAULT, as does any attack by troops, police, rebels or a state ('반군이 정부 청사를 공격했다'), and an
attack on a site a proper noun in the object names the owner of ('스위스 영사관 건물을', enattack70): that state's.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate, joined, run_start
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import NOUN_TAGS, OBJECT_PARTICLES, PLURAL_SUFFIX
from readout.sectors import FORCE_WIELDING_SECTORS

PROPER_NOUN_TAG = "NNP"  # a named owner in the object's run: the site is that state's
ADVERB_TAGS = frozenset({"MAG"})  # '청사를 [무차별] 공격했다': an adverb between the object and its verb


def property_attack(toks: list, cand: Candidate, kind: str, people: str | None, lex: ActIndex) -> bool:
    """Whether the act is a plain attack verb (cue crowd_attack_verb, no pair noun, not passive) by a people subject
    outside FORCE_WIELDING_SECTORS whose object, marked 을/를 right before it, is headed by a property noun."""
    if kind != "ASSAULT" or cand.passive or cand.noun_end is not None or people is None \
            or people in FORCE_WIELDING_SECTORS or cand.entry.lemma not in lex.cue("crowd_attack_verb"):
        return False
    k = cand.first - 1
    while k >= 0 and toks[k][1] in ADVERB_TAGS:
        k -= 1
    if k < 1 or toks[k][0] not in OBJECT_PARTICLES or toks[k][1] != "JKO":
        return False
    end = k - 1
    if toks[end][:2] == PLURAL_SUFFIX:
        end -= 1  # '차량들을'
    if toks[end][1] not in NOUN_TAGS:
        return False
    start = run_start(toks, end)
    sites = lex.cue("property_site_noun")  # any ending of the noun run: '경찰/서', '정부 청사'
    if not any(joined(toks, m, end) in sites for m in range(start, end + 1)):
        return False
    return not any(t[1] == PROPER_NOUN_TAG for t in toks[start:end + 1])
