"""Data files give each mapping key once: a repeated key would silently replace the first one's value."""
import pytest

from readout.kb.unique_keys import check_unique_keys, repeated_keys


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
