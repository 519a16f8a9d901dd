"""(consult18) Korean roles of a delegation's leader and of a briefer toward a meeting word.

'A는 [X가 이끄는] B국 대표단을 접견했다', '... 대표단과 회담했다', '... 대표단으로부터 브리핑을 받았다': the leader of a
delegation the meeting is held with is the one met (the subject of the relative clause of leading, lexicon
`delegation_lead_verbs`, before a delegation noun, `bare_delegation_nouns`), in the role the delegation takes. English
reads 'received a delegation led by X' the same way (lang/en/reading_meetings.role).

'A는 B로부터 브리핑을 받았다': a briefing received in person (lexicon `received_meeting_nouns`) is a meeting of the one
briefed (its subject) with the briefer, named with a source particle (`source_particles`).
"""
from __future__ import annotations

from readout.kb.loader import lexicon
from readout.lang.ko.clauses import SentenceReader, clause_words

LEAD_REACH = 4  # words from the leading verb to the delegation noun ('이끄는 [한국] [정부] 대표단')


def delegation_leader(r: SentenceReader, i: int, j: int) -> int | None:
    """The word of the delegation noun whose leader is the name ending at word `i` ('X가 이끄는 ... 대표단과'),
    when word `i` is the subject of a leading verb's relative clause before that noun; else None."""
    words = clause_words()
    if r.facts[i].particle_tag != "JKS" or i + 1 >= len(r.words):
        return None
    lead = r.facts[i + 1]
    if lead.lemma not in words["delegation_lead_verbs"] or not lead.adnominal:
        return None
    nouns = tuple(lexicon("ko")["bare_delegation_nouns"])
    for k in range(i + 2, min(len(r.words), i + 2 + LEAD_REACH)):
        if r.facts[k].lemma:
            return None
        if r.words[k].noun.endswith(nouns):
            return k if k != j else None
        if r.facts[k].particle is not None:
            return None
    return None


def source_of_briefing(r: SentenceReader, i: int, j: int) -> bool:
    """Word `i` names the source ('B로부터', 'B에게서') of the briefing received at the meeting word `j`."""
    words = clause_words()
    return r.facts[i].particle in words["source_particles"] and i < j \
        and r.words[j].noun in words["received_meeting_nouns"]


TITLE_REACH = 2  # words of a title after the name ('탄자니아 [신임] 대통령에게')


def receiver_of_credentials(r: SentenceReader, i: int, j: int) -> bool:
    """(plans56) Word `i` names the one ('B 대통령에게') to whom the credentials of the meeting word `j` are presented
    ('신임장을 제정했다'): an envoy presenting credentials meets the head of state (PLOVER CONSULT), as English
    'presented his credentials to President B' reads the 'to' side as met."""
    words = clause_words()
    k = i
    while r.facts[k].particle is None and k + 1 < min(j, i + TITLE_REACH + 1):
        k += 1  # '[탄자니아] 대통령에게': the name's phrase ends at its title, which takes the particle
    return r.facts[k].particle in words["presented_to_particles"] and k < j \
        and r.words[j].noun in words["presented_meeting_nouns"]


def host_of_envoy(r: SentenceReader, i: int, j: int) -> bool:
    """(plover60b) Word `i` names the state an envoy is sent to ('B에', 'B 정부에게') by the meeting word `j` (an
    envoy noun and its sending verb, '특사를 파견했다'): the envoy visits it for the sender (PLOVER CONSULT visit, the
    visited the host), as English 'sent an envoy to B' reads the 'to' side as visited. Before or after the envoy
    noun ('B에 특사를 파견', '특사를 B에 파견'); the sender is the clause's subject."""
    words = clause_words()
    k = i
    while r.facts[k].particle is None and k + 1 < len(r.words) and k < i + TITLE_REACH:
        k += 1  # '[칠레] 정부에': the name's phrase ends at its head, which takes the particle
    return r.facts[k].particle in words["sent_to_particles"] and k != j \
        and r.words[j].noun in words["sent_envoy_nouns"]
