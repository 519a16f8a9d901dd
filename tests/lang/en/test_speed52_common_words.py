"""(speed52, issue 20) A plain-ASCII paragraph whose lower-case words, in what fastText would read, are all common
English words (en.yaml `common_words`) or act-lexicon words, at least `lang_id_common_min_words` of them, is English
without asking the model; every other Latin-script paragraph still goes to it (Malay, Tagalog, Dutch, Indonesian,
Swahili, French: their own common words are in neither list). Where the model is asked, the answer is the model's.
Our own sentences."""
from __future__ import annotations

import pytest

from readout.lang import identify as identify_module
from readout.lang.en.common_words import common_words, plainly_english
from readout.lang.identify import MODEL_INPUT_CHARS, identify
from readout.settings import SETTINGS

ENGLISH = [
    "The two ministers said on Monday that they would work together on trade and security.",
    "Officials said the government had agreed to send more aid to the region after the flood.",
    "The president told reporters that the talks with the other side were expected to continue next week.",
]
NAMES = [  # names and a few words: the model decides, as before
    "Tae-yul Park, Lina Okafor, Mateus Araujo and Ingrid Solberg in Tromso, Lagos and Recife.",
]
OTHERS = [
    "Menteri luar negeri itu berkata kerajaan akan terus bekerjasama dengan negara jiran dalam isu keselamatan.",
    "Sinabi ng kalihim na ang pamahalaan ay patuloy na makikipagtulungan sa mga kalapit na bansa.",
    "De minister zei dat de regering de samenwerking met de buurlanden op het gebied van veiligheid wil voortzetten.",
    "Pemerintah akan mengirim bantuan kepada para korban banjir di wilayah timur pada minggu depan.",
    "Waziri alisema serikali itaendelea kushirikiana na nchi jirani katika masuala ya usalama wa kanda.",
    "Le ministre a dit que le gouvernement allait poursuivre la coopération avec les pays voisins.",
]


def head(text: str) -> tuple[str, bool]:
    return text.replace("\n", " ")[:MODEL_INPUT_CHARS], len(text) > MODEL_INPUT_CHARS


@pytest.mark.parametrize("text", ENGLISH)
def test_plain_english_is_read_without_the_model(text, monkeypatch):
    assert plainly_english(*head(text), SETTINGS.lang_id_common_min_words)
    monkeypatch.setattr(identify_module, "detect", lambda _t: pytest.fail("the model was asked"))
    assert identify(text) == "en"


@pytest.mark.parametrize("text", ENGLISH)
def test_the_model_says_english_too(text):
    assert identify_module.detect(text)[0] == "en"


@pytest.mark.parametrize("text", NAMES + OTHERS)
def test_other_paragraphs_still_go_to_the_model(text, monkeypatch):
    assert not plainly_english(*head(text), SETTINGS.lang_id_common_min_words)
    asked = []
    real = identify_module.detect
    monkeypatch.setattr(identify_module, "detect", lambda t: asked.append(t) or real(t))
    identify(text)
    assert asked == [text]


@pytest.mark.parametrize("word", ["de", "een", "het", "dan", "di", "yang", "ng", "sa", "mga", "na", "wa", "ya", "le",
                                  "les", "des", "et", "y", "que", "und", "der"])
def test_other_languages_common_words_are_not_listed(word):
    assert word not in common_words()


@pytest.mark.parametrize("head_text, cut, expected", [
    ("the talks were held on time and in the capital", False, True),
    ("the talks were held on time and in the capit", True, True),  # the cut word is left out
    ("the talks were held", False, False),  # four words: too few
    ("Ana Ruiz, Tomas Vega and Ines Paz of the", False, False),
    ("the talks were held on time and in the capital, pero", False, False),  # one word of another language
])
def test_what_is_judged(head_text, cut, expected):
    assert plainly_english(head_text, cut, 5) is expected
