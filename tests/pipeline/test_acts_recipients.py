"""The recipient readers of pipeline/act_recipient_readers.py: their order, that each says when it applies, and each
one's rule on a reading of its own (stub sentence parts; no language is loaded)."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from readout.lang.base import ActHit
from readout.model import Span
from readout.pipeline import act_recipient_readers as readers
from readout.pipeline import act_recipients as ar
from readout.pipeline import act_recipients_own_side as own_side
from readout.pipeline import act_recipients_told as told


def hit(kind: str = "ACCUSE", **data) -> ActHit:
    return ActHit(0, 4, kind, None, "word", (), False, False, "occurred", False, (), data)


def reading(h: ActHit, actors: list[str], recipients: list[str] | None = None, story=None, items=(), roles=()):
    r = ar.SideReading(None, Span(0, 40, "en"), None, "", (), h, list(items), list(roles), None,
                       story or SimpleNamespace(mobilizer=[], offender=[], previous_mobilizer=[]), [], [], list(actors))
    r.recipients = list(recipients or [])
    return r


def test_readers_in_order_each_with_a_docstring():
    names = [f.__name__ for f in readers.RECIPIENT_READERS]
    assert names[:2] == ["sites_nearby", "clause_recipients"] and names[-10:] == [
        "answered_provocation", "judged_deed", "answered_own_group", "fought_both_ways",
        "own_people_coerced", "own_government_protested",  # domestic50: the own people, when nothing else named one
        "claim_just_before",  # request54: a denied claim told as no act
        "story_counterpart",  # sanction59: a measure naming no one, at the story's other state, once all else read
        "own_measure_undone",  # lead56: a concession or a measure at home lifted, the very last resort
        "broker_unasked"]  # request57: whatever was read, a call's broker neither voices nor receives it
    assert names.index("mutual_parties") < names.index("language_target") < names.index("implied_addressee")
    assert names.index("refused_measure_maker") == names.index("language_target") + 1  # request57: after the target
    assert names.index("asked_own_people") == names.index("refused_measure_maker") + 1  # request62: own people asked
    assert names.index("backed_target") == names.index("asked_own_people") + 1  # enfix49: a backed group's land,
    # once the target was read
    assert all(f.__doc__ and len(f.__doc__.split()) > 8 for f in readers.RECIPIENT_READERS)


@pytest.mark.parametrize("recipients, expected", [([], ["PRK"]), (["JPN"], ["JPN"])])
def test_answered_provocation_only_when_no_one_else(recipients, expected):
    r = reading(hit(answers=True), ["KOR"], recipients, story=SimpleNamespace(offender=["PRK", "KOR"], offenses=[]))
    told.answered_provocation(r)
    assert r.recipients == expected


@pytest.mark.parametrize("kinds, expected", [
    ([("MOBILIZE", "weapons")], ["PRK"]),  # 'condemned the launch': the last launch, though drills came after it
    ([("MOBILIZE", "troops")], ["USA"]),  # 'denounced the drills'
    ([("ASSAULT", None)], ["RUS"]),  # 'condemned the shelling': an attack of any mode
    ([], ["USA"]),  # no kind named: the story's offender
])
def test_answered_provocation_judges_the_last_offense_of_its_kind(kinds, expected):
    offenses = [("ASSAULT", "heavy-weapons", ["RUS"]), ("MOBILIZE", "weapons", ["PRK"]), ("MOBILIZE", "troops", ["USA"])]
    r = reading(hit(answers=True, judged_kinds=kinds), ["KOR"], [],
                story=SimpleNamespace(offender=["USA"], offenses=offenses))
    told.answered_provocation(r)
    assert r.recipients == expected


def test_failed_mutual_sides_reject_each_other():
    r = reading(hit("REJECT", stated_type="AGREE"), ["ISR", "PSE"])
    readers.failed_mutual(r)
    assert r.recipients == ["ISR", "PSE"]


def test_failed_mutual_needs_two_actors():
    r = reading(hit("REJECT", stated_type="AGREE"), ["ISR"])
    readers.failed_mutual(r)
    assert r.recipients == []


def test_mutual_parties_join_the_actors_and_no_one_receives():
    items = [ar.SideItem(Span(0, 5, "country"), ["CHL"]), ar.SideItem(Span(20, 25, "country"), ["PER"])]
    r = reading(hit("AGREE"), ["CHL"], ["PER"], items=items, roles=["subject", "with"])
    readers.mutual_parties(r)
    assert r.actors == ["CHL", "PER"] and r.recipients == []


def test_domestic_object_marks_both_sides():
    r = reading(hit("COERCE", domestic_target=(10, 20)), ["KEN"])
    own_side.domestic_object(r)
    assert r.recipients == ["KEN"] and r.domestic == {"KEN"}


def test_language_target_beats_the_nearest_name():
    items = [ar.SideItem(Span(10, 15, "country"), ["CHL"])]
    article = SimpleNamespace(places=[])
    r = reading(hit("REQUEST", target_spans=((10, 15),)), ["BRA"], ["ARG"], items=items)
    r.article = article
    readers.language_target(r)
    assert r.recipients == ["CHL"]


def proposal(kind: str, country: str):
    from readout.model import Entity, Event
    return Event(kind, None, "occurred", [Entity("country", f"cty_{country.lower()}", country, country=country)])


@pytest.mark.parametrize("marked, proposals, recipients, expected", [
    (True, [proposal("REQUEST", "RUS")], [], ["RUS"]),  # 'Moldova rejected the demand': Russia's, just reported
    (True, [proposal("REQUEST", "RUS"), proposal("AGREE", "TUR")], [], ["TUR"]),  # the last one put forward
    (True, [proposal("REQUEST", "MDA")], [], []),  # its own request: no one else to answer
    (True, [proposal("REQUEST", "RUS")], ["UKR"], ["UKR"]),  # the sentence named whom it rejects
    (False, [proposal("REQUEST", "RUS")], [], []),  # not a rejection of something put forward
])
def test_rejected_proposal_answers_the_last_owner(marked, proposals, recipients, expected):
    r = reading(hit("REJECT", rejected_proposal=marked), ["MDA"], recipients)
    r.proposals = proposals
    told.rejected_proposal(r)
    assert r.recipients == expected


@pytest.mark.parametrize("measures, expected", [
    ([("SANCTION", "discontinue", ["JPN"])], ["JPN"]),  # the last measure by another side, though a statement came between
    ([], ["PRK"]),  # no measure told: the acts just reported, as for any threat naming no one
])
def test_a_counter_measure_answers_the_last_measure_else_the_acts_just_reported(measures, expected):
    story = SimpleNamespace(mobilizer=[], offender=[], previous_mobilizer=[], offenses=[], measures=measures)
    r = reading(hit("THREATEN", unaddressed=True, counter_measure=True), ["RUS"], story=story)
    r.context = [SimpleNamespace(type="ACCUSE", participants=[SimpleNamespace(country="PRK")],
                                 recipients=[SimpleNamespace(country="JPN")])]
    r.earlier = []
    told.implied_addressee(r)
    assert r.recipients == expected
