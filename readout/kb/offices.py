"""Offices across states: which office a title read with a country stands for, and which offices are
one office in different states.

Why: a U.S. Secretary of State is a foreign minister, a German Chancellor a head of government, and
North Korea's "leader" is the Chairman of the State Affairs Commission. Titles are shared by many
states, so the mention finders read a title and a country, and this module turns the pair into the
office the knowledge base and the resolver use ("British Secretary of State" -> foreign_minister;
"U.S. defense minister" -> secretary_of_defense), and says when two offices are the same
(`same_office`), so matching a tenure or merging two reports can treat them as one.
"""
from __future__ import annotations


from readout import budget
from readout.kb.loader import IGO_CODES, kb


@budget.table()
def _by_class_and_country() -> dict[tuple[str, str], str]:
    """(equivalence class, country) -> the state's own office: (foreign_minister, USA) -> secretary_of_state. A class
    a state has several offices of (the deputies of its organs: kb/deputy_heads.py) says none of them."""
    out: dict[tuple[str, str], str] = {}
    several: set[tuple[str, str]] = set()
    for o in kb().offices.values():
        if o.country and o.equivalent:
            if (o.equivalent, o.country) in out:
                several.add((o.equivalent, o.country))
            out.setdefault((o.equivalent, o.country), o.id)
    return {k: v for k, v in out.items() if k not in several}


def equivalence(office: str | None) -> str | None:
    """The office id standing for `office`'s class across states (itself when it has none)."""
    entry = kb().offices.get(office) if office else None
    return entry.equivalence if entry else office


def same_office(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and equivalence(a) == equivalence(b)


def office_for(office: str | None, country: str | None) -> str | None:
    """The office a title means when the sentence names the state: a state-bound title read with
    another state falls back to its class; a class read with a state that has its own office (or its
    own leader, from countries.yaml `leader_office`) becomes that office."""
    base = kb()
    entry = base.offices.get(office) if office else None
    if entry is None or not country or entry.country == country:
        return office  # a state's own office read with its state stays itself ('국가정보원 1차장': the NIS's deputy)
    if entry.country and entry.country != country:
        office = entry.equivalence
    specific = _by_class_and_country().get((equivalence(office), country))
    if specific:
        return specific
    if equivalence(office) == "leader":
        return base.countries.leader_office.get(country, office)
    return office


def body_sector(sector: str | None, country: str | None) -> str | None:
    """The sector of an office held for `country`: an executive office (GOV: an envoy, a representative, a
    spokesperson) held for an international body (UNO, EUR, IGO) is the body's own, IGO, as PLOVER codes the
    officials of intergovernmental bodies ('the U.N. envoy for Sudan', 'EU special representative X', 'NATO
    spokesperson X'); a state's own diplomat at the body keeps the state (the title readers give it the state)."""
    return "IGO" if sector == "GOV" and country in IGO_CODES else sector


@budget.table()
def _by_name() -> dict[str, str]:
    """An office's display name (what `Entity.office` holds: 'Chancellor') -> its id."""
    return {o.name: o.id for o in kb().offices.values()}


def offices_of(entity, hint: str | None, day) -> frozenset[str]:
    """The offices a named person holds in the story: the title its mention read, those the knowledge base
    gives for the day, else the office the resolved entity names (a leader of the world list)."""
    held = set(kb().offices_held(entity.id, day)) | ({hint} if hint else set())
    if not held and entity.office in _by_name():
        held.add(_by_name()[entity.office])
    return frozenset(held)


def holds_kind(offices: frozenset[str], kind: str) -> bool:
    """Whether one of `offices` is of the kind a group word names: 'leader' a head of state or government
    (offices.yaml `heads`), 'minister' a minister of a portfolio (not a vice or deputy one, nor a head called
    prime minister), else that office or a state's own office of its class ('foreign_minister': a Secretary of
    State). Why: 'the two leaders' after an aide was named between two leaders stands for the leaders."""
    # cold start: the Korean language's start loads no heads table until a group word asks
    from readout.kb.heads import head_offices

    heads = head_offices()
    classes = {equivalence(o) for o in offices}
    if kind == "leader":
        return bool(classes & (heads | {"leader"}))
    if kind == "minister":
        return any(c == "minister" or (c.endswith("_minister") and c not in heads
                                       and not c.startswith(("vice_", "deputy_"))) for c in classes)
    return any(same_office(o, kind) for o in offices)
