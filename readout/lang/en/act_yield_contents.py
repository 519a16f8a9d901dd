"""(enpar53) A rejected proposal, demand or call whose content is a concession is REJECT yield: 'rejected Egypt's
proposal for a truce', 'rejected Y's demand for a withdrawal', 'turned down calls for the release of X'.

Why: the manual's REJECT yield is refusing to yield, to release, to withdraw or to accept a ceasefire. The refusal's
mode came from its object word alone ('demand' read CAMEO 124, change; 'calls' CAMEO 122, assist) or from none
('proposal'), while what was asked stands after the noun's 'for' or 'of' (Korean '휴전 제안', '철수 요구' puts it
before the noun, lang/ko, read so already). Rule: after a rejecting verb, a proposal noun (cue `proposal_nouns`)
within `PROPOSAL_REACH` words (no clause break), then 'for' or 'of' and, within `CONTENT_REACH` words, a noun of
yielding (cue `yield_content_nouns`): the REJECT's mode is yield. A proposal for something else ('a proposal for
joint patrols', 'calls for aid') keeps its mode.

(enpar54) A veto (cue `content_vetoes`) has no mode of its own: what it blocks is its content. A veto whose object
names a concession within `VETO_REACH` words ('vetoed a ceasefire resolution', 'vetoed the draft calling for a
truce') is REJECT yield; a vetoed sanctions package or bill keeps none (CAMEO 129 read every veto yield).
"""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.lang.en.act_cues import Cues
from readout.lang.en.act_tokens import Token, word_in_reach

PROPOSAL_REACH = 5  # words from the rejecting verb to the proposal noun ("rejected the latest Egyptian proposal")
CONTENT_REACH = 4  # words from 'for' to the noun of yielding ("for an immediate and full withdrawal")
CONTENT_PREPS = frozenset({"for", "of"})
VETO_REACH = 6  # words from the veto to the concession it blocks ("vetoed a draft resolution demanding a truce")
YIELD = "yield"


def yield_asked(toks: list[Token], j: int, cues: Cues) -> bool:
    """Whether a proposal noun from token `j` on opens with 'for'/'of' a content that is a noun of yielding."""
    for p in range(j, min(len(toks), j + PROPOSAL_REACH)):
        if not toks[p].word or toks[p].low in cues.clause_breaks:
            return False
        if toks[p].low in cues.proposal_nouns and toks[p].raw.islower():
            k = p + 1
            if k >= len(toks) or toks[k].low not in CONTENT_PREPS:
                return False
            return word_in_reach(toks, k + 1, CONTENT_REACH, cues.yield_content_nouns, cues.clause_breaks)
    return False


def vetoed_yield(toks: list[Token], j: int, cues: Cues) -> bool:
    """Whether the object of a veto from token `j` on names a concession before a clause break."""
    for q in range(j, min(len(toks), j + VETO_REACH)):
        if not toks[q].word or toks[q].low in cues.clause_breaks:
            return False
        if toks[q].low in cues.yield_content_nouns:
            return True
    return False


def yield_contents(toks: list[Token], hits: list[ActHit], cues: Cues) -> list[ActHit]:
    """The hits with each non-nominal REJECT whose rejected proposal, or vetoed object, asks a concession given the
    mode yield."""
    def conceded(h: ActHit) -> bool:
        j = h.data["head_end"] + 1
        return yield_asked(toks, j, cues) or (h.lemma in cues.content_vetoes and vetoed_yield(toks, j, cues))

    return [h.copied(mode=YIELD) if h.type == "REJECT" and not h.nominal and h.mode != YIELD and conceded(h)
            else h for h in hits]
