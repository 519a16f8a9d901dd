"""(nominal54b, issue 13) Acts in relatives, participles and nominals, second round, in both languages:
1. a suspension told by the causative ('회원 자격을 정지시켰다') or planned ('will suspend Chad') is the member
   suspended, SANCTION expel, as 'suspended Chad' and '회원 자격을 정지했다' read;
2. an accord judged whose makers a relative clause or a 'by' participle names ('the pact that Ghana and Togo signed',
   'the pact signed by Ghana and Togo', '[가나와 토고가 체결한] 협정') is those makers' AGREE beside the judgment, as
   'the signing of the pact between Ghana and Togo' reads (nominal54);
3. people named by the help they give ('volunteers', 'aid workers') are civilians: 'arrested Dutch volunteers helping
   migrants' arrests Dutch civilians (CVL), as '[이주민을 돕는] 네덜란드 자원봉사자들을 체포했다' reads, not the Dutch
   government nor the migrants;
4. the people a Korean release frees are in the releaser's hands: '이란은 기자 2명을 석방했다' frees Iranian journalists
   (IRN JRN) as 'Iran released two journalists' does; a state named with them is theirs; a captive named by the holding
   alone ('인질', 'hostages') has no side;
5. a 'who' clause giving a judgment's grounds on a nameless head after the judged state ('condemned Ecuador over
   soldiers who shelled a village') is the judged state's deed, as 'condemned Ecuadorian soldiers who shelled' and
   '[마을을 포격한] 에콰도르 군인들을 규탄했다' read."""
from __future__ import annotations

import pytest

from tests.event_sides import events, first_of

# sentence, the receiving states of the SANCTION expel (None: no SANCTION expel), its status
SUSPENSIONS = [
    ("서아프리카경제공동체는 기니의 회원 자격을 정지시켰다.", {"GIN"}, "occurred"),
    ("아프리카연합은 니제르의 회원국 자격을 정지시켰다.", {"NER"}, "occurred"),
    ("아프리카연합은 니제르의 회원국 자격을 정지시킬 방침이다.", {"NER"}, "planned"),
    ("The African Union will suspend Niger.", {"NER"}, "planned"),
    ("ECOWAS will suspend Guinea after the vote in Abuja.", {"GIN"}, "planned"),
    ("The African Union suspended Niger.", {"NER"}, "occurred"),
    # guards: negated; a plain 'suspend' after 'to' is the verb before it (a threat), no suspension of its own
    ("아프리카연합은 니제르의 회원국 자격을 정지시키지 않았다.", None, None),
    ("The African Union would not suspend Niger.", None, None),
    ("ECOWAS threatened to suspend Guinea.", None, None),
]


@pytest.mark.parametrize("text,members,status", SUSPENSIONS)
def test_a_causative_or_planned_suspension_is_a_member_suspended(text, members, status):
    found = [e for e in events(text) if e.type == "SANCTION" and e.mode == "expel"]
    if members is None:
        assert not found, [(e.type, e.status) for e in found]
        return
    assert found, [(e.type, e.mode) for e in events(text)]
    assert {r.country for r in found[0].recipients} == members and found[0].status == status, found[0]


# sentence, the acting states of the AGREE (None: no AGREE), the judge's type and its acting state
RELATIVE_ACCORDS = [
    ("Kenya praised the accord that Ghana and Togo signed.", {"GHA", "TGO"}, "SUPPORT", "KEN"),
    ("Kenya praised the trade pact Ghana and Togo signed last week.", {"GHA", "TGO"}, "SUPPORT", "KEN"),
    ("Kenya criticized the accord that Ghana signed with Togo.", {"GHA", "TGO"}, "ACCUSE", "KEN"),
    ("Kenya praised the accord signed by Ghana and Togo.", {"GHA", "TGO"}, "SUPPORT", "KEN"),
    ("케냐는 가나와 토고가 체결한 협정을 환영했다.", {"GHA", "TGO"}, "SUPPORT", "KEN"),
    ("케냐는 가나가 토고와 체결한 무역협정을 비판했다.", {"GHA", "TGO"}, "ACCUSE", "KEN"),
    ("케냐는 가나와 토고가 서명한 평화협정을 지지했다.", {"GHA", "TGO"}, "SUPPORT", "KEN"),
    # guards: no maker named; a pronoun maker is the judge's own pact (relative71); an agreement on no accord noun
    ("Kenya praised the accord signed in Accra.", None, "SUPPORT", "KEN"),
    ("케냐는 가나와 토고가 합의한 내용을 환영했다.", None, "SUPPORT", "KEN"),
]


@pytest.mark.parametrize("text,makers,judge,judge_state", RELATIVE_ACCORDS)
def test_a_judged_accord_made_in_a_relative_names_its_makers(text, makers, judge, judge_state):
    found = events(text)
    judged = [e for e in found if e.type == judge]
    assert judged and judge_state in {p.country for p in judged[0].participants}, [(e.type, e.mode) for e in found]
    agreed = [e for e in found if e.type == "AGREE"]
    if makers is None:
        assert not agreed, [(e.type, [p.country for p in e.participants]) for e in agreed]
        return
    assert agreed, [(e.type, e.mode) for e in found]
    assert {p.country for p in agreed[0].participants} == makers, agreed[0]
    assert judge_state not in {p.country for p in agreed[0].participants} | {r.country for r in agreed[0].recipients}


# sentence, the arrest's receiving (country, sector) pairs
HELPERS = [
    ("Hungarian police arrested Dutch volunteers helping migrants.", {("NLD", "CVL")}),
    ("Hungarian police arrested Dutch volunteers helping Afghan refugees.", {("NLD", "CVL")}),
    ("Hungarian police detained two Dutch aid workers near Szeged.", {("NLD", "CVL")}),
    ("헝가리 경찰은 이주민을 돕는 네덜란드 자원봉사자들을 체포했다.", {("NLD", "CVL")}),
    ("헝가리 경찰은 아프간 난민을 돕는 네덜란드 자원봉사자들을 체포했다.", {("NLD", "CVL")}),
]


@pytest.mark.parametrize("text,receiving", HELPERS)
def test_helpers_arrested_are_civilians_of_their_state(text, receiving):
    first = first_of(events(text), type="COERCE")
    assert {(r.country, r.sector) for r in first.recipients} == receiving, first


# sentence, the release's receiving (country, sector) pairs
RELEASED_PEOPLE = [
    ("오만은 기자 2명을 석방했다.", {("OMN", "JRN")}),
    ("Oman released two journalists.", {("OMN", "JRN")}),
    ("오만은 인도 기자 2명을 석방했다.", {("IND", "JRN")}),
    ("Oman released two Indian journalists.", {("IND", "JRN")}),
    # guard: a captive named by the holding alone has no state of its own
    ("예멘 반군은 인질 3명을 석방했다.", set()),
    ("Yemeni rebels released three hostages.", set()),
]


@pytest.mark.parametrize("text,receiving", RELEASED_PEOPLE)
def test_the_people_a_release_frees_are_the_releasers_unless_named(text, receiving):
    first = first_of(events(text), type="RETREAT")
    assert {(r.country, r.sector) for r in first.recipients} == receiving, first


# sentence, the deed's type, its acting states (None: no such deed), its receiving states
GROUNDS_RELATIVES = [
    ("Colombia condemned Ecuador over soldiers who shelled a Colombian village.", "ASSAULT", {"ECU"}, {"COL"}),
    ("Colombia criticized Ecuador for troops who attacked a Colombian border post.", "ASSAULT", {"ECU"}, {"COL"}),
    ("Colombia condemned Ecuadorian soldiers who shelled a Colombian village.", "ASSAULT", {"ECU"}, {"COL"}),
    ("콜롬비아는 콜롬비아 마을을 포격한 에콰도르 군인들을 규탄했다.", "ASSAULT", {"ECU"}, {"COL"}),
    # guard: no state before the grounds: the deed has no doer of its own and is not given to the judge
    ("Colombia condemned attacks over soldiers who shelled a village.", "ASSAULT", None, None),
]


@pytest.mark.parametrize("text,kind,acting,receiving", GROUNDS_RELATIVES)
def test_a_grounds_relative_after_the_judged_state_is_its_deed(text, kind, acting, receiving):
    found = [e for e in events(text) if e.type == kind]
    if acting is None:
        assert all("COL" not in {p.country for p in e.participants} for e in found), found
        return
    assert found, [(e.type, e.mode) for e in events(text)]
    assert {p.country for p in found[0].participants} == acting, found[0]
    assert {r.country for r in found[0].recipients} == receiving, found[0]
