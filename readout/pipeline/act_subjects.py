"""Who acts, as the act's own words name them: the subjects of its clause (coordinated ones together: 'A and B
condemned'), the owner of a noun act ('북한의 발사', 'X's launches', 'drills by A and B'), the agent after 'by', and the
countries a noun act is done to, which never own it. pipeline/act_actors asks these before any default
(act_actor_defaults); every function takes the sentence's side items or country mentions and returns country codes
or the items chosen.
"""
from __future__ import annotations

from collections.abc import Sequence

from readout.lang.base import ActHit
from readout.model import CountryMention, Span
from readout.pipeline.act_recipients import SideItem


def owner_candidates(sent: Span, hit: ActHit, countries: list[CountryMention], judge: int | None) -> list[CountryMention]:
    """The countries that may own a noun act: none before the verb that judges it ('X's president condemned the
    attack') and none inside a condition ('should X refuse, Y's sanctions')."""
    conditions = hit.data.get("conditions", ())
    return [c for c in countries if (judge is None or c.start >= sent.start + judge)
            and not any(sent.start + a <= c.start < sent.start + b for a, b in conditions)]


def untargeted(sent: Span, hit: ActHit, countries: list[CountryMention]) -> list[CountryMention]:
    """The countries outside the objects of the act ('the attack on X's embassy', 'X 대사관에 대한 공격'): a country
    the act is done to is its target, never its doer, so it cannot be the lone country left to act (victims48)."""
    spans = hit.data.get("target_spans", ())
    return [c for c in countries if not any(sent.start + lo <= c.start < sent.start + hi for lo, hi in spans)]


def targeted_codes(sent: Span, hit: ActHit, countries: list[CountryMention]) -> set[str]:
    """The states named inside the objects of the act ('the attack on X's consulate'): the story's offender told
    before is no doer of an attack on its own post (victims48)."""
    inside = {id(c) for c in untargeted(sent, hit, countries)}
    return {code for c in countries if id(c) not in inside for code in c.codes}


def named_agents(sent: Span, hit: ActHit, items: list[SideItem]) -> list[str]:
    """The states named where the language says a noun act's agent stands (`agent_span`: after "by")."""
    return span_codes(sent, hit.data.get("agent_span") or (0, 0), items)


def span_codes(sent: Span, span: tuple[int, int], items: list[SideItem]) -> list[str]:
    """The states the side items inside `span` (offsets in the sentence) name."""
    lo, hi = span
    return list(dict.fromkeys(code for i in items if sent.start + lo <= i.span.start < sent.start + hi
                              for code in i.codes))


def agent_sector(sent: Span, hit: ActHit, items: list[SideItem], code: str) -> str | None:
    """The sector of the words that named `code` as a noun act's agent ('an attack by the ELN': REB), which the
    act's own words say, before the clause subject's ('the Colombian government condemned ...': not the attacker)."""
    lo, hi = hit.data.get("agent_span") or (0, 0)
    return next((i.sector for i in items if sent.start + lo <= i.span.start < sent.start + hi
                 and code in i.codes and i.sector), None)


def subject_countries(lang, text: str, tokens, sent: Span, hit: ActHit, items: list[SideItem],
                      roles: list[str]) -> list[str]:
    """The acting side: the states of the act's subjects (`subject_items`)."""
    chosen = subject_items(lang, text, tokens, sent, hit, items, roles)
    return list(dict.fromkeys(code for i in chosen for code in i.codes))


def subject_items(lang, text: str, tokens, sent: Span, hit: ActHit, items: list[SideItem],
                  roles: list[str]) -> list[SideItem]:
    """The act's subjects: those of its own clause; else, for the sentence's main predicate, its first
    subject (the topic) with those coordinated with it, and for an embedded one the nearest before it."""
    left, right = lang.clause(text, tokens, hit.start, hit.end)
    conditions = hit.data.get("conditions", ())  # 'should X refuse, Y would ...': X is the condition's, not the act's
    conditions = (*conditions, *hit.data.get("quoted_aside", ()))  # '이어 "[B는] ...해야 한다"고 촉구했다': what was said
    kept = [(i, r) for i, r in zip(items, roles)
            if not any(sent.start + a <= i.span.start < sent.start + b for a, b in conditions)]
    items, roles = [i for i, _ in kept], [r for _, r in kept]
    in_clause = [(i, r) for i, r in zip(items, roles) if sent.start + left <= i.span.start < sent.start + right]
    subjects = [i for i, r in zip(items, roles) if r == "subject" and i.span.start < sent.start + hit.start]
    inside = [i for i, r in in_clause if r == "subject"]  # a passive's agent may follow the verb
    if inside:
        chosen = inside
    elif not subjects:
        chosen = []
    else:
        chosen = coordinated_group(lang, text, sent, subjects, first=lang.main_predicate(text, tokens, hit.start))
    return chosen


def speaker_side(sent: Span, hit: ActHit, items: list[SideItem], roles: list[str]) -> list[str]:
    """'외교부 당국자는 "일본 측에 시정을 요구했다"고 밝혔다': an act with no subject of its own and no talks
    to take it from, told by the official who speaks before it, is the speaker's side's ('we demanded')."""
    speakers = [i for i, r in zip(items, roles) if r == "source" and i.span.start < sent.start + hit.start]
    return list(speakers[-1].codes) if speakers else []


def coordinated_group(lang, text: str, sent: Span, subjects: list[SideItem], first: bool) -> list[SideItem]:
    """The first (or the last) subject with the subjects coordinated with it ('A와 B는', 'A and B')."""
    return coordinated_run(lang, text, sent, subjects if first else subjects[::-1], forward=first)


def coordinated_run(lang, text: str, sent: Span, items: Sequence, forward: bool) -> list:
    """`items[0]` with the items after it in `items` that the language coordinates with it, one by one ('A, B and
    C'), until one is not. `items` runs in text order (`forward`) or against it (each item then stands before the
    one taken last). Items are side items (with a span) or country mentions (with offsets)."""
    group = [items[0]]
    for item in items[1:]:
        a, b = (group[-1], item) if forward else (item, group[-1])
        if not lang.coordinated(text, bounds(a)[1] - sent.start, bounds(b)[0] - sent.start):
            break
        group.append(item)
    return group


def bounds(item) -> tuple[int, int]:
    span = getattr(item, "span", item)
    return span.start, span.end


def nominal_actor(lang, text: str, sent: Span, hit: ActHit, countries: list[CountryMention],
                  settings, governed: bool = False) -> list[str]:
    """'북한의 탄도미사일 발사', '북한군 파병', 'North Korea's troop dispatch', 'launches by X': the
    owner in the genitive or right before the noun, else the nearest subject or owner within reach
    (not the subject of a statement that judges the act: `governed`)."""
    pos, end = sent.start + hit.start, sent.start + hit.end
    countries = [c for c in countries if not c.recipient]  # a recipient form ('대북 제재') never acts
    # ploveren71: a state inside the act's target phrase ('announced the deportation of Afghan refugees') is what
    # the act is done to, never the agent an 'of' after the noun may name ('drills of A and B')
    after = [c for c in untargeted(sent, hit, countries) if 0 <= c.start - end <= settings.nominal_owner_reach_chars]
    if after and lang.agent_follows(text, hit.end):  # 'drills by A and B': every owner coordinated with the first
        owners = coordinated_run(lang, text, sent, after, forward=True)
        return list(dict.fromkeys(code for c in owners for code in c.codes))
    owner = [c for c in countries if 0 <= pos - c.end <= settings.nominal_owner_reach_chars and c.genitive]
    if owner:  # '북한의 러시아 파병': the owner, not the destination; '[X 외교부의] 성명은 [B의] 파병을': the nearest
        return owner[-1].codes  # genitive owns the deed noun, an earlier one the statement (konames47)
    adjacent = [c for c in countries if 0 <= pos - c.end <= settings.nominal_adjacent_chars and c.particle is None]
    if adjacent:
        return adjacent[-1].codes
    near = [c for c in countries if 0 <= pos - c.end <= settings.nominal_actor_reach_chars
            and (c.genitive or (c.subject and not governed))]
    subjects = [c for c in near if c.subject and not governed]
    if (hit.type in JOINT_NOUNS or hit.data.get("exercise")) and len(subjects) > 1:  # 'Algeria and Tunisia began
        # joint patrols': both act; plans56: 'A and B held naval drills' too (a drill of two: solo_exercises)
        return list(dict.fromkeys(code for c in subjects for code in c.codes))
    if near and hit.data.get("plural_owner"):  # 'A and B began their drills': 'their' is the coordinated group
        return coordinated_owners(lang, text, sent, countries, near[-1])
    return near[-1].codes if near else []


def coordinated_owners(lang, text: str, sent: Span, countries: list[CountryMention], last: CountryMention) -> list[str]:
    """The states coordinated with `last` before it ('the United States and South Korea'), with its own."""
    group = coordinated_run(lang, text, sent, [last, *reversed([c for c in countries if c.end <= last.start])],
                            forward=False)
    return list(dict.fromkeys(code for c in reversed(group) for code in c.codes))


JOINT_NOUNS = {"COOPERATE"}  # a noun act two subjects do together (the other mutual types are verbal)
