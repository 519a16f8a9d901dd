"""Who a meeting is between, three ways news states it.
- 'met A and B together', 'B와 C를 함께 만났다': counterparts a meeting verb lists at one table are one meeting of all
  of them, not one meeting each (lexicon joint_meeting_re, `Language.meeting_is_joint`, pipeline/meeting_parties.py);
  without such a word the verb still means one meeting per counterpart;
- 'the summit came a day after Wu held talks with X': a Chinese or Korean family name of two letters refers back to
  the person named in full (kb/names.py family_first_surnames), while an English word of two letters opening a
  sentence ('He said', 'An envoy') refers to no one (en lexicon short_name_words);
- 'held talks with X, and the two sides signed ...': the subject of the clause after ', and' is no 'with' party of
  the talks (en lexicon new_clause_subject_re; Korean '회담했으며 양측은' already is a new clause).

Formerly tests/pipeline/test_meeting_consult9.py; classes first read as "consult9" (docs/history.md)."""
from datetime import date

import pytest

from tests.conftest import events_of

DAY = date(2024, 9, 12)


def meetings(article) -> set[frozenset[str]]:
    return {frozenset(p.name for p in e.participants) for e in events_of(article, "CONSULT")}


@pytest.mark.parametrize("text", [
    "U.S. Secretary of State Antony Blinken met Australian Foreign Minister Penny Wong and Indian External Affairs "
    "Minister Subrahmanyam Jaishankar together on Tuesday in Vientiane.",
    "U.S. Secretary of State Antony Blinken met Australian Foreign Minister Penny Wong and Indian External Affairs "
    "Minister Subrahmanyam Jaishankar jointly on Tuesday.",
    "토니 블링컨 미국 국무장관은 10일 비엔티안에서 페니 웡 호주 외교장관과 수브라마냐 자이샹카르 인도 외교장관을 함께 만났다.",
    "토니 블링컨 미국 국무장관은 10일 페니 웡 호주 외교장관과 수브라마냐 자이샹카르 인도 외교장관을 한자리에서 만났다.",
])
def test_counterparts_met_together_are_one_meeting(extract, text):
    found = meetings(extract(text, published=DAY))
    assert len(found) == 1 and len(next(iter(found))) == 3, found


@pytest.mark.parametrize("text", [
    "U.S. Secretary of State Antony Blinken met Australian Foreign Minister Penny Wong and Indian External Affairs "
    "Minister Subrahmanyam Jaishankar on Tuesday.",
    "토니 블링컨 미국 국무장관은 10일 페니 웡 호주 외교장관과 수브라마냐 자이샹카르 인도 외교장관을 만났다.",
])
def test_counterparts_listed_without_together_are_met_each(extract, text):
    assert len(meetings(extract(text, published=DAY))) == 2


@pytest.mark.parametrize("text, pair", [
    ("Chinese Premier Li Qiang and Indonesian President Prabowo Subianto agreed on Thursday to expand trade at their "
     "first summit. The summit came two days after Li held his first talks with Singaporean Prime Minister Lawrence "
     "Wong on the sidelines of a forum in Jakarta on Tuesday.", {"Li Qiang", "Lawrence Wong"}),
    ("Chinese Premier Li Qiang visited Jakarta. On Tuesday Li met Singaporean Prime Minister Lawrence Wong.",
     {"Li Qiang", "Lawrence Wong"}),
])
def test_two_letter_family_name_refers_back(extract, text, pair):
    assert frozenset(pair) in meetings(extract(text, published=DAY))


@pytest.mark.parametrize("text", [
    "Chinese Vice Premier He Lifeng met U.S. Treasury Secretary Scott Bessent in Geneva on Sunday. He said the "
    "talks with Singaporean Prime Minister Lawrence Wong would follow.",
])
def test_english_two_letter_word_is_no_short_name(extract, text):
    assert all("Lawrence Wong" not in m or "He Lifeng" not in m for m in meetings(extract(text, published=DAY)))


@pytest.mark.parametrize("text", [
    "Brazilian President Luiz Inacio Lula da Silva met Chilean President Gabriel Boric in Lima on Wednesday. In Quito "
    "on Thursday, Lula held talks with Ecuadorian President Daniel Noboa, and the two sides signed ten cooperation "
    "documents.",
    "루이스 이나시우 룰라 다시우바 브라질 대통령은 11일 리마에서 가브리엘 보리치 칠레 대통령과 회담했다. 룰라 대통령은 12일 "
    "키토에서 다니엘 노보아 에콰도르 대통령과 회담했으며 양측은 협력 문서 10건에 서명했다.",
])
def test_new_clause_subject_is_no_with_party(extract, text):
    found = meetings(extract(text, published=DAY))
    assert len(found) == 2, found


@pytest.mark.parametrize("text, pair", [
    ("U.S. Secretary of State Antony Blinken spoke with Egypt's army chief, Gen. Ahmed Fathy, on Friday.",
     {"Antony Blinken", "Ahmed Fathy"}),
    ("Egypt's chief of military operations, Maj. Gen. Karim Nabil, met his Sudanese counterpart, Lt. Gen. Omar Tahir, "
     "in Cairo on Friday.", {"Karim Nabil", "Omar Tahir"}),
])
def test_rank_abbreviation_after_a_title_is_no_name(extract, text, pair):
    """English only: a Korean rank follows the name ('아흐메드 파티 장군') and has no abbreviation."""
    assert frozenset(pair) in meetings(extract(text, published=DAY))


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto flew to Kampala on Tuesday to try to mediate and met Ugandan President Yoweri "
    "Museveni, his office said.",
    "윌리엄 루토 케냐 대통령은 중재하기 위해 10일 캄팔라로 날아가 요웨리 무세베니 우간다 대통령을 만났다고 대통령실이 밝혔다.",
])
def test_past_meeting_verb_after_an_infinitive_was_held(extract, text):
    """'to try to mediate and met X': an infinitive takes 'meet'; 'met' is joined to 'flew', held."""
    found = events_of(extract(text, published=DAY), "CONSULT")
    assert [e.status for e in found] == ["occurred"]


@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto flew to Kampala on Tuesday and met General Muhoozi Kainerugaba and Ugandan "
    "President Yoweri Museveni in turn.",
    "윌리엄 루토 케냐 대통령은 10일 캄팔라로 날아가 무후지 카이네루가바 장군과 요웨리 무세베니 우간다 대통령을 차례로 만났다.",
])
def test_a_general_is_a_party(extract, text):
    """'X 장군과': a general named by the rank after the name (offices.yaml military_officer) is a person met."""
    assert len(meetings(extract(text, published=DAY))) == 2


@pytest.mark.parametrize("text", [
    "Bolivian President Luis Arce, Chilean President Gabriel Boric and Peruvian President Dina Boluarte held a summit "
    "in Lima on Monday. After the meeting, Arce and Boric told a news conference that Venezuela must publish the "
    "results.",
    "루이스 아르세 볼리비아 대통령과 가브리엘 보리치 칠레 대통령, 디나 볼루아르테 페루 대통령은 9일 리마에서 정상회의를 열었다. "
    "아르세 대통령과 보리치 대통령은 회의 뒤 기자회견에서 베네수엘라에 선거 결과 공개를 요구했다.",
])
def test_subjects_after_the_meeting_told_hold_no_other(extract, text):
    """'A와 B는 회의 뒤 기자회견에서': after the summit just told; no meeting of A and B alone
    (pipeline/meeting_parties.py: a background meeting word restating the story's meeting)."""
    assert len(meetings(extract(text, published=DAY))) == 1


@pytest.mark.parametrize("text", [
    "루이스 아르세 볼리비아 대통령과 가브리엘 보리치 칠레 대통령은 회담 후 공동성명을 채택했다.",
])
def test_subjects_after_their_own_meeting_met(extract, text):
    """With no meeting told before, 'A와 B는 회담 후' still says A and B met."""
    assert len(meetings(extract(text, published=DAY))) == 1


@pytest.mark.parametrize("text", [
    "On Sunday, Kenyan President William Ruto held separate bilateral talks with Ugandan President Yoweri Museveni "
    "and Tanzanian President Samia Suluhu Hassan, and Museveni and Hassan met on their own.",
])
def test_split_word_of_another_clause(extract, text):
    """'separate' belongs to the first clause: the second clause's 'A and B met' is A's and B's own meeting.
    (Korean '..., 무세베니 대통령과 하산 대통령은 따로 만났다' still lends the first clause's topic to the second:
    left, see the report.)"""
    found = meetings(extract(text, published=DAY))
    assert frozenset({"Yoweri Museveni", "Samia Suluhu Hassan"}) in found and len(found) == 3, found


@pytest.mark.parametrize("text", [
    "한일 정상 \"셔틀외교 복원\"…정상회의 정례화\n\n한덕수 국무총리와 이시바 시게루 일본 총리는 10일 도쿄에서 회담을 하고 "
    "셔틀외교를 복원하기로 합의했다.",
    "Japan and South Korea leaders pledge to meet regularly\n\nSouth Korean Prime Minister Han Duck-soo and Japanese "
    "Prime Minister Shigeru Ishiba agreed to restore shuttle diplomacy after talks in Tokyo on Friday.",
])
def test_leaders_group_names_the_documents_head(extract, text):
    """'한일 정상', 'Japan and South Korea leaders': the state's one head the document names (its premier) led it,
    not the head of state the knowledge base guessed (pipeline/mentions.py relink_leaders)."""
    article = extract(text, published=date(2025, 1, 11))
    grouped = {m.entity.name for m in article.mentions if m.span.data.get("office_group") and m.entity}
    assert grouped == {"Han Duck-soo", "Shigeru Ishiba"}
