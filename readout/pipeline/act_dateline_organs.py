"""A bare state organ opening a sentence under a dateline ('(베이징=연합뉴스) 외교부 대변인은', '(리마=연합뉴스) 정부는',
'[하노이=뉴시스] 당국은'): the dateline city's state, not the one the knowledge reads a bare organ as (Seoul's).

Why: a Korean wire filed abroad names the host state's organs bare once the story is the host's (ko-acts37; koacts60
adds '정부', '당국' and organs the knowledge gives no state, '외무부'). The language marks the subject's span
(`dateline_organ`); this module decides the acting state. Not when the organ's voice goes on from a state named before
(`continued`, `body_going_on`), nor (koacts60) when the organ answers the dateline state's own deed just told and the
sentence names no other state ('(워싱턴=연합뉴스) 미국 상무부가 관세를 발표했다. 정부는 이번 조치에 유감을 표했다':
an organ does not regret its own state's measure; the home desk's government speaks).
"""
from __future__ import annotations

from readout.pipeline.act_recipients import SideReading
from readout.pipeline.act_subjects import span_codes
from readout.pipeline.story_states import dateline_state


def dateline_organ_state(r: SideReading, actors: list[str], ctx) -> list[str]:
    """The dateline's state for an act whose actors are only what a bare organ subject named (its span; a bare
    ministry's spokesperson under a Beijing dateline); [] when the actors came from elsewhere or a guard of the
    docstring holds. An organ the knowledge gives no state at all ('당국은', '외무부는') is the dateline's too, where
    nothing else gave its verb an actor (no voice went on; a noun act in the sentence is no deed of the organ's)."""
    hit = r.hit
    span = hit.data["dateline_organ"]
    named = span_codes(r.sent, span, r.items)
    if not actors and not named and not hit.nominal:
        return dateline_state(r.article, r.sent, ctx)
    if hit.data.get("continued") or hit.data.get("body_going_on"):
        return []
    if not actors or not named or not set(actors) <= set(named):
        return []
    state = dateline_state(r.article, r.sent, ctx)
    return [] if answers_own_state(r, span, state) else state


def answers_own_state(r: SideReading, span: tuple[int, int], state: list[str]) -> bool:
    """(koacts60) Whether the dateline's state is the side whose act the story told last and the sentence names no
    state outside the organ's words: the organ reacts to that deed, so it is not that state's."""
    lo, hi = r.sent.start + span[0], r.sent.start + span[1]
    others = {code for i in r.items if not lo <= i.span.start < hi for code in i.codes}
    return bool(state) and set(state) <= set(r.story.acting) and not others
