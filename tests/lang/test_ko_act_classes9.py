"""The Korean act classes of the ninth Korean-acts session (issues 13 and 15). Each row is a sentence we wrote for
the test (not the probe's fresh11, not an article's, not the eval's), read through the whole pipeline: what it
states (type, acting and receiving states, mode, status; status None: no such event)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from readout.api import extract_text
from tests.conftest import assert_act

PUB = date(2024, 5, 22)
KO_ACTS = Path(__file__).resolve().parents[2] / "readout" / "data" / "lexicon" / "ko_acts.yaml"


def events(text: str):
    return extract_text(text, published=PUB).events


# 2. The verdict reader's particles and endings are lexicon cues (ko_acts.yaml verdict_*), checked by the schema: a
# missing or emptied list would silently switch the reader off, so `readout kb check` refuses the file.
@pytest.mark.parametrize("cue", ["verdict_quote_particle", "verdict_joined_ending", "verdict_subject_particle",
                                 "verdict_topic_particle", "verdict_object_particle"])
def test_verdict_cues_are_required(cue):
    from readout.lang.ko.act_schema import ActLexiconFile

    raw = yaml.safe_load(KO_ACTS.read_text(encoding="utf-8"))
    ActLexiconFile.model_validate(raw)  # the shipped file passes
    raw["cues"][cue] = []
    with pytest.raises(ValueError, match=cue):
        ActLexiconFile.model_validate(raw)
