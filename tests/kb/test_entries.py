"""The knowledge base as plain records: what a process loads from the start-up cache without pydantic."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from readout.kb import entries, schema
from readout.kb.entries import plain

ROOT = Path(__file__).resolve().parents[2]


def person() -> schema.PersonEntry:
    return schema.PersonEntry(id="per_test-one", name="Test One", origin="western", country="USA", source="test",
                              offices=[schema.Tenure(office="president", **{"from": "2020-01-20", "to": "2024-01-20"}),
                                       schema.Tenure(office="un_secretary_general", country="UNO",
                                                     **{"from": "2025-01-01"})])


def test_a_model_becomes_its_record_with_the_same_fields_and_methods():
    model = person()
    record = plain(model)
    assert type(record) is entries.PersonEntry and type(record.offices[0]) is entries.Tenure
    assert record.countries() == model.countries() == {"USA", "UNO"}
    assert record.offices[0].covers(date(2022, 5, 1)) and not record.offices[0].covers(None)
    assert record.offices[1].covers(None) and record.tenure_country(record.offices[1]) == "UNO"
    assert list(vars(record)) == list(schema.PersonEntry.model_fields)
    assert record == plain(person()) and record != plain(model.model_copy(update={"name": "Other"}))


@pytest.mark.parametrize("model", [
    schema.CountryEntry(code="KOR", en=["South Korea"], ko=["한국"], metonyms_en=["Seoul"]),
    schema.OfficeEntry(id="secretary_of_state", name="Secretary of State", sector="GOV", equivalent="foreign_minister"),
    schema.Portfolio(id="foreign", name="Foreign Affairs", sector="GOV", en_adj=["Foreign"], ko_ministry=["외교부"]),
    schema.LeadersFile(version=1, rows="Test One|||USA GOV 2001-01-01..2002-01-01"),
])
def test_every_method_of_a_model_answers_the_same_on_its_record(model):
    record = plain(model)
    methods = [m for m in ("forms", "minister_forms", "vice_forms", "roles_ok") if hasattr(model, m)]
    assert all(getattr(record, m)() == getattr(model, m)() for m in methods)
    assert getattr(record, "equivalence", None) == getattr(model, "equivalence", None)


def test_a_model_without_methods_and_its_extra_fields_become_plain():
    lexicon = schema.LexiconFile.model_validate({"version": 1, "updated": "2026-01-01", "words_re": ["a+"]})
    record = plain(lexicon)
    assert type(record) is entries.Plain and record.words_re == ["a+"] and record.updated == date(2026, 1, 1)


def test_parse_returns_records_from_a_class_or_its_name():
    from readout.kb.loader import parse

    by_class, by_name = parse("offices.yaml", schema.OfficesFile), parse("offices.yaml", "OfficesFile")
    assert by_class == by_name and isinstance(by_name.offices[0], entries.OfficeEntry)


def test_a_process_with_a_warm_cache_never_imports_pydantic(tmp_path):
    code = ("import sys; from readout.kb.loader import kb, lexicon; from readout.kb import agents, heads;"
            "from readout.lang.act_lexicon import load_act_lexicon; from readout.lang.ko.act_table import act_index;"
            "kb(); lexicon('en'); agents.tables(); heads.kb_heads(); load_act_lexicon('en'); act_index();"
            "print(sorted(m for m in ('pydantic', 'readout.kb.schema') if m in sys.modules))")
    env = dict(os.environ, READOUT_CACHE_DIR=str(tmp_path), PYTHONPATH=str(ROOT))
    runs = [subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
            for _ in range(2)]
    assert runs[0].stdout.strip() == "['pydantic', 'readout.kb.schema']"  # cold: every file validated
    assert runs[1].stdout.strip() == "[]"


def test_equal_strings_become_one_object_and_the_records_stay_equal():
    """One conversion shares equal strings (keys and values, in models, lists and dicts), so a pickle of the
    records writes each once; the records read the same."""
    import pickle

    first, second = person(), schema.PersonEntry(id="per_test-two", name="Test Two", origin="western",
                                                 country="".join(["U", "SA"]), source="".join(["te", "st"]), offices=[])
    records = plain([first, second])
    assert records[0].country is records[1].country and records[0].source is records[1].source
    table = plain({"".join(["Ma", "rtown"]): "".join(["US", "A"]), "Testville": "".join(["U", "SA"])})
    assert table == {"Martown": "USA", "Testville": "USA"}
    assert table["Martown"] is table["Testville"]
    again = pickle.loads(pickle.dumps(records))
    assert again[0].country is again[1].country
    assert [r.__dict__.keys() for r in again] == [r.__dict__.keys() for r in records]
    assert again[0].countries() == first.countries()
