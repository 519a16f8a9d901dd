"""A crowd's attack on property is its riot (koriot70), as English reads it (lang/en/act_riots.property_attack).

'시위대가 정부 청사를 공격했다', '학생들이 경찰 차량을 습격했다': the manual's riot is a crowd's violence against
property, so a plain verb of attack (cue crowd_attack_verb) whose subject names people who are no armed side and no
state's executive (a `people_subject` sector outside FORCE_WIELDING_SECTORS) and whose object's head is a building
or a vehicle (cue property_site_noun) is PROTEST riot, not ASSAULT. An attack on people ('시위대가 경찰관들을
공격했다') stays ASSAULT, as does any attack by troops, police, rebels or a state ('반군이 정부 청사를 공격했다'), and an
attack on a site a proper noun in the object names the owner of ('스위스 영사관 건물을', enattack70): that state's.

(kocrowd46) The subject must name a crowd (cue crowd_noun: '시위대', '시위자들', '군중', '폭도들', '학생들', '주민들'), as
English asks `crowd_nouns` (act_riots.crowd_subject): other people attacking property ('상인들이 대통령궁을 공격했다',
'농민들이') is force, ASSAULT, as 'Zambian traders attacked the presidential palace' is.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate, joined, run_start
from readout.lang.ko.act_deed_agents import deed_agent
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import (NOUN_TAGS, OBJECT_PARTICLES, PEOPLE_COUNTER, PLURAL_SUFFIX, SENTENCE_END_TAGS,
                                  SUBJECT_PARTICLES, SUBJECT_TAGS)
from readout.sectors import FORCE_WIELDING_SECTORS

PROPER_NOUN_TAG = "NNP"  # a named owner in the object's run: the site is that state's
ADVERB_TAGS = frozenset({"MAG"})  # '청사를 [무차별] 공격했다': an adverb between the object and its verb
COUNT_TAGS = frozenset({"SN", "NR", "MM"})  # '시위대 [수백] 명이': the count between the crowd's noun and its counter


def property_attack(toks: list, cand: Candidate, kind: str, people: str | None, lex: ActIndex) -> bool:
    """Whether the act is a plain attack verb (cue crowd_attack_verb, no pair noun, not passive) by a people subject
    outside FORCE_WIELDING_SECTORS whose object, marked 을/를 right before it, is headed by a property noun."""
    if kind != "ASSAULT" or cand.passive or cand.noun_end is not None or people is None \
            or people in FORCE_WIELDING_SECTORS or cand.entry.lemma not in lex.cue("crowd_attack_verb") \
            or not crowd_subject(toks, cand.first, lex):
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


def crowd_subject(toks: list, first: int, lex: ActIndex) -> bool:
    """(kocrowd46) The nearest subject before morpheme `first` in its sentence ('시위대가', '성난 군중은', '폭도들이',
    '시위대 수백 명이') has a crowd's noun (cue crowd_noun) as an ending of its noun run: the people who riot."""
    for j in range(first - 1, 0, -1):
        if toks[j][1] in SENTENCE_END_TAGS:
            return False
        if toks[j][1] not in SUBJECT_TAGS or toks[j][0] not in SUBJECT_PARTICLES:
            continue
        end = j - 1
        if toks[end][:2] == PEOPLE_COUNTER:  # '시위대 수백 명이': the noun before the count
            end -= 1
            while end > 0 and toks[end][1] in COUNT_TAGS:
                end -= 1
        if toks[end][:2] == PLURAL_SUFFIX:
            end -= 1
        if toks[end][1] not in NOUN_TAGS:
            return False
        crowds = lex.cue("crowd_noun")  # kodeed47: or an agent noun of a riot's deed, '약탈자들이', '방화/범들이'
        return any(joined(toks, m, end) in crowds or deed_agent(joined(toks, m, end), lex)
                   for m in range(run_start(toks, end), end + 1))
    return False
