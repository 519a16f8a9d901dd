"""Agent nouns and their PLOVER sectors (kb/agents.py, read by lang/en/agents.py and lang/ko/agents.py), the generated organization table, and the
schema that checks both: our own phrases; each row one class."""
import pytest
from pydantic import ValidationError

from readout.lang.en.agents import agent_after, sector_of
from readout.lang.ko.agents import agent_words, is_agent_word
from readout.kb.schema import AgentsFile, OfficesFile


@pytest.mark.parametrize("phrase, sector", [
    ("rebels", "REB"), ("riot police", "COP"), ("troops", "MIL"), ("protesters", "CVL"), ("judges", "JUD"),
    ("lawmakers", "LEG"), ("opposition party", "OPP"), ("militants", "REB"), ("spokesman", "GOV"),
    ("officials", "GOV"), ("generals", "MIL"), ("clerics", "REL"), ("journalists", "JRN"),
])
def test_english_agent_nouns_have_their_sector(phrase, sector):
    assert sector_of(phrase) == sector


@pytest.mark.parametrize("text, pos, found", [
    ("Syrian rebels said", 6, (13, "REB")),
    ("the Afghan riot police said", 10, (22, "COP")),
    ("Syrian condemned", 6, None),
])
def test_the_longest_agent_phrase_after_a_position(text, pos, found):
    assert agent_after(text, pos) == found


@pytest.mark.parametrize("nouns, found", [
    (["정부", "관계자"], (2, "GOV")), (["반군"], (1, "REB")), (["경찰"], (1, "COP")), (["군부"], (1, "MIL")),
    (["국방장관"], (1, "GOV")), (["합참의장"], (1, "MIL")), (["노르웨이"], None),
])
def test_korean_agent_phrases_and_titles(nouns, found):
    assert agent_words(nouns) == found


def test_every_word_of_a_korean_agent_phrase_is_an_agent_word():
    assert is_agent_word("고위") and is_agent_word("관리") and not is_agent_word("노르웨이")


@pytest.mark.parametrize("table", [{"rebels": "XYZ"}, {"Rebels": "REB"}, {" rebels": "REB"}])
def test_the_schema_rejects_an_unknown_sector_or_an_unfolded_phrase(table):
    with pytest.raises(ValidationError):
        AgentsFile(version=1, agents_en=table)


def test_heads_must_be_listed_offices():
    with pytest.raises(ValidationError):
        OfficesFile(version=1, updated="2026-01-01", offices=[], heads=["president"])


@pytest.mark.parametrize("form, code, sector", [
    ("Federal Security Service", "RUS", "COP"), ("Shin Bet", "ISR", "SPY"), ("BIMSTEC", "IGO", "IGO"),
])
def test_bodies_of_the_phoenix_dictionaries_have_their_state_and_sector(form, code, sector):
    from readout.lang.orgs_common import by_surface

    _id, got_code, got_sector = by_surface("en")[form]
    assert (got_code, got_sector) == (code, sector)


def test_the_hand_written_organizations_win_over_the_generated_ones():
    from readout.lang.orgs_common import by_surface

    assert by_surface("en")["Hamas"][0] == "org_pse-hamas"


def test_follower_tables_are_read_once_per_process(monkeypatch):
    """The readers ask for the follower nouns in every sentence: the table is kept, not parsed again (a data
    file read per sentence cost about 5% of extraction)."""
    from readout.kb import agents, loader

    agents.followers("en"), agents.follower_links()  # read once
    monkeypatch.setattr(loader, "parse", lambda *a, **k: (_ for _ in ()).throw(AssertionError("parsed again")))
    assert agents.followers("en")
    assert agents.follower_links()
