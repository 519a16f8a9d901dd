"""Bodies' names as British and American news write them: an acronym of four letters or more in title case
('Nato', 'Opec', 'Asean'), never one the data lists as a word or a name ('Olaf', 'Zero'), and British and
American spellings mixed word by word ('Organisation for Economic Cooperation and Development')."""
import pytest

from readout.lang.en.organizations import find_organizations, other_spellings


@pytest.mark.parametrize("text, code", [
    ("Nato condemned the strike.", "IGO"),
    ("Opec agreed to cut output.", "IGO"),
    ("The Asean summit opened on Monday.", "IGO"),
    ("Unicef warned of famine.", "UNO"),
    ("Ecowas suspended Niger.", "IGO"),
    ("The Organisation for Economic Cooperation and Development cut its forecast.", "IGO"),
])
def test_british_forms_of_bodies(text, code):
    assert [o.country for o in find_organizations(text)] == [code]


@pytest.mark.parametrize("text", ["Olaf Scholz spoke.", "Zero casualties were reported.", "Who said that?"])
def test_words_and_names_are_no_title_case_acronym(text):
    assert find_organizations(text) == []


def test_mixed_spellings():
    forms = other_spellings("Organization for Economic Cooperation and Development")
    assert "Organisation for Economic Cooperation and Development" in forms
    assert "Organisation for Economic Co-operation and Development" in forms
    assert "Organization for Economic Co-operation and Development" in forms
