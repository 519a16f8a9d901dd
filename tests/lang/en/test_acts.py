"""The English act lexicon (lexicon/en_acts.yaml) and its finder (readout/lang/en/acts.py).

Every sentence here is our own. Each row says which hit must be there: its type, mode, status,
negation and where the receiving side stands.
"""
from __future__ import annotations

import pytest

from readout.lang.act_lexicon import load_act_lexicon
from readout.lang.act_schema import ActLexiconFile
from readout.lang.plover_tables import MODES, TYPES
from readout.lang.en.acts import find_acts
from tests.conftest import ROOT, need_shared

OCC, PLAN = "occurred", "planned"

# (sentence, trigger surface, type, mode, status, negated, target contains)
CASES = [
    # AGREE
    ("The two governments agreed on a roadmap for the border talks.", "agreed", "AGREE", None, OCC, False, "with"),
    ("Ministers from both nations issued a joint statement after the session.", "issued a joint statement", "AGREE", None, OCC, False, None),
    ("The leaders reached an agreement on fishing quotas late on Friday.", "reached an agreement", "AGREE", None, OCC, False, "with"),
    ("Officials said they will not accept the proposed compromise.", "accept", "REJECT", None, PLAN, False, "object"),
    # CONSULT
    ("The foreign minister met his Chilean counterpart in Lima.", "met", "CONSULT", None, OCC, False, "object"),
    ("The envoy held talks with rebel commanders in the capital.", "held talks", "CONSULT", None, OCC, False, "with"),
    ("The premier visited Hanoi to discuss rice exports.", "visited", "CONSULT", "visit", OCC, False, "object"),
    ("The president will visit Nairobi next month.", "visit", "AGREE", None, PLAN, False, "object"),
    # SUPPORT
    ("The council praised the mediators for their patience.", "praised", "SUPPORT", None, OCC, False, "object"),
    ("Paris welcomed the decision to reopen the consulate.", "welcomed", "SUPPORT", None, OCC, False, "object"),
    ("The two states welcomed the treaty on river navigation.", "welcomed", "SUPPORT", None, OCC, False, "object"),
    ("The bloc did not endorse the candidate's plan.", "endorse", "REJECT", None, OCC, False, "object"),
    # CONCEDE
    ("The government eased the restrictions on the fishermen.", "eased the restrictions", "CONCEDE", None, OCC, False, "on"),
    ("The government apologized to the fishermen's families.", "apologized", "SUPPORT", None, OCC, False, "to"),
    ("Authorities lifted the curfew in the northern province.", "lifted the curfew", "CONCEDE", None, OCC, False, "on"),
    ("The union called off the strike after a pay offer.", "called off the strike", "CONCEDE", None, OCC, False, None),
    ("The junta said it would pardon the jailed journalists.", "pardon", "CONCEDE", None, PLAN, False, "object"),
    # COOPERATE
    ("The two navies conducted joint exercises in the strait.", "conducted joint exercises", "COOPERATE", None, OCC, False, "with"),
    ("Police agencies shared intelligence with their neighbors.", "shared intelligence", "COOPERATE", None, OCC, False, "with"),
    ("The country extradited the banker to Brazil.", "extradited", "COOPERATE", None, OCC, False, "to"),
    ("The ministries may cooperate on flood control next year.", "cooperate", "COOPERATE", None, PLAN, False, "with"),
    # AID
    ("Tokyo provided emergency aid to the flooded region.", "provided emergency aid", "AID", None, OCC, False, "to"),
    ("The agency delivered food supplies to the camps.", "delivered food", "AID", None, OCC, False, "to"),
    ("Humanitarian aid for the quake survivors arrived on Sunday.", "humanitarian aid", "AID", "humanitarian", OCC, False, "for"),
    ("The donors would provide loans to the island state.", "provide loans", "AGREE", None, OCC, False, "to"),
    ("The donors could provide loans to the island state.", "provide loans", "AID", "economic", PLAN, False, "to"),  # a possibility: no promise
    # RETREAT
    ("The militia released the kidnapped engineers on Sunday.", "released", "RETREAT", "release", OCC, False, "object"),
    ("The army pulled out of the disputed town overnight.", "pulled out", "RETREAT", "withdraw", OCC, False, "of"),
    ("The defence minister resigned over the procurement scandal.", "resigned", "RETREAT", "resign", OCC, False, None),
    # a promised or offered retreat is AGREE (the PLOVER coders' reading); an announced resignation stays RETREAT
    ("The rebels said they will withdraw their fighters from the valley.", "withdraw", "AGREE", None, OCC, False, "from"),
    ("The kidnappers said they are willing to release the two engineers.", "release", "AGREE", None, OCC, False, "object"),
    ("The health minister said she will resign at the end of the month.", "resign", "RETREAT", "resign", PLAN, False, None),
    # REQUEST
    ("The senator urged the ministry to publish the report.", "urged", "REQUEST", None, OCC, False, "object"),
    ("Aid groups called on both armies to open the road.", "called on", "REQUEST", None, OCC, False, "on"),
    ("The opposition demanded the resignation of the mayor.", "demanded", "REQUEST", None, OCC, False, "object"),
    ("The envoy did not ask Madrid to extradite the suspect.", "ask", "REQUEST", None, OCC, True, "object"),
    # ACCUSE
    ("Berlin condemned the raid on the refugee camp.", "condemned", "ACCUSE", "disapprove", OCC, False, "object"),
    ("The ministry accused the neighbouring state of arming militias.", "accused", "ACCUSE", "allege", OCC, False, "object"),
    ("Prosecutors launched an investigation into the arms deal.", "launched an investigation", "ACCUSE", "investigate", OCC, False, "into"),
    ("Canberra voiced concern over the detentions.", "voiced concern", "ACCUSE", "disapprove", OCC, False, "over"),
    ("The palace did not criticize the verdict.", "criticize", "ACCUSE", "disapprove", OCC, True, "object"),
    # REJECT
    ("The cabinet rejected the peace proposal on Monday.", "rejected", "REJECT", None, OCC, False, "object"),
    ("The regime refused to release the detained sailors.", "refused", "REJECT", None, OCC, False, "object"),
    ("The minister ruled out talks with the separatists.", "ruled out", "REJECT", None, OCC, False, None),
    ("The council vetoed the draft resolution.", "vetoed", "REJECT", None, OCC, False, "object"),  # enpar54
    ("The court may reject the appeal of the former governor.", "reject", "REJECT", None, PLAN, False, "object"),
    # THREATEN
    ("The general warned the rebels of a harsh response.", "warned", "THREATEN", None, OCC, False, "object"),
    ("The government threatened to expel the foreign reporters.", "threatened", "THREATEN", "expel", OCC, False, "object"),
    ("The militants vowed to retaliate for the killing of their leader.", "vowed", "THREATEN", "violence", OCC, False, None),
    ("The ministry did not threaten the striking dockworkers.", "threaten", "THREATEN", None, OCC, True, "object"),
    # a conditional threat is made as it is reported: occurred (en36, the manual's THREATEN; was planned)
    ("The trade bloc said it would impose tariffs on steel imports unless talks resume.", "impose tariffs", "THREATEN", "restrict", OCC, False, "on"),
    ("The trade bloc said it would impose tariffs on steel imports.", "impose tariffs", "SANCTION", "discontinue", PLAN, False, "on"),
    ("The ministry said it would withdraw its observers from the region.", "withdraw its observers", "THREATEN", "relations", OCC, False, "from"),
    # PROTEST
    ("Thousands of students protested against the tuition increase.", "protested", "PROTEST", "demo", OCC, False, "against"),
    ("Farmers staged a hunger strike outside the parliament.", "staged a hunger strike", "PROTEST", "hunger", OCC, False, "against"),
    ("Residents blocked the highway to the mine.", "blocked the highway", "PROTEST", "obstruct", OCC, False, None),
    ("Opposition parties plan to boycott the referendum.", "boycott", "PROTEST", "boycott", PLAN, False, "object"),  # future53
    # SANCTION
    ("Washington imposed sanctions on two shipping firms.", "imposed sanctions", "SANCTION", "discontinue", OCC, False, "on"),
    ("The country expelled three diplomats over the spying case.", "expelled", "SANCTION", "expel", OCC, False, "object"),
    ("The government severed diplomatic ties with the island nation.", "severed diplomatic ties", "SANCTION", "discontinue", OCC, False, "with"),
    ("The lender suspended aid to the province after the coup.", "suspended aid", "SANCTION", "discontinue", OCC, False, "with"),
    # MOBILIZE
    ("The navy deployed two destroyers to the disputed waters.", "deployed", "MOBILIZE", None, OCC, False, "to"),
    ("The regime test-fired a cruise missile over the sea.", "test-fired", "MOBILIZE", "weapons", OCC, False, None),
    ("The army launched two ballistic missiles toward the coast.", "launched two ballistic", "MOBILIZE", "weapons", OCC, False, "toward"),
    ("The ministry is expected to mobilize reservists next week.", "mobilize", "MOBILIZE", "troops", PLAN, False, None),
    # COERCE
    ("Police arrested the opposition leader at his home.", "arrested", "COERCE", "arrest", OCC, False, "object"),
    ("Customs officers seized a tanker carrying fuel.", "seized", "COERCE", "seize", OCC, False, "object"),
    ("The junta imposed a curfew in the capital.", "imposed a curfew", "COERCE", "curfew", OCC, False, "on"),
    ("The authorities deported two activists to their home country.", "deported", "COERCE", "deport", OCC, False, "object"),
    ("Police may detain the organizers of the rally.", "detain", "COERCE", "arrest", PLAN, False, "object"),
    # ASSAULT
    ("Warplanes bombed a fuel depot near the border.", "bombed", "ASSAULT", None, OCC, False, "object"),
    ("The army launched an airstrike on the rebel base.", "launched an airstrike", "ASSAULT", None, OCC, False, "on"),
    ("Gunmen kidnapped three aid workers near the town.", "kidnapped", "ASSAULT", "abduct", OCC, False, "object"),
    ("The invasion of the island began at dawn.", "invasion", "ASSAULT", None, OCC, False, "of"),
    ("The artillery units did not shell the village.", "shell", "ASSAULT", "heavy-weapons", OCC, True, "object"),
]


def hit_for(sentence: str, surface: str):
    hits = find_acts(sentence)
    for h in hits:
        if sentence[h.start:h.end].lower() == surface.lower() or sentence[h.start:h.end].lower().startswith(surface.lower()):
            return h
    pytest.fail(f"no hit {surface!r} in {sentence!r}: {[(sentence[h.start:h.end], h.type) for h in hits]}")


@pytest.mark.parametrize("sentence,surface,ptype,mode,status,negated,target", CASES)
def test_finder_reads_each_type(sentence, surface, ptype, mode, status, negated, target):
    h = hit_for(sentence, surface)
    assert (h.type, h.status, h.negated) == (ptype, status, negated)
    if mode is not None:
        assert h.mode == mode
    if target is not None:
        assert target in h.target
    else:
        assert "object" not in h.target or ptype in ("REJECT", "PROTEST")


def test_every_type_has_three_sentences_with_one_planned_or_negated():
    """Grouped by the type the lexicon states (before a future or negated reading changes it)."""
    by_type: dict[str, list] = {}
    for row in CASES:
        h = hit_for(row[0], row[1])
        by_type.setdefault(h.data.get("stated_type", h.type), []).append(row)
    assert set(by_type) == set(TYPES)
    assert all(len(rows) >= 3 for rows in by_type.values())
    assert all(any(r[4] == PLAN or r[5] or r[2] == "REJECT" for r in rows) for rows in by_type.values())


@pytest.mark.parametrize("sentence,trigger", [
    ("The council adopted resolutions that ban arms sales to the regime.", "ban"),  # a standing rule
    ("Measures banning the export of chips remain in force.", "banning"),
    ("The sanctioned entity kept trading through a front company.", "sanctioned"),  # adjective
    ("The alleged attack was never confirmed.", "attack"),
    ("An official of the ministry of finance spoke to reporters.", "finance"),  # noun use of a verb
    ("The spokesman declined to comment on the report.", "declined"),  # no act refused
    ("Celebrations began in March across the country.", "March"),  # a month, not a protest march
    ("The ministry released a statement on the border incident.", "released"),  # publishes, no act
    ("The figures were given in a press release.", "release"),
    ("Aid workers left the town before dawn.", "Aid"),  # the noun names people
])
def test_non_acts_are_not_reported(sentence, trigger):
    start = sentence.index(trigger)
    assert not [h for h in find_acts(sentence) if h.start == start]


def test_passive_act_is_reported_with_its_agent():
    s = "Two reporters were detained by border guards on Tuesday."
    h = hit_for(s, "detained")
    assert h.type == "COERCE" and h.data["passive"] is True
    assert s[h.data["by"]:].startswith("border guards")


def test_generic_pledge_is_agree_generic_and_absorbs_its_complement():
    hits = find_acts("The two leaders agreed to cooperate closely on energy security.")
    assert [(h.type, h.generic) for h in hits] == [("AGREE", True)]
    (h,) = find_acts("Both sides vowed to strengthen ties in trade.")
    assert (h.type, h.generic) == ("AGREE", True)


def test_refusal_negates_the_act_it_governs():
    hits = find_acts("The junta refused to release the prisoners.")
    assert [(h.type, h.negated) for h in hits] == [("REJECT", False), ("RETREAT", True)]


def test_negation_does_not_cross_into_a_governed_act():
    hits = {h.lemma: h for h in find_acts("The bloc did not rule out imposing new tariffs.")}
    assert hits["rule out"].negated and not hits["impose"].negated
    # en14: what a negated hedge holds out as possible is a threat of it, stated now (act_purposes.hedged_threats)
    assert hits["impose"].type == "THREATEN" and hits["impose"].data["threatened"] == "SANCTION"


def test_obligation_in_reported_speech_is_a_request():
    hits = find_acts("The envoy said the militia must hand back the seized trucks.")
    assert any(h.type == "REQUEST" and h.data.get("deontic") for h in hits)


@pytest.mark.parametrize("sentence,trigger,status,negated", [
    ("We'll impose sanctions on the firm.", "impose", PLAN, False),
    ("Seoul won't impose sanctions on the firm.", "impose", PLAN, True),
    ("The army has yet to withdraw from the town.", "withdraw", PLAN, True),
    ("The planned visit to Tokyo was postponed.", "visit", PLAN, False),
])
def test_status_and_negation_cues(sentence, trigger, status, negated):
    h = hit_for(sentence, trigger)
    assert (h.status, h.negated) == (status, negated)


def test_a_noun_under_a_request_or_pledge_has_not_happened():
    hits = {h.lemma: h for h in find_acts("Crowds in the square demanded the minister's resignation.")}
    assert hits["resignation"].status == PLAN and hits["demand"].type == "REQUEST"
    hits = {h.lemma: h for h in find_acts("The state announced humanitarian aid for the survivors.")}
    assert hits["humanitarian aid"].status == PLAN


def test_particle_followed_by_a_date_is_no_particle():
    (h,) = [h for h in find_acts("The ministers agreed on Wednesday that trade should grow.") if h.lemma.startswith("agree")]
    assert h.lemma == "agree"


def test_required_object_must_be_near():
    assert not [h for h in find_acts("Seoul imposed its will, and later sanctions followed.") if h.lemma == "impose"]
    (h,) = [h for h in find_acts("Seoul imposed fresh export sanctions on the firm.") if h.lemma == "impose"]
    assert h.type == "SANCTION" and h.data["object"] == "sanctions"


def test_lexicon_validates_and_is_large():
    lex = load_act_lexicon("en")
    assert len(lex) > 2000
    assert {e.type for e in lex.entries} == set(TYPES)
    assert all(e.mode is None or e.mode in MODES[e.type] for e in lex.entries)
    assert any(e.pos == "noun" for e in lex.entries) and any(e.particle for e in lex.entries)


def test_schema_rejects_a_mode_of_another_type():
    with pytest.raises(ValueError, match="not a mode of ACCUSE"):
        ActLexiconFile.model_validate({"version": 1, "updated": "2026-01-01", "language": "en", "object_window": 4,
                                       "entries": [{"lemma": "x", "forms": ["x"], "type": "ACCUSE", "mode": "troops"}]})
    with pytest.raises(ValueError, match="share the key"):
        e = {"lemma": "x", "forms": ["x"], "type": "ACCUSE"}
        ActLexiconFile.model_validate({"version": 1, "updated": "2026-01-01", "language": "en", "object_window": 4,
                                       "entries": [e, e]})


def test_build_reproduces_the_committed_file(tmp_path):
    import subprocess
    import sys

    source = need_shared("data", "open-event-data")
    out = tmp_path / "en_acts.yaml"
    committed = ROOT / "readout" / "data" / "lexicon" / "en_acts.yaml"
    import re
    updated = re.search(r"^updated: '?([0-9-]+)", committed.read_text(encoding="utf-8"), re.M).group(1)
    subprocess.run([sys.executable, str(ROOT / "scripts" / "data" / "build_en_acts.py"), str(source),
                    "--out", str(out), "--updated", updated], check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8")


# people and institution nouns as parties (readout/lang/en/act_sides.py)
@pytest.mark.parametrize("sentence,surface,span_text", [
    ("The police arrested dozens of protesters in the capital.", "arrested", "dozens of protesters"),
    ("The government banned the opposition party on Friday.", "banned", "the opposition party"),
    ("The minister ordered the independent newspaper El Faro to close its offices.", "ordered", "the independent newspaper El Faro"),
    ("Students are demanding that the Chilean government cut fees.", "demanding", "the Chilean government"),
])
def test_people_noun_object_is_marked_as_a_domestic_target(sentence, surface, span_text):
    h = hit_for(sentence, surface)
    lo, hi = h.data["domestic_target"]
    assert sentence[lo:hi] == span_text


@pytest.mark.parametrize("sentence,surface", [
    ("The police arrested a car thief in the capital.", "arrested"),  # a thief is no party
    ("The government banned imports of sugar.", "banned"),
])
def test_other_objects_are_no_domestic_target(sentence, surface):
    assert "domestic_target" not in hit_for(sentence, surface).data


@pytest.mark.parametrize("sentence,surface,expected", [
    ("Tens of thousands of farmers blocked streets in the capital.", "blocked streets", True),
    ("About 300 supporters of the former president blocked roads near the palace.", "blocked roads", True),
    ("The president protested against the ruling.", "protested", False),  # an office: the state's own voice
])
def test_people_noun_subject(sentence, surface, expected):
    assert bool(hit_for(sentence, surface).data.get("people_subject")) is expected


def test_a_long_name_is_one_word_of_the_object_window():
    s = "Lima asked the United Nations Educational, Scientific and Cultural Organization to protect the ruins."
    assert hit_for(s, "asked").type == "REQUEST"


def test_a_common_noun_after_of_is_not_part_of_a_name():
    """"the cause of Kurds in their fight": 'Kurds' begins no name run, so the window still ends
    before 'fight'."""
    s = "The emirate paid charities that back the cause of Kurds in their fight."
    assert all(h.type != "ACCUSE" for h in find_acts(s))


@pytest.mark.parametrize("sentence,absent", [
    ("Ministers agreed on Tuesday that their states should cooperate on trade.", "cooperate"),
    ("The king warned that his army would attack the rebels.", "attack"),
])
def test_the_content_of_an_agreement_or_threat_is_no_act_of_its_own(sentence, absent):
    """The finder marks it governed (the language drops governed hits after the first)."""
    content = [h for h in find_acts(sentence) if sentence[h.start:h.end].lower().startswith(absent)]
    assert content and all(h.data.get("modality") == "governed" for h in content)


@pytest.mark.parametrize("sentence,absent", [
    ("The army will withdraw unless the president holds elections and frees the prisoners.", "holds elections"),
    ("If the rebels attack the town, the army will respond.", "attack"),
])
def test_acts_in_a_condition_clause_are_conditions(sentence, absent):
    assert not any(sentence[h.start:h.end].lower().startswith(absent) for h in find_acts(sentence))


def test_a_hostile_act_named_only_as_possible_is_no_act():
    assert not [h for h in find_acts("The kingdom mobilized reservists for a possible war against its neighbour.")
                if h.type == "ASSAULT"]


def test_a_statement_noun_does_not_make_a_demand_a_standing_rule():
    s = "The rebel party issued a declaration demanding that the government free its leader."
    assert hit_for(s, "demanding").type == "REQUEST"


@pytest.mark.parametrize("sentence,surface", [
    ("The two states condemned the attack.", "condemned"),
    ("The ministry condemned the deadly bombing of a market.", "condemned"),
])
def test_condemning_a_named_act_is_an_accusation_of_it(sentence, surface):
    h = hit_for(sentence, surface)
    assert (h.type, h.data.get("judged_act")) == ("ACCUSE", True)


def test_an_ing_act_after_a_determiner_and_adjective_is_a_noun():
    s = "The ministry condemned the deadly bombing of a market."
    assert hit_for(s, "bombing").nominal


@pytest.mark.parametrize("sentence,surface,status", [
    ("The island state will host talks between the two rivals.", "host talks", PLAN),
    ("The capital to host peace talks next month.", "host peace talks", PLAN),
    ("The emirate hosted a summit of regional leaders.", "hosted a summit", OCC),
])
def test_hosting_talks_is_a_third_party_meeting_not_an_agreement(sentence, surface, status):
    h = hit_for(sentence, surface)
    assert (h.type, h.mode, h.status) == ("CONSULT", "third-party", status)


@pytest.mark.parametrize("sentence,surface", [
    ("The treasury added four shipping firms to its sanctions list.", "added"),
    ("The treasury designated the Eastern Star Maritime Trading Company as a target of sanctions.", "designated"),
])
def test_listing_for_sanctions_is_a_sanction(sentence, surface):
    h = hit_for(sentence, surface)
    assert (h.type, h.mode) == ("SANCTION", "discontinue")


def test_a_past_perfect_verb_in_a_relative_clause_is_background():
    s = "The rebels said they will free the mayor, whom they had kidnapped a month ago, on Sunday."
    assert not [h for h in find_acts(s) if h.type == "ASSAULT"]


def test_coordinated_verbs_of_a_rule_describe_it():
    s = "Peru will support a resolution that aims to tighten controls and impose a naval blockade on the port."
    assert not [h for h in find_acts(s) if h.type == "COERCE"]


def test_an_act_in_a_purpose_clause_is_a_goal():
    s = "The party collected signatures to change the constitution so that the practice is banned."
    assert not [h for h in find_acts(s) if h.type == "COERCE"]


@pytest.mark.parametrize("text, kind", [
    ("The army fired rockets at rebel bases on Monday.", ("ASSAULT", "heavy-weapons")),
    ("Russia launched missiles against Ukrainian cities overnight.", ("ASSAULT", "heavy-weapons")),
    ("North Korea fired two ballistic missiles toward the sea on Monday.", ("MOBILIZE", "weapons")),
    ("North Korea fired a missile at dawn on Monday.", ("MOBILIZE", "weapons")),  # 'at' a time
    ("North Korea fired a missile at 7:30 a.m. on Monday.", ("MOBILIZE", "weapons")),
    ("The navy fired missiles at targets in the sea on Monday.", ("MOBILIZE", "weapons")),  # no one is there
])
def test_a_weapons_launch_aimed_at_a_target_is_an_attack(text, kind):
    """A launch aimed at something is ASSAULT; one toward the sea, or 'at' a time, stays a show of force."""
    assert [(h.type, h.mode) for h in find_acts(text)] == [kind]
