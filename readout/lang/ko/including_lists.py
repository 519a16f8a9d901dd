"""(kowild47) A name one group names as its example: '[나이지리아를] 비롯한 서아프리카 국가들은', '[A와 B를] 포함한 이웃
나라들도'. The name carries the object particle of the postpositional verb (비롯하다, 포함하다: 'including'), yet it is
one of the group after the verb, and takes the group's part in the clause: the subject when the group is the subject.
As 'A 등 이웃 국가들은' (name_heads.listed_head), where the closer 등 leaves the name bare.

Why a module of its own: `particle_roles.particle_role` reads the particle a name carries; this finds the word whose
particle a name so marked takes instead, from the lexicon's including verbs (clause `including_verbs`) and group nouns.
"""
from __future__ import annotations

from readout.lang.ko.clauses import SentenceReader, clause_words
from readout.lang.ko.name_heads import list_head_word, titled_plural

GROUP_WORDS = 3  # '비롯한 [서아프리카] [국가들은]': the bare nouns describing the group, then the group noun
OBJECT_TAG = "JKO"
ADNOMINAL_TAG = "ETM"
VERB_SUFFIX = "하"  # the verb-forming 하 of 비롯하다, 포함하다, inside a stem kiwi read whole


def including_group(r: SentenceReader, i: int, j: int) -> int | None:
    """The group word whose particle the name at word `i` takes: the name (or the list it closes) carries the object
    particle, the next word is an including verb's adnominal form ('비롯한', '포함한'), and a group noun follows within
    `GROUP_WORDS` bare words, before the word `j` read ('서아프리카 국가들은'); None otherwise."""
    f = r.facts[i]
    k = i + 1
    if f.particle_tag != OBJECT_TAG or k >= j - 1 or not including_adnominal(r, k):
        return None
    groups = tuple(clause_words()["list_group_nouns"])
    for m in range(k + 1, min(j, k + 1 + GROUP_WORDS)):
        noun = r.words[m].noun
        if r.facts[m].lemma or not noun:
            return None
        if r.facts[m].particle is not None:
            return m if list_head_word(noun) or noun.endswith(groups) or titled_plural(noun) else None
    return None


def including_adnominal(r: SentenceReader, k: int) -> bool:
    """Word `k` is an including verb in its adnominal form, alone as a word: '비롯한', '포함한'."""
    toks = r.words[k].tokens
    stem = "".join(t[0] for t in toks if t[1] not in (ADNOMINAL_TAG, "XSV"))
    # kowild48: kiwi reads the verb as 비롯/XR + 하/XSV or, before some words ('비롯한 서방 국가들'), whole as 비롯하/VV
    stem = stem.removesuffix(VERB_SUFFIX)
    return bool(toks) and toks[-1][1] == ADNOMINAL_TAG and stem in clause_words()["including_stems"]
