"""(speed49, issue 20) One read of a sentence's listed bodies for the country finder and the act readers' armed names
(`act_named_groups.armed_name_words`), whichever reads first: `organizations.sentence_bodies` remembers the last
sentences' bodies, and the answers are those of a fresh read. Our own sentences."""
from __future__ import annotations

import pytest

from readout.lang.en import organizations
from readout.lang.en.act_named_groups import armed_name_words
from readout.lang.en.act_tokens import tokenize
from readout.lang.en.countries import find_countries

SENTENCES = [
    "The Free Syrian Army shelled a depot near Aleppo on Sunday.",  # an armed group's name
    "Hezbollah fighters crossed into Lebanon, Human Rights Watch said.",  # an armed group and a monitor
    "The mayor of Lima opened a new bridge over the river.",  # no listed body (negative row)
]


@pytest.fixture
def counted(monkeypatch):
    """The listed names' scan, counting the sentences it reads."""
    read = []
    scan = organizations.listed_matches

    def counting(text):
        read.append(text)
        return scan(text)

    monkeypatch.setattr(organizations, "listed_matches", counting)
    organizations.sentence_bodies.cache_clear()
    yield read
    organizations.sentence_bodies.cache_clear()


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("acts_first", [True, False])
def test_one_scan_for_both_readers(counted, text, acts_first):
    readers = [lambda: armed_name_words(text, tokenize(text)), lambda: find_countries(text, 0)]
    for read in readers if acts_first else readers[::-1]:
        read()
    assert counted == [text]


@pytest.mark.parametrize("text", SENTENCES)
def test_remembered_bodies_are_a_fresh_read(counted, text):
    first = organizations.listed_bodies(text)
    assert organizations.listed_bodies(text) == list(organizations.sentence_bodies.__wrapped__(text)) == first


def test_a_caller_changing_its_list_changes_no_later_answer(counted):
    text = SENTENCES[1]
    mine = organizations.listed_bodies(text)
    mine.clear()  # negative row: the memo hands out a new list
    assert [b.surface for b in organizations.listed_bodies(text)] == ["Hezbollah", "Human Rights Watch"]


@pytest.mark.parametrize("text, words", [
    (SENTENCES[0], {"free": "REB", "syrian": "REB", "army": "REB"}),
    (SENTENCES[1], {"hezbollah": "REB"}),  # the monitor's words are no armed name's (negative)
    (SENTENCES[2], {}),  # negative row
])
def test_armed_name_words_read_through_the_memo(counted, text, words):
    toks = tokenize(text)
    found = armed_name_words(text, toks)
    assert {t.low: found[t.start] for t in toks if t.start in found} == words
