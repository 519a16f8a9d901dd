"""The classes of kiwi morphemes (Sejong tags and the adnominal endings as kiwipiepy writes them) that the Korean
readers share.

Why a module of its own: each reader had written its own copy of the same few sets (the nouns of a compound, the
stem of an act verb, the prospective and past adnominals), and copies drift: one reader's past adnominal took the
compatibility jamo 'ㄴ' and another's did not. A reader whose set is its own (the particles that bound its phrase)
keeps it beside its rule; a class two readers ask for lives here.
"""
from __future__ import annotations

from readout.kb.loader import lexicon

NOUN_TAGS = frozenset({"NNG", "NNP", "SL", "SN", "XSN", "XPN", "NR"})  # a noun run: nouns, foreign words, numbers, affixes
PLAIN_NOUN_TAGS = frozenset({"NNG", "NNP"})  # the nouns of a compound ('자진 사퇴 요구', '카를로스 대통령')
ACT_VERB_TAGS = frozenset({"VV", "XSV"})  # a verb's stem, or the 하 of a verbal noun ('추방하', '모이')
FUTURE_ETM = frozenset({"ᆯ", "을", "ㄹ"})  # the prospective adnominal ('[방문할] 대표단', '[할] 수 있다')
PAST_ETM = frozenset({"ᆫ", "은", "ㄴ"})  # a past adnominal: a deed told as done before its noun
PEOPLE_COUNTER = ("명", "NNB")  # the counter of people (word, tag): '수천 명이' names people
PLURAL_SUFFIX = ("들", "XSN")  # the plural suffix (form, tag) a noun run may end in: '전투기들이', '시위대원들을'
GENITIVE_PARTICLE = ("의", "JKG")  # the possessive particle (form, tag): 'B의 제안', 'B와의 연대'
LOCATIVE_PARTICLE = ("에", "JKB")  # 에 (form, tag): a place, a time or what one acts on ('결의안에', '... 에 대한')
OPENING_MARK_TAGS = frozenset({"SSO", "SS"})  # an opening bracket or a quotation mark (kiwi gives '"' no side)
PRESENT_ETM = frozenset({"는"})  # the present adnominal: a stance its noun holds ("[B를 비판하는] A 대사")
SUBJECT_TAGS = frozenset({"JKS", "JX"})  # a subject or topic particle's tag: '정부가', '정부는' (and 'B도', 'B만')
SENTENCE_END_TAGS = frozenset({"EF", "SF"})  # a final ending or the full stop: the sentence ends ('규탄했다.')
CLAUSE_END_TAGS = frozenset({"EC", "EF"})  # a verb ending that closes its clause: connective or final ('촉구하며', '했다')
CLAUSE_BREAK_TAGS = CLAUSE_END_TAGS | SENTENCE_END_TAGS  # where an earlier clause stops, the full stop too
CLAUSE_EDGE_TAGS = CLAUSE_BREAK_TAGS | {"ETM"}  # and a relative clause's adnominal ending ('[B를 공격한] A군')

# The particles and connective endings the readers bound a clause by, as kiwi writes their forms. A reader asks for
# its set here, or builds its own from these (`SUBJECT_PARTICLES | {"도"}`): tests/lang/ko/test_particle_tables.py
# fails on a module that spells one again or a part of one. The particles are vocabulary: their one source is the
# clause section of data/lexicon/ko.yaml, read once here.
_CLAUSE_LEXICON = lexicon("ko")["clause"]
TOPIC_PARTICLES = frozenset(_CLAUSE_LEXICON["topic_particles"])  # the topic (JX): '정부는', '대통령은'
NOMINATIVE_PARTICLES = frozenset(_CLAUSE_LEXICON["nominative_particles"])  # the subject (JKS), no topic: '정부가 ...했다고'
SUBJECT_PARTICLES = TOPIC_PARTICLES | NOMINATIVE_PARTICLES  # the subject or topic of a clause
OBJECT_PARTICLES = frozenset(_CLAUSE_LEXICON["object_particles"])  # the object (JKO): '협정을', '제재를'
INSTRUMENTAL_PARTICLES = frozenset(_CLAUSE_LEXICON["instrumental_particles"])
# (으)로 (JKB): a means, cause, capacity or destination, each reader naming its sense ('무력으로', '항구로', '증인으로')
COORDINATING_PARTICLES = frozenset(_CLAUSE_LEXICON["coordinating_particles"])
# 과/와, written Korean's 'and' and 'with' (JC or JKB): 'A와 B', 'B와 회담했다'; the spoken 하고, (이)랑 are not in it
CONTINUING_ENDINGS = frozenset({"며", "으며", "면서", "으면서"})  # a clause going on into the next: '요구하며', '밝히면서'
JOINING_ENDINGS = CONTINUING_ENDINGS | {"고"}  # endings joining two clauses of one subject ('규탄하고 촉구했다')
OWN_CLAUSE_ENDINGS = JOINING_ENDINGS | {"자", "아", "어", "아서", "어서", "는데", "지만", "면", "으면"}
# a verb closing a clause of its own ('[B가 관세를 올린] 가운데', '[A가 B를 찾아]')
