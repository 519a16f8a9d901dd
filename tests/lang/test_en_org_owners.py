"""A national body's name that several states' bodies bear takes the state the sentence puts before it
(lang/en/org_owners.py): "South Korea's main opposition Democratic Party" is a Korean party, not the U.S. one the
knowledge base lists under that name; a body named with no owner, or with its own state, keeps its listing."""
from __future__ import annotations

import pytest

from readout.api import extract_text
from readout.lang.en.organizations import find_organizations

PUB = "2019-05-10"


@pytest.mark.parametrize("sentence, country", [
    ("South Korea's main opposition Democratic Party slammed the government.", "KOR"),
    ("The South Korean opposition Democratic Party criticized Tokyo.", "KOR"),
    ("The Democratic Party criticized the White House.", "USA"),
    ("Japan's ruling Liberal Democratic Party criticized Seoul.", "JPN"),
    ("Mexico's Democratic Party said nothing.", "MEX"),
    ("Mexican lawmakers met with Democratic Party leaders.", "USA"),  # another phrase's state: no owner
])
def test_a_body_takes_the_state_stated_before_it(sentence, country):
    parties = [o for o in find_organizations(sentence) if o.sector == "PTY"]
    assert [o.country for o in parties] == [country]


def test_two_states_parties_of_one_name_are_two_bodies():
    korean = find_organizations("Mexico's Democratic Party met.")[0]
    american = find_organizations("The Democratic Party met.")[0]
    assert korean.org_id != american.org_id


@pytest.mark.parametrize("text, actor", [
    ("SEOUL, May 10 (Yonhap) -- South Korea's main opposition Democratic Party on Thursday slammed Japan for its "
     "remarks.", "KOR"),
    ("(서울=연합뉴스) 미국 민주당은 9일 중국을 비판했다.", "USA"),
])
def test_the_partys_criticism_is_its_states(text, actor):
    accused = [e for e in extract_text(text, published=PUB).events if e.type == "ACCUSE"]
    assert [[p.country for p in e.participants] for e in accused] == [[actor]]
