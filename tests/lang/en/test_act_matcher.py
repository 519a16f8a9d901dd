"""The English act index (lang/en/act_matcher.py) built word by word from its cached tables: the same
candidates, entries and object tables as the lexicon they came from, and a dict's answers to `in`,
`get` and `[]`."""
from __future__ import annotations

import pickle

import pytest

from readout.lang.act_lexicon import load_act_lexicon
from readout.lang.en.act_matcher import CandidateIndex, matcher, matcher_tables


@pytest.fixture(scope="module")
def lex():
    return load_act_lexicon("en")


def fresh() -> CandidateIndex:
    """An index whose words are all still blobs (the process-wide one has built some)."""
    return CandidateIndex(matcher_tables())


@pytest.mark.parametrize("word", ["condemned", "imposed", "call", "sanctions"])
def test_a_word_s_candidates_are_its_lexicon_forms(lex, word):
    index = fresh()
    assert word in index
    cands = index.get(word)
    assert cands is index[word]  # built once
    expected = sorted(((rest, entry.key) for rest, entry in lex.by_first_word[word]), key=repr)
    assert sorted(((c.rest, c.entry.key) for c in cands), key=repr) == expected
    assert [c.specificity for c in cands] == sorted((c.specificity for c in cands), reverse=True)
    for c in cands:
        assert c.entry in lex.entries  # every field as validated
        words = [tuple(p.split()) for p in lex.file.object_words(c.entry)]
        assert sorted((w[0], *w[1:]) for w in words) == sorted((k, *r) for k, rs in c.objects.items() for r in rs)


def test_an_entry_and_an_object_table_are_built_once_and_shared():
    index = fresh()
    forms = index["condemned"] + index["condemns"]
    by_key: dict = {}
    for c in forms:
        assert by_key.setdefault(c.entry.key, c.entry) is c.entry
    tables = {id(c.objects) for c in index["imposed"] + index["imposes"] if c.objects}
    assert len(tables) < len([c for c in index["imposed"] + index["imposes"] if c.objects])


@pytest.mark.parametrize("word", ["the", "zzzz", ""])
def test_a_word_without_candidates_answers_as_a_dict(word):
    index = fresh()
    assert word not in index
    assert index.get(word) is None and index.get(word, ()) == ()
    with pytest.raises(KeyError):
        index[word]


def test_values_and_items_are_built_candidates():
    index = fresh()
    assert len(index.items()) == len(index) == len(matcher().by_word)
    assert all(isinstance(v, tuple) and v for v in index.values())


def test_the_cached_tables_are_small_and_round_trip():
    tables = matcher_tables()
    data = pickle.dumps(tables, protocol=pickle.HIGHEST_PROTOCOL)
    assert pickle.loads(data) == tables
    assert all(isinstance(v, bytes) for v in tables.words.values())  # no candidate object in the pickle
