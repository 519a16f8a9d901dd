"""Short forms of the world table's long names (kb/leaders.py short_forms): news writes a Spanish speaker's name
without the mother's surname, and most names without a middle name, patronymic, initial or filiation particle.
Who gets them: prominent people (the dictionary's ELI role) with a role since 1990, not of English-speaking or
surname-first states; a short form two states would share names neither."""
from __future__ import annotations

from datetime import date

import pytest

from readout.kb.leaders import leader, short_forms, short_names, world_full_name

DAY = date(2024, 6, 12)


@pytest.mark.parametrize("surface, code", [
    ("Alvaro Uribe", "COL"),  # Alvaro Uribe Velez: the mother's surname left out
    ("Ricardo Lagos", "CHL"),
    ("Vicente Fox", "MEX"),
    ("Oscar Arias", "CRI"),
    ("Jose Aznar", "ESP"),  # Jose Maria Aznar: a second given name left out
    ("Cristina Kirchner", "ARG"),  # Cristina Fernandez de Kirchner
    ("Mahathir Mohamad", "MYS"),  # Mahathir bin Mohamad: the filiation particle left out
])
def test_a_short_form_names_the_person_untitled(surface, code):
    assert world_full_name(surface)
    assert leader(surface, DAY, titled=False)[0] == code


@pytest.mark.parametrize("surface", [
    "Michael Moore",  # an English-speaking state's first and last name names too many people
    "William Smith",
    "Kim Pil",  # a surname-first name has no first-and-last short form
    "Carlos Roberto",  # no such person: two given names of a table name are no short form of it
])
def test_no_short_form(surface):
    assert not world_full_name(surface) or surface.lower() not in short_forms()


@pytest.mark.parametrize("words, spanish, expected", [
    (["juan", "perez", "gomez"], True, {"juan gomez", "juan perez gomez", "juan perez"}),
    (["juan", "perez", "gomez"], False, {"juan gomez", "juan perez gomez"}),
    (["sir", "john", "a", "doe"], False, {"john doe"}),  # an honorific and an initial taken off
    (["ahmad", "bin", "yusof", "salleh"], False, {"ahmad salleh", "ahmad yusof salleh"}),
    (["omar", "hasan", "al", "karimi"], False, {"omar karimi", "omar hasan al karimi", "omar al karimi"}),
    (["sir", "dato"], False, set()),  # nothing left of a name
])
def test_short_names_of_one_name(words, spanish, expected):
    assert short_names(words, spanish) == expected


def test_a_given_name_before_the_last_word_keeps_the_surname():
    assert short_names(["juan", "pablo", "gomez"], True, frozenset({"juan", "pablo"})) == {"juan gomez",
                                                                                        "juan pablo gomez"}


def test_every_short_form_names_one_state():
    for short, people in short_forms().items():
        assert len({r.split()[0] for p in people for r in p.split(";")}) == 1, short
        assert len(short.split()) >= 2, short


@pytest.mark.parametrize("codes, message", [(["XYZ"], "unknown country code XYZ"), (["Korea"], "alpha-3")])
def test_a_surname_first_state_must_be_a_real_code(monkeypatch, codes, message):
    from readout.errors import DataFileError
    from readout.kb import loader

    real = loader.read_yaml

    def read(name):
        data = real(name)
        return {**data, "surname_first_states": codes} if name == "countries.yaml" else data

    monkeypatch.setattr(loader, "read_yaml", read)
    monkeypatch.setenv("READOUT_CACHE_DIR", "off")  # the start-up cache holds the real file's value
    loader.kb.cache_clear()
    try:
        with pytest.raises(DataFileError, match=message):
            loader.load_kb()
    finally:
        monkeypatch.setattr(loader, "read_yaml", real)
        loader.kb.cache_clear()
