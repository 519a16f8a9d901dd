"""(congrats50) A congratulation or a concession that names no state goes to the state whose election the story tells:
'outgoing President X also congratulated the winner', 'B had already conceded defeat', 'The bloc congratulated the
president-elect', '당선인에게 축하를 전했다', '패배를 인정했다'.

Why: the winner is a person the story names by title or by a name the knowledge base does not hold, so no reader
finds a state for the receiving side and the act was kept with none (or, for a side the story told before, with a
state that had only congratulated too). PLOVER codes the congratulation and the concession at the winner's state,
which is the state of the election the lead tells ('Zambia's Mwale wins presidency', 'X국 대선서 야권 후보 당선'); the
outgoing leader of that state congratulating his successor, and the loser conceding, are that state's own: X -> X.
The language marks the act words (`to_winner`, its cue `winner_lemmas`); this module owns no word.
"""
from __future__ import annotations

import dataclasses

from readout.model import Article, Span
from readout.pipeline.story_states import lead_state

WINNER_SECTOR = "PTY"  # the winner of a state's own election, before taking office: a party's candidate, so that the
# loser or the outgoing leader (GOV) and the winner stay two parties of one state (`act_side_entities.sided`)


def winner_state(article: Article, sent: Span, ctx, hit, actors: list[str], recipients: list[str],
                 domestic: set[str]) -> tuple[object, list[str], set[str]]:
    """The hit, the receiving side and the domestic states of an act marked `to_winner` that found no receiving side:
    the one state the lead names (a domestic act, its winner a party's, when the actor is of it); otherwise all as
    they were."""
    if recipients or not hit.data.get("to_winner"):
        return hit, recipients, domestic
    won = lead_state(article, sent, ctx)
    if not won:
        return hit, recipients, domestic
    if not set(won) & set(actors):
        return hit, won, domestic
    if not hit.data.get("domestic_sector"):
        hit = dataclasses.replace(hit, data={**hit.data, "domestic_sector": WINNER_SECTOR})
    return hit, won, set(domestic) | set(won)


def conceder_state(article: Article, sent: Span, ctx, hit) -> list[str]:
    """The acting side of an election conceded by someone no state word names ('Ba had already conceded defeat', '아무개
    전 총리는 ... 승리를 인정했다'): the loser is a candidate of the election the lead tells, so of its state. A
    congratulation is not read so: it comes from abroad as often as from home."""
    return lead_state(article, sent, ctx) if hit.type == "CONCEDE" and hit.data.get("to_winner") else []
