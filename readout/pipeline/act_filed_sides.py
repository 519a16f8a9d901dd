"""(koattack51, issue 13) A dateline's city places a story of armed people that names no state: '(카이로=연합뉴스)
반군이 정부군을 공격했다' is Egypt's rebels attacking Egypt's forces, and '반군이 정부를 공격했다' under it Egypt's government,
not Seoul's.

Why: an armed group with no state of its own took the dateline's state as the acting side already (act_actors), but
its target, read as that side's own forces ('정부군을', '경찰을'), made a state attacking itself that no word of the
clause names, which `unowned_self_attack` drops (force9: 'after militants attacked an army base' names no one); and
a bare home-government word ('정부', the writer's state in a Seoul paper, `Language.bare_home_word`) put the writer's
state on the receiving side of another state's domestic fight. A dateline abroad that is no home desk
(`Language.home_desk`: '(서울=연합뉴스)' files the world's news) names where the story happens, as a place in the
clause would ('반군이 카이로에서 정부군을 공격했다' was read so already).

Rule: for an ASSAULT of people of an armed group (`people_subject` in `ARMED_GROUP_SECTORS`) whose acting side is
exactly the dateline's state and which no side item of the sentence names (the dateline gave it), the dateline counts
as the clause's naming of that state (`filed_state`), and a receiving side made only of bare home words is the
dateline state's own government (`filed_home_target`). A state the sentence names keeps its reading; a home desk's
dateline places nothing. Language-neutral: the language answers what a dateline and a bare home word are.
"""
from __future__ import annotations

from readout.model import Article, Span
from readout.pipeline.places import story_state_counts
from readout.pipeline.story_states import dateline_place
from readout.sectors import ARMED_GROUP_SECTORS, STATELESS_ARMED_SECTORS

ASSAULT = "ASSAULT"


def filed_state(article: Article, sent: Span, ctx, hit, actors: list[str], items: list) -> list[str]:
    """The dateline's state when it alone gave the acting side of an armed group's attack (module docstring), else []."""
    if hit.type != ASSAULT or hit.data.get("people_subject") not in ARMED_GROUP_SECTORS or len(actors) != 1:
        return []
    place = dateline_place(article, sent, ctx)
    if place is None or place.country != actors[0] or ctx.language(sent.label).home_desk(place):
        return []
    return [] if any(actors[0] in i.codes for i in items) else list(actors)


def filed_home_target(article: Article, sent: Span, ctx, filed: list[str], recipients: list[str],
                      items: list) -> list[str] | None:
    """The receiving side when the dateline placed the attack (`filed`) and every item naming the receiving state is a
    bare home-government word ('정부를'): the dateline state's own; None: the recipients stand."""
    if not filed or len(recipients) != 1 or recipients == filed:
        return None
    lang = ctx.language(sent.label)
    naming = [i for i in items if recipients[0] in i.codes]
    if not naming or any(lang.bare_home_word(article.text[i.span.start:i.span.end]) != recipients[0] for i in naming):
        return None
    return list(filed)


def story_group_state(article: Article, ctx, hit, actors: list[str]) -> bool:
    """(groups53b, issue 14) An armed group's name as the subject of an attack ('The Sahel Freedom Front attacked an
    army convoy', '사헬자유전선은 군 호송대를 공격했다': the language's `named_group`) whose sentence names no state, in
    a story that names one state far more than any other (`story_group_state_share` of `places.story_state_counts`):
    the group took that state as its side, and its target, that state's forces, is no state attacking itself
    (act_actors.unowned_self_attack's force9 guard is for a bare 'militants' of a story of many states). A people
    noun ('rebels') is not marked so and keeps the guard. (actors54) Nor does it need the mark: armed people of no
    state ('Rebels attacked an army convoy', '반군이 마을을 공격했다': the language's `people_subject` in
    STATELESS_ARMED_SECTORS) in such a story are that state's as a named group is; a story of many states keeps the
    guard, as the share asks."""
    if hit.type != ASSAULT or len(actors) != 1 or not (
            hit.data.get("named_group") or hit.data.get("people_subject") in STATELESS_ARMED_SECTORS):
        return False
    counts = story_state_counts(article, ctx)
    total = sum(counts.values())
    return bool(total) and counts.most_common(1)[0][0] == actors[0] \
        and counts[actors[0]] >= ctx.settings.story_group_state_share * total
