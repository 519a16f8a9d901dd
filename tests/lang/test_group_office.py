"""consult16: the office a counting group word names (lexicon group_office_words): whom the story counts back to."""
import pytest

from readout.kb.loader import kb
from readout.lang.en.language import English
from readout.lang.ko.language import Korean
from readout.settings import Settings


@pytest.mark.parametrize("code, surface, office", [
    ("en", "the two leaders", "leader"), ("en", "both ministers", "minister"),
    ("en", "the two foreign ministers", "foreign_minister"), ("en", "the two sides", None),
    ("ko", "양 정상", "leader"), ("ko", "두 장관", "minister"), ("ko", "두 외교장관", "foreign_minister"),
    ("ko", "양국 장관들", None),
    ("ko", "양측", None),
])
def test_group_office(code, surface, office):
    lang = (English if code == "en" else Korean)(Settings().language(code), kb())
    assert lang.group_office(surface) == office
