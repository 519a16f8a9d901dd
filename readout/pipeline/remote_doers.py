"""(enactor48) Who did a deed done from afar (a cyber intrusion the language marks `remote`) told by its noun: only a
state its own words name as doer (the agent after 'by', the noun's owner, a subject naming the doers). Never the
state left over in the sentence ('A cyberattack hit banks in X': X is where the banks are), and never the topic whose
own things the target names (`target_owned_back`: 'X said a cyberattack on its banks ...': X's banks were hit).
pipeline/act_actors.acting_side asks these in its noun branch."""
from __future__ import annotations

from readout.lang.base import ActHit
from readout.pipeline.act_recipients import SideReading
from readout.pipeline.act_subjects import coordinated_group

REMOTE = "remote"
OWNED_BACK = "target_owned_back"


def leftover_allowed(hit: ActHit) -> bool:
    """Whether the lone state left in the sentence may do the noun act: not for a remote deed."""
    return not hit.data.get(REMOTE)


def owners_dropped(r: SideReading, actors: list[str]) -> list[str]:
    """`actors` less the sentence's topic where the target is the topic's own (`target_owned_back`)."""
    if not r.hit.data.get(OWNED_BACK):
        return actors
    topic = topic_codes(r)
    return [a for a in actors if a not in topic]


def topic_codes(r: SideReading) -> list[str]:
    """The first state the sentence names before the act word, with those coordinated with it ('X said Y's hackers
    hit its banks': X); none when it names none there."""
    at = r.sent.start + r.hit.start
    before = [i for i in r.items if i.span.start < at]
    if not before:
        return []
    group = coordinated_group(r.lang, r.text, r.sent, before, first=True)
    return list(dict.fromkeys(c for i in group for c in i.codes))


def owned_back_target(r: SideReading) -> None:
    """Still no one, and a deed from afar hit what the sentence's topic owns (`target_owned_back`: 'X said Y's hackers
    hit its banks'): the topic receives it, less the actors (a recipient reader, act_recipient_readers)."""
    if r.recipients or not r.hit.data.get(OWNED_BACK):
        return
    r.recipients = [c for c in topic_codes(r) if c not in r.actors]
