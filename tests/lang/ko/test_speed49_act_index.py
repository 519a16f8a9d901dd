"""(speed49, issue 20) The Korean act index and the readers that take the first cue word that fits give the same
answer whatever the process's hash seed: the index is built in two processes under two seeds (the start-up cache
off, so each builds it) and compared, pickled bytes included (what the start-up cache writes)."""
from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from readout.lang.ko.act_forewarnings import violence_words
from readout.lang.ko.act_pair_nouns import captive_entry
from readout.lang.ko.act_table import act_index

ROOT = Path(__file__).resolve().parents[3]

PROBE = """
import hashlib, json, pickle
from readout.lang.ko.act_forewarnings import violence_words
from readout.lang.ko.act_pair_nouns import captive_entry
from readout.lang.ko.act_table import act_index
ix = act_index()
captives = {verb: captive_entry(pairs, ix) for verb, pairs in sorted(ix.pairs.items())}
print(json.dumps({
    "pickle": hashlib.sha256(pickle.dumps(ix)).hexdigest(),
    "captives": {verb: [e.key, e.type, e.mode] for verb, e in captives.items() if e is not None},
    "violence": violence_words(ix),
    "given": list(ix.words("given_verb")),
}, ensure_ascii=False, sort_keys=True))
"""


def probe(seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed, "READOUT_CACHE_DIR": "off",
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=ROOT, capture_output=True, text=True,
                         timeout=300, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def two_seeds() -> tuple[dict, dict]:
    return probe("1"), probe("7")


@pytest.mark.parametrize("part", ["pickle", "captives", "violence", "given"])
def test_same_index_under_two_hash_seeds(two_seeds, part):
    first, second = two_seeds
    assert first[part] == second[part]


def test_index_pickle_round_trip_keeps_cue_sets():
    ix = act_index()
    back = pickle.loads(pickle.dumps(ix))
    assert back.cues == ix.cues
    assert back.ordered == ix.ordered
    assert back.cue("captive_noun") == frozenset(back.words("captive_noun"))


@pytest.mark.parametrize("name", ["given_verb", "captive_noun", "violence_noun"])
def test_words_are_the_cue_list_sorted(name):
    ix = act_index()
    assert ix.words(name) == tuple(sorted(ix.cue(name)))
    assert ix.words(name)  # a list the readers rely on


def test_unknown_cue_has_no_words():  # negative row: a list the lexicon does not write
    ix = act_index()
    assert ix.words("no_such_cue_list") == ()
    assert ix.cue("no_such_cue_list") == frozenset()


def test_two_spellings_of_one_force_word_give_one_lemma():
    words = violence_words(act_index())
    assert words["무력대응"] == "무력대응"  # '무력 대응' sorts first; the later spelling names the act
    assert "무력 대응" not in words  # keys are unspaced


def test_held_captive_release_reads_the_captive_class():
    ix = act_index()
    entry = captive_entry(ix.pairs["송환하다"], ix)
    assert (entry.type, entry.mode) == ("RETREAT", "release")  # not the deportee class's COERCE a noun shares
    assert captive_entry({}, ix) is None  # negative row: a verb with no captive pair
