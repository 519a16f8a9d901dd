"""(enmil47) 'Its' before a state's own armed service, in a clause reported by the state that opens the sentence,
is that state's forces: the act is the state's, with the service's sector (MIL; the coast guard is MIL as in the
Phoenix agents dictionary; the police COP), never its spokesman's voice (GOV) nor the target's state. Korean
'자국 공군이' reads no act yet (gap: lang/ko)."""
from __future__ import annotations

import pytest

from tests.event_sides import sector_sides, sides

OWN_SERVICE_ACTS = [
    ("Ghana said its air force bombed a militia camp inside Togo on Sunday.", "ASSAULT",
     {("GHA", "MIL")}, "TGO"),
    ("Ecuador said on Friday that its coast guard had seized a Peruvian trawler.", "COERCE",
     {("ECU", "MIL")}, "PER"),
    ("Namibia said its navy fired on an Angolan patrol boat near the river mouth.", "ASSAULT",
     {("NAM", "MIL")}, "AGO"),
    ("Uganda said its troops shelled a Congolese border post overnight.", "ASSAULT",
     {("UGA", "MIL")}, "COD"),
    ("Zambia said its police detained three Malawian smugglers at the crossing.", "COERCE",
     {("ZMB", "COP")}, "MWI"),
]


@pytest.mark.parametrize("text, kind, acting, target", OWN_SERVICE_ACTS)
def test_its_service_is_the_opening_states_forces(text, kind, acting, target):
    actors, receivers = sector_sides(text, kind)
    assert actors == acting, (actors, receivers)
    assert target in {c for c, _ in receivers}, receivers


# negative rows: another name before 'its' may own the forces; 'its' in the object is no subject; a plain office
# subject keeps its own reading; a denied deed stays no deed
NOT_THE_OPENERS = [
    ("Ghana said Togo and its air force bombed a Ghanaian village.", "ASSAULT", ["TGO"], ["GHA"]),
]


@pytest.mark.parametrize("text, kind, actors, targets", NOT_THE_OPENERS)
def test_another_name_before_its_owns_the_service(text, kind, actors, targets):
    found = sides(text, kind)
    assert (actors, targets) in found, found
    assert not any("GHA" in a for a, _ in found), found


@pytest.mark.parametrize("text, kind", [
    ("Ghana accused Togo of firing on its air force.", "ASSAULT"),
    ("Ghana said its air force would never bomb Togo.", "ASSAULT"),
    ("Ghana denied that its air force had bombed a Togolese village.", "ASSAULT"),
])
def test_no_deed_of_the_opening_state(text, kind):
    assert not any("GHA" in a for a, _ in sides(text, kind)), sides(text, kind)


@pytest.mark.parametrize("text, service", [
    ("Ghana said its air force bombed a camp.", "air force"),
    ("Ghana said its coast guard seized a trawler.", "coast guard"),
    ("A naval task force sailed toward the strait.", None),
])
def test_a_two_word_service_heads_the_subject(text, service):
    from readout.lang.act_lexicon import load_act_lexicon
    from readout.lang.en.act_cue_filling import cues_of
    from readout.lang.en.act_people_subjects import two_word_people
    from readout.lang.en.act_tokens import tokenize
    toks = tokenize(text)
    cues = cues_of(load_act_lexicon("en"))
    found = {two_word_people(toks, j, cues.domestic_actors) for j in range(len(toks))} - {None}
    assert found == ({service} if service else set())


# (enfix47) an opening body that names its state after 'of' owns 'its' as the state's own name does; the body named by
# a possessive or an adjective ('X's defence ministry', 'the X army') already did
OWNED_BODY_OPENERS = [
    ("The army of Ghana said its troops raided a militia camp across the Togolese border.", "ASSAULT",
     {("GHA", "MIL")}),
    ("The defence ministry of Peru said on Friday that its navy had seized a Chilean trawler.", "COERCE",
     {("PER", "MIL")}),
    ("Namibia's defence ministry said its troops shelled an Angolan border post.", "ASSAULT", {("NAM", "MIL")}),
    ("The Zambian army said its soldiers fired on a Malawian patrol near the river.", "ASSAULT", {("ZMB", "MIL")}),
]


@pytest.mark.parametrize("text, kind, acting", OWNED_BODY_OPENERS)
def test_an_opening_body_owns_its_forces(text, kind, acting):
    actors, _receivers = sector_sides(text, kind)
    assert actors == acting, actors


# negative rows: a name after the opening body's name may own it; another name before 'its' owns it
@pytest.mark.parametrize("text", [
    "The armies of Ghana and Togo said its troops attacked a border village.",
    "The army of Ghana said Togo and its troops attacked a border village.",
])
def test_no_owning_body(text):
    assert not any("GHA" in a for a, _ in sides(text, "ASSAULT")), sides(text, "ASSAULT")
