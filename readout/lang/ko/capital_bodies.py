"""(kofix49) A foreign capital in the genitive before the home state's bare body word: '카불의 국방부', '리마의 외교부'.

Why: a Korean wire writes its own ministries bare ('국방부는'), so the knowledge base reads a bare body word as the home
state's (lang/ko/country_bodies.body_mentions); a state's name right before it names the body's owner instead
('러시아 국방부'). A capital stands for its state as the state's name does (kb.geo `capital_state`), so a capital with
의 (or bare) right before the body word names the body's owner the same way: the body is that state's, and the place
reader already gives the phrase that state ('카불의 국방부를 공격했다': AFG, never KOR). The home state's own capital
('서울의 국방부') and a town that is no capital ('라고스의 국방부') leave the home reading as it was.
"""
from __future__ import annotations
from readout.kb.geo import capital_state

OWNER_PARTICLES = frozenset({"의", ""})  # '카불의 국방부', '카불 국방부'


def foreign_capital_before(words: list, k: int, home: str) -> bool:
    """True when the word before the body word words[k] is a capital of a state other than `home`, with 의 or no
    particle, and carries no verb."""
    if k < 1:
        return False
    before = words[k - 1]
    if before.has_verb or (before.particle or "") not in OWNER_PARTICLES:
        return False
    state = capital_state(before.noun)
    return state is not None and state != home
