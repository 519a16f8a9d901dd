"""Data files give each mapping key once: a repeated key would silently replace the first one's value."""
from pathlib import Path

import pytest

from readout.errors import DataFileError
from readout.kb.unique_keys import check_unique_keys, refuse_repeated_keys, repeated_keys


@pytest.mark.parametrize("text, expected", [
    ("a: 1\nb: 2\n", []),
    ("a: 1\na: 2\n", [(2, "a")]),
    ("cues:\n  x: [one]\n  y: [two]\n  x: [three]\n", [(4, "x")]),
    ("- {k: 1}\n- {k: 2}\n", []),  # the same key in two mappings is no repetition
    ("top:\n  k: 1\nother:\n  k: 2\ntop: 3\n", [(5, "top")]),
], ids=["distinct", "top-level", "nested", "sibling-mappings", "far-apart"])
def test_repeated_keys(text, expected):
    assert repeated_keys(text) == expected


def test_package_data_files_give_each_key_once():
    assert check_unique_keys() > 10


def test_a_repeated_key_is_refused_naming_file_line_and_key(tmp_path):
    source = tmp_path / "invented_cues.yaml"
    source.write_text("cues:\n  harbour_noun: [quay, pier]\n  river_noun: [ford]\n  harbour_noun: [dock]\n",
                      encoding="utf-8")
    with pytest.raises(DataFileError) as err:
        refuse_repeated_keys(source.read_text(encoding="utf-8"), source.name)
    message = str(err.value)
    assert "invented_cues.yaml" in message and "'harbour_noun'" in message
    assert "line 4" in message and "first at line 2" in message


def test_distinct_keys_pass(tmp_path):
    refuse_repeated_keys("cues:\n  harbour_noun: [quay]\n  river_noun: [ford]\n", "invented_cues.yaml")


def test_lexicon_sources_are_checked_too():
    sources = sorted(p.name for p in (Path(__file__).resolve().parents[2] / "scripts" / "data").glob("*.yaml"))
    assert check_unique_keys() >= 10 + len(sources) and "en_acts_additions.yaml" in sources
