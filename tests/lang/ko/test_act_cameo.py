"""The CAMEO supplement of the Korean act lexicon (data/lexicon/ko_acts_cameo.yaml, built by
scripts/data/build_ko_acts_cameo.py): its source keys, its crosswalk, and one sentence of our own per class of
predicate it adds (support verbs, idioms, press register, manual modes), plus the headline shapes read with it."""
from __future__ import annotations

import re

import pytest

from readout.lang.ko.act_schema import ActLexiconFile, ActSupplementFile, check_disjoint, source_problem
from readout.lang.plover_tables import TYPES
from readout.lang.ko.act_table import act_index
from tests.conftest import need_shared


def supplement():
    return [e for e in act_index().file.entries if any(s.startswith(("cameo:", "plover:")) for s in e.source)]


def test_the_supplement_is_large_sourced_and_covers_every_type():
    entries = supplement()
    assert len(entries) >= 1500
    assert {e.type for e in entries} == set(TYPES)
    assert len(act_index()) >= 1800 + len(entries) // 2


def test_the_crosswalk_rows_are_the_crosswalks():
    """Each CAMEO code the file names maps to the type CAMEO2PLOVER-2021 gives it (a copy, checked)."""
    text = need_shared("data", "open-event-data", "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    table = dict(re.findall(r"^(\d{3,4}):\s*([A-Z]+)", text, re.M))
    import yaml
    from importlib import resources

    raw = yaml.safe_load(resources.files("readout.data").joinpath("lexicon/ko_acts_cameo.yaml").read_text("utf-8"))
    assert raw["crosswalk"] and all(table[code] == typ for code, typ in raw["crosswalk"].items())


@pytest.mark.parametrize("source, type_, crosswalk, ok", [
    ("cameo:111", "ACCUSE", {"111": "ACCUSE"}, True),
    ("cameo:111", "REJECT", {"111": "ACCUSE"}, False),  # the code's type is another
    ("cameo:11x", "ACCUSE", {}, False),  # not a code
    ("cameo:11111", "ACCUSE", {}, False),
    ("plover:SANCTION", "SANCTION", {}, True),
    ("plover:SANCTION", "COERCE", {}, False),
    ("wiki:protest", "PROTEST", {}, False),
    ("readout", "PROTEST", {}, True),
])
def test_source_keys(source, type_, crosswalk, ok):
    assert (source_problem(source, type_, crosswalk) is None) is ok


def _file(entries, crosswalk=None):
    return {"version": 1, "updated": "2026-12-01", "language": "ko", "crosswalk": crosswalk or {}, "entries": entries}


def test_an_entry_of_another_type_than_its_code_is_refused():
    with pytest.raises(ValueError):
        ActSupplementFile.model_validate(_file([{"lemma": "배격하다", "type": "ACCUSE", "source": ["cameo:120"]}],
                                               {"120": "REJECT"}))


def test_an_entry_without_source_is_refused():
    with pytest.raises(ValueError):
        ActSupplementFile.model_validate(_file([{"lemma": "배격하다", "type": "REJECT"}]))


def test_a_supplement_entry_may_not_repeat_the_main_file():
    main = ActLexiconFile.model_validate({"version": 1, "updated": "2026-12-01", "language": "ko", "object_window": 3,
                                          "entries": [{"lemma": "배격하다", "type": "REJECT"}]})
    extra = ActSupplementFile.model_validate(_file([{"lemma": "배격하다", "type": "REJECT", "source": ["cameo:120"]}],
                                                   {"120": "REJECT"}))
    with pytest.raises(ValueError):
        check_disjoint(main, extra)


# one sentence of our own per class of predicate the supplement adds: (text, type, mode)
CLASSES = [
    ("정부는 그 나라에 대한 원조를 삭감했다.", "SANCTION", "discontinue"),  # 162 reduce aid
    ("정부는 그 나라에 주재하던 외교관들을 불러들였다.", "SANCTION", "withdraw"),  # 161 reduce relations
    ("법원은 그 기자에게 징역형을 선고했다.", "SANCTION", "convict"),  # the manual's convict
    ("경찰은 시위대를 향해 최루탄을 쐈다.", "ASSAULT", "crowd-control"),  # 175 violent repression
    ("반군은 정부군 진지에 박격포를 퍼부었다.", "ASSAULT", "heavy-weapons"),  # 194
    ("군부는 수도 전역에 통행금지령을 발령했다.", "COERCE", "curfew"),  # 1723
    ("대통령은 전국에 비상계엄을 선포했다.", "COERCE", "martial-law"),  # 1724
    ("외무부는 상대국의 대화 제의를 뿌리쳤다.", "REJECT", "meet"),  # 125, a native verb
    ("안보리 표결에서 그 나라는 결의안에 거부권을 행사했다.", "REJECT", None),  # 129 veto
    ("장관은 상대국의 평화 노력에 경의를 표했다.", "SUPPORT", None),  # 051, a support verb
    ("정부는 억류했던 선원들을 방면했다.", "RETREAT", "release"),  # 0841
    ("그 나라는 유엔 사찰단을 받아들였다.", "RETREAT", "access"),  # 086
    ("농민들은 고속도로를 점거했다.", "PROTEST", "obstruct"),  # 144
    ("노동자들은 무기한 단식에 돌입했다.", "PROTEST", "hunger"),  # 142
    ("그 나라는 이웃 나라의 외채를 탕감했다.", "AID", "economic"),  # 071 debt relief
    ("군은 접경 지역에 병력을 증파했다.", "MOBILIZE", "troops"),  # 154
    ("그 나라는 예비역 30만 명을 소집했다.", "MOBILIZE", "troops"),  # a count of its own parts (30 + 만 + 명) before the verb
    ("대변인은 상대국의 처사를 개탄했다.", "ACCUSE", "disapprove"),  # 111, press register
    ("정부는 그 나라에 최후통첩을 보냈다.", "THREATEN", None),  # 139 ultimatum
]


@pytest.mark.parametrize("text, type_, mode", CLASSES)
def test_supplement_classes(ko_acts, text, type_, mode):
    hits = [h for h in ko_acts(text) if h.type == type_]
    assert hits and hits[0].mode == mode, [(h.type, h.mode, h.lemma) for h in ko_acts(text)]


# headlines state an act with a bare verbal noun: an amount, a verbal noun of manner or a quote inside the phrase
HEADLINES = [
    ("정부, 이웃 나라에 식량 지원 300만 달러 제공", "AID"),  # the amount between what is given and the verb
    ("그 나라, 국경에 병력 증강 배치", "MOBILIZE"),  # 증강 between the pair's noun and its verb
    ("외무부, 이웃 나라에 \"도발 땐 응징\" 경고", "THREATEN"),  # a quote with particles of its own
    ("그 나라, 점령지서 병력 철수 완료", "RETREAT"),  # completed: carried out
]


@pytest.mark.parametrize("text, type_", HEADLINES)
def test_headline_shapes(ko_acts, text, type_):
    hits = [h for h in ko_acts(text) if h.type == type_]
    assert hits and hits[0].status == "occurred", [(h.type, h.lemma) for h in ko_acts(text)]


def test_a_sentence_with_an_amount_is_no_headline(ko_acts):
    """A conjugated sentence keeps its own reading: the headline reader is not asked."""
    assert not [h for h in ko_acts("정부는 식량 지원 300만 달러 규모를 검토했다.") if h.data.get("clause") == "headline"]


@pytest.mark.parametrize("text, type_, present", [
    ("북한은 억류하던 존 스미스 기자를 석방했다.", "RETREAT", True),  # the pair's noun heads the person's title: its object
    ("정부는 대북제재 담당 특별대표를 임명했다.", "SANCTION", False),  # an act word inside a title names an office
])
def test_an_act_word_in_a_persons_title(text, type_, present):
    """The manual codes an act from its predicate with its arguments: a pair whose verb stands outside a person's
    name acts on that person, even where its noun is the title's head; a title alone states no act."""
    from datetime import date

    from readout.api import extract_text

    events = [e for e in extract_text(text, published=date(2024, 5, 22)).events if e.type == type_]
    assert bool(events) is present, events


def test_a_subject_beyond_the_object_is_no_pair_noun(ko_acts):
    """'X 정부가 Y 당국을 승인했다': the object stands nearer the verb, so 정부 (a pair noun of 승인하다) is who acts."""
    hits = [h for h in ko_acts("호주 정부가 그 나라 당국을 승인했다.") if h.type == "SUPPORT"]
    assert hits and hits[0].lemma == "승인하다"
    assert [h.lemma for h in ko_acts("병력이 국경에 집결했다.")] == ["병력+집결하다"]  # no object: the subject may be
