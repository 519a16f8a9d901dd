"""Spelling rules under which one person's names compare equal, whatever list the name came from.

- Stroked Latin letters ('ł', 'ø', 'đ', 'ı') have no Unicode decomposition, so dropping accents by NFKD lost them
  ('Radosław' became 'Radosaw', and the English name reader stopped at the letter). English news writes them
  as the base letter, like an accent: `base_letter` maps them, one letter for one (offsets hold).
- Persian writes qaf and ghayn as one sound; English news spells it 'q' or 'gh' in one person's name
  ('Qalibaf' / 'Ghalibaf'). A person of a Persian-writing state is indexed under both spellings.
Invented persons throughout (the crafted persons file of `with_persons`).

Formerly tests/kb/test_kb16_spelling_rules.py, classes first read by kb16 (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.kb.knowledge import Knowledge
from readout.kb.loader import kb
from readout.kb.names import ascii_fold, fold_accents, qaf_ghayn_variants, skeleton_key, transliteration_variants
from readout.kb.resolve import PersonResolver
from tests.kb.test_persons_data import entry


@pytest.mark.parametrize("written, plain", [
    ("Władysław Nowak", "Wladyslaw Nowak"),
    ("Søren Østergaard", "Soren Ostergaard"),
    ("Đặng Văn Hùng", "Dang Van Hung"),
    ("Yıldız Kaplan", "Yildiz Kaplan"),
])
def test_stroked_letters_fold_like_accents(written, plain):
    assert fold_accents(written) == plain and len(fold_accents(written)) == len(written)
    assert ascii_fold(written) == plain
    assert skeleton_key(written) == skeleton_key(plain)


@pytest.mark.parametrize("name, expected", [
    ("Reza Baqerzadeh", ["Reza Bagherzadeh"]),
    ("Hamid Ghanbari", ["Hamid Qanbari"]),
    ("Sadegh Qasemi", ["Sadegh Ghasemi", "Sadeq Qasemi"]),
    ("Ali Karimi", []),
])
def test_qaf_ghayn_spellings(name, expected):
    assert sorted(qaf_ghayn_variants(name)) == sorted(expected)


def test_the_rule_is_the_persian_scripts_only():
    assert transliteration_variants("Hamid Ghanbari", {"IRN"}) == ["Hamid Qanbari"]
    assert transliteration_variants("Hugh Ghent", {"GBR"}) == []


IRANIAN = {**entry("per_reza-bagherzadeh", "Reza Bagherzadeh", ["레자 바게르자데"], "IRN",
                   ("foreign_minister", "2030-01-01", None)), "origin": "western"}
POLE = {**entry("per_wladyslaw-nowak", "Władysław Nowak", ["브와디스와프 노바크"], "POL",
                ("defense_minister", "2030-01-01", None)), "origin": "western"}


@pytest.mark.parametrize("surface, expected", [
    ("Reza Baqerzadeh", "per_reza-bagherzadeh"),
    ("Reza Bagherzadeh", "per_reza-bagherzadeh"),
    ("Wladyslaw Nowak", "per_wladyslaw-nowak"),
    ("Władysław Nowak", "per_wladyslaw-nowak"),
])
def test_the_resolver_finds_both_spellings(with_persons, surface, expected):
    with_persons(IRANIAN, POLE)
    assert PersonResolver(Knowledge(kb())).resolve(surface, day=date(2031, 1, 1)).id == expected


@pytest.mark.parametrize("text, name", [
    ("Polish Defence Minister Władysław Nowak met his Czech counterpart in Prague on Monday.", "Władysław Nowak"),
    ("Norway's Foreign Minister Bjørn Solberg-Haugen said on Friday that the talks would resume.", "Bjørn Solberg-Haugen"),
])
def test_the_english_reader_keeps_the_whole_name(text, name):
    doc = extract_text(text, published=date(2031, 3, 3))
    assert name in [m.surface for m in doc.mentions if m.span.label == "person"]


@pytest.mark.parametrize("name, countries, expected", [
    ("하산 무라드 알카티브", {"SYR"}, ["하산 무라드 카티브"]),   # the article joined to a later word
    ("알리 하산 알마스리", {"EGY"}, ["알리 하산 마스리"]),     # a given name 'Ali' opening the name stays
    ("카림 알라위", {"IRQ"}, []),                           # three syllables: 'Allawi', no article
    ("하산 무라드 알카티브", {"IRN"}, []),                   # not a state of Arabic names
])
def test_hangul_arabic_article(name, countries, expected):
    assert transliteration_variants(name, countries) == expected


ARAB = {**entry("per_hassan-al-khatib", "Hassan Mourad al-Khatib", ["하산 무라드 알카티브"], "SYR",
                ("foreign_minister", "2030-01-01", None)), "origin": "western"}


def test_the_resolver_reads_the_form_without_the_article(with_persons):
    with_persons(ARAB)
    resolver = PersonResolver(Knowledge(kb()))
    assert resolver.resolve("하산 무라드 카티브", day=date(2031, 1, 1)).id == "per_hassan-al-khatib"
