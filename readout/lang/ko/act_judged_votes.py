"""A vote or election judged by a speaker ('야당은 이번 선거가 불법이라며 인정하지 않고 있다', '대통령은 의회의 표결을
무효라고 비판했다'): the Korean finder of the judged vote, as lang/en/act_judged_votes.py (charges50).

A vote is held by a state at home: where the judgement names no other state the pipeline
(`act_own_government.own_vote`) gives it to the speaker's own state when the speaker is a non-state part of it (its
opposition) or an organ owns the vote ('의회의 표결'). The mark: `judged_vote`, the span from the vote noun to the
act's word, and `vote_owned` (with that organ's sector as `domestic_sector`) when an organ's genitive owns it.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.ko.act_table import ActIndex

JUDGING = frozenset({"ACCUSE", "REJECT"})
GENITIVE = "JKG"
VOTE_REACH = 12  # morphemes before the act's word a judged vote may stand ('이번 선거가 불법이라며 인정하지')


def judged_votes(toks: list, hits: list[ActHit], lex: ActIndex) -> list[ActHit]:
    """Each verbal accusation or rejection whose clause names a vote noun (cue voted_process_noun) within
    `VOTE_REACH` morphemes before its word, marked with the span from that noun to the word (`judged_vote`) and
    whether an organ's genitive owns it (`vote_owned`; cue vote_owner_noun gives the organ's sector as NOUN=SECTOR)."""
    votes, owners = lex.cue("voted_process_noun"), dict(p.split("=") for p in lex.cue("vote_owner_noun"))
    out = []
    for h in hits:
        at = h.data.get("pred")
        if h.type not in JUDGING or h.negated and h.type != "REJECT" or h.nominal or not isinstance(at, int) \
                or "domestic_target" in h.data:
            out.append(h)
            continue
        vote = next((j for j in range(at - 1, max(-1, at - VOTE_REACH), -1)
                     if toks[j][1] == "NNG" and toks[j][0] in votes), None)
        if vote is None:
            out.append(h)
            continue
        owner = toks[vote - 2][0] if vote >= 2 and toks[vote - 1][1] == GENITIVE else None
        data = {**h.data, "judged_vote": (toks[vote][2], h.end), "vote_owned": owner in owners}
        if owner in owners:
            data["domestic_sector"] = owners[owner]
        out.append(replace(h, data=data))
    return out
