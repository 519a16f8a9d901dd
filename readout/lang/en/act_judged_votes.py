"""A vote or election judged by a speaker ('the president called the parliament's vote a sham', 'the opposition says
the election was illegitimate', 'rejected the election results'): the English finder of the judged vote (charges50).

Why: a judgement whose phrase names a vote and no state had its receiving side filled from states told elsewhere (a
foreign sanctioner of the paragraph). A vote is held by a state at home; where no other state is named in the phrase
the pipeline (`act_recipients.own_vote`) gives it to the speaker's own state when the speaker is a part of it (its
opposition) or the vote is owned by one of its organs ('the parliament's vote'). The mark: `judged_vote`, the span
of the phrase from the act's word to the vote noun, and `vote_owned` when an organ's possessive owns it.
"""
from __future__ import annotations

from dataclasses import replace

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_people_phrases import sector_of

JUDGING = frozenset({"ACCUSE", "REJECT"})
POSSESSIVE = "'s"
VOTE_REACH = 8  # words after the act's word a judged vote may stand ('says the parliamentary election last week was')


def judged_votes(toks: list, hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """Each accusation or rejection whose phrase names a vote noun (cue voted_processes) within `VOTE_REACH` words
    after its word, marked with that phrase's span (`judged_vote`) and whether an organ's possessive owns the vote
    (`vote_owned`: 'the parliament's vote', with that organ's sector as `domestic_sector`). Not a negated act, nor one already aimed at a people or institution."""
    out = []
    for h in hits:
        if h.type not in JUDGING or h.negated or h.nominal or "domestic_target" in h.data:
            out.append(h)
            continue
        first = next((n for n, t in enumerate(toks) if t.start >= h.start), len(toks))
        vote = next((j for j in range(first, min(len(toks), first + VOTE_REACH + 1))
                     if toks[j].low in cues.voted_processes), None)
        if vote is None:
            out.append(h)
            continue
        owned = vote > 0 and toks[vote - 1].low.endswith(POSSESSIVE) \
            and toks[vote - 1].low[:-len(POSSESSIVE)] in cues.domestic_actors
        data = {**h.data, "judged_vote": (toks[first].start, toks[vote].end), "vote_owned": owned}
        if owned:  # the organ that held the vote receives it, a part of the state apart from its judge
            data["domestic_sector"] = sector_of(toks[vote - 1].low[:-len(POSSESSIVE)])
        out.append(replace(h, data=data))
    return out
