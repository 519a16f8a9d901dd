"""Korean: a noun one sends to another, received with a passive light verb (lang/ko/act_pair_nouns.given_noun). Each
row is a sentence we wrote for the test, read through the whole pipeline.

'찬사' has no verb in 하다, so '찬사를 받았다' found no act; its pair with a verb of sending ('찬사를 보냈다' SUPPORT,
cue given_verb) is the sender's act at the subject, as '지지를 받았다' is. A force sent ('공격 드론을 받았다') is arms
received, no attack; a thing with no act pair ('소포를 받았다') stays nothing."""
from __future__ import annotations

import pytest

from tests.event_sides import events


def read(text: str) -> list[tuple[str, set, set]]:
    return [(e.type, {p.country for p in e.participants if p not in e.recipients}, {r.country for r in e.recipients})
            for e in events(text)]


@pytest.mark.parametrize("text,kind,actor,target", [
    ("에콰도르는 3일 볼리비아로부터 찬사를 받았다.", "SUPPORT", "BOL", "ECU"),
    ("에콰도르 대통령은 볼리비아 정부의 찬사를 받았다.", "SUPPORT", "BOL", "ECU"),
    ("에콰도르는 볼리비아로부터 구호품을 받았다.", "AID", "BOL", "ECU"),
])
def test_received_given_noun_is_the_senders_act(text, kind, actor, target):
    found = [(a, r) for t, a, r in read(text) if t == kind]
    assert found and actor in found[0][0] and found[0][1] == {target}, read(text)


@pytest.mark.parametrize("text", [
    "에콰도르는 3일 볼리비아로부터 소포를 받았다.",
    "에콰도르는 볼리비아로부터 공격 드론을 받았다.",
])
def test_received_thing_or_force_is_no_act_at_the_subject(text):
    assert not [t for t, _a, _r in read(text) if t in ("ASSAULT", "SUPPORT", "MOBILIZE")]


def test_english_received_praise():
    found = [(a, r) for t, a, r in read("Ecuador received praise from Bolivia on Friday.") if t == "SUPPORT"]
    assert found and "BOL" in found[0][0] and found[0][1] == {"ECU"}
