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


NOUN_REACH = 2  # bare nouns between the relative verb and the meeting word ('[B와 나눈] 전화 통화')


def holding_clause(r: SentenceReader, j: int, words: dict) -> tuple[int, int] | None:
    """(meet52) The relative clause that holds the meeting word `j` with a counterpart ('[A가 지난달 9일 B와 가진]
    회담에서', '[B와 나눈] 전화 통화에서 비롯됐다'): it ends in a light verb before the noun (bare nouns between) and
    names a 'with' party (와/과). That clause tells the meeting itself, its parties and its day, though the
    sentence's own act is another; read alone, the noun was a mere scene of that act. None when there is none."""
    verb = j - 1
    while verb > 0 and j - verb <= NOUN_REACH and not r.facts[verb].lemma and not r.facts[verb].particle:
        verb -= 1
    if verb < 1 or not r.facts[verb].adnominal or r.facts[verb].lemma not in words["meeting_light_verbs"] \
            or r.facts[verb].ends_clause:
        return None
    first, _last = r.clause_of(verb)
    withs = words["with_particles"]
    if not any(r.facts[k].particle in withs and r.facts[k].particle_tag == "JKB" for k in range(first, verb)):
        return None
    return first, verb
