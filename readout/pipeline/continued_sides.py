"""Whose act a subject that goes on ('it', a dropped subject, 'The spokesman also ...', '이어 ...') is: the acting side
of the sentence just before. Its own module so that both the fallback chain (act_actor_defaults) and the bare body's
resolver (bare_body_state, the 'voice going on' rule) ask it without importing each other.
"""
from __future__ import annotations

from readout.lang.base import ActHit


def continued_side(hit: ActHit, story, reach: int = 1) -> list[str]:
    """'China criticized Japan. It also urged Tokyo to ...', '... 비판했다. 이어 일본에 ... 요구했다': an act whose subject the
    language found to be 'it' or dropped is done by the acting side of the sentence just before (or of this one); one
    whose subject is a bare office ('The spokesman also demanded', '대변인은') only when that act was a statement.
    `reach`: how many sentences back a statement may be for a voice ('He', 'The spokesman', 'The ministry'), with
    no act of anyone between ('X accused Y. The minister said the plot had failed. He called on Y to ...': the voice
    is still X's); 'it' or a dropped subject goes on only into the next sentence ('... Heavy rain hit the capital.
    It also urged ...' is no one's)."""
    how = hit.data.get("continued")
    if hit.data.get("answering"):
        return []  # 'Responding to X's statement, the ministry ...': the voice just heard is the side it answers
    back = reach if how == "office" or how == "voice" and story.acting_spoke else 1  # ko27: '이어 "..."고 요구했다'
    if not how or story.acting_index < story.index - back or how == "office" and not story.acting_spoke:
        return []  # 'North Korea fired a missile. The spokesman condemned ...': a voice is not the one who fired
    return list(story.acting)
