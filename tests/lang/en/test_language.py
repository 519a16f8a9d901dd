"""English meeting and act rules that lang/en/language.py adds over the clause reader and the act lexicon."""
from datetime import date

import pytest

from tests.conftest import events_of


@pytest.mark.parametrize("text, mode", [
    ("Pakistan carried out a medium-range ballistic missile test on Sunday.", "weapons"),
    ("North Korea conducted a nuclear test on Sunday.", "weapons"),
    ("The South Korean army conducted drills near the border on Sunday.", "troops"),
])
def test_a_mobilization_naming_a_weapon_is_the_weapons_mode(extract, text, mode):
    a = extract(text, published=date(2024, 11, 19))
    (e,) = events_of(a, "MOBILIZE")
    assert e.mode == mode


def test_a_group_word_that_opens_with_a_title_stands_for_both_parties(extract):
    """'The Secretary and Foreign Minister' is the meeting's two parties, not only 'The Secretary'."""
    a = extract("Secretary of State Antony Blinken met Foreign Minister Cho Tae-yul in Washington on Monday. "
                "The Secretary and Foreign Minister condemned North Korea's missile launches.",
                published=date(2024, 11, 19))
    (e,) = events_of(a, "ACCUSE")
    assert {p.country for p in e.participants} == {"USA", "KOR"} and {r.country for r in e.recipients} == {"PRK"}


@pytest.mark.parametrize("text", [
    "Cho Tae-yul, Antony Blinken and Takeshi Iwaya arrived in Lima on Thursday. The three ministers met on Friday.",
    "Cho Tae-yul, Antony Blinken and Takeshi Iwaya arrived in Lima on Thursday. All three met on Friday.",
])
def test_the_three_ministers_are_the_officials_named_together_before(extract, text):
    a = extract(text, published=date(2024, 11, 16))
    (e,) = events_of(a, "CONSULT")
    assert {p.name for p in e.participants} == {"Cho Tae-yul", "Antony Blinken", "Takeshi Iwaya"}
    assert e.date == date(2024, 11, 15)


@pytest.mark.parametrize("text, mode", [
    ("Cho Tae-yul asked Wang Yi to attend the summit in Gyeongju.", "meet"),
    ("Cho Tae-yul urged North Korea to halt its missile launches.", "change"),
])
def test_a_request_to_attend_or_meet_is_the_meet_mode(extract, text, mode):
    a = extract(text, published=date(2025, 9, 18))
    (e,) = events_of(a, "REQUEST")
    assert e.mode == mode


@pytest.fixture(scope="module")
def english():
    from readout.api import library_pipeline

    return library_pipeline().language("en")


@pytest.mark.parametrize("text, word, party_end, sector", [
    ("Kenyan diplomats met", "Kenyan", "Kenyan diplomats", "GOV"),
    ("met a Chilean trade delegation on", "Chilean", "a Chilean trade delegation", "GOV"),
    ("Kenyan and Ugandan officials met", "Kenyan", "Kenyan and Ugandan officials", "GOV"),
    ("Kenyan military officials met", "Kenyan", "Kenyan military officials", "MIL"),
    ("Peru's Deputy Trade Minister visited", "Peru", "Peru's Deputy Trade Minister", "GOV"),
    ("he visited Egypt on Monday", "Egypt", "Egypt", None),  # a name stands for its state alone
    ("Oslo and Helsinki held talks", "Oslo", "Oslo", None),  # so does a capital
    ("Chilean missiles hit", "Chilean", None, None),  # an adjective of a thing names no party
    ("the Kenyan economy grew", "Kenyan", None, None),
])
def test_a_country_word_names_its_state_as_a_party(english, text, word, party_end, sector):
    start = text.index(word)
    found = english.state_party(text, start, start + len(word))
    if party_end is None:
        assert found is None
    else:
        first = text.index(party_end)
        assert found == (first, first + len(party_end), sector)


# --- rules the news probe (tests/lang/en/test_news_probe.py) found missing, with the cases they must not take

@pytest.mark.parametrize("text, place", [
    ("Kang met Kono in the southeastern city of Gyeongju on Friday.", "Gyeongju"),
    ("Kang met Kono in the port city of Busan on Friday.", "Busan"),
    ("Kang met Kono in Rio de Janeiro on Friday.", "Rio de Janeiro"),
    ("In Beijing, Kang met Wang on Friday.", "Beijing"),
    ("Kang met Kono in the Japanese capital on Friday.", "Tokyo"),
    ("Moon met Trump at the White House on Monday.", "Washington"),
    ("Kang met Guterres at U.N. headquarters on Friday.", "New York"),
    ("Kang met visiting Japanese Foreign Minister Kono on Friday.", None),  # the guest's country is no place
    ("The White House said the talks went well.", None),  # a seat as the speaker is no place
    ("Japanese officials arrived on Friday.", None),
    ("Lee met Wang at the presidential office in Seoul's Yongsan district on Tuesday.", "Seoul"),
    ("Cho met Iwaya at a hotel in downtown Tokyo on Monday.", "Tokyo"),
    ("Lee met Wang at the presidential office in Yongsan, central Seoul, on Tuesday.", "Seoul"),
    ("Cho objected to Seoul's decision on Monday.", None),  # an owner elsewhere is no place
    ("It is in Washington's interest.", None),
])
def test_places_a_news_sentence_names(text, place):
    from readout.lang.en.places import find_places

    found = [p for p in find_places(text, 0) if p.span.data.get("locative")]
    assert (found[0].name if found else None) == place


@pytest.mark.parametrize("text, status", [
    ("A planned meeting between Cho Tae-yul and Takeshi Iwaya was canceled on Monday.", "cancelled"),
    ("Cho Tae-yul called off his planned meeting with Takeshi Iwaya.", "cancelled"),
    ("Talks between Cho Tae-yul and Wang Yi that had been set for Friday were postponed.", "cancelled"),
    ("Cho Tae-yul met Takeshi Iwaya in Tokyo on Monday after a planned visit to Seoul was canceled.", "occurred"),
    ("Cho Tae-yul and Takeshi Iwaya agreed to expand exchanges during talks in Tokyo on Monday.", "occurred"),
    ("Cho Tae-yul and Takeshi Iwaya will discuss trade when they meet in Tokyo on Friday.", "planned"),
])
def test_a_meeting_status_follows_the_verb_that_governs_it(extract, text, status):
    a = extract(text, published=date(2025, 1, 14))
    (e,) = events_of(a, "CONSULT")
    assert e.status == status


@pytest.mark.parametrize("text, parties", [
    ("In a phone call on Monday, President Lee Jae-myung and Prime Minister Shigeru Ishiba agreed to work together.",
     {"Lee Jae-myung", "Shigeru Ishiba"}),
    ("President Lee Jae-myung told Prime Minister Shigeru Ishiba in a phone call on Monday that ties matter.",
     {"Lee Jae-myung", "Shigeru Ishiba"}),
    ("President Lee Jae-myung held a summit with his Japanese counterpart in Osaka on Saturday.",
     {"Lee Jae-myung", "Shigeru Ishiba"}),
    ("Defense Minister Ahn Gyu-back met his Chinese counterpart in Qingdao on Thursday.", {"Ahn Gyu-back", "Dong Jun"}),
    ("President Donald Trump welcomed Prime Minister Shigeru Ishiba to the White House on Friday.",
     {"Donald Trump", "Shigeru Ishiba"}),
    ("Cho Hyun and Takeshi Iwaya discussed fisheries when they met in Sapporo on Monday.", {"Cho Hyun", "Takeshi Iwaya"}),
])
def test_the_parties_of_a_news_meeting(extract, text, parties):
    a = extract(text, published=date(2025, 8, 26))
    assert any({p.name for p in e.participants} == parties for e in events_of(a, "CONSULT"))


@pytest.mark.parametrize("text", [
    "President Lee Jae-myung welcomed Japan's decision on Monday.",  # welcoming a thing is no meeting
    "Japan will host the APEC summit in 2030.",
    "North Korea rejected talks until the allies call off their drills.",
])
def test_no_meeting_in_these(extract, text):
    assert not events_of(extract(text, published=date(2025, 8, 26)), "CONSULT")


@pytest.mark.parametrize("text, status", [
    ("A summit between Lee Jae-myung and Sanae Takaichi is being arranged for next week.", "planned"),
    ("Lee Jae-myung and Sanae Takaichi may meet in Gyeongju.", "planned"),
    ("Cho Hyun will not meet Toshimitsu Motegi this week.", "cancelled"),
    ("Cho Hyun declined to meet Toshimitsu Motegi.", "cancelled"),
    ("The talks between Cho Hyun and Toshimitsu Motegi, which were planned for months, were held in Tokyo.", "occurred"),
])
def test_possible_arranged_and_refused_meetings(extract, text, status):
    (e,) = events_of(extract(text, published=date(2025, 10, 28)), "CONSULT")
    assert e.status == status


@pytest.mark.parametrize("text", [
    "President Lee Jae-myung returned home on Wednesday after meeting President Donald Trump in Washington.",
    "After his summit with Donald Trump on Monday, President Lee Jae-myung visited a shipyard.",
])
def test_a_meeting_recalled_without_its_own_subject_is_the_main_subjects(extract, text):
    a = extract(text, published=date(2025, 8, 27))
    assert any({p.name for p in e.participants} == {"Lee Jae-myung", "Donald Trump"} for e in events_of(a, "CONSULT"))


def test_a_meeting_after_which_another_met_is_not_the_main_subjects(extract):
    a = extract("President Lee Jae-myung condemned the launch after Kim Jong Un met Vladimir Putin.",
                published=date(2025, 8, 27))
    assert all("Lee Jae-myung" not in {p.name for p in e.participants} for e in events_of(a, "CONSULT"))


@pytest.mark.parametrize("text, place", [
    ("SEOUL, Sept. 16 (Yonhap) -- President Lee Jae-myung met visiting Australian Foreign Minister Penny Wong on Tuesday.", "Seoul"),
    ("WASHINGTON, Sept. 16 (Yonhap) -- Defense Minister Ahn Gyu-back, visiting Washington, met Pete Hegseth on Tuesday.",
     "Washington"),
    # a meeting in person whose text names no place: the correspondent files from where the officials met
    ("TOKYO, Sept. 16 (Yonhap) -- Defense Minister Ahn Gyu-back met Defense Minister Gen Nakatani on Tuesday.", "Tokyo"),
    ("MANILA, Sept. 16 (AP) — Defense Minister Ahn Gyu-back and Gen Nakatani held talks on Tuesday.", "Manila"),
    # ... but not a call or a video meeting, nor a place the sentence names, nor a host of another state receiving
    ("TOKYO, Sept. 16 (Yonhap) -- Defense Minister Ahn Gyu-back spoke by phone with Gen Nakatani on Tuesday.", None),
    ("TOKYO, Sept. 16 (Yonhap) -- Defense Minister Ahn Gyu-back and Gen Nakatani held a video conference on Tuesday.", None),
    ("SEOUL, Sept. 16 (Yonhap) -- Defense Minister Ahn Gyu-back met Gen Nakatani in Tokyo on Tuesday.", "Tokyo"),
    ("SEOUL, Sept. 16 (Yonhap) -- Kim Jong Un received Sergey Lavrov on Tuesday, state media said.", None),
    ("SEOUL, Sept. 16 (Yonhap) -- Kim Jong Un met Sergey Lavrov on Tuesday, KCNA said.", None),  # relayed
])
def test_a_meeting_with_a_visiting_guest_is_in_the_datelines_city(extract, text, place):
    (e,) = events_of(extract(text, published=date(2025, 9, 16)), "CONSULT")
    assert (e.location.name if e.location else None) == place


@pytest.mark.parametrize("text, day", [
    ("Defense Minister Ahn Gyu-back met Defense Minister Gen Nakatani in Singapore a day earlier.", date(2025, 9, 23)),
    ("Sergey Lavrov arrived in Seoul on Tuesday. Foreign Minister Cho Hyun met Lavrov the next day.", date(2025, 9, 24)),
    ("Cho Hyun met Sergey Lavrov on Wednesday. Cho Hyun had met Takeshi Iwaya the day before.", date(2025, 9, 23)),
])
def test_a_day_counted_from_the_narratives_day(extract, text, day):
    a = extract(text, published=date(2025, 9, 24))
    last = events_of(a, "CONSULT")[-1]  # the meeting of the sentence with the day word
    assert last.date == day


# --- issue 13 (en-news3): ministry releases, hosts, newcomers, delegations, trips, own talks, venues ---------

@pytest.mark.parametrize("text, parties", [
    # a meal or a named dialogue is a meeting; 'resume dialogue' stays none (below)
    ("Foreign Minister Cho Hyun had dinner with his Japanese counterpart Takeshi Iwaya in Tokyo on Monday.",
     {"Cho Hyun", "Takeshi Iwaya"}),
    ("President Lee Jae-myung hosted a luncheon for Prime Minister Shigeru Ishiba in Seoul on Monday.",
     {"Lee Jae-myung", "Shigeru Ishiba"}),
    ("Vice Foreign Minister Park Yoon-joo held a strategic dialogue with Deputy Secretary of State Christopher Landau "
     "in Washington on Monday.", {"Park Yoon-joo", "Christopher Landau"}),
    # a lower-case word before the title: the new holder of an office, a guest
    ("President Lee Jae-myung held a telephone conversation with new Japanese Prime Minister Sanae Takaichi on Monday.",
     {"Lee Jae-myung", "Sanae Takaichi"}),
    ("Foreign Minister Cho Hyun held a phone call with his newly appointed Japanese counterpart on Monday.",
     {"Cho Hyun", "Toshimitsu Motegi"}),
    # the caller of a call received; the leader of a delegation
    ("On the afternoon of Oct. 27, Foreign Minister Cho Hyun received a courtesy call from U.S. Deputy Secretary of "
     "State Christopher Landau.", {"Cho Hyun", "Christopher Landau"}),
    ("A parliamentary delegation led by Deputy Prime Minister Koo Yun-cheol paid a courtesy call on Prime Minister "
     "Sanae Takaichi in Tokyo on Monday.", {"Koo Yun-cheol", "Sanae Takaichi"}),
    # 'after talks' with no determiner: the clause subjects' own talks
    ("Andrei Belousov and Kim Jong Un signed an accord after talks in Pyongyang on Wednesday.",
     {"Andrei Belousov", "Kim Jong Un"}),
    ("Andrei Belousov and Kim Jong Un signed an accord following their talks in Pyongyang late on Wednesday.",
     {"Andrei Belousov", "Kim Jong Un"}),
])
def test_meetings_of_release_and_wire_styles(extract, text, parties):
    a = extract(text, published=date(2025, 10, 29))
    assert any({p.name for p in e.participants} == parties for e in events_of(a, "CONSULT"))


@pytest.mark.parametrize("text", [
    "North Korea rejected dialogue with South Korea on Monday.",
    "Vladimir Putin and Kim Jong Un held a news briefing after the G20 summit in Osaka.",  # not their own summit
])
def test_no_pair_meeting_in_these(extract, text):
    a = extract(text, published=date(2025, 10, 29))
    assert not any({p.name for p in e.participants} == {"Vladimir Putin", "Kim Jong Un"} for e in events_of(a, "CONSULT"))


def test_a_name_after_a_later_meeting_verb_is_that_verbs_party(extract):
    a = extract("Sergey Lavrov arrived in Pyongyang on Wednesday for a two-day visit and is expected to meet Choe "
                "Son-hui on Friday.", published=date(2025, 10, 29))
    (e,) = events_of(a, "CONSULT")
    assert e.trigger == "meet" and e.status == "planned"


@pytest.mark.parametrize("text, place", [
    ("Cho met Iwaya at the Shangri-La Hotel in Singapore on Monday.", "Singapore"),
    ("Cho met Iwaya on the sidelines of the Shangri-La Dialogue in Singapore on Monday.", "Singapore"),
    ("Cho met Iwaya at the Lotte Hotel in Seoul on Monday.", "Seoul"),
])
def test_a_venue_named_after_a_city_is_no_place(text, place):
    from readout.lang.en.places import find_places

    found = [p for p in find_places(text, 0) if p.span.data.get("locative")]
    assert found and {p.name for p in found} == {place}


@pytest.mark.parametrize("text, place", [
    ("SEOUL, Sept. 16 (Yonhap) -- President Lee Jae-myung met Prime Minister Shigeru Ishiba in the capital on Tuesday.",
     "Seoul"),
    ("Secretary of State Marco Rubio wrapped up his two-day visit to Seoul on Tuesday after meeting President "
     "Lee Jae-myung and Foreign Minister Cho Hyun.", "Seoul"),
])
def test_a_meeting_placed_by_the_dateline_or_its_own_visit_sentence(extract, text, place):
    events = events_of(extract(text, published=date(2025, 9, 17)), "CONSULT")
    assert events and all((e.location.name if e.location else None) == place for e in events)


def test_references_use_what_the_pipeline_read():
    """find_references and hosted_at_dateline take the sentence's people and countries from the caller and
    read the same references as when they read the sentence themselves."""
    from readout.api import library_pipeline
    from readout.lang.en import countries, mentions

    english = library_pipeline().language("en")
    text = "Cho Hyun met his Japanese and Chinese counterparts and the foreign ministers of Japan and China."
    people, found = mentions.find_mentions(text), countries.find_countries(text, 100)
    own = english.find_references(text, (), [])
    passed = english.find_references(text, (), [], people, lambda: found, 100)
    assert passed == own and any(r.kind == "office_group" for r in own)
    guest = "Cho met visiting Japanese Foreign Minister Iwaya."
    starts = [m.start for m in mentions.find_mentions(guest)]
    assert english.hosted_at_dateline(guest, starts) and english.hosted_at_dateline(guest)
    host = "Cho met Iwaya, visiting Tokyo, on Monday."
    assert not english.hosted_at_dateline(host, [m.start for m in mentions.find_mentions(host)])


@pytest.mark.parametrize("text, place", [
    # a later day of the trip, with an official of the host's side
    ("Foreign Minister Cho Hyun met his Japanese counterpart Takeshi Iwaya in Tokyo on Wednesday. Cho Hyun also met "
     "Japanese Prime Minister Shigeru Ishiba on Thursday.", "Tokyo"),
    # not with a third state's official, nor a week on
    ("Foreign Minister Cho Hyun met his Japanese counterpart Takeshi Iwaya in Tokyo on Wednesday. Cho Hyun also met "
     "Secretary of State Marco Rubio on Thursday.", None),
    ("Foreign Minister Cho Hyun met his Japanese counterpart Takeshi Iwaya in Tokyo on Oct. 1. Cho Hyun also met "
     "Japanese Prime Minister Shigeru Ishiba on Oct. 8.", None),
])
def test_a_later_day_of_a_trip_keeps_its_city(extract, text, place):
    last = max(events_of(extract(text, published=date(2025, 10, 10)), "CONSULT"), key=lambda e: e.date)
    assert (last.location.name if last.location else None) == place


@pytest.mark.parametrize("text, kind, actors, recipients", [
    ("North Korea refused to accept the South's humanitarian aid.", "REJECT", {"PRK"}, {"KOR"}),
    ("South Korea suspended the inter-Korean military agreement on Tuesday.", "SANCTION", {"KOR"}, {"PRK"}),
    ("North Korea suspended the inter-Korean military agreement.", "SANCTION", {"PRK"}, {"KOR"}),
])
def test_the_peninsulas_own_names_of_its_states(extract, text, kind, actors, recipients):
    (e,) = events_of(extract(text, published=date(2025, 5, 9)), kind)
    assert {p.country for p in e.participants} == actors and {p.country for p in e.recipients} == recipients


def test_the_south_without_the_north_is_no_state():
    from readout.api import library_pipeline

    english = library_pipeline().language("en")
    assert not english.find_countries("Storms hit the South on Monday.", 0, ())
    assert [c.codes for c in english.find_countries("North Korea shelled the South.", 0, ())] == [["PRK"], ["KOR"]]


@pytest.mark.parametrize("text, day", [
    ("Seoul and Tokyo signed an agreement on sharing military intelligence on Thursday.", date(2025, 5, 8)),
    ("Seoul and Tokyo reached an agreement on resuming flights on Thursday.", date(2025, 5, 8)),
])
def test_a_gerund_naming_an_agreements_content_does_not_cut_its_day(extract, text, day):
    (e,) = events_of(extract(text, published=date(2025, 5, 9)), "AGREE")
    assert e.date == day


def test_an_office_group_names_each_states_own_office_of_the_class(extract):
    a = extract("The national security advisers of South Korea and Japan met in Tokyo on Friday.",
                published=date(2025, 9, 13))
    assert any({p.name for p in e.participants} == {"Wi Sung-lac", "Masataka Okano"} for e in events_of(a, "CONSULT"))


@pytest.mark.parametrize("text, status", [
    ("Foreign Minister Cho Hyun was supposed to meet Takeshi Iwaya in Tokyo on Monday, but the talks fell through.",
     "cancelled"),
    ("Foreign Minister Cho Hyun is considering meeting Takeshi Iwaya on the sidelines of the APEC summit.", "planned"),
    ("Foreign Minister Cho Hyun is mulling talks with Takeshi Iwaya next month.", "planned"),
])
def test_counterfactual_and_considered_meetings(extract, text, status):
    (e,) = events_of(extract(text, published=date(2025, 10, 29)), "CONSULT")
    assert e.status == status


@pytest.mark.parametrize("text, place", [
    ("Lee met Wang at the presidential office in Yongsan, Seoul, on Tuesday.", "Seoul"),
    ("Lee met Wang in Jongno, Seoul, on Tuesday.", "Seoul"),
    ("Lee met Wang in Lima, Peru, on Tuesday.", "Lima"),
    ("In a statement, Lee said Kim, Wang and Cho agreed.", None),
])
def test_a_district_before_its_city_places_the_city(text, place):
    from readout.lang.en.places import find_places

    found = [p for p in find_places(text, 0) if p.span.data.get("locative")]
    assert (found[0].name if found else None) == place


@pytest.mark.parametrize("text, parties", [
    ("The Lee-Ishiba summit in Tokyo on Saturday lasted about two hours.", {"Lee Jae-myung", "Shigeru Ishiba"}),
    ("Trump-Ishiba talks end without a tariff deal", {"Donald Trump", "Shigeru Ishiba"}),
    ("President Lee Jae-myung received a delegation led by Chinese Premier Li Qiang in Seoul on Sunday.",
     {"Lee Jae-myung", "Li Qiang"}),
    ("President Lee Jae-myung will sit down with Prime Minister Shigeru Ishiba in Tokyo on Saturday.",
     {"Lee Jae-myung", "Shigeru Ishiba"}),
])
def test_name_compounds_delegations_and_sitting_down(extract, text, parties):
    a = extract(text, published=date(2025, 8, 24))
    assert any({p.name for p in e.participants} == parties for e in events_of(a, "CONSULT"))


@pytest.mark.parametrize("text", [
    "The Seoul-Tokyo summit was held on Saturday.",  # capitals name states, not heads
    "President Lee Jae-myung received a letter led by nobody.",
])
def test_no_named_pair_in_these(extract, text):
    a = extract(text, published=date(2025, 8, 24))
    assert not any(len([p for p in e.participants if p.kind == "person"]) >= 2 for e in events_of(a, "CONSULT"))


@pytest.mark.parametrize("text, place", [
    ("Cho met Iwaya on the sidelines of the Shangri-La Dialogue on Saturday.", "Singapore"),
    ("Cho met Iwaya on the margins of the Munich Security Conference on Saturday.", "Munich"),
    ("Cho met Iwaya on the sidelines of the Raisina Dialogue on Thursday.", "New Delhi"),
    ("Cho met Iwaya on the sidelines of the Eastern Economic Forum on Wednesday.", "Vladivostok"),
    ("Cho met Iwaya on the margins of the Halifax International Security Forum on Friday.", "Halifax"),
    ("Cho praised the Shangri-La Dialogue on Saturday.", None),  # a landmark named, not where
])
def test_a_conference_held_in_one_city_stands_for_it(text, place):
    from readout.lang.en.places import find_places

    found = [p for p in find_places(text, 0) if p.span.data.get("locative")]
    assert (found[0].name if found else None) == place


@pytest.mark.parametrize("text, status", [
    ("Kim Jong Un traveled to Russia last month to meet President Vladimir Putin.", "occurred"),
    ("Kim Jong Un flew to Vladivostok in September to meet Vladimir Putin.", "occurred"),
    ("Kim Jong Un will travel to Russia next month to meet President Vladimir Putin.", "planned"),
    ("Kim Jong Un plans to travel to Russia to meet President Vladimir Putin.", "planned"),
])
def test_the_purpose_of_a_journey_made_is_a_meeting_held(extract, text, status):
    events = [e for e in events_of(extract(text, published=date(2023, 10, 20)), "CONSULT")
              if {p.name for p in e.participants} == {"Kim Jong Un", "Vladimir Putin"}]
    assert events and events[0].status == status


@pytest.mark.parametrize("text", [
    "Donald Trump hosted Lee Jae-myung and Shigeru Ishiba for a summit of the three countries on Friday. Trump also "
    "held separate meetings with Lee and Ishiba.",
    "At the trilateral summit on Friday, Donald Trump held bilateral talks with Lee Jae-myung and Shigeru Ishiba.",
])
def test_separate_and_bilateral_meetings_split_a_trilaterals_paragraph(extract, text):
    a = extract(text, published=date(2025, 10, 4))
    pairs = [{p.name for p in e.participants} for e in events_of(a, "CONSULT")]
    assert {"Donald Trump", "Lee Jae-myung"} in pairs and {"Donald Trump", "Shigeru Ishiba"} in pairs


@pytest.mark.parametrize("text, day", [
    ("Foreign Minister Cho Hyun is slated for talks with Takeshi Iwaya on Thursday.", date(2025, 10, 30)),
    ("Foreign Minister Cho Hyun is also set for bilateral talks with Takeshi Iwaya on Thursday.", date(2025, 10, 30)),
])
def test_a_meeting_slated_for_a_weekday_is_ahead(extract, text, day):
    (e,) = events_of(extract(text, published=date(2025, 10, 28)), "CONSULT")
    assert e.status == "planned" and e.date == day


def test_a_states_long_name_after_a_title_names_no_person(extract):
    a = extract("Kim Jong Un received Sergey Lavrov, foreign minister of the Russian Federation, on Thursday.",
                published=date(2023, 10, 20))
    assert [sorted(p.name for p in e.participants) for e in events_of(a, "CONSULT")] == [["Kim Jong Un", "Sergey Lavrov"]]


@pytest.mark.parametrize("text, place", [
    # a host receiving a guest: the dateline's city, when it is in the host's state
    ("Pyongyang, September 12 (KCNA) -- Kim Jong Un received Sergey Lavrov on September 12.", "Pyongyang"),
    ("TOKYO, Sept. 12 (Kyodo) -- Prime Minister Shigeru Ishiba received Foreign Minister Cho Hyun on Friday.", "Tokyo"),
    ("SEOUL, Sept. 12 (Yonhap) -- Kim Jong Un received Sergey Lavrov on Friday.", None),  # reported from elsewhere
])
def test_a_guest_received_by_a_host_of_the_datelines_state(extract, text, place):
    (e,) = events_of(extract(text, published=date(2025, 9, 13)), "CONSULT")
    assert (e.location.name if e.location else None) == place


@pytest.mark.parametrize("text, parties", [
    ("President Donald Trump called President Lee Jae-myung on Thursday to congratulate him.",
     {"Donald Trump", "Lee Jae-myung"}),
    ("Prime Minister Shigeru Ishiba phoned President Lee Jae-myung on Thursday.", {"Shigeru Ishiba", "Lee Jae-myung"}),
    ("President Donald Trump called President Lee Jae-myung a tough negotiator.", None),
    ("President Lee Jae-myung called for calm on Thursday.", None),
    ("President Lee Jae-myung called on Prime Minister Shigeru Ishiba to act.", None),
])
def test_calling_a_person_is_a_phone_call(extract, text, parties):
    events = events_of(extract(text, published=date(2025, 6, 6)), "CONSULT")
    if parties is None:
        assert not events
    else:
        (e,) = events
        assert {p.name for p in e.participants} == parties and e.mode == "phone" and e.location is None


# --- en-news4 (issue 13): the rules of the fourth round, each with our own sentences -------------------------
def pair(e) -> set[str]:
    return {p.name for p in e.participants}


@pytest.mark.parametrize("published, text, when", [
    # a later verb phrase's day dates its own meeting, not the first phrase's arrival
    (date(2025, 9, 16), "Pete Hegseth arrived in Seoul on Monday for a three-day visit and is expected to meet "
                        "Ahn Gyu-back on Tuesday.", date(2025, 9, 16)),
    (date(2025, 9, 17), "Pete Hegseth landed in Seoul on Monday and held talks with Ahn Gyu-back on Tuesday.", date(2025, 9, 16)),
    # 'a day after holding talks': the recalled meeting counts back from its clause's day
    (date(2025, 9, 18), "Pete Hegseth left Seoul on Wednesday, a day after holding talks with Ahn Gyu-back.", date(2025, 9, 16)),
    (date(2025, 9, 19), "Pete Hegseth flew home on Thursday, two days after his talks with Ahn Gyu-back.", date(2025, 9, 16)),
    # 'after talks with X on Monday, Y said': the fronted clause's date is its meeting's
    (date(2025, 9, 17), "After talks with Pete Hegseth in Seoul on Tuesday, Ahn Gyu-back said the two would meet again.",
     date(2025, 9, 16)),
])
def test_a_meeting_takes_the_day_of_its_own_phrase(extract, published, text, when):
    (e,) = [e for e in events_of(extract(text, published=published), "CONSULT")
            if pair(e) == {"Pete Hegseth", "Ahn Gyu-back"}]
    assert e.date == when


@pytest.mark.parametrize("text, other", [
    ("Pete Hegseth arrived in Seoul on Monday. Defense Minister Ahn Gyu-back held talks with him on Tuesday.", "Pete Hegseth"),
    ("Penny Wong flew to Seoul on Monday. President Lee Jae-myung received her on Tuesday.", "Penny Wong"),
    ("Ahn Gyu-back greeted Pete Hegseth at the airport and met him on Tuesday.", "Pete Hegseth"),
])
def test_an_object_pronoun_is_the_person_just_named_not_the_subject(extract, text, other):
    events = events_of(extract(text, published=date(2025, 9, 17)), "CONSULT")
    assert any(other in pair(e) and len(pair(e)) == 2 for e in events)


@pytest.mark.parametrize("text", [
    "Lee Jae-myung and Xi Jinping have not met since the summer.",
    "Ahn Gyu-back and Pete Hegseth have yet to hold formal talks.",
    "Lee Jae-myung and Kim Jong Un have never met.",
])
def test_a_meeting_never_held_is_no_meeting(extract, text):
    assert events_of(extract(text, published=date(2025, 9, 17)), "CONSULT") == []


@pytest.mark.parametrize("text, names", [
    ("The nuclear envoys of Japan and South Korea met in Tokyo on Tuesday.", {"Lee Jun-il", "Masaaki Kanai"}),
    ("FM Cho meets Japanese counterpart Takeshi Iwaya in Tokyo", {"Cho Tae-yul", "Takeshi Iwaya"}),
    # 2+2 talks: both offices of each state
    ("The foreign and defense ministers of South Korea and Japan met in Tokyo on Monday.",
     {"Cho Tae-yul", "Takeshi Iwaya", "Kim Yong-hyun", "Gen Nakatani"}),
])
def test_office_holders_named_by_a_group_or_an_abbreviated_title(extract, text, names):
    events = events_of(extract(text, published=date(2024, 11, 5)), "CONSULT")
    assert any(pair(e) == names for e in events)


def test_three_states_envoys_name_no_holders(extract):
    """At three-way envoy talks deputies and acting envoys stand in: the states are the parties."""
    events = events_of(extract("The top nuclear envoys of Japan, South Korea and the United States met in "
                               "Tokyo on Tuesday.", published=date(2024, 3, 19)), "CONSULT")
    assert all(p.kind != "person" for e in events for p in e.participants)


@pytest.mark.parametrize("text, mode_place", [
    ("Pete Hegseth spoke at a joint press conference with Ahn Gyu-back in Seoul on Tuesday after their talks.", "Seoul"),
    ("Ahn Gyu-back was received by U.S. Defense Secretary Pete Hegseth at the Pentagon on Tuesday.", "Washington"),
    ("Ahn Gyu-back is scheduled to receive Pete Hegseth in Seoul on Friday.", "Seoul"),
])
def test_press_conferences_passive_and_planned_receptions(extract, text, mode_place):
    events = [e for e in events_of(extract(text, published=date(2025, 9, 17)), "CONSULT")
              if pair(e) == {"Pete Hegseth", "Ahn Gyu-back"}]
    assert events and events[0].location and events[0].location.name == mode_place


@pytest.mark.parametrize("text", [
    "Ahn Gyu-back met Pete Hegseth on Tuesday ahead of his visit to Tokyo next week.",
    "Ahn Gyu-back met Pete Hegseth on Tuesday before his trip to Tokyo.",
])
def test_his_is_the_subjects_and_his_coming_visit_places_no_meeting(extract, text):
    """'his' before a noun owns it for the clause's subject (not the person just named); a visit still ahead
    is no place of today's meeting."""
    (e,) = events_of(extract(text, published=date(2025, 9, 17)), "CONSULT")
    assert pair(e) == {"Ahn Gyu-back", "Pete Hegseth"} and e.location is None


@pytest.mark.parametrize("text, when, place", [
    # a 'when' clause of a journey or meeting happens with the main clause's meeting: its day and city are the meeting's
    ("Ahn Gyu-back will meet Pete Hegseth when he travels to Washington on Monday.", date(2025, 9, 22), "Washington"),
    ("Ahn Gyu-back met Pete Hegseth on Tuesday when he visited Washington.", date(2025, 9, 16), "Washington"),
    # a 'when' clause of another act stays its own
    ("Ahn Gyu-back met Pete Hegseth in Seoul on Tuesday, when North Korea fired a missile.", date(2025, 9, 16), "Seoul"),
])
def test_a_when_clause_of_a_journey_times_and_places_the_meeting(extract, text, when, place):
    (e,) = events_of(extract(text, published=date(2025, 9, 17)), "CONSULT")
    assert e.date == when and e.location and e.location.name == place
