"""(enplace47) A town named bare after a plain place preposition ('in Kaya', 'near Tobruk', 'outside Manbij') is a
place of its state, though the city index holds large cities only (lang/en/bare_towns.py); 'near' and 'outside'
place a large city too ('near Bunia'), never a country ('outside Peru' is no place). Not a town name with no
preposition, one written as an owner of no place ('in Kaya's view'), or one a longer capitalized name continues."""
from __future__ import annotations

from datetime import date

import pytest

from readout.lang.en.places import find_places
from tests.conftest import events_of

DAY = date(2024, 5, 10)


def located(text: str) -> set[tuple[str, str]]:
    """The locative places' names and written forms, with their states (places53: a town English spells another way
    is named as GeoNames names it, 'Abū Ghurayb', its written form among its names)."""
    return {(n, p.country) for p in find_places(text, 0) if p.span.data.get("locative") for n in (p.name, *p.names)}


@pytest.mark.parametrize("text, place", [
    ("Heavy fighting erupted in Kaya on Tuesday, residents said.", ("Kaya", "BFA")),
    ("In Tobruk, the rival parliament postponed its session again.", ("Tobruk", "LBY")),
    ("Soldiers set up a roadblock near Manbij overnight.", ("Manbij", "SYR")),
    ("Hundreds of farmers marched outside Aweil on Monday.", ("Aweil", "SSD")),
    ("The two delegations met at Nikopol on Friday.", ("Nikopol", "UKR")),
    ("Militias shelled positions near Bunia late on Sunday.", ("Bunia", "COD")),  # a large city after 'near'
    ("A drone landed in Rutshuru's central district on Thursday.", ("Rutshuru", "COD")),  # the town's part: still there
])
def test_a_bare_town_after_a_plain_preposition_is_a_place(text, place):
    assert place in located(text), find_places(text, 0)


@pytest.mark.parametrize("text, name", [
    ("Tobruk is a port on the eastern coast, a lecturer wrote.", "Tobruk"),  # no preposition before it
    ("The envoy left Kaya before noon on Thursday.", "Kaya"),  # no place preposition
    ("In Kaya's view the vote had been fair.", "Kaya"),  # an owner of no place: a person's name
    ("She studied at Manbij Polytechnic for two years.", "Manbij"),  # a longer name continues it
    ("Many exiles now live outside Peru, the report said.", "Peru"),  # 'outside' a country is no place there
    ("Talks with rebels near Bolivia's border stalled on Monday.", "Bolivia"),  # nor 'near' a country
])
def test_no_bare_town_without_its_preposition(text, name):
    assert name not in {n for n, _ in located(text)}, find_places(text, 0)


def test_an_attack_in_a_bare_town_is_read(extract):
    article = extract("Gunmen attacked a crowded market in Kaya on Sunday, killing four people.", published=DAY)
    (attack,) = events_of(article, "ASSAULT")
    assert "BFA" in {p.country for p in attack.participants}, attack.participants


# the names towns_world.yaml keeps apart (`positional`): short ones and people's words, read only after the preposition,
# a person's word only where the sentence names the town's state
@pytest.mark.parametrize("text, place", [
    ("Flooding displaced hundreds of families in Bol on Monday.", ("Bol", "TCD")),
    ("Gunmen attacked a checkpoint near Abu Ghraib at dawn.", ("Abu Ghraib", "IRQ")),
    ("Libyan troops took up positions outside Sabha.", ("Sabha", "LBY")),
])
def test_a_positional_town_after_a_plain_preposition_is_a_place(text, place):
    assert place in located(text), find_places(text, 0)


@pytest.mark.parametrize("text, name", [
    ("Voters expressed little confidence in Castillo, a poll found.", "Castillo"),  # a surname, no state named
    ("Few delegates had faith in Sabha after the vote.", "Sabha"),  # a person's word with no state named
    ("Sabha told reporters the talks had failed.", "Sabha"),  # no preposition at all
    ("Abu Ghraib was closed years ago, a lawyer said.", "Abu Ghraib"),
])
def test_a_positional_town_elsewhere_is_no_place(text, name):
    assert name not in {n for n, _ in located(text)}, find_places(text, 0)


def test_an_envoy_s_post_in_a_town_is_no_place():
    """enrequest68 keeps 'its ambassador in X' (the post's host) from the place reader; a bare town obeys it too."""
    assert located("Guyana summoned its ambassador in Kaya for consultations.") == set()


def test_force_near_a_bare_town_reaches_its_state(extract):
    """A town's state receives force used at it from abroad, as a large city's does ('shelled camps near X')."""
    (attack,) = events_of(extract("Malian gunners shelled two herding camps near Kaya on Sunday.", published=DAY),
                          "ASSAULT")
    assert {p.country for p in attack.recipients} == {"BFA"}, attack.recipients


# a name towns of several states share (`shared`: 'Gao' of Mali and of Burkina Faso) is the town of the one state the
# sentence names, and no place where it names none or both
@pytest.mark.parametrize("text, place", [
    ("Malian soldiers repelled an attack near Gao on Sunday.", ("Gao", "MLI")),
    ("Burkina Faso said two of its patrols were ambushed outside Gao.", ("Gao", "BFA")),
])
def test_a_shared_town_name_is_the_named_state_s_town(text, place):
    assert place in located(text), find_places(text, 0)


@pytest.mark.parametrize("text", [
    "Soldiers repelled an attack near Gao on Sunday.",
    "Malian and Burkinabe troops patrolled near Gao together.",
])
def test_a_shared_town_name_without_one_state_is_no_place(text):
    """(koplace47) The sentence leaves it to the story (lang/place_candidates); a story of this sentence alone names
    no state, or both alike: no place."""
    from readout.api import extract_text

    places = extract_text(text, published=DAY.isoformat()).places
    assert "Gao" not in {p.name for p in places}, places
