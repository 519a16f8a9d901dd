"""A bare envoy noun stands for the envoy the story named (refs39): 'Russian Ambassador X ... the envoy rejected the
protest', 'told the envoy that ...'.

Why: the offices table gives 'envoy' to the generic representative office and 'ambassador' to the posted one, so a
bare 'the envoy' after a named ambassador found no holder of its own office and named no one (or, as an actor, left
the act to a default: the summoning state). News writes the bare noun for the envoy it just named, whatever his exact
title; offices.yaml `envoys` lists the offices that count. The envoy must be of the state the noun names, if any."""
from __future__ import annotations

from readout.kb.envoys import envoy_offices
from readout.model import Entity


def envoy_named_before(people, office: str | None, country: str | None, current) -> Entity | None:
    """The last person named in an envoy's office of `country` (any, if None) still in post, when `office` is an
    envoy's: the one a bare envoy noun stands for; None otherwise."""
    offices = envoy_offices()
    if office not in offices:
        return None
    for pid in reversed(list(people.entities)):
        entity = people.entities[pid]
        if people.offices.get(pid) in offices and country in (None, entity.country) and current(entity):
            return entity
    return None
