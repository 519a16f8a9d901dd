"""Ambassadors to the UN, US special envoys, Israel's national security advisers and ambassadors in Seoul resolve by
name and date to their state, in both languages, and only while in office where a title says which office (kb16).
Our own sentences.

Formerly tests/kb/test_kb16_envoys.py; classes first read as "The holders kb16 added" (docs/history.md)."""
from __future__ import annotations

from datetime import date

import pytest

from readout.api import extract_text
from readout.kb.knowledge import Knowledge
from readout.kb.loader import kb
from readout.kb.resolve import PersonResolver


@pytest.mark.parametrize("surface, day, pid, country", [
    ("Nikki Haley", date(2018, 3, 1), "per_nikki-haley", "USA"),
    ("켈리 크래프트", date(2020, 5, 1), "per_kelly-craft", "USA"),
    ("Danny Danon", date(2019, 2, 1), "per_danny-danon", "ISR"),
    ("다논", date(2025, 2, 1), "per_danny-danon", "ISR"),
    ("Eyal Hulata", date(2022, 4, 1), "per_eyal-hulata", "ISR"),
    ("하네그비", date(2024, 4, 1), "per_tzachi-hanegbi", "ISR"),
    ("Keith Kellogg", date(2025, 6, 1), "per_keith-kellogg", "USA"),
    ("브렛 맥거크", date(2023, 6, 1), "per_brett-mcgurk", "USA"),
    ("Harry Harris", date(2019, 6, 1), "per_harry-harris", "USA"),
    ("싱하이밍", date(2022, 6, 1), "per_xing-haiming", "CHN"),
])
def test_added_holders_resolve(surface, day, pid, country):
    e = PersonResolver(Knowledge(kb())).resolve(surface, day=day)
    assert (e.id, e.country) == (pid, country)


@pytest.mark.parametrize("text, day, name, country", [
    ("Ambassador Haley told the council that patience had run out.", date(2017, 9, 4), "Nikki Haley", "USA"),
    ("헤일리 대사는 안보리 회의에서 추가 제재를 요구했다.", date(2017, 9, 4), "Nikki Haley", "USA"),
    ("Special envoy Keith Kellogg arrived in Kyiv on Tuesday for talks.", date(2025, 7, 1), "Keith Kellogg", "USA"),
    ("켈로그 특사는 키이우에 도착해 회담했다.", date(2025, 7, 1), "Keith Kellogg", "USA"),
    ("National Security Adviser Eyal Hulata met his counterpart in Washington.", date(2022, 5, 2), "Eyal Hulata", "ISR"),
    ("싱하이밍 대사는 이날 기자간담회를 열었다.", date(2023, 6, 8), "Xing Haiming", "CHN"),
])
def test_added_holders_in_sentences(text, day, name, country):
    doc = extract_text(text, published=day)
    found = [(m.entity.name, m.entity.country) for m in doc.mentions if m.span.label == "person" and m.entity]
    assert (name, country) in found


@pytest.mark.parametrize("surface, day, pid", [
    ("아시미 고이타", date(2022, 3, 1), "per_assimi-goita"),
    ("Assimi Goita", date(2024, 3, 1), "per_assimi-goita"),
    ("마마디 둠부야", date(2022, 3, 1), "per_mamady-doumbouya"),
    ("Brice Oligui Nguema", date(2025, 8, 1), "per_brice-oligui-nguema"),
    ("마하마트 이드리스 데비", date(2022, 3, 1), "per_mahamat-deby"),
    ("Ibrahim Traore", date(2023, 3, 1), "per_ibrahim-traore"),
])
def test_heads_since_the_coups(surface, day, pid):
    assert PersonResolver(Knowledge(kb())).resolve(surface, day=day).id == pid


@pytest.mark.parametrize("text, day, name, country", [
    ("Omani Foreign Minister Badr Albusaidi hosted the talks in Muscat on Saturday.", date(2021, 5, 8), "Badr Albusaidi", "OMN"),
    ("바드르 알부사이디 오만 외무장관은 무스카트에서 회담을 주재했다.", date(2021, 5, 8), "Badr Albusaidi", "OMN"),
    ("아이만 사파디 요르단 외무장관은 암만에서 기자회견을 열었다.", date(2019, 2, 2), "Ayman Safadi", "JOR"),
    ("Qatar's Emir Tamim bin Hamad Al Thani received the delegation in Doha.", date(2019, 2, 2), "Tamim bin Hamad Al Thani", "QAT"),
])
def test_gulf_and_jordan_holders_in_sentences(text, day, name, country):
    doc = extract_text(text, published=day)
    found = [(m.entity.name, m.entity.country) for m in doc.mentions if m.span.label == "person" and m.entity]
    assert (name, country) in found
