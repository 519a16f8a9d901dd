"""A Korean meeting word held by its sides together (k49): '회의를 공동 주재했다', '[A와 B가 공동 주재한] 회의에서'.

Why a module of its own: lang/ko/meeting_moments.trigger_kind asks it. A meeting two
sides co-chair is their meeting (PLOVER CONSULT of the chairs), as '회의가 열렸다' is; read alone, the joint-manner
word between the meeting noun and its light verb, or before the relative clause's verb, left the noun a mere scene.
"""
from __future__ import annotations

from readout.lang.ko.clauses import SentenceReader


def jointly_held(r: SentenceReader, j: int, words: dict) -> bool:
    """(k49) The meeting word `j` is held by sides together: its object particle, then a joint-manner word and a light
    verb ('회의를 공동 주재했다'), or the adnominal light verb of a relative clause right before it, after that manner
    word ('[A와 B가 공동 주재한] 회의에서 양국은 ...'). The chairs are its parties, as with '회의가 열렸다'."""
    manner, light = words["joint_manner_words"], words["meeting_light_verbs"]
    k = j + 1
    if r.facts[j].particle_tag == "JKO" and k + 1 < len(r.words) and r.words[k].noun in manner \
            and not r.facts[k].lemma and r.facts[k + 1].lemma in light:
        return True
    return j >= 2 and r.facts[j - 1].adnominal and r.facts[j - 1].lemma in light \
        and r.words[j - 2].noun in manner and not r.facts[j - 2].lemma
