"""(acts59, issue 14) A bare home body as the subject of an act ('The government rejected the plan', 'The foreign
ministry condemned the test', '정부는 ... 거부했다'), in a story with no dateline: the state the paragraph is about.

The language marks such a subject `home_subject` (a body every state has, naming none); with a dateline the state the
story is filed from speaks (`act_actor_defaults.unnamed_actors`). With none, the act had no actor and was lost. The
paragraph's one state (`story_states.paragraph_state`: the only state the sentences before it name) is the state the
story is about, as a bare office after that state's organ acted is (actors58, `organ_story_state`). Not that state
where the act is aimed at it or its object names it ('Chile held a vote. The government condemned Chile's tariffs' is
another's voice), nor one
whose last deed told was done to others or to no one: a bare ministry answering a launch is the launcher's rival's, a
state the story does not name ('North Korea fired a missile. The defence ministry condemned the launch')."""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.pipeline.act_recipients import SideReading
from readout.pipeline.story_states import dateline_place, paragraph_state


def home_body_paragraph_state(r: SideReading, hit: ActHit, targeted: set[str], ctx) -> list[str]:
    """The paragraph's one state for a `home_subject` act with no dateline, less the guards the docstring names; []
    when a dateline stands (its state answered already, or chose none), the paragraph names two states or none."""
    if not hit.data.get("home_subject") or dateline_place(r.article, r.sent, ctx) is not None:
        return []
    told = paragraph_state(r.article, r.sent, ctx)
    story = r.story
    acted_out = set(story.acting) - set(story.acting_toward) \
        if story.acting_index == story.index - 1 and not story.acting_spoke else set()
    objects = {code for i, role in zip(r.items, r.roles) if role == "object" for code in i.codes}
    if not told or set(told) & (targeted | acted_out | objects):
        return []
    return told
