from datetime import date

import pytest

from readout.errors import DataFileError
from readout.kb import schema
from readout.kb.data_checks import check_office_holders, check_tenures, check_unique
from readout.kb.loader import kb


def person(pid, *tenures, country="KOR"):
    return schema.PersonEntry(id=pid, name=pid, origin="ko", country=country, source="test",
                              offices=[schema.Tenure(office=o, **{"from": f, "to": t}) for o, f, t in tenures])


def test_the_shipped_knowledge_base_loads():
    base = kb()
    assert "per_cho-tae-yul" in base.persons and "foreign_minister" in base.offices


def test_overlapping_tenures_are_refused():
    p = person("per_x", ("foreign_minister", date(2020, 1, 1), date(2021, 1, 1)),
               ("foreign_minister", date(2020, 6, 1), None))
    with pytest.raises(DataFileError, match="overlapping"):
        check_tenures(p, {"foreign_minister"})


def test_unknown_office_is_refused():
    with pytest.raises(DataFileError, match="unknown office"):
        check_tenures(person("per_x", ("pope", date(2020, 1, 1), None)), {"foreign_minister"})


def test_two_holders_of_one_office_at_once_are_refused():
    a = person("per_a", ("foreign_minister", date(2020, 1, 1), date(2022, 1, 1)))
    b = person("per_b", ("foreign_minister", date(2021, 1, 1), None))
    with pytest.raises(DataFileError, match="both hold"):
        check_office_holders([a, b], kb().offices)


def test_duplicate_names_are_refused():
    with pytest.raises(DataFileError, match="belongs to both"):
        check_unique([("kim", "per_a"), ("kim", "per_b")], "person name", "persons.yaml")


def test_bad_dates_fail_the_schema():
    with pytest.raises(Exception):
        schema.Tenure(office="x", **{"from": "2020-13-40"})
