"""(ensubj46) The subject a coordinated 'it' stands for is the opening clause's, past an adverbial fronted before it:
'For years, X has ...', 'Last week, X ...', 'On Monday X ...' (no comma: a date word never opens a name). Korean
drops the subject of a joined clause ('..., 카메룬 대사를 추방했다') and reads the first clause's subject already."""
from __future__ import annotations

import pytest

from tests.event_sides import sides

ACTED_BY_OPENING_SUBJECT = [
    ("For decades, Gabon has criticized Cameroon, and on Friday it expelled the Cameroonian ambassador.",
     "SANCTION", ["GAB"], ["CMR"]),
    ("Over the years, Togo has faulted Benin, and on Thursday it expelled the Beninese envoy in Lome.",
     "SANCTION", ["TGO"], ["BEN"]),
    ("On Tuesday Gabon faulted Cameroon sharply, and it expelled the Cameroonian ambassador.",
     "SANCTION", ["GAB"], ["CMR"]),
    ("In Libreville, Gabon faulted Cameroon sharply, and it expelled the Cameroonian ambassador.",
     "SANCTION", ["GAB"], ["CMR"]),
    ("가봉은 수십 년간 카메룬을 비판해 왔으며, 금요일에는 카메룬 대사를 추방했다.", "SANCTION", ["GAB"], ["CMR"]),
]


@pytest.mark.parametrize("text, kind, actors, targets", ACTED_BY_OPENING_SUBJECT)
def test_a_coordinated_it_takes_the_subject_past_a_fronted_adverbial(text, kind, actors, targets):
    assert (actors, targets) in sides(text, kind), sides(text, kind)


# negative rows: the stretch still makes the first clause a tally, and an 'it' with no coordinating comma takes no
# opening subject
NOT_ACTED = [
    ("For decades, Gabon has criticized Cameroon, and on Friday it expelled the Cameroonian ambassador.", "ACCUSE"),
    ("가봉은 수십 년간 카메룬을 비판해 왔으며, 금요일에는 카메룬 대사를 추방했다.", "ACCUSE"),
]


@pytest.mark.parametrize("text, kind", NOT_ACTED)
def test_the_fronted_stretch_still_tallies_its_own_clause(text, kind):
    assert sides(text, kind) == [], sides(text, kind)


@pytest.mark.parametrize("text, subject", [
    ("In Libreville, Gabon faulted Cameroon.", "Gabon"),
    ("On Monday Gabon faulted Cameroon.", "Gabon"),
    ("Last week, Gabon faulted Cameroon.", "Gabon"),
    ("Gabon faulted Cameroon on Monday.", "Gabon"),
])
def test_the_subject_starts_past_a_fronted_adverbial(text, subject):
    from readout.lang.act_lexicon import load_act_lexicon
    from readout.lang.en.act_antecedents import subject_start
    from readout.lang.en.act_cue_filling import cues_of
    from readout.lang.en.act_tokens import tokenize
    toks = tokenize(text)
    assert toks[subject_start(toks, cues_of(load_act_lexicon("en")))].raw == subject
