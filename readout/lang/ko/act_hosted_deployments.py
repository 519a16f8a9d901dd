"""(acts56b, issue 15) Forces or weapons to be stationed in another state, said: '러시아는 벨라루스에 미사일을
배치하겠다고 밝혔다'.

Why: the finder reads a quoted future of force as the threat made when said (THREATEN), which is right for a move
against a side, but a state the forces are stationed in lets them in: it is a host, not a side aimed at, as English
reads since enacts56 (lang/en/act_plover_reading.hosted_deployment). Rule: a MOBILIZE whose verb is one of stationing
(cue `stationing_verb`: 배치하다, 주둔시키다, 배치시키다) and whose clause marks with 에 a noun that names a state no
subject or topic of the clause names (the speaker's own land is no host) stays MOBILIZE, planned. A deployment to a
border, a region or the speaker's own state ('러시아는 러시아 서부에 …') is read as before.
"""
from __future__ import annotations

from readout.lang.ko.act_candidate import COMPLEMENT_REACH, Candidate
from readout.lang.ko.act_table import ActIndex
from readout.lang.ko.tags import LOCATIVE_PARTICLE, SUBJECT_TAGS, TOPIC_PARTICLES


def hosted_deployment(toks: list, cand: Candidate, lex: ActIndex) -> bool:
    """Whether the MOBILIZE candidate stations forces in a state its clause names with 에 that is no subject's."""
    from readout.lang.ko.act_exiles import is_state_word  # country readers import the act readers

    if cand.entry.type != "MOBILIZE" or cand.entry.lemma not in lex.cue("stationing_verb"):
        return False
    hosts, subjects = set(), set()
    for j in range(max(1, cand.first - COMPLEMENT_REACH), cand.stem):
        word, tag = toks[j - 1][0], toks[j][1]
        if tag in SUBJECT_TAGS and (tag == "JKS" or toks[j][0] in TOPIC_PARTICLES) and is_state_word(word):
            subjects.add(word)
        elif toks[j][:2] == LOCATIVE_PARTICLE and is_state_word(word):
            hosts.add(word)
    return bool(hosts - subjects)
