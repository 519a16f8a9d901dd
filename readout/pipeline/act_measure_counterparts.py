"""(sanction59) The other side of a measure whose sentence names no one: the story's counterpart.

'A and B have quarrelled over fishing rights for months. A on Monday put the fisheries treaty in abeyance', 'A와 B의
갈등이 깊어지고 있다. A는 3일 어업 조약의 효력을 중단했다': a SANCTION whose own sentence names only its actor is, in a
story about two states, aimed at the other one (a treaty, a border, trade or envoys each have two sides, and the
sentence leaves the other to the story). The pair is the story's principal one (`act_pairs.principal_sides`: the sides
of its latest conflict act, accord or meeting with exactly two states), and the measure's actor must be one of them;
a story that told no act of two states yet ('A와 B의 갈등이 커지고 있다') gives the one other state its last sentence
naming any names.

Why no target is invented for a domestic measure: only a SANCTION reaches here (a curfew, a ban on a party or a border
sealed toward all stay COERCE and need no one), never a court's ruling (mode convict: the guilty side is its own
state's) nor a withdrawal (a party leaving its coalition), and only where the measure's sentence names no state but
its actors and the pair's, and the story's pair has the actor in it; a story about one state's politics has no pair
of states, and its measures keep no receiving side (dropped). A measure word in a sentence that told a measure ON its
actor retells that measure ('designated X's agents as sanctions targets'), and gets no counterpart.
"""
from __future__ import annotations

from readout.pipeline.act_pairs import last_named, principal_sides
from readout.sectors import STATE_EXECUTIVE_SECTORS

# The parts of a state whose attack on a military site is taken for an attack on another state's: its police are not
# (a state's police attacking its army's convoy is a clash of two of its own forces, actors71's domestic reading).
SITE_ATTACKER_SECTORS = STATE_EXECUTIVE_SECTORS - {"COP"}

COUNTERED_TYPES = frozenset({"SANCTION"})  # measures aimed at a state, which need a receiving side
# threat62: a deterrent threat naming no one ('will not tolerate any provocation', 'stands ready to defend itself',
# '어떠한 도발도 좌시하지 않겠다') warns the story's other side as a measure does, also when no act was told yet
DETERRENT_TYPES = frozenset({"THREATEN"})
SITE_ATTACK_TYPES = frozenset({"ASSAULT"})  # enattack70: an attack on a military site with no owner named
# a court's finding (its guilty side is its own state's) and a withdrawal (leaving a coalition or a party is as often
# a home quarrel as leaving a treaty; an envoy's recall has its own reader, act_recalls): never the story's other side
OWN_SIDE_MODES = frozenset({"convict", "withdraw"})


def story_counterpart(r) -> None:
    """Still no one, for a SANCTION (not a court's finding, not a measure someone refused to apply) whose sentence
    names no state besides its actors and the pair's ('A blamed B and, a day later, put the treaty in abeyance'):
    the other side of the story's principal pair when its one actor is one of the two, else the one state the last
    sentence naming any names (`r` is act_recipients.SideReading)."""
    if r.recipients and own_forces_site(r):
        r.recipients = []  # enattack70: a state's forces attacking a military site attack another state's
    if r.recipients or not countered(r.hit) or r.hit.mode in OWN_SIDE_MODES \
            or r.hit.data.get("refused_measure") or len(set(r.actors)) != 1:
        return
    told = list({id(e): e for e in [*r.article.events, *r.context]}.values())  # and this sentence's acts so far
    if any(e.type == r.hit.type and r.sent in e.evidence and r.actors[0] in {p.country for p in e.recipients}
           for e in told):
        return  # its sentence told a measure on the actor: this word retells that one
    pair = principal_sides(told, r.settings.pair_sides)
    if any(code not in r.actors and code not in pair for i in r.items for code in i.codes):
        return  # the sentence names a state of no pair: the readers before read it, and chose none
    if r.actors[0] in pair:
        r.recipients = [c for c in pair if c not in r.actors]
    elif not pair:  # no act of two states told yet: the one other state the story's last naming sentence names
        named = last_named(r)
        r.recipients = named if len(named) == 1 else []


def own_forces_site(r) -> bool:
    """(enattack70) The act is an attack on a military site no state owns in its words (`military_site`) whose only
    receiving side is the attackers' own state, and the attackers are a state's forces (`SITE_ATTACKER_SECTORS`:
    'Sudanese troops attacked a military base'): no state's forces attack their own base, so the side is the story's
    other state. An armed group's attack (rebels, gunmen) keeps its own state's forces as the side attacked."""
    if not r.hit.data.get("military_site") or not set(r.recipients) <= set(r.actors):
        return False
    people = r.hit.data.get("people_subject")
    if people is not None:
        return people in SITE_ATTACKER_SECTORS
    before = [i for i in r.items if i.span.start - r.sent.start < r.hit.start and set(i.codes) & set(r.actors)]
    return bool(before) and all(i.sector is None or i.sector in SITE_ATTACKER_SECTORS for i in before)  # '수단군이':
    # the actor's own words name a state or its forces (None: the government)


def countered(hit) -> bool:
    """Whether the act needs the story's other side when its sentence names none: a measure (`COUNTERED_TYPES`), a
    threat marked `deterrent` by the language readers (threat62), or (enattack70) an attack on a military site no state
    owns in its words ('troops attacked a military base', '군 기지를 공격했다': `military_site`) whose attacker is no
    side of that site's own state (the domestic reader gave it none: a state's forces attack another's)."""
    return hit.type in COUNTERED_TYPES or (hit.type in DETERRENT_TYPES and bool(hit.data.get("deterrent"))) \
        or (hit.type in SITE_ATTACK_TYPES and bool(hit.data.get("military_site")))
