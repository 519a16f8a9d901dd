"""(kolex49) A proposal presented to a named party: '우루과이는 파라과이에 새 제안을 제시했다', '중재안을 파라과이에
건넸다', '파라과이에 협상안을 내놓았다'.

Why a reader of its own: 제시하다, 건네다 and 전달하다 read no act with a proposal noun, and 내놓다 read the proposer's
offer (AGREE) with no one receiving it, while English 'presented a proposal to Y' and 'made a proposal to Y' read
REQUEST of Y: CAMEO files 'put forward a proposal' under the appeals (02x, PLOVER REQUEST), and koact49 reads a proposal
to end a dispute the same way (act_resolved_topics). Here a proposal noun (cue presented_proposal_noun) as the object of
a verb of presenting (cue presenting_verb), with a party marked 에/에게 in the same clause that holds a proper name
('파라과이에', '파라과이 정부에'), is REQUEST of that party. A purpose that names what the proposal offers and no
dispute ('경제 협력을 위한 제안을 내놓았다') leaves the offer as it reads (koact49); a proposal presented to no one
named, or at a place ('회의에서'), reads as before; 'Y에 대한 제안' names the proposal's topic, no party.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import Candidate
from readout.lang.ko.act_resolved_topics import dispute_partner, purpose_verb, resolves_dispute
from readout.lang.ko.act_table import ActEntry, ActIndex
from readout.lang.ko.ending_reading import lemma_at
from readout.lang.ko.tags import ACT_VERB_TAGS, NOUN_TAGS

DATIVES = ("에", "에게")
TOPIC_VERBS = frozenset({"대하", "관하"})  # 'Y에 대한 제안': Y is the topic, not the party
REQUEST_READING = {"type": "REQUEST", "mode": None, "pos": "verb", "target": list(DATIVES), "generic": False,
                   "contexts": [], "forms": [], "source": []}
OBJECT_REACH = 4  # morphemes from the verb back to the proposal's particle ('제안을 파라과이에 제시')
CLAUSE_CLOSERS = frozenset({"EF", "EC", "SF", "JX"})  # a topic or another clause closes the search


def presented_proposal(toks: list, s: int, lex: ActIndex) -> Candidate | None:
    """At the stem `s`, a verb of presenting whose object is a proposal and whose clause names a party in 에/에게:
    REQUEST of that party (the party is read by the entry's 에/에게 target); None otherwise."""
    if toks[s][1] not in ACT_VERB_TAGS:
        return None
    lemma = lemma_at(toks, s)
    if lemma not in lex.cue("presenting_verb"):
        return None
    verb = s - 1 if toks[s][1] == "XSV" and s > 0 else s
    noun = proposal_object(toks, verb, lex)
    if noun is None or not named_party(toks, verb, lex):
        return None
    purpose = purpose_verb(toks, noun)
    if purpose is not None and dispute_partner(toks, purpose, lex) is None and not resolves_dispute(toks, purpose, lex):
        return None  # koact49: '경제 협력을 위한 제안': the offer as it reads
    entry = ActEntry(**{**REQUEST_READING, "lemma": lemma, "noun": toks[noun][0]})
    return Candidate(entry, noun, s, noun_end=noun)


def proposal_object(toks: list, verb: int, lex: ActIndex) -> int | None:
    """The index of the proposal noun marked 을/를 a few morphemes before the verb, or None."""
    for j in range(verb - 1, max(0, verb - 1 - OBJECT_REACH), -1):
        if toks[j][1] in CLAUSE_CLOSERS:
            return None
        if toks[j][1] == "JKO":
            return j - 1 if toks[j - 1][0] in lex.cue("presented_proposal_noun") else None
    return None


def named_party(toks: list, verb: int, lex: ActIndex) -> bool:
    """Whether the verb's clause (back to its topic) holds a noun run with a proper name marked 에/에게 that is no
    topic of an 'Y에 대한' phrase."""
    for j in range(verb - 1, 0, -1):
        if toks[j][1] in CLAUSE_CLOSERS:
            return False
        if toks[j][0] in DATIVES and toks[j][1] == "JKB" and toks[j - 1][1] in NOUN_TAGS \
                and not (j + 1 < len(toks) and toks[j + 1][0] in TOPIC_VERBS):
            k = j - 1
            while k >= 0 and toks[k][1] in NOUN_TAGS:
                if toks[k][1] == "NNP":
                    return True
                k -= 1
    return False
