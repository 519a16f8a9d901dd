"""(debt50) The named tests `placed_doers.unknown_doer` is made of, each asked alone on hits built by hand: an attack
with a doer unread (`doer_unread`), a verb's subject naming the doer (`subject_names_doer`), a doer's word
(`doer_word`), the struck words (`struck_words`, `naming_words`) and the per-actor naming (`named_as_doer`). The
sentences in the comments are our own; the hits stand for what the language reads from them."""
from __future__ import annotations

import pytest

from readout.lang.base import ActHit
from readout.model import Span
from readout.pipeline.act_recipients import SideItem
from readout.pipeline.placed_doers import (doer_unread, doer_word, named_as_doer, naming_words, struck_words,
                                           subject_names_doer, unknown_doer)


def attack(start: int = 20, nominal: bool = True, kind: str = "ASSAULT", **data) -> ActHit:
    """An act hit at `start` (sentence offsets) with the language's `data`."""
    return ActHit(start, start + 8, kind, None, "shelling", nominal=nominal, data=dict(data))


def item(start: int, codes: list[str], sector: str | None = None) -> SideItem:
    """A side word at `start` (article offsets) naming `codes`."""
    return SideItem(Span(start, start + 5, "GPE"), codes, sector)


@pytest.mark.parametrize("hit, actors, agents, unread", [
    (attack(), ["SDN"], [], True),  # 'the shelling of a clinic in Nyala' / '니알라의 병원 포격'
    (attack(kind="ACCUSE"), ["SDN"], [], False),  # no attack
    (attack(), ["SDN"], ["RSF"], False),  # an agent read: 'shelling by the militia'
    (attack(), [], [], False),  # no acting side to drop
    (attack(people_subject=True), ["SDN"], [], False),  # 'gunmen shelled a clinic'
    (attack(remote=True), ["SDN"], [], False),  # a strike launched from afar
])
def test_doer_unread(hit, actors, agents, unread):
    assert doer_unread(hit, actors, agents) is unread


@pytest.mark.parametrize("hit, stated, towns, text, names", [
    (attack(nominal=False), True, [], "", True),  # a subject named the actors: 'Sudanese troops shelled ...'
    (attack(nominal=True), True, [], "", False),  # a deed noun has no subject phrase
    # 'Police in Nyala fired on the crowd': the town stands in the subject phrase, no comma before the verb
    (attack(start=16, nominal=False), False, [item(100 + 10, ["SDN"])], "Police in Nyala fired on the crowd", True),
    # 'In Nyala, the shelling went on': a comma parts the town from the verb
    (attack(start=16, nominal=False), False, [item(100 + 3, ["SDN"])], "In Nyala, shelling went on all night", False),
    # a town of another state than the actors'
    (attack(start=16, nominal=False), False, [item(100 + 10, ["TCD"])], "Police in Abeche fired on the crowd", False),
])
def test_subject_names_doer(hit, stated, towns, text, names):
    assert subject_names_doer(hit, ["SDN"], towns, 100, stated, text) is names


@pytest.mark.parametrize("data, towns, named", [
    ({}, [], False),
    ({"by": (30, 40)}, [], True),  # 'shelled by the militia'
    ({"acting_sector": "MIL"}, [], True),  # 'Sudanese forces shelled'
    ({"owner_force": True}, [], True),  # '경찰의 총격'
    ({"agent_span": (0, 6)}, [], True),  # '반군의 포격': the agent is no town
    ({"agent_span": (0, 6)}, [item(100 + 2, ["SDN"])], False),  # '니알라의 병원 포격': the town the clinic is in
])
def test_doer_word(data, towns, named):
    assert doer_word(attack(**data), towns, 100) is named


def test_naming_words_make_struck_words_objects():
    """A word inside the victims' or target's words is the struck object whatever role the clause gave it; towns have
    no role ('the shelling killed two Sudanese soldiers near Nyala')."""
    hit = attack(victims=(30, 50), target_spans=[(60, 70)])
    items = [item(100 + 35, ["SDN"], "MIL"), item(100 + 62, ["SDN"]), item(100 + 5, ["SDN"])]
    towns = [item(100 + 80, ["SDN"])]
    roles = ["subject"] * len(items)
    assert [r for _i, r in naming_words(hit, items, roles, towns, 100)] == ["object", "object", "subject", ""]


@pytest.mark.parametrize("data, sectors, struck", [
    ({"victims": (30, 50)}, [None], True),  # 'killed two residents'
    ({"domestic_target": True}, [None], True),
    ({}, ["CVL"], True),  # a word with a sector: 'villagers'
    ({}, [None], False),  # '교전이 이어지고 있다': fighting that struck nothing named
])
def test_struck_words(data, sectors, struck):
    named = [(item(100, ["SDN"], s), "other") for s in sectors]
    assert struck_words(attack(**data), named) is struck


@pytest.mark.parametrize("named, doer", [
    ([], True),  # the actor came from no word of the sentence
    ([(item(100, ["SDN"]), "")], False),  # a town's name alone
    ([(item(100, ["SDN"]), "subject")], True),  # the act's subject
    ([(item(100, ["SDN"], "MIL"), "other")], True),  # a force in any role but the struck
    ([(item(100, ["SDN"], "MIL"), "object")], False),  # a force struck: 'killed two Sudanese soldiers'
    ([(item(100, ["TCD"], "MIL"), "other")], True),  # another actor's words only: this one is named by none
])
def test_named_as_doer(named, doer):
    assert named_as_doer(attack(), "SDN", named, 100) is doer


@pytest.mark.parametrize("items, roles, unknown", [
    ([item(100 + 40, ["SDN"])], ["other"], False),  # no struck words, no sector: read as before
    ([item(100 + 40, ["SDN"], "CVL")], ["object"], True),  # 'the shelling of a village in Sudan killed villagers'
    ([item(100 + 40, ["SDN"], "MIL")], ["other"], False),  # 'Sudanese forces' stand for the doer
])
def test_unknown_doer_joins_its_parts(items, roles, unknown):
    assert unknown_doer(attack(), ["SDN"], [], items=items, roles=roles, towns=[], start=100) is unknown
