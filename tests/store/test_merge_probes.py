"""Multi-document probes (our own short reports, Korean and English, published on different days) for the classes
that could split one event into several records or fuse two: each names its class; every positive probe has a
negative beside it (the same people, another meeting)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.store.db import Store

TUE, WED = date(2025, 9, 16), date(2025, 9, 17)
EN_TUE_BEIJING = ("South Korean Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi in Beijing on Tuesday.",
                  "en", TUE)


def records(tmp_path, kind: str, reports) -> list[set[str]]:
    """The documents of each record of `kind` after storing the reports (text, doc id, publication day) in order."""
    return stored(tmp_path, reports).get(kind, [])


def stored(tmp_path, reports) -> dict[str, list[set[str]]]:
    """Every type's records, each as its documents."""
    out: dict[str, list[set[str]]] = {}
    with Store(str(tmp_path / "r.db")) as store:
        for text, doc, published in reports:
            store.save(extract_text(text, doc, published))
        for e in store.events():
            out.setdefault(e["type"], []).append({s["doc"] for s in e["sources"]})
    return {kind: sorted(found, key=sorted) for kind, found in out.items()}


PROBES = [
    # (a) 'on Tuesday' in one report, 'yesterday' / '지난 16일' in later ones
    ("a-weekday-yesterday", "CONSULT", [
        EN_TUE_BEIJING,
        ("조현 외교부 장관은 어제 베이징에서 왕이 중국 외교부장과 회담했다.", "ko", WED),
        ("조현 외교부 장관은 지난 16일 베이징에서 왕이 중국 외교부장과 회담했다.", "ko2", date(2025, 9, 18))],
     [{"en", "ko", "ko2"}]),
    # (b) one participant named, the other only as 'his counterpart' or by title
    ("b-counterpart", "CONSULT", [
        EN_TUE_BEIJING,
        ("Cho Hyun held talks with his Chinese counterpart in Beijing on Tuesday.", "en2", TUE),
        ("조현 외교부 장관은 16일 베이징에서 중국 외교부장과 회담했다.", "ko", TUE)],
     [{"en", "en2", "ko"}]),
    # (c) a foreign official the knowledge base does not know, in Hangul and in Latin letters
    ("c-unknown-official", "CONSULT", [
        ("루벤 라미레스 레스카노 파라과이 외교장관은 16일 아순시온에서 마리오 루베트킨 우루과이 외교장관과 회담했다.", "ko", WED),
        ("Paraguayan Foreign Minister Ruben Ramirez Lezcano held talks with Uruguayan Foreign Minister Mario "
         "Lubetkin in Asuncion on Tuesday.", "en", TUE)],
     [{"en", "ko"}]),
    # (d) 'visited Seoul' vs 'held talks in Seoul'
    ("d-visit-talks", "CONSULT", [
        ("Chinese Foreign Minister Wang Yi visited Seoul on Tuesday and met Foreign Minister Cho Hyun.", "en", TUE),
        ("조현 외교부 장관은 16일 서울에서 왕이 중국 외교부장과 회담했다.", "ko", TUE)],
     [{"en", "ko"}]),
    # (e) a call told as a call, and as 'spoke with'
    ("e-call-spoke", "CONSULT", [
        ("Foreign Minister Cho Hyun held phone talks with Chinese Foreign Minister Wang Yi on Tuesday.", "en", TUE),
        ("조현 외교부 장관은 16일 왕이 중국 외교부장과 전화 통화를 했다.", "ko", TUE),
        ("Cho Hyun spoke with Wang Yi on Tuesday about the peninsula.", "en2", WED)],
     [{"en", "en2", "ko"}]),
    # (g) one report with the place, one without
    ("g-place-none", "CONSULT", [
        ("조현 외교부 장관은 16일 베이징에서 왕이 중국 외교부장과 회담했다.", "ko", TUE),
        ("Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi on Tuesday.", "en", WED)],
     [{"en", "ko"}]),
    # negatives: the same pair's two meetings in one week; a call, then a meeting
    ("neg-two-meetings-en-ko", "CONSULT", [
        ("조현 외교부 장관은 15일 베이징에서 왕이 중국 외교부장과 회담했다.", "ko", date(2025, 9, 15)),
        ("Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi in Seoul on Thursday.", "en",
         date(2025, 9, 18))],
     [{"en"}, {"ko"}]),
    ("neg-two-meetings-ko", "CONSULT", [
        ("조현 외교부 장관은 15일 베이징에서 왕이 중국 외교부장과 회담했다.", "ko", date(2025, 9, 15)),
        ("조현 외교부 장관은 18일 서울에서 왕이 중국 외교부장과 다시 회담했다.", "ko2", date(2025, 9, 18))],
     [{"ko"}, {"ko2"}]),
    ("neg-call-then-meeting", "CONSULT", [
        ("조현 외교부 장관은 15일 왕이 중국 외교부장과 전화 통화를 했다.", "ko", date(2025, 9, 15)),
        EN_TUE_BEIJING],
     [{"en"}, {"ko"}]),
    ("neg-other-persons-of-the-states", "CONSULT", [
        EN_TUE_BEIJING,
        ("박윤주 외교부 1차관은 16일 서울에서 쑨웨이둥 중국 외교부 부부장과 회담했다.", "ko", TUE)],
     [{"en"}, {"ko"}]),
    # (f) one condemnation in two languages; two condemnations of two launches
    ("f-one-condemnation", "ACCUSE", [
        ("외교부는 16일 북한의 탄도미사일 발사를 강력히 규탄했다.", "ko", TUE),
        ("South Korea's foreign ministry on Tuesday condemned North Korea's ballistic missile launch.", "en", WED)],
     [{"en", "ko"}]),
    ("neg-two-condemnations", "ACCUSE", [
        ("South Korea's foreign ministry condemned North Korea's ballistic missile launch on Tuesday.", "en", TUE),
        ("외교부는 18일 북한의 탄도미사일 발사를 규탄했다.", "ko", date(2025, 9, 18))],
     [{"en"}, {"ko"}]),
    ("neg-two-states-condemn", "ACCUSE", [
        ("Japan condemned North Korea's missile launch on Tuesday.", "en", TUE),
        ("외교부는 16일 북한의 미사일 발사를 규탄했다.", "ko", TUE)],
     [{"en"}, {"ko"}]),
]


@pytest.mark.parametrize("kind, reports, expected", [p[1:] for p in PROBES], ids=[p[0] for p in PROBES])
def test_multi_document_probes(tmp_path, kind, reports, expected):
    assert records(tmp_path, kind, reports) == expected


def test_a_summit_and_its_joint_statement_stay_two_records(tmp_path):
    """(h) the meeting and the accord announced at it, in two languages: one CONSULT and one AGREE record."""
    reports = [("South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba held a summit in "
                "Tokyo on Saturday and issued a joint statement.", "en", date(2025, 8, 23)),
               ("이재명 대통령과 이시바 시게루 일본 총리는 23일 도쿄에서 정상회담을 하고 공동성명을 발표했다.", "ko",
                date(2025, 8, 23))]
    found = stored(tmp_path, reports)
    assert found["CONSULT"] == [{"en", "ko"}] and found["AGREE"] == [{"en", "ko"}]
