"""The Language interface by topic (tidy46): `readout.lang.base.Language` joins one mixin module per topic (units and
its line rules, names, clauses, meetings, dates, acts, headlines); the public import path stays, each question is asked
of one mixin only, and both languages are still built on it."""
from __future__ import annotations

import importlib
import inspect

import pytest

from readout.lang import REGISTRY, base
from readout.lang.base import Language

MIXINS = [cls for cls in Language.__mro__ if cls.__module__.startswith("readout.lang.base.")]


def test_the_public_path_names_the_interface_and_its_values():
    assert Language.__module__ == "readout.lang.base"
    for name in base.__all__:
        assert getattr(base, name) is not None


def test_each_question_is_written_in_one_topic_mixin():
    owners: dict[str, list[str]] = {}
    for cls in MIXINS:
        for name, _ in inspect.getmembers(cls, predicate=lambda m: inspect.isfunction(m) or isinstance(m, property)):
            if name in vars(cls) and not name.startswith("_"):
                owners.setdefault(name, []).append(cls.__name__)
    assert len(MIXINS) == 8  # the units topic's line rules are their own mixin (lines.py), a light class's base too
    assert {name: cls for name, cls in owners.items() if len(cls) > 1} == {}
    assert {"find_acts", "meeting_triggers", "find_people", "clause", "background_date", "split_sentences",
            "headline_background", "is_headline"} <= set(owners)


@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_each_language_is_built_on_the_interface(code):
    module, name = REGISTRY[code].split(":")
    assert issubclass(getattr(importlib.import_module(module), name), Language)


def test_the_shared_body_table_branches_on_no_language():
    """lang/orgs_common.by_surface asks the language which other languages' acronyms its text writes as they are
    (`Language.body_acronyms_from`) instead of testing the code: no language code is written in it."""
    from readout.lang.orgs_common import by_surface

    source = inspect.getsource(by_surface.__wrapped__)
    assert '"en"' not in source and '"ko"' not in source
    assert Language.body_acronyms_from == ()


@pytest.mark.parametrize("code", sorted(REGISTRY))
def test_a_language_reads_the_acronyms_of_the_languages_it_names(code):
    from readout.kb.loader import kb
    from readout.lang import language_class
    from readout.lang.orgs_common import acronym, by_surface, own_common_nouns

    table, others = by_surface(code), language_class(code).body_acronyms_from
    common = own_common_nouns(code)
    for o in kb().organizations:
        assert all(table[name] for name in getattr(o, code))
        for other in others:
            assert all(name in table for name in getattr(o, other) if acronym(name) and name not in common)
    assert code != "ko" or others == ("en",)  # Korean copy writes 'IAEA는' as English does


def test_a_borrowed_acronym_that_is_a_common_noun_of_the_language_is_no_body():
    """Korean copy writes 'SNS' for social media (a word of its own lexicon's media nouns); a party abroad with
    the same letters is not read there, while English still reads its listed acronym."""
    from readout.lang.orgs_common import by_surface, own_common_nouns

    assert "SNS" in own_common_nouns("ko")
    assert "SNS" not in by_surface("ko")
    assert "IAEA" in by_surface("ko")
    assert "SNS" in by_surface("en")
