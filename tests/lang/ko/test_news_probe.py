"""A probe of Korean news as wire services, ministries and headlines write it: each row is a sentence we
wrote in the style of a real outlet (datelines, 외교부 보도자료, quotes, headlines), run through the whole
pipeline (`readout.api.extract_text`), with the event it states: type, the acting and receiving sides as
country codes (a person stands for the state), status, and for meetings the date and place.

The rows cover meeting words (정상회담, 통화, 접견, 예방, 면담, 화상회의, 3자 회의, 잇달아/각각, 배석,
동행), the sixteen PLOVER types in their usual Korean forms, negation and modality (않았다, 방침, 계획,
키로 했다, 수도 있다), nominal and adnominal forms, sides from particles, quoted speech and relative
clauses that state no act. Rows the pipeline still misses are marked `xfail` with the class of the error,
so a fix shows as an unexpected pass. Every sentence is our own.

The NEWS3 blocks add wire copy with datelines and 이날, ministry briefings, the presidential office, North
Korean media, the Joint Chiefs, resolutions, multi-party meetings, plans and cancellations, requests and
warnings with and without a receiver, and headlines abbreviating leaders to one Hanja character; a row may
carry its own publication date (`published`), which dates its `day` and resolves its officials.
The NEWS4 blocks (published 19 September 2025, 2025's officials) add broadcast and headline styles ([종합],
(종합2보), names joined by a middle dot), trips, envoys, North Korean media (동지께서는, 상봉, 진행하시였다),
the speaker and delegations of parliament, vice-ministerial and director-level talks, the two Koreas, plans
and cancellations, weekdays and week words, calls received (예방을 받았다), a product's origin (중국산), the
people of a city, and crossings of military lines; a row may require that a call have no place (`placeless`).
The NEWS6 block (and APART) adds the classes real news showed after that: durations before 만에, range
ends, meetings chained to a plan, visitors of one state, and two meetings of one story kept apart.
The NEWS5 block adds the classes NEWS4 left: coast guard and patrol craft, Japan's national security head,
meetings being arranged (추진, 조율 중), video meetings made from an office, and meetings of states named by an
office ('한미 국방장관회담'), which are their holders' (HOLDERS, ARRANGED).
Run alone with `python -m tests.lang.ko.test_news_probe [BLOCK ...]`: the failures, grouped by type.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

PUBLISHED = date(2024, 11, 15)  # a Friday: 이날 is the 15th, 지난 12일 the 12th, 오는 20일 the 20th


@dataclass(frozen=True)
class Row:
    text: str
    type: str  # the PLOVER type the sentence states
    actors: frozenset = frozenset()  # country codes of the acting side (CONSULT: every participant)
    recipients: frozenset | None = None  # country codes of the receiving side; None: not checked
    status: str = "occurred"
    day: int | date | None = None  # the event's day (a number: in November 2024), for meetings
    place: str | None = None  # a substring of the event's place name
    absent: bool = False  # the sentence states no event of `type` (relative clause, exhortation, negation)
    fails: str = ""  # the class of error the pipeline still makes (xfail), empty when it reads the row
    marks: tuple = field(default=())
    published: date = PUBLISHED  # the article's publication date; `day` numbers are in its month
    placeless: bool = False  # the meeting has no place (a call or video conference named with a city)


def r(text, type_, actors="", recipients=None, **kw) -> Row:
    split = lambda s: frozenset(s.split()) if isinstance(s, str) else s  # noqa: E731
    return Row(text, type_, split(actors), split(recipients) if recipients is not None else None, **kw)


def no(text, type_, **kw) -> Row:
    return Row(text, type_, absent=True, **kw)


MEETINGS = [
    r("【서울=뉴시스】 조태열 외교부 장관은 14일 서울 종로구 외교부 청사에서 방한 중인 토니 블링컨 미국 국무장관과 "
      "외교장관회담을 가졌다.", "CONSULT", "KOR USA", day=14, place="Seoul"),
    r("(서울=연합뉴스) 윤석열 대통령은 이날 용산 대통령실에서 방한 중인 마크 뤼터 나토 사무총장을 접견했다.",
      "CONSULT", "KOR IGO", day=15, place="Seoul"),
    r("조태열 장관은 이날 오후 왕이 중국 외교부장과 전화 통화를 갖고 한반도 정세를 논의했다.",
      "CONSULT", "KOR CHN", day=15),
    r("이와야 다케시 일본 외무상은 14일(현지시간) 태국 방콕에서 조태열 외교부 장관, 토니 블링컨 미국 국무장관과 "
      "3국 외교장관 회의를 가졌다.", "CONSULT", "KOR USA JPN", day=14, place="Bangkok"),
    r("블링컨 장관은 회담에 앞서 한덕수 국무총리를 예방했다.", "CONSULT", "USA KOR"),
    r("김홍균 외교부 1차관은 지난 12일 커트 캠벨 미국 국무부 부장관과 면담했다.", "CONSULT", "KOR USA", day=12),
    r("조태열 장관은 오는 20일 도쿄를 방문해 이와야 다케시 외무상과 회담할 예정이다.", "CONSULT", "KOR JPN",
      status="planned", day=20),
    r("(서울=연합뉴스) 조태열 외교부 장관은 13일 세르게이 라브로프 러시아 외무장관과 화상회의를 했다.",
      "CONSULT", "KOR RUS", day=13),
    r("윤석열 대통령과 이시바 시게루 일본 총리는 15일(현지시간) 리마에서 정상회담을 했다.", "CONSULT", "KOR JPN",
      day=15, place="Lima"),
    r("조태열 장관은 방콕에서 이와야 외무상, 블링컨 국무장관과 각각 양자 회담을 가졌다.",
      "CONSULT", "KOR USA", place="Bangkok"),
    r("조태열 장관은 이날 토니 블링컨 국무장관과 이와야 다케시 외무상을 잇달아 만났다.", "CONSULT", "KOR JPN", day=15),
    r("외교부는 조태열 장관이 14일 필립 골드버그 주한 미국대사를 접견했다고 밝혔다.", "CONSULT", "KOR USA", day=14),
    r("조태열, 블링컨과 외교장관회담…北 도발 대응 논의", "CONSULT", "KOR USA"),
    r("양 장관은 이날 회담에서 북한의 러시아 파병 문제를 논의했다.", "CONSULT", "", absent=True),
    r("최선희 북한 외무상은 지난 1일 모스크바에서 안드레이 루덴코 러시아 외무차관과 회담했다고 조선중앙통신이 "
      "보도했다.", "CONSULT", "PRK RUS", day=1, place="Moscow"),
    r("시진핑 중국 국가주석은 14일(현지시간) 리마에서 조 바이든 미국 대통령과 정상회담을 가졌다.", "CONSULT",
      "CHN USA", day=14, place="Lima"),
    r("김용현 국방부 장관은 이날 서울 용산 국방부 청사에서 방한한 리처드 말스 호주 국방장관과 회담했다.",
      "CONSULT", "KOR AUS", day=15, place="Seoul"),
    r("한덕수 국무총리는 오는 18일 정부서울청사에서 방한하는 베트남 총리와 회담한다.", "CONSULT", "KOR VNM",
      status="planned", day=18, place="Seoul"),
    r("조태열 장관은 이날 회담에 이어 블링컨 장관과 오찬을 함께했다.", "CONSULT", "KOR USA", day=15),
    # seats of government name their city; a shared meal is a meeting
    r("김영호 통일부 장관은 14일 정부서울청사에서 방한한 독일 외무장관과 면담했다.", "CONSULT", "KOR DEU",
      day=14, place="Seoul"),
    r("조 바이든 미국 대통령은 13일 백악관에서 이스라엘 대통령과 회담했다.", "CONSULT", "USA ISR", day=13,
      place="Washington"),
    r("윤석열 대통령은 12일 대통령실에서 방한한 필리핀 대통령과 만찬을 함께했다.", "CONSULT", "KOR PHL", day=12,
      place="Seoul"),
    r("조태열 장관은 이날 왕이 중국 외교부장과 만찬을 가졌다.", "CONSULT", "KOR CHN", day=15),
    r("이번 회담에는 필립 골드버그 주한 미국대사가 배석했다.", "CONSULT", "", absent=True),
    r("윤석열 대통령은 12일 방한한 호주 총리와 정상회담을 했으며 이 자리에는 조태열 외교부 장관이 배석했다.",
      "CONSULT", "KOR AUS", day=12),
    r("조태열 장관은 이날 서울 외교부 청사에서 왕이 중국 외교부장과 한중 외교장관회담을 개최했다.",
      "CONSULT", "KOR CHN", day=15, place="Seoul"),
    r("윤석열 대통령은 지난 13일 조 바이든 미국 대통령과 통화하고 북한의 도발에 공동 대응하기로 했다.",
      "CONSULT", "KOR USA", day=13),
    r("한미일 외교장관은 오는 25일 도쿄에서 회의를 열 계획이다.", "CONSULT", "KOR USA JPN", status="planned",
      day=25),
    r("이시바 시게루 일본 총리는 이날 윤석열 대통령과의 회담이 취소됐다고 밝혔다.", "CONSULT", "JPN KOR",
      status="cancelled"),
]

ACTS = [
    # ACCUSE: 규탄, 비난, 유감, 우려, 항의, 초치
    r("(서울=연합뉴스) 외교부는 14일 북한의 탄도미사일 발사를 강력히 규탄한다고 밝혔다.", "ACCUSE", "KOR", "PRK"),
    r("정부는 북한이 러시아에 병력을 파견한 데 대해 깊은 우려를 표명했다.", "ACCUSE", "KOR", "PRK"),
    r("북한 외무성은 한미 연합훈련을 비난하는 담화를 발표했다.", "ACCUSE", "PRK", "KOR USA"),
    r("한미일 외교장관은 북한의 미사일 발사를 규탄하는 공동성명을 냈다.", "ACCUSE", "KOR USA JPN", "PRK"),
    r("중국은 미국의 대만 무기 판매를 강하게 비난한 것으로 알려졌다.", "ACCUSE", "CHN", "USA"),
    r("외교부는 주한 일본대사관 총괄공사를 초치해 항의했다.", "ACCUSE", "KOR", "JPN"),
    r("정부는 일본 정부에 대해 유감을 표명했다.", "ACCUSE", "KOR", "JPN"),
    r("외교부 대변인은 정례브리핑에서 러시아를 비난하지 않았다.", "ACCUSE", absent=True),
    r("북한은 한국 정부를 맹비난했다.", "ACCUSE", "PRK", "KOR"),
    r("안보리는 북한을 규탄하는 결의안을 논의했다.", "ACCUSE", absent=True),
    r("유럽연합(EU)은 러시아의 우크라이나 침공을 규탄하는 성명을 발표했다.", "ACCUSE", "EUR", "RUS"),
    # REQUEST: 촉구, 요구, 요청, 당부
    r("정부는 북한에 비핵화 대화에 조속히 복귀할 것을 촉구했다.", "REQUEST", "KOR", "PRK"),
    r("미국은 중국에 대북 영향력을 행사해 달라고 요청했다.", "REQUEST", "USA", "CHN"),
    r("외교부는 일본 정부에 강제징용 피해자에 대한 사죄를 요구했다.", "REQUEST", "KOR", "JPN"),
    r("조 장관은 블링컨 장관에게 한미 공조 유지를 당부했다.", "REQUEST", "KOR", "USA"),
    r("한미 양국은 러시아에 북한과의 군사협력을 즉각 중단하라고 촉구했다.", "REQUEST", "KOR USA", "RUS"),
    r("북한은 미국에 적대시 정책 철회를 요구할 방침이다.", "REQUEST", "PRK", "USA", status="planned"),
    r("조 장관은 \"북한은 도발을 멈추고 대화에 나서야 한다\"고 말했다.", "REQUEST", "KOR", "PRK"),
    # an obligation put on another state in reported speech is a request to it; on one's own side, none
    r("블링컨 장관은 중국이 러시아에 대한 군사 지원을 끊어야 한다고 강조했다.", "REQUEST", "USA", "CHN"),
    no("조 장관은 \"우리는 대비 태세를 강화해야 한다\"고 말했다.", "REQUEST"),
    # THREATEN: 경고, 위협
    r("북한 국방성은 한미가 훈련을 계속하면 강력히 대응하겠다고 경고했다.", "THREATEN", "PRK", "KOR USA"),
    r("러시아는 한국이 우크라이나에 무기를 지원하면 양국 관계가 파괴될 것이라고 위협했다.", "THREATEN", "RUS",
      "KOR"),
    r("김여정 조선노동당 부부장은 담화에서 한국을 향해 대가를 치를 것이라고 경고했다.", "THREATEN", "PRK", "KOR"),
    # SANCTION: 제재, 독자제재, 지정, 추방, 단교
    r("정부는 15일 북한 개인 11명과 기관 4곳을 독자제재 대상으로 지정했다.", "SANCTION", "KOR", "PRK"),
    r("미국 재무부는 이날 러시아 은행들에 대한 추가 제재를 발표했다.", "SANCTION", "USA", "RUS"),
    r("정부는 대북 독자제재를 발표했다.", "SANCTION", "KOR", "PRK"),
    r("영국 정부는 러시아 외교관 1명을 추방했다.", "SANCTION", "GBR", "RUS"),
    r("일본 정부는 북한에 대한 독자 제재를 2년 연장하기로 했다.", "SANCTION", "JPN", "PRK", status="planned"),  # future53: decided, yet to come
    r("유럽연합은 이란에 대한 제재를 부과할 계획이다.", "SANCTION", "EUR", "IRN", status="planned"),
    # enmodes70: a hostile measure weighed is a THREATEN of it, made now (tests/lang/test_weighed_measures.py)
    r("정부는 대북 제재를 강화하는 방안을 검토하고 있다.", "THREATEN", "KOR", "PRK"),
    # RETREAT / CONCEDE: 석방, 철수, 해제, 사과
    r("북한은 억류하던 한국인 선교사 3명을 석방했다.", "RETREAT", "PRK", "KOR"),
    r("이란은 억류했던 프랑스인 관광객 2명을 석방했다.", "RETREAT", "IRN", "FRA"),  # nationality noun: 국명 + 인
    r("러시아군은 쿠르스크 일부 지역에서 철수했다.", "RETREAT", "RUS"),
    r("미국은 대북 제재 일부를 해제했다.", "RETREAT", "USA", "PRK"),  # sanction54: crosswalk 085
    r("일본 총리는 과거 식민지배에 대해 한국에 사과했다.", "SUPPORT", "JPN", "KOR"),  # coding63: CAMEO 055
    r("일본은 한국의 요구에 양보했다.", "CONCEDE", "JPN", "KOR"),
    # AID / COOPERATE / SUPPORT
    r("정부는 우크라이나에 1억 달러 규모의 인도적 지원을 제공했다.", "AID", "KOR", "UKR"),
    r("정부는 우크라이나에 인도적 지원을 제공하기로 했다.", "AID", "KOR"),
    r("한미 양국은 북한 미사일 경보 정보를 실시간으로 공유했다.", "COOPERATE", "KOR USA"),
    r("중국은 러시아의 입장을 지지한다고 밝혔다.", "SUPPORT", "CHN", "RUS"),
    r("정부는 유엔 안보리의 대북 결의 채택을 환영했다.", "SUPPORT", "KOR"),
    # AGREE: 합의, 서명, 체결, 공동성명 채택
    r("한미 양국은 방위비분담 특별협정에 서명했다.", "AGREE", "KOR USA"),
    r("한국과 체코는 원전 협력 협정을 체결했다.", "AGREE", "KOR CZE"),
    r("한일 양국은 셔틀외교를 이어가기로 합의했다.", "AGREE", "KOR JPN"),
    r("한미일 3국 정상은 캠프데이비드 공동성명을 채택했다.", "AGREE", "KOR USA JPN"),
    r("조태열 장관은 이날 왕이 외교부장과 회담했다. 양측은 내년 상반기 차관급 전략대화를 열기로 합의했다.", "AGREE",
      "KOR CHN"),
    # REJECT: 거부, 거절, 일축
    r("북한은 한국 정부의 대화 제안을 거부했다.", "REJECT", "PRK", "KOR"),
    r("중국 외교부는 미국의 주장을 일축했다.", "REJECT", "CHN", "USA"),
    # PROTEST: 시위, 집회
    r("서울 주한 일본대사관 앞에서는 시민단체들이 시위를 벌였다.", "PROTEST", "KOR",
      ),  # civic groups with no country word: the state of the place where they act
    # COERCE: 억류, 나포, 체포
    r("북한은 한국 국적 선원 2명을 억류했다.", "COERCE", "PRK", "KOR"),
    r("해양경찰청은 서해에서 불법 조업을 하던 중국 어선 3척을 나포했다.", "COERCE", "KOR", "CHN"),
    # MOBILIZE: 발사, 배치, 훈련, 파병
    r("(서울=뉴시스) 북한은 이날 오전 동해상으로 단거리 탄도미사일 수 발을 발사했다.", "MOBILIZE", "PRK"),
    r("합동참모본부는 북한이 14일 평양 일대에서 탄도미사일 1발을 발사했다고 밝혔다.", "MOBILIZE", "PRK"),
    r("러시아는 북한 접경지역에 병력을 배치했다.", "MOBILIZE", "RUS"),
    r("한미 해군은 동해에서 연합훈련을 실시했다.", "COOPERATE", "KOR USA"),  # plans56
    r("북한은 러시아에 병력 1만여명을 파병했다.", "MOBILIZE", "PRK"),
    # ASSAULT: 포격, 공격, 공습
    r("북한군은 연평도를 포격했다.", "ASSAULT", "PRK", "KOR"),  # a place struck stands for its state
    r("러시아군은 우크라이나 수도 키이우를 공습했다.", "ASSAULT", "RUS", "UKR"),
    r("이스라엘군은 레바논 남부를 공격했다.", "ASSAULT", "ISR", "LBN"),
]

FORMS = [
    # negation and modality
    r("정부는 북한에 대한 추가 제재를 부과하지 않았다.", "SANCTION", absent=True),
    r("외교부는 주한 러시아대사를 초치할 방침이다.", "ACCUSE", "KOR", "RUS", status="planned"),
    r("정부는 러시아에 대한 수출 통제를 강화할 계획이다.", "SANCTION", "KOR", "RUS", status="planned"),
    r("미국은 북한에 대한 추가 제재를 검토할 수도 있다고 밝혔다.", "THREATEN", "USA", "PRK"),  # enmodes70: weighed
    r("정부는 북한 해커 조직을 독자제재 대상으로 지정키로 했다.", "SANCTION", "KOR", "PRK", status="planned"),  # future53: decided, yet to come
    r("북한은 미사일 발사를 중단하지 않을 것이라고 밝혔다.", "REJECT", "PRK"),
    # a refusal to yield (negated stop/give up/withdraw with a future) is REJECT; a past 'did not stop' states nothing
    r("이란은 우라늄 농축을 포기하지 않겠다고 밝혔다.", "REJECT", "IRN"),
    r("러시아는 점령지에서 철수하지 않을 것이라고 말했다.", "REJECT", "RUS"),
    no("북한은 지난달 미사일 발사를 중단하지 않았다.", "REJECT"),
    # nominal and adnominal forms
    r("정부, 대북 독자제재 발표…北 개인 11명 지정", "SANCTION", "KOR", "PRK"),
    r("北, 동해상으로 탄도미사일 발사", "MOBILIZE", "PRK"),
    r("외교부는 북한의 도발을 규탄하는 성명을 냈다.", "ACCUSE", "KOR", "PRK"),
    r("미국 국무부는 러시아와 북한의 군사협력을 비난한 것으로 전해졌다.", "ACCUSE", "USA", "RUS PRK"),
    # sides
    r("정부는 중국 정부에 대해 탈북민 강제북송 중단을 요청했다.", "REQUEST", "KOR", "CHN"),
    r("한미는 북한의 러시아 파병을 강하게 규탄했다.", "ACCUSE", "KOR USA", "PRK"),
    r("양측은 북한의 핵·미사일 개발을 규탄했다.", "ACCUSE", "", "PRK", absent=True),
    r("일본 정부는 한국 측에 독도 문제에 대해 항의했다.", "ACCUSE", "JPN", "KOR"),
    r("중국은 필리핀을 향해 도발을 멈추라고 경고했다.", "THREATEN", "CHN", "PHL"),
    # quoted speech and exhortation
    r("바이든 대통령은 \"북한의 위협에 함께 맞서자\"고 말했다.", "ASSAULT", absent=True),
    r("블링컨 장관은 \"한미 동맹은 철통같다\"며 한국에 대한 방위 공약을 재확인했다.", "SUPPORT", "USA", "KOR"),
    r("외교부 당국자는 \"북한의 도발을 강력히 규탄한다\"고 말했다.", "ACCUSE", "KOR", "PRK"),
    # relative clauses that state no act
    r("정부는 북한을 규탄하는 결의안 초안을 검토했다.", "ACCUSE", absent=True),
    r("러시아에 대한 제재를 담은 법안이 의회를 통과했다.", "SANCTION", absent=True),
    r("정부는 북한이 발사한 미사일의 제원을 분석하고 있다.", "MOBILIZE", "PRK"),
    # a past relative clause with its own subject reports the act only where nothing else in the sentence does
    r("일본 정부는 러시아가 발사한 순항미사일의 비행 경로를 추적했다.", "MOBILIZE", "RUS"),
    no("정부는 북한이 발사할 미사일에 대비하고 있다.", "MOBILIZE"),
]

STORIES = [  # wire reports of several sentences: dateline, 이날, 양 장관은, group words, companions
    r("【워싱턴=뉴시스】 조태열 외교부 장관은 13일(현지시간) 워싱턴에서 토니 블링컨 미국 국무장관과 회담했다. "
      "양 장관은 이날 북한의 러시아 파병을 강력히 규탄했다.", "ACCUSE", "KOR USA", "PRK"),
    r("조태열 외교부 장관은 14일 서울에서 왕이 중국 외교부장과 회담했다. 이번 방한에는 중국 외교부 부부장이 "
      "동행했다.", "CONSULT", "KOR CHN", day=14, place="Seoul"),
    r("윤석열 대통령은 15일 리마에서 시진핑 중국 국가주석과 정상회담을 했다. 두 정상은 한중 관계 발전 방안을 "
      "논의했다.", "CONSULT", "KOR CHN", day=15, place="Lima"),
    r("외교부는 15일 보도자료를 내고 북한의 탄도미사일 발사를 강력히 규탄한다고 밝혔다. 외교부는 북한이 도발을 즉각 "
      "중단할 것을 촉구했다.", "REQUEST", "KOR", "PRK"),
    r("정부는 북한의 위성 발사를 강력히 규탄하며, 북한이 도발을 즉각 중단할 것을 촉구한다.", "ACCUSE", "KOR", "PRK"),
    r("국방부는 북한이 도발하면 강력히 응징하겠다고 경고했다.", "THREATEN", "KOR", "PRK"),
    r("블링컨 장관은 \"북한과 러시아의 군사협력을 강력히 규탄한다\"고 말했다.", "ACCUSE", "USA", "PRK RUS"),
    r("한미일 3국은 15일 리마에서 3자 정상회의를 열었다.", "CONSULT", "KOR USA JPN", day=15, place="Lima"),
    r("방한 중인 왕이 중국 외교부장은 이날 윤석열 대통령을 예방했다.", "CONSULT", "CHN KOR", day=15),
    r("신원식 국방부 장관은 14일 로이드 오스틴 미국 국방장관과 화상으로 회담했다.", "CONSULT", "KOR USA", day=14),
    r("조태열 장관은 이날 리마에서 미국, 일본 외교장관과 잇달아 회담했다.", "CONSULT", "KOR USA", day=15,
      place="Lima"),
    r("조태열 장관은 이날 리마에서 미국, 일본 외교장관과 잇달아 회담했다.", "CONSULT", "KOR JPN", day=15,
      place="Lima"),  # countries listed before one plural office: each its office holder, a meeting each
    r("윤석열 대통령은 이날 미국·일본 정상과 각각 통화했다.", "CONSULT", "KOR JPN", day=15),
]

HEADLINES = [
    r("尹, 시진핑과 정상회담…\"北 비핵화 협력\"", "CONSULT", "KOR CHN"),  # a leader's one-character Hanja name
    r("정부, 北 미사일 발사 규탄…\"안보리 결의 위반\"", "ACCUSE", "KOR", "PRK"),
    r("한미일 외교장관 \"北 러시아 파병 강력 규탄\"", "ACCUSE", "KOR USA JPN", "PRK RUS"),  # side by side: both
    r("美, 러시아 은행 10곳 제재", "SANCTION", "USA", "RUS"),
    r("北, 서해상으로 포병 사격…軍 \"대응 태세 유지\"", "MOBILIZE", "PRK"),
    r("日 외무상, 주일 한국대사 초치해 항의", "ACCUSE", "JPN", "KOR"),
]

MORE_ACTS = [
    r("미국은 우크라이나에 6억 달러 규모의 무기를 추가로 지원하기로 했다.", "AID", "USA"),
    r("한미 양국은 사이버 분야에서 긴밀히 협력했다.", "COOPERATE", "KOR USA"),
    r("탈북민 단체들은 서울 중국대사관 앞에서 강제북송에 항의하는 집회를 열었다.", "PROTEST", "KOR",
      ),  # civic groups with no country word: the state of the place where they act
    r("북한은 서해상에서 포병 사격 훈련을 실시했다.", "MOBILIZE", "PRK"),
    r("북한은 핵 선제공격도 불사하겠다며 미국을 위협했다.", "THREATEN", "PRK", "USA"),
    r("북한은 미국이 제안한 대화를 거부했다.", "REJECT", "PRK", "USA"),
    r("중국은 대만 주변에서 대규모 군사훈련을 벌였다.", "MOBILIZE", "CHN"),
    r("윤석열 대통령은 도널드 트럼프 미국 대통령 당선인과 통화했다.", "CONSULT", "KOR USA"),
    r("북한은 이날 미사일을 발사하지 않았다.", "MOBILIZE", absent=True),
    r("정부는 당분간 북한에 대한 추가 제재를 하지 않기로 했다.", "SANCTION", absent=True),
    r("양 정상은 \"함께 북한의 도발에 맞서자\"고 말했다.", "ACCUSE", absent=True),
    r("러시아 외무부는 한국 정부의 결정에 강하게 항의했다.", "ACCUSE", "RUS", "KOR"),
    r("이스라엘군은 가자지구 남부를 폭격했다.", "ASSAULT", "ISR"),
    r("이스라엘은 가자지구에 인도적 지원을 허용하기로 했다.", "AGREE", "ISR"),  # coding63: a retreat decided, promised
    r("북한은 개성공단에 남아 있던 한국 측 인원을 추방했다.", "SANCTION", "PRK", "KOR"),
    r("러시아는 북한과 포괄적 전략적 동반자 관계 조약을 체결했다.", "AGREE", "RUS PRK"),
    r("미국 국무부는 북한의 인권 상황에 대해 우려를 표명했다.", "ACCUSE", "USA", "PRK"),
    r("정부는 러시아가 북한에 군사 기술을 이전할 경우 대응하겠다고 밝혔다.", "MOBILIZE", absent=True),
    r("북한은 이르면 이달 중 7차 핵실험을 감행할 수도 있다.", "MOBILIZE", absent=True),
    # an observer's forecast is not the actor's plan; the actor's own threat of a possible act is
    no("전문가들은 중국이 대만 주변에서 대규모 군사훈련을 실시할 것으로 전망했다.", "MOBILIZE"),
    no("전문가들은 러시아가 추가 동원령을 내릴 수도 있다고 내다봤다.", "MOBILIZE"),
    r("북한은 핵실험을 감행할 수도 있다고 위협했다.", "MOBILIZE", "PRK", status="planned"),
    r("미국은 한국이 우크라이나에 무기를 지원하면 환영할 것이라고 밝혔다.", "AID", absent=True),
]

CLASSES = [  # more rows for each class fixed, in other words than the rows that exposed it
    # a statement noun heads a compound; a text under discussion states no act yet
    r("러시아 외무부는 미국의 대러 제재를 비난하는 대변인 성명을 냈다.", "ACCUSE", "RUS", "USA"),
    r("한일 외교장관은 북한의 핵 개발을 규탄하는 공동 언론발표문을 채택했다.", "ACCUSE", "KOR JPN", "PRK"),
    r("유엔 총회는 러시아를 규탄하는 결의안을 표결할 예정이다.", "ACCUSE", absent=True),
    # the addressee of a request or warning is the 에/에게 after the requester, not a country in the content
    r("일본은 중국에 대만 주변 군사훈련을 중단하라고 요구했다.", "REQUEST", "JPN", "CHN"),
    r("외교부는 러시아 측에 북한산 무기 구매를 중단할 것을 요청했다.", "REQUEST", "KOR", "RUS"),
    # a relative clause's own subject describes the object; the topic acts
    r("중국은 일본이 발표한 방위 계획을 강하게 비난했다.", "ACCUSE", "CHN", "JPN"),
    r("정부는 북한이 제의한 군사회담을 거절했다.", "REJECT", "KOR", "PRK"),
    # a condition states no act
    r("정부는 북한이 7차 핵실험을 할 경우 강력히 대응하겠다고 밝혔다.", "MOBILIZE", absent=True),
    r("러시아가 북한에 첨단 무기를 넘기면 한국은 우크라이나 지원 방식을 바꿀 것이다.", "AID", absent=True),
    # headlines: a phrase-final verbal noun is the verb; a name before a quote is its speaker
    r("北 국방성, 한미 연합훈련 맹비난", "ACCUSE", "PRK", "KOR USA"),
    r("EU, 러시아 추가 제재…\"전쟁 자금줄 차단\"", "SANCTION", "EUR", "RUS"),
    r("정부, 北에 대화 촉구", "REQUEST", "KOR", "PRK"),
    # the headline comma marks the topic; a name with its own case (北에, 中에) is not joined to it
    r("日, 中에 군사훈련 중단 촉구", "REQUEST", "JPN", "CHN"),
    r("외교부, 러시아에 항의", "ACCUSE", "KOR", "RUS"),
    r("외교부 \"日 교과서 검정 결과 강력 규탄\"", "ACCUSE", "KOR", "JPN"),
    r("한미 외교장관 \"北 비핵화 위해 긴밀 협력\"", "COOPERATE", absent=True),  # the topic of talks, no act done
    # counts, spans of time and partitives between an act noun and its verb
    r("미국은 이란에 대한 제재를 1년 더 연장했다.", "SANCTION", "USA", "IRN"),
    r("북한은 억류한 어민 전원을 석방했다.", "RETREAT", "PRK"),
    # a count between an office group's states and the office
    r("한일 양국 외교장관은 셔틀외교 복원에 합의했다.", "AGREE", "KOR JPN"),
]

WIRE = [  # a third batch in wire and ministry styles
    r("조선중앙통신에 따르면 김정은 국무위원장은 지난 13일 방북한 러시아 국방장관을 접견했다.", "CONSULT", "PRK RUS",
      day=13),
    r("미국 백악관은 북한의 러시아 파병을 강력히 규탄했다.", "ACCUSE", "USA", "PRK"),
    r("중국 외교부 대변인은 정례 브리핑에서 미국의 대만 무기 판매에 단호히 반대한다고 밝혔다.", "REJECT", "CHN", "USA"),
    r("한국 정부는 시리아 지진 피해 지역에 인도적 지원을 제공하기로 결정했다.", "AID", "KOR"),
    r("북한은 14일 오전 동해상으로 탄도미사일 3발을 쐈다.", "MOBILIZE", "PRK"),
    r("미국과 중국은 무역 협상을 재개하기로 합의했다.", "AGREE", "USA CHN"),
    r("유엔 안전보장이사회는 북한을 규탄하는 결의안을 채택했다.", "ACCUSE", "UNO", "PRK"),
    r("윤석열 대통령은 지난달 31일 도널드 트럼프 대통령 당선인과 통화했다.", "CONSULT", "KOR USA",
      day=date(2024, 10, 31)),
    r("합동참모본부는 북한군이 군사분계선을 침범하자 경고사격을 했다고 밝혔다.", "MOBILIZE", "KOR", "PRK"),
    # warning shots are a show of force (MOBILIZE, force9) aimed at the side warned
    r("필리핀 해경은 중국 선박에 경고사격을 가했다.", "MOBILIZE", "PHL", "CHN"),
    r("우리 군은 북한 경비정을 향해 경고사격했다.", "MOBILIZE", "KOR", "PRK"),
    r("정부는 북한의 오물 풍선 살포에 대응해 대북 확성기 방송을 재개했다.", "ACCUSE", absent=True),
    r("외교부는 이날 주한 러시아대사를 불러 북한과의 군사협력에 강력히 항의했다.", "ACCUSE", "KOR", "RUS"),
    r("외교부는 주한 중국대사관 공사를 초치해 탈북민 강제북송에 대해 유감을 표명했다.", "ACCUSE", "KOR", "CHN"),
    r("일본 외무성은 한국 국회의원들의 독도 방문에 대해 항의했다고 밝혔다.", "ACCUSE", "JPN", "KOR"),
    r("정부는 북한 인권 문제를 제기하는 유엔 결의안에 공동제안국으로 참여했다.", "ACCUSE", absent=True,
      fails="a resolution joined as co-sponsor is read through its relative clause"),
    r("이란은 이스라엘에 탄도미사일 약 180발을 발사했다.", "ASSAULT", "IRN", "ISR"),
    # fired at a state is force; fired into a sea is a show of force
    r("러시아는 우크라이나에 극초음속 미사일을 발사했다.", "ASSAULT", "RUS", "UKR"),
    r("북한은 동해상에 단거리 탄도미사일 2발을 발사했다.", "MOBILIZE", "PRK"),
    r("북한 외무성 대변인은 담화를 통해 미국의 대북 적대시 정책을 규탄했다.", "ACCUSE", "PRK", "USA"),
    r("중국은 한국 정부에 사드 배치 철회를 요구했다.", "REQUEST", "CHN", "KOR"),
    r("한미 국방장관은 이날 화상으로 만나 북한의 도발에 공동 대응하기로 했다.", "CONSULT", "KOR USA", day=15),
    r("조태열 장관은 회담 뒤 기자들과 만나 \"매우 생산적인 회담이었다\"고 말했다.", "CONSULT", "KOR", absent=True),
    r("러시아는 일본 외교관 2명을 추방하기로 했다.", "SANCTION", "RUS", "JPN", status="planned"),  # future53: decided, yet to come
    r("정부는 러시아 선박 2척에 대한 입항을 금지했다.", "SANCTION", "KOR", "RUS"),
]

FEB = date(2025, 2, 16)  # a Sunday in another administration: Rubio is the US secretary of state
JULY = date(2024, 7, 11)  # a Thursday: 10일 is the day before

NEWS3 = [  # a fourth batch: wire copy with datelines and 이날, ministry briefings, the presidential office, North
    # Korean media, the Joint Chiefs, resolutions, multi-party meetings, plans and cancellations, and acts with and
    # without a named receiver
    # wire copy: datelines, 이날, (현지시간)
    r("(서울=연합뉴스) 김용현 국방부 장관은 이날 로이드 오스틴 미국 국방장관과 전화 통화를 하고 북한군 파병 동향을 "
      "공유했다.", "CONSULT", "KOR USA", day=15),
    r("(워싱턴=연합뉴스) 조태열 외교부 장관은 13일(현지시간) 워싱턴DC 국무부 청사에서 토니 블링컨 국무장관과 "
      "회담했다.", "CONSULT", "KOR USA", day=13, place="Washington"),
    r("(베이징=연합뉴스) 왕이 중국 외교부장은 14일 베이징에서 최선희 북한 외무상과 회담했다고 중국 외교부가 밝혔다.",
      "CONSULT", "CHN PRK", day=14, place="Beijing"),
    r("(서울=뉴스1) 윤석열 대통령은 이날 오전 용산 대통령실에서 방한한 안제이 두다 폴란드 대통령과 정상회담을 "
      "열었다.", "CONSULT", "KOR POL", day=15, place="Seoul"),
    r("(자카르타=연합뉴스) 한덕수 국무총리는 이날 자카르타에서 인도네시아 대통령과 회담을 갖고 방산 협력 확대 방안을 "
      "논의했다.", "CONSULT", "KOR IDN", day=15, place="Jakarta"),
    r("(도쿄=연합뉴스) 이와야 다케시 일본 외무상은 14일 도쿄 외무성에서 박철희 주일 한국대사를 만났다.",
      "CONSULT", "JPN KOR", day=14, place="Tokyo"),
    r("(서울=연합뉴스) 김홍균 외교부 1차관은 이날 서울 외교부 청사에서 커트 캠벨 미국 국무부 부장관과 한미 "
      "전략대화를 개최했다.", "CONSULT", "KOR USA", day=15, place="Seoul"),
    r("한덕수 총리는 지난 12일 정부세종청사에서 주한 독일대사를 접견했다.", "CONSULT", "KOR DEU", day=12),
    r("(뮌헨=연합뉴스) 조태열 외교부 장관은 15일(현지시간) 독일 뮌헨에서 마코 루비오 미국 국무장관, 이와야 다케시 "
      "일본 외무상과 한미일 외교장관회의를 했다.", "CONSULT", "KOR USA JPN", day=15, place="Munich", published=FEB),
    r("(평양=AP 연합뉴스) 안드레이 벨로우소프 러시아 국방장관은 10일 평양에서 김정은 국무위원장과 회담을 가졌다.",
      "CONSULT", "RUS PRK", day=10, place="Pyongyang", published=JULY),
    r("(서울=연합뉴스) 외교부는 이날 북한의 탄도미사일 발사를 규탄하는 대변인 성명을 발표했다.", "ACCUSE", "KOR",
      "PRK"),
    r("(워싱턴=연합뉴스) 미국 국무부는 14일(현지시간) 북한의 러시아 파병이 국제법 위반이라고 비판했다.", "ACCUSE",
      "USA", "PRK"),
    # ministry briefings
    r("외교부 대변인은 이날 정례브리핑에서 북한의 쓰레기 풍선 살포를 강력히 규탄한다고 말했다.", "ACCUSE", "KOR",
      "PRK"),
    r("통일부 대변인은 14일 정례브리핑에서 북한에 남북 연락채널 복원을 촉구했다.", "REQUEST", "KOR", "PRK"),
    r("국방부 대변인은 정례브리핑에서 북한이 추가 도발을 하면 단호히 대응할 것이라고 경고했다.", "THREATEN", "KOR",
      "PRK"),
    r("외교부 대변인은 정례브리핑에서 \"일본 정부의 부당한 독도 영유권 주장에 강력히 항의한다\"고 밝혔다.", "ACCUSE",
      "KOR", "JPN"),
    r("중국 외교부 대변인은 14일 정례브리핑에서 일본의 방위비 증액에 반대한다는 입장을 밝혔다.", "REJECT", "CHN",
      "JPN"),
    r("러시아 외무부 대변인은 한국이 우크라이나에 무기를 공급하면 대가를 치를 것이라고 경고했다.", "THREATEN", "RUS",
      "KOR"),
    r("통일부는 이날 북한이 남북 연결도로를 폭파한 데 대해 유감을 표명했다.", "ACCUSE", "KOR", "PRK"),
    r("미 국무부 대변인은 정례브리핑에서 북한과 러시아의 군사협력을 규탄했다.", "ACCUSE", "USA", "PRK RUS"),
    r("국방부는 이날 브리핑에서 북한군이 러시아 쿠르스크 지역에 투입됐다고 밝혔다.", "MOBILIZE", "PRK"),
    # the presidential office
    r("대통령실은 윤석열 대통령이 오는 21일 영국 총리와 정상회담을 할 예정이라고 밝혔다.", "CONSULT", "KOR GBR",
      status="planned", day=21),
    r("대통령실은 우크라이나에 대한 무기 지원을 검토하고 있다고 밝혔다.", "AID", "KOR", "UKR", status="planned"),
    r("대통령실은 윤 대통령이 시진핑 주석과의 회담에서 북러 군사협력에 대한 우려를 전달했다고 밝혔다.", "ACCUSE",
      "KOR"),
    r("대통령실 대변인은 윤 대통령이 이날 오후 일본 총리와 통화했다고 발표했다.", "CONSULT", "KOR JPN", day=15),
    # North Korean media
    r("김여정 노동당 중앙위원회 부부장은 15일 담화를 통해 한국의 대북 전단 살포를 강하게 비난했다.", "ACCUSE", "PRK",
      "KOR"),
    r("북한 외무성은 이날 대변인 담화를 통해 미국 핵항공모함의 부산 입항을 규탄했다.", "ACCUSE", "PRK", "USA"),
    r("조선중앙통신은 북한 국방성이 한미 연합훈련을 침략 전쟁 연습이라고 비난했다고 보도했다.", "ACCUSE", "PRK",
      "KOR USA"),
    r("노동신문은 김정은 위원장이 러시아 대표단을 만나 양국 협력 강화를 논의했다고 전했다.", "CONSULT", "PRK RUS"),
    r("조선중앙통신에 따르면 최선희 외무상은 이날 담화에서 미국이 도발을 계속하면 강력한 대응 조치를 취하겠다고 "
      "경고했다.", "THREATEN", "PRK", "USA"),
    r("조선중앙통신은 김정은 국무위원장이 14일 방북한 벨라루스 대표단을 접견했다고 15일 보도했다.", "CONSULT",
      "PRK BLR", day=14),
    r("김여정은 담화를 통해 한국 군부가 도발을 계속한다면 상응한 대가를 치르게 될 것이라고 위협했다.", "THREATEN",
      "PRK", "KOR"),
    r("조선중앙통신은 김정은 위원장이 신형 방사포 시험사격을 참관했다고 보도했다.", "MOBILIZE", "PRK"),
    # the Joint Chiefs of Staff
    r("합동참모본부는 북한이 이날 오전 원산 부근에서 동해 쪽으로 단거리 탄도미사일 2발을 발사했다고 밝혔다.",
      "MOBILIZE", "PRK"),
    r("합참은 북한이 15일 오후 서해상으로 순항미사일 여러 발을 발사한 정황을 포착했다고 밝혔다.", "MOBILIZE", "PRK"),
    r("합참은 북한이 14일 서해 완충구역 일대에서 포병 사격을 했다고 발표했다.", "MOBILIZE", "PRK"),
    r("합참은 북한이 이날 새벽 동해상으로 탄도미사일 1발을 쏘아 올렸다고 밝혔다.", "MOBILIZE", "PRK"),
    # resolutions
    r("국회는 이날 본회의에서 북한의 러시아 파병을 규탄하는 결의안을 채택했다.", "ACCUSE", "KOR", "PRK"),
    r("미국 하원은 중국의 인권 탄압을 규탄하는 결의안을 통과시켰다.", "ACCUSE", "USA", "CHN"),
    r("유엔 총회는 러시아군의 즉각 철수를 요구하는 결의안을 채택했다.", "REQUEST", "UNO", "RUS"),
    no("국회는 북한 인권 결의안 처리를 다음 회기로 미뤘다.", "ACCUSE"),
    # multi-party meetings
    r("한미일 외교장관은 14일(현지시간) 페루 리마에서 3국 외교장관회의를 열고 북러 군사협력에 대한 우려를 "
      "표명했다.", "CONSULT", "KOR USA JPN", day=14, place="Lima"),
    r("윤석열 대통령과 조 바이든 미국 대통령, 이시바 시게루 일본 총리는 15일 리마에서 한미일 정상회의를 가졌다.",
      "CONSULT", "KOR USA JPN", day=15, place="Lima"),
    r("한미일 3국 국가안보실장은 이날 3자 통화를 하고 북한군 파병에 대한 대응 방안을 논의했다.", "CONSULT",
      "KOR USA JPN", day=15),
    r("한미 외교·국방장관은 이날 워싱턴에서 2+2 회의를 열었다.", "CONSULT", "KOR USA", day=15, place="Washington"),
    r("한미일 외교차관은 15일 화상으로 3자 협의를 진행했다.", "CONSULT", "KOR USA JPN", day=15),
    r("한중일 외교장관은 내달 도쿄에서 3국 외교장관회의를 개최하기로 합의했다.", "CONSULT", "KOR CHN JPN",
      status="planned"),
    # plans, postponements and cancellations
    r("조태열 장관은 다음 주 베이징을 방문해 왕이 외교부장과 회담할 계획이다.", "CONSULT", "KOR CHN",
      status="planned"),
    r("한일 외교장관회담은 일본 측 사정으로 연기됐다.", "CONSULT", "KOR JPN", status="cancelled"),
    r("윤 대통령과 시진핑 주석의 회담은 일정 문제로 무산됐다.", "CONSULT", "KOR CHN", status="cancelled"),
    r("한미 국방장관은 다음 달 서울에서 안보협의회의를 열기로 했다.", "CONSULT", "KOR USA", status="planned"),
    r("이와야 다케시 외무상은 오는 23일 방한해 조태열 장관과 회담할 예정이다.", "CONSULT", "JPN KOR",
      status="planned", day=23),
    r("러시아와 북한은 내달 평양에서 고위급 회담을 열 계획이라고 타스통신이 전했다.", "CONSULT", "RUS PRK",
      status="planned"),
    r("미중 정상회담이 무산됐다.", "CONSULT", "USA CHN", status="cancelled"),
    r("한일 정상회담은 이시바 총리의 일정 때문에 다음 주로 연기됐다.", "CONSULT", "KOR JPN", status="cancelled"),
    # a meeting noun named by its states' compound, or owned by its parties, as the subject of its own verb
    r("한중 외교장관회담은 이날 베이징에서 진행됐다.", "CONSULT", "KOR CHN", day=15, place="Beijing"),
    r("한미 정상회담이 14일(현지시간) 리마에서 열렸다.", "CONSULT", "KOR USA", day=14, place="Lima"),
    r("조태열 장관과 왕이 부장의 회담은 이날 오후 1시간가량 진행됐다.", "CONSULT", "KOR CHN", day=15),
    r("양국은 다음 달 서울에서 차관급 전략대화를 열 계획이다.", "CONSULT", "", absent=True),  # no states named
    r("외교부는 이번 주로 예정됐던 한중 외교장관회담이 취소됐다고 밝혔다.", "CONSULT", "KOR CHN",
      status="cancelled"),
    # requests, with and without a named receiver
    r("정부는 국제사회에 대북 제재의 철저한 이행을 요청했다.", "REQUEST", "KOR"),
    # a request or warning that names no state to receive it is not coded (pipeline/acts NEEDS_RECIPIENT)
    r("외교부는 러시아 측에 북한과의 불법적인 군사협력을 즉각 중단할 것을 요구했다.", "REQUEST", "KOR", "RUS"),
    r("김영호 통일부 장관은 북한에 이산가족 상봉을 위한 대화에 나설 것을 촉구했다.", "REQUEST", "KOR", "PRK"),
    r("바이든 대통령은 시진핑 주석에게 북한의 도발을 억제하는 데 건설적인 역할을 해 달라고 당부했다.", "REQUEST",
      "USA", "CHN"),
    # an appeal to all parties is coded with no recipient (partner_noun, ko-acts16; the art batches' convention)
    r("유엔 사무총장은 모든 당사국에 최대한의 자제를 촉구했다.", "REQUEST", "UNO"),
    r("중국은 미국에 대만 문제에서 신중하게 행동하라고 요구했다.", "REQUEST", "CHN", "USA"),
    r("정부는 일본에 역사 문제에 대한 성의 있는 조치를 거듭 촉구했다.", "REQUEST", "KOR", "JPN"),
    r("우크라이나 대통령은 한국 정부에 방공무기 지원을 요청했다.", "REQUEST", "UKR", "KOR"),
    no("조 장관은 국제사회의 단합된 대응을 당부했다.", "REQUEST"),
    r("외교부에 따르면 조 장관은 이날 통화에서 라브로프 장관에게 북한과의 군사협력 중단을 요구했다.", "REQUEST",
      "KOR", "RUS"),
    # warnings, with and without a named receiver
    r("북한은 한국이 무인기를 다시 침투시키면 즉각 보복하겠다고 경고했다.", "THREATEN", "PRK", "KOR"),
    no("러시아는 서방이 장거리 미사일 사용을 허용하면 보복하겠다고 엄포를 놓았다.", "THREATEN"),
    r("국방부는 북한이 도발하면 정권 종말을 맞을 것이라고 경고했다.", "THREATEN", "KOR", "PRK"),
    r("미국은 중국에 러시아에 대한 군사 지원을 계속하면 대가를 치를 것이라고 경고했다.", "THREATEN", "USA", "CHN"),
    r("중국은 필리핀에 남중국해에서 도발을 멈추지 않으면 단호히 대응하겠다고 경고했다.", "THREATEN", "CHN", "PHL"),
    r("김용현 장관은 북한이 오물 풍선 살포를 계속하면 강력히 응징하겠다고 경고했다.", "THREATEN", "KOR", "PRK"),
    r("이란은 이스라엘이 다시 공격하면 더 강력한 보복에 나서겠다고 경고했다.", "THREATEN", "IRN", "ISR"),
    # sanctions
    r("정부는 이날 북한의 러시아 파병에 관여한 개인 11명과 기관 4곳을 독자 제재 대상으로 지정했다.", "SANCTION",
      "KOR"),
    r("미국 재무부는 북한 정찰총국 관계자 3명을 제재 대상에 추가했다.", "SANCTION", "USA", "PRK"),
    r("일본 정부는 북한의 미사일 개발에 관여한 단체들의 자산을 동결하기로 했다.", "SANCTION", "JPN", "PRK", status="planned"),  # future53: decided, yet to come
    r("유럽연합은 러시아에 대한 15번째 제재 패키지를 채택했다.", "SANCTION", "EUR", "RUS"),
    r("영국은 러시아 유조선 30척을 제재 명단에 올렸다.", "SANCTION", "GBR", "RUS"),
    r("정부는 북한 선박 2척을 독자 제재하기로 했다.", "SANCTION", "KOR", "PRK", status="planned"),  # future53: decided, yet to come
    r("미국은 중국산 전기차에 추가 관세를 부과할 방침이다.", "SANCTION", "USA", "CHN", status="planned"),
    r("일본은 북한에 대한 독자 제재를 연장할 계획이다.", "SANCTION", "JPN", "PRK", status="planned"),
    # accusations
    r("외교부는 러시아가 북한과 불법적인 군사협력을 하고 있다고 비난했다.", "ACCUSE", "KOR", "RUS"),
    r("미국은 북한이 러시아에 탄약을 제공했다고 비판했다.", "ACCUSE", "USA", "PRK"),
    r("중국은 일본이 과거사를 왜곡하고 있다고 규탄했다.", "ACCUSE", "CHN", "JPN"),
    r("우크라이나는 러시아에 민간인 희생의 책임을 물었다.", "ACCUSE", "UKR", "RUS"),
    r("정부는 북한의 GPS 교란 행위를 규탄하고 즉각 중단을 촉구했다.", "ACCUSE", "KOR", "PRK"),
    r("필리핀 정부는 중국 해경의 물대포 발사를 강력히 비난했다.", "ACCUSE", "PHL", "CHN"),
    # protests to envoys
    r("외교부는 15일 주한 일본대사관 정무공사를 초치했다.", "ACCUSE", "KOR", "JPN"),
    r("중국 외교부는 주중 미국대사를 불러 엄중히 항의했다.", "ACCUSE", "CHN", "USA"),
    r("일본 정부는 외교 경로를 통해 중국 측에 항의했다.", "ACCUSE", "JPN", "CHN"),
    r("러시아 외무부는 주러 한국대사를 초치해 한국의 대러 제재에 항의했다.", "ACCUSE", "RUS", "KOR"),
    # aid
    r("한국 정부는 가자지구 주민들을 위해 500만 달러를 지원하기로 했다.", "AID", "KOR"),
    r("미국은 우크라이나에 4억 달러 규모의 군사 지원을 발표했다.", "AID", "USA", "UKR"),
    r("일본은 필리핀에 해안 감시 레이더를 지원했다.", "AID", "JPN", "PHL"),
    r("중국은 북한에 식량 10만t을 지원했다.", "AID", "CHN", "PRK"),
    r("정부는 국제기구를 통해 북한 수해 지역에 인도적 지원을 제공할 방침이다.", "AGREE", "KOR"),  # future aid
    # rejections
    r("북한은 한국의 대화 제의를 거부했다.", "REJECT", "PRK", "KOR"),
    r("중국 외교부는 미국의 비판을 근거 없는 주장이라며 일축했다.", "REJECT", "CHN", "USA"),
    r("러시아는 우크라이나의 휴전 제안을 거부했다.", "REJECT", "RUS", "UKR"),
    r("김여정은 일본의 정상회담 제안을 일축했다.", "REJECT", "PRK", "JPN"),
    r("북한은 미국의 비핵화 요구를 단호히 거부한다고 밝혔다.", "REJECT", "PRK", "USA"),
    # nominal acts
    r("외교부는 북한의 군사정찰위성 발사에 대해 규탄 성명을 냈다.", "ACCUSE", "KOR", "PRK"),
    r("정부는 일본 각료의 야스쿠니 신사 참배에 깊은 유감을 표명했다.", "ACCUSE", "KOR", "JPN"),
    r("영국 외무부는 북한의 러시아 파병을 규탄하는 성명을 냈다.", "ACCUSE", "GBR", "PRK"),
    r("중국 정부는 미국의 반도체 수출 통제에 대해 강한 불만을 표시했다.", "ACCUSE", "CHN", "USA"),
    r("정부는 북한의 핵실험 준비 동향에 깊은 우려를 나타냈다.", "ACCUSE", "KOR", "PRK"),
    # negation and modality
    no("정부는 러시아에 대한 추가 제재를 아직 결정하지 않았다.", "SANCTION"),
    no("중국은 북한의 파병을 비판하지 않았다.", "ACCUSE"),
    no("북한은 이번 주 미사일을 쏘지 않았다.", "MOBILIZE"),
    r("러시아는 한국과의 관계를 단절할 수도 있다고 경고했다.", "THREATEN", "RUS", "KOR"),
    no("전문가들은 북한이 연내 7차 핵실험을 할 수도 있다고 내다봤다.", "MOBILIZE"),
    r("정부는 우크라이나에 살상무기를 지원할 수도 있다고 밝혔다.", "AID", "KOR", "UKR", status="planned"),
    no("외교부는 주한 러시아대사를 초치하지 않기로 했다.", "ACCUSE"),
    # a leader abbreviated to one Hanja character in a headline, resolved by the day (尹 in 2024, 文 in 2019)
    r("北 金, 방북한 러시아 국방장관 접견", "CONSULT", "PRK RUS"),  # a headline's nameless office, no particle
    r("習 \"대만 문제는 레드라인\"…바이든과 정상회담", "CONSULT", "CHN USA"),
    r("文, 트럼프와 판문점 회동", "CONSULT", "KOR USA", published=date(2019, 7, 1)),
    no("尹정부, 대북 전단 대응 고심", "CONSULT"),
    # a city or an island struck stands for the state it is in
    r("(키이우=연합뉴스) 러시아군은 14일 밤 오데사 항만 시설을 드론으로 공격했다.", "ASSAULT", "RUS", "UKR"),
    r("이스라엘군은 이날 베이루트 남부 교외에 공습을 가했다.", "ASSAULT", "ISR", "LBN"),
    r("북한은 미국과의 대화에 응하지 않을 방침이라고 밝혔다.", "REJECT", "PRK", "USA"),
]

NEWS3_MEETINGS = [  # more meeting reports in wire, ministry and presidential-office styles
    r("조태열 외교부 장관은 이날 오후 외교부 청사를 찾은 크리스토퍼 랜도 미국 국무부 부장관과 면담했다.", "CONSULT",
      "KOR USA", day=20, published=date(2025, 3, 20)),
    r("김홍균 외교부 1차관은 14일 서울에서 일본 외무성 사무차관과 한일 차관 전략대화를 가졌다.", "CONSULT",
      "KOR JPN", day=14, place="Seoul"),
    r("윤석열 대통령은 이날 대통령실에서 방한 중인 체코 총리와 정상회담을 하고 원전 협력을 논의했다.", "CONSULT",
      "KOR CZE", day=15, place="Seoul"),
    r("한덕수 총리는 지난 13일 총리공관에서 주한 중국대사와 만찬을 함께했다.", "CONSULT", "KOR CHN", day=13),
    r("외교부는 조태열 장관이 오는 19일 브라질 리우데자네이루에서 왕이 중국 외교부장과 회담한다고 밝혔다.",
      "CONSULT", "KOR CHN", status="planned", day=19),
    r("김정은 국무위원장은 전날 평양을 방문한 세르게이 쇼이구 러시아 국가안보회의 서기를 만났다고 조선중앙통신이 "
      "15일 보도했다.", "CONSULT", "PRK RUS", day=14, place="Pyongyang"),
    r("블라디미르 푸틴 러시아 대통령은 14일(현지시간) 모스크바 크렘린궁에서 최선희 북한 외무상을 접견했다.",
      "CONSULT", "RUS PRK", day=14, place="Moscow"),
    r("이시바 시게루 총리는 이날 오전 총리관저에서 한국 국회의원 대표단을 접견했다.", "CONSULT", "JPN KOR", day=15),
    r("윤 대통령은 순방 마지막 날인 15일 페루 리마에서 캐나다 총리와 양자회담을 가졌다.", "CONSULT", "KOR CAN",
      day=15, place="Lima"),
    r("조 장관은 회의 계기에 호주, 뉴질랜드 외교장관과 각각 양자회담을 했다.", "CONSULT", "KOR AUS"),
    r("한중 정상은 이날 회담에서 양국 관계 발전 방안을 논의했다.", "CONSULT", "KOR CHN", day=15),
    r("한미 양국 국방장관은 이날 전화 통화를 하고 북한군의 러시아 파병에 대해 논의했다.", "CONSULT", "KOR USA", day=15),
    r("이와야 외무상과 조 장관은 오는 25일 도쿄에서 만날 예정이라고 교도통신이 전했다.", "CONSULT", "JPN KOR",
      status="planned", day=25),
    r("앞서 양국 정상은 지난 9월 블라디보스토크에서 회담한 바 있다.", "CONSULT", "", absent=True),
    r("윤 대통령은 이날 시진핑 주석과의 회담을 마친 뒤 숙소로 돌아갔다.", "CONSULT", "KOR CHN", day=15),
]

NEWS3_ACTS = [  # more acts in briefing and wire styles
    r("외교부는 이날 대변인 논평을 내고 북한의 군사정찰위성 발사를 강력히 규탄했다.", "ACCUSE", "KOR", "PRK"),
    r("통일부는 북한이 남북 연결도로를 폭파한 것은 명백한 남북 합의 위반이라고 비판했다.", "ACCUSE", "KOR", "PRK"),
    r("중국 외교부는 일본 정부가 대만 문제에 간섭하고 있다며 엄중한 항의를 제기했다.", "ACCUSE", "CHN", "JPN"),
    r("미국 국무부는 이란에 억류된 미국인들을 즉각 석방하라고 촉구했다.", "REQUEST", "USA", "IRN"),
    r("북한 외무성 대변인은 미국이 핵 위협을 계속하면 상응 조치를 취하겠다고 밝혔다.", "THREATEN", "PRK", "USA"),
    r("일본 정부는 북한 선박에 대한 입항 금지 조치를 2년 연장하기로 결정했다.", "SANCTION", "JPN", "PRK", status="planned"),  # future53: decided, yet to come
    r("미 재무부 해외자산통제실은 북한 IT 노동자 관련 기관 2곳을 제재 대상에 올렸다.", "SANCTION", "USA", "PRK"),
    r("한국 정부는 우크라이나에 지뢰 제거 장비를 추가로 지원했다.", "AID", "KOR", "UKR"),
    r("유럽연합은 가자지구에 인도적 지원을 확대하기로 했다.", "AID", "EUR"),
    r("러시아는 미국의 포로 교환 제안을 받아들이지 않았다.", "REJECT", "RUS", "USA"),  # not accepting: any tense
    r("이란 외무부는 이스라엘의 휴전 제안을 일축했다.", "REJECT", "IRN", "ISR"),
    r("북한은 14일 서해 북방한계선 인근에서 해안포 사격을 실시했다.", "MOBILIZE", "PRK"),
    r("중국군은 대만을 포위하는 대규모 합동훈련에 돌입했다.", "MOBILIZE", "CHN"),
    r("이스라엘군은 이날 레바논 남부에 지상군을 투입했다.", "MOBILIZE", "ISR"),
    r("러시아군은 밤사이 키이우에 드론 공격을 감행했다.", "ASSAULT", "RUS", "UKR"),
    r("북한 경비정이 서해 북방한계선을 침범했다.", "MOBILIZE", "PRK"),
    r("해경은 불법 조업을 하던 중국 어선 2척을 나포했다고 밝혔다.", "COERCE", "KOR", "CHN"),
    r("중국 당국은 간첩 혐의로 한국인 1명을 구속했다.", "COERCE", "CHN", "KOR"),
    r("한미 양국은 이날 북한 미사일 경보 정보를 실시간으로 공유하기 시작했다.", "COOPERATE", "KOR USA"),
    r("한국과 폴란드는 방산 협력 양해각서를 체결했다.", "AGREE", "KOR POL"),
    r("정부는 북한에 대한 인도적 지원 의사를 밝혔지만 북한은 응답하지 않았다.", "AGREE", "KOR", absent=True),
    r("외교부는 일본의 교과서 검정 결과에 대해 주한 일본대사관 총괄공사를 불러 항의했다.", "ACCUSE", "KOR", "JPN"),
    r("북한은 유엔 안보리의 대북 결의를 전면 배격한다고 밝혔다.", "REJECT", "PRK", "UNO"),
    r("미국은 러시아 외교관 2명을 추방하기로 했다고 국무부가 밝혔다.", "SANCTION", "USA", "RUS", status="planned"),  # future53: decided, yet to come
]

# NEWS4: a fifth batch, published on Friday 19 September 2025 (이날 is the 19th, 전날 the 18th, 화요일 the 16th,
# 오는 23일 the 23rd), in the styles the earlier blocks lack: 뉴스1, 뉴시스, broadcast (KBS, MBC, SBS: 습니다, 오늘,
# 어제), 한겨레 and 조선 (quotes), headlines with [종합] and (종합2보), trips (방북, 방중, 방러, 방일, 방미, 순방길,
# 귀국), envoys, North Korean media, the speaker and delegations of parliament, vice-ministerial and director-level
# talks, multi-party formats, plans and cancellations, dates by weekday, 전날, 다음 날, 이달 말, and places (호텔,
# 판문점, 영빈관; a video call has none). Officials are 2025's; the events are our own.
PUB4 = date(2025, 9, 19)


def r4(text, type_, actors="", recipients=None, **kw) -> Row:
    return r(text, type_, actors, recipients, published=PUB4, **kw)


def no4(text, type_, **kw) -> Row:
    return no(text, type_, published=PUB4, **kw)


NEWS4_MEETINGS = [
    # wire copy and headlines
    r4("[종합] 이재명 대통령, 앨버니지와 정상 통화…'핵심광물 협력' 강조", "CONSULT", "KOR AUS"),
    r4("(서울=뉴스1) 이재명 대통령은 18일 프리드리히 메르츠 독일 총리와 정상 통화를 하고 양국 현안을 논의했다.",
       "CONSULT", "KOR DEU", day=18),
    r4("조현·바데풀 첫 통화…'한독관계 발전' 공감(종합2보)", "CONSULT", "KOR DEU"),
    r4("【서울=뉴시스】 조현 외교부 장관은 19일 서울 종로구 외교부 청사에서 방한 중인 이와야 다케시 일본 외무상과 "
       "회담했다.", "CONSULT", "KOR JPN", day=19, place="Seoul"),
    r4("조현 장관은 이날 오후 페니 웡 호주 외교장관과 화상 회담을 열고 대북 공조 방안을 협의했다.",
       "CONSULT", "KOR AUS", day=19, placeless=True),
    r4("이재명 대통령은 19일 서울 용산 대통령실에서 방한 중인 왕이 중국 외교부장을 접견했다.", "CONSULT", "KOR CHN",
       day=19, place="Seoul"),
    r4("김민석 국무총리는 지난 16일 정부서울청사에서 주한 일본대사를 접견했다.", "CONSULT", "KOR JPN", day=16,
       place="Seoul"),
    r4("루비오 장관은 회담에 앞서 김민석 국무총리를 예방했다.", "CONSULT", "USA KOR"),
    r4("[속보] 한일 외교장관 뉴욕서 회담…'北 비핵화 공조' 재확인", "CONSULT", "KOR JPN", place="New York"),
    r4("조현 장관은 바데풀 장관과의 회담에서 \"양국 협력은 흔들림이 없다\"고 강조했다.", "CONSULT", "KOR DEU"),
    r4("조현 외교부 장관은 18일 기자들과 만나 \"이와야 외무상과의 회담에서 북핵 문제를 깊이 있게 논의했다\"고 말했다.",
       "CONSULT", "KOR JPN"),
    # broadcast style: 습니다, 오늘, 어제, a subject with 이/가
    r4("이재명 대통령이 오늘 마크롱 프랑스 대통령과 전화 통화를 했습니다.", "CONSULT", "KOR FRA", day=19),
    r4("조현 외교부 장관이 현지시간 어제 베를린에서 바데풀 외무장관을 만났습니다.", "CONSULT", "KOR DEU", day=18,
       place="Berlin"),
    r4("김민석 총리는 오늘 오전 정부서울청사에서 방한한 베트남 부총리를 접견했습니다.", "CONSULT", "KOR VNM", day=19,
       place="Seoul"),
    r4("이재명 대통령과 이시바 총리가 도쿄에서 정상회담을 가졌습니다.", "CONSULT", "KOR JPN", place="Tokyo"),
    # summits with meals, the guest house, hotels
    r4("이재명 대통령은 17일 청와대 영빈관에서 방한한 베트남 국가주석과 국빈 만찬을 함께했다.", "CONSULT", "KOR VNM",
       day=17, place="Seoul"),
    r4("한일 정상은 전날 도쿄 총리관저에서 만찬 회동을 가졌다.", "CONSULT", "KOR JPN", day=18, place="Tokyo"),
    r4("우원식 국회의장은 18일 국회에서 방한한 중국 전국인민대표대회 부위원장과 오찬 회동을 했다.", "CONSULT",
       "KOR CHN", day=18, place="Seoul"),
    r4("조현 장관은 18일(현지시간) 뉴욕의 한 호텔에서 이와야 외무상과 회담했다.", "CONSULT", "KOR JPN", day=18,
       place="New York"),
    r4("양국 외교장관은 이날 서울 중구 롯데호텔에서 조찬을 함께하며 회담했다.", "CONSULT", "", absent=True),
    r4("조현 장관은 이날 서울 중구 롯데호텔에서 아니타 아난드 캐나다 외교장관과 조찬을 함께하며 회담했다.", "CONSULT", "KOR CAN", day=19,
       place="Seoul"),
    # trips
    r4("알렉산드르 루카셴코 벨라루스 대통령은 방북 이틀째인 19일 평양에서 김정은 국무위원장과 정상회담을 했다.",
       "CONSULT", "BLR PRK", day=19, place="Pyongyang"),
    r4("이재명 대통령은 방중 기간인 이날 베이징 인민대회당에서 시진핑 국가주석과 회담했다.", "CONSULT", "KOR CHN",
       day=19, place="Beijing"),
    r4("방러 중인 노광철 북한 국방상은 17일(현지시간) 모스크바에서 벨로우소프 국방장관과 회담했다.", "CONSULT",
       "PRK RUS", day=17, place="Moscow"),
    r4("조현 장관은 방일 첫날인 오는 23일 도쿄에서 이와야 외무상과 회담할 예정이다.", "CONSULT", "KOR JPN",
       status="planned", day=23, place="Tokyo"),
    r4("위성락 국가안보실장은 방미 기간인 16일(현지시간) 워싱턴에서 루비오 국무장관과 면담했다.", "CONSULT",
       "KOR USA", day=16, place="Washington"),
    r4("이재명 대통령은 유엔총회 참석차 순방길에 올라 오는 23일 뉴욕에서 스타머 영국 총리와 정상회담을 할 예정이다.",
       "CONSULT", "KOR GBR", status="planned", day=23, place="New York"),
    r4("조현 장관은 타야니 장관과 회담을 마치고 18일 귀국했다.", "CONSULT", "KOR ITA"),
    r4("일본을 방문 중인 정동영 통일부 장관은 이날 이와야 외무상을 만나 납북자 문제를 논의했다.", "CONSULT",
       "KOR JPN", day=19),
    r4("안규백 국방부 장관은 방미 일정을 마치고 귀국길에 올랐다.", "CONSULT", "", absent=True),
    # envoys and letters
    r4("한국 특사단은 17일 도쿄 총리관저에서 이시바 시게루 총리를 예방하고 이재명 대통령의 친서를 전달했다.",
       "CONSULT", "KOR JPN", day=17, place="Tokyo"),
    r4("이재명 대통령의 특사로 중국을 방문한 특사단은 이날 왕이 외교부장과 면담했다.", "CONSULT", "KOR CHN", day=19,
       fails="a group named by whose envoys they are (대통령의 특사로 ... 특사단은) takes no state"),
    # North Korean media
    r4("김정은 동지께서는 18일 평양에서 라오스 국가주석과 회담을 진행하시였다고 조선중앙통신이 19일 보도했다.",
       "CONSULT", "PRK LAO", day=18, place="Pyongyang"),
    r4("김정은 국무위원장은 알렉산드르 루카셴코 대통령과 상봉하고 회담을 진행하였다고 조선중앙통신이 전했다.",
       "CONSULT", "PRK BLR"),
    r4("최선희 외무상은 17일 평양을 방문한 벨라루스 외무장관과 회담을 진행하였다.", "CONSULT", "PRK BLR", day=17,
       place="Pyongyang"),
    # parliament
    r4("우원식 국회의장은 16일(현지시간) 베이징 인민대회당에서 자오러지 중국 전인대 상무위원장과 회담했다.",
       "CONSULT", "KOR CHN", day=16, place="Beijing"),
    r4("한국 국회 의원단은 18일 도쿄 총리관저에서 이시바 시게루 총리를 예방했다.", "CONSULT", "KOR JPN", day=18,
       place="Tokyo"),
    # vice-ministers, assistant secretaries, directors-general
    r4("박윤주 외교부 1차관은 이날 크리스토퍼 랜도 미국 국무부 부장관과 한미 외교차관 전략대화를 가졌다.",
       "CONSULT", "KOR USA", day=19),
    r4("김진아 외교부 2차관은 지난 17일 서울에서 중국 외교부 부부장과 한중 차관급 전략대화를 열었다.",
       "CONSULT", "KOR CHN", day=17, place="Seoul"),
    r4("한일 외교당국은 이날 도쿄에서 국장급 협의를 열고 강제동원 문제를 논의했다.", "CONSULT", "KOR JPN", day=19,
       place="Tokyo"),
    r4("한중 양국은 지난 16일 베이징에서 외교부 국장급 협의를 개최했다.", "CONSULT", "KOR CHN", day=16,
       place="Beijing"),
    # multi-party formats
    r4("한미일 3국은 17일 도쿄에서 외교차관 협의회를 열었다.", "CONSULT", "KOR USA JPN", day=17, place="Tokyo"),
    r4("한중일 정상회의가 오는 12월 서울에서 열릴 예정이다.", "CONSULT", "KOR CHN JPN", status="planned",
       place="Seoul"),
    r4("남북 군사당국은 19일 판문점에서 장성급 회담을 열었다.", "CONSULT", "KOR PRK", day=19, place="Panmunjom"),
    no4("북핵 6자회담은 2008년 12월 이후 한 번도 열리지 않았다.", "CONSULT"),
    # plans, arrangements, cancellations
    r4("조현 장관은 다음 주 캔버라에서 페니 웡 외교장관과 회담할 예정이다.", "CONSULT", "KOR AUS", status="planned",
       place="Canberra"),
    r4("정부는 이달 말 한중 정상회담 개최를 추진하고 있다.", "CONSULT", "KOR CHN", status="planned"),
    r4("한미 양국은 다음 달 초 정상회담 일정을 조율 중이다.", "CONSULT", "KOR USA", status="planned"),
    r4("북러 정상회담이 끝내 무산됐다.", "CONSULT", "PRK RUS", status="cancelled"),
    r4("오는 22일로 예정됐던 한일 외교장관회담이 태풍 때문에 연기됐다.", "CONSULT", "KOR JPN", status="cancelled"),
    r4("트럼프 대통령은 시진핑 주석과의 회담을 취소했다고 밝혔다.", "CONSULT", "USA CHN", status="cancelled"),
    r4("이재명 대통령과 이시바 총리의 약식회담은 일정 문제로 불발됐다.", "CONSULT", "KOR JPN", status="cancelled"),
    # dates: weekdays, 전날, 다음 날, 이달 중순
    r4("조현 장관은 화요일 로마에서 타야니 장관과 만났다.", "CONSULT", "KOR ITA", day=16, place="Rome"),
    r4("조현 장관은 지난 화요일 바데풀 장관과 전화 통화를 했다.", "CONSULT", "KOR DEU", day=16),
    r4("조현 장관은 전날 이와야 외무상과 통화했다.", "CONSULT", "KOR JPN", day=18),
    r4("이재명 대통령은 17일 도쿄에 도착했으며 다음 날 이시바 총리와 정상회담을 했다.", "CONSULT", "KOR JPN", day=18),
    r4("양국 정상은 이달 말 서울에서 회담할 예정이다.", "CONSULT", "", absent=True),
    r4("조현 장관은 지난주 브뤼셀에서 마르크 뤼터 나토 사무총장과 면담했다.", "CONSULT", "KOR IGO",
       place="Brussels"),
]

NEWS4_ACTS = [  # the open classes and acts in the same styles
    r4("한국을 비롯한 50여 개국은 북한 인권 결의안을 공동 제안했다.", "ACCUSE", absent=True),
    r4("미국은 중국산 철강에 50%의 관세를 부과했다.", "SANCTION", "USA", "CHN"),
    r4("러시아산 원유를 수입한 인도 기업들이 제재를 받았다.", "SANCTION", absent=True),
    r4("북한 경비정 1척이 서해 북방한계선을 월선했다가 돌아갔다.", "MOBILIZE", "PRK"),  # act_predicates.split_verbal_noun
    r4("중국 어선들이 NLL을 침범해 불법 조업을 했다.", "MOBILIZE", absent=True),
    r4("오사카 주민들은 일본 정부의 카지노 유치 계획에 항의하는 시위를 벌였다.", "PROTEST", "JPN"),
    r4("도쿄 시민들은 미군 기지 이전을 요구했다.", "REQUEST", "JPN"),
    r4("외교부는 19일 대변인 논평을 통해 북한의 탄도미사일 발사를 강력히 규탄했습니다.", "ACCUSE", "KOR", "PRK"),
    r4("북한 외무성은 한미 연합훈련 중단을 요구하는 담화를 발표했다고 조선중앙통신이 전했다.", "REQUEST", "PRK"),
]

NEWS4_MORE = [  # more rows for each class the NEWS4 rows exposed, in other words and with other officials
    # weekdays and week words
    r4("한미 국방장관은 지난 월요일 워싱턴에서 회담했다.", "CONSULT", "KOR USA", day=15, place="Washington"),
    r4("이재명 대통령은 수요일 베이징에서 시진핑 국가주석과 정상회담을 했다.", "CONSULT", "KOR CHN", day=17,
       place="Beijing"),
    r4("조현 장관은 오는 화요일 뉴욕에서 이와야 외무상과 회담한다.", "CONSULT", "KOR JPN", status="planned", day=23,
       place="New York"),
    r4("위성락 실장은 다음 주 월요일 도쿄에서 일본 국가안보국장과 협의할 예정이다.", "CONSULT", "KOR JPN",
       status="planned", day=22, place="Tokyo"),
    r4("위성락 실장은 다음 주 월요일 도쿄에서 일본 외무상과 협의할 예정이다.", "CONSULT", "KOR JPN",
       status="planned", day=22, place="Tokyo"),
    r4("정동영 장관은 지난주 목요일 판문점에서 유엔군사령부 관계자들을 만났다.", "CONSULT", "KOR UNO", day=11,
       place="Panmunjom"),
    # a meeting subject before a dated verb, a plan noun after its verb
    r4("한일 외교장관회담이 지난 17일 도쿄에서 열렸다.", "CONSULT", "KOR JPN", day=17, place="Tokyo"),
    r4("한독 외교장관회담이 오는 25일 베를린에서 열릴 예정이다.", "CONSULT", "KOR DEU", status="planned", day=25,
       place="Berlin"),
    r4("이재명 대통령과 멜로니 총리의 정상회담은 23일 뉴욕에서 열릴 예정이다.", "CONSULT", "KOR ITA",
       status="planned", day=23, place="New York"),
    r4("한미 정상회담은 오는 10월 경주에서 열릴 전망이다.", "CONSULT", "KOR USA", status="planned"),
    r4("미일 정상회담이 지난 화요일 백악관에서 열렸다.", "CONSULT", "USA JPN", day=16, place="Washington"),
    # called off by a far predicate
    r4("한일 외교장관회담은 일본 측의 국회 일정 때문에 다음 달로 연기됐다.", "CONSULT", "KOR JPN", status="cancelled"),
    r4("북미 정상회담은 북한의 미사일 발사 이후 결국 취소됐다.", "CONSULT", "PRK USA", status="cancelled"),
    r4("한중 정상회담은 중국 측 사정으로 무산됐다고 대통령실이 밝혔다.", "CONSULT", "KOR CHN", status="cancelled"),
    # the two Koreas and delegations
    r4("남북 정상은 이날 판문점 평화의집에서 회담했다.", "CONSULT", "KOR PRK", day=19, place="Panmunjom"),
    r4("남북 군사당국은 지난 16일 판문점에서 실무회담을 열었다.", "CONSULT", "KOR PRK", day=16, place="Panmunjom"),
    r4("한국 국회 대표단은 18일 워싱턴에서 미국 하원의장을 예방했다.", "CONSULT", "KOR USA", day=18,
       place="Washington"),
    r4("일본 여야 의원들은 이날 서울에서 우원식 국회의장과 면담했다.", "CONSULT", "JPN KOR", day=19, place="Seoul"),
    r4("중국 특사단은 17일 평양에서 김정은 국무위원장을 예방하고 시진핑 주석의 친서를 전달했다.", "CONSULT",
       "CHN PRK", day=17, place="Pyongyang"),
    # speakers of parliament
    r4("우원식 국회의장은 18일 국회에서 방한한 베트남 국회의장과 회담했다.", "CONSULT", "KOR VNM", day=18,
       place="Seoul"),
    r4("우원식 국회의장은 이날 도쿄에서 일본 중의원 의장과 만나 양국 의회 교류를 논의했다.", "CONSULT", "KOR JPN",
       day=19, place="Tokyo"),
    # North Korean media
    r4("김정은 동지께서는 17일 평양을 방문한 로씨야 국방상과 회담하시였다.", "CONSULT", "PRK RUS", day=17,
       place="Pyongyang"),
    r4("노광철 국방상은 18일 모스크바에서 벨로우소프 국방장관과 회담을 진행하였다고 조선중앙통신이 보도했다.",
       "CONSULT", "PRK RUS", day=18, place="Moscow"),
    r4("김정은 동지께서는 시진핑 동지와 상봉하시고 회담을 진행하시였다.", "CONSULT", "PRK CHN"),
    # headlines joined by a middle dot
    r4("이재명·이시바 도쿄서 정상회담…'셔틀외교' 복원", "CONSULT", "KOR JPN", place="Tokyo"),
    r4("[종합2보] 조현·라브로프 첫 통화…北파병 문제 제기", "CONSULT", "KOR RUS"),
    r4("안규백·헤그세스 국방장관 회담…'연합방위태세' 점검", "CONSULT", "KOR USA"),
    # visited places
    r4("조현 장관은 16일 러시아를 방문해 라브로프 외무장관과 회담했다.", "CONSULT", "KOR RUS", day=16),
    r4("트럼프 대통령은 18일 평양을 방문한 한국 특사와 만나지 않았다.", "CONSULT", "USA KOR", absent=True),
    r4("시진핑 주석은 17일 베이징을 방문한 이재명 대통령과 정상회담을 했다.", "CONSULT", "CHN KOR", day=17,
       place="Beijing"),
    # video calls have no place
    r4("이재명 대통령은 이날 용산 대통령실에서 앨버니지 호주 총리와 화상으로 정상회담을 했다.", "CONSULT",
       "KOR AUS", day=19),
    r4("조현 장관은 18일 타야니 장관과 전화 통화를 하고 한반도 정세를 논의했다.", "CONSULT", "KOR ITA", day=18,
       placeless=True),
    # a product's origin, craft of the state, people of a city
    r4("유럽연합은 러시아산 원유 수입을 전면 금지했다.", "SANCTION", "EUR", "RUS"),
    r4("일본 정부는 중국산 수산물에 대한 수입 규제를 강화했다.", "SANCTION", "JPN", "CHN"),
    r4("중국산 부품을 쓴 기업들이 조사를 받았다.", "SANCTION", absent=True),
    r4("러시아 군용기 2대가 한국 방공식별구역에 진입했다가 이탈했다.", "MOBILIZE", "RUS"),
    r4("북한 경비정이 연평도 인근 북방한계선을 침범했다가 경고사격을 받고 퇴각했다.", "MOBILIZE", "PRK"),
    r4("중국 해경선 2척이 일본 영해를 침범했다.", "MOBILIZE", "CHN"),
    r4("부산 어민들은 일본 정부의 오염수 방류에 항의했다.", "ACCUSE", "KOR", "JPN"),
    r4("평양 시민들은 미국을 규탄하는 군중집회를 열었다고 조선중앙통신이 전했다.", "PROTEST", "PRK", "USA"),
]

NEWS4_WIRE = [  # calls received, talks and chats, times of day, months' parts, trips' days, hotels and offices
    r4("이재명 대통령은 19일 오후 대통령실 집무실에서 방한 중인 크리스토퍼 랜도 미국 국무부 부장관의 예방을 받았다.",
       "CONSULT", "KOR USA", day=19, place="Seoul"),
    r4("김민석 총리는 18일 정부서울청사에서 일본 외무상의 예방을 받고 양국 관계를 논의했다.", "CONSULT", "KOR JPN",
       day=18, place="Seoul"),
    r4("이재명 대통령은 18일 밤 마크 카니 캐나다 총리와 전화로 대화를 나눴다.", "CONSULT", "KOR CAN", day=18),
    r4("이재명 대통령은 만찬장에서 시진핑 주석과 환담을 나눴다.", "CONSULT", "KOR CHN"),
    no4("정부는 북한과의 대화를 재개하기를 원한다고 밝혔다.", "CONSULT"),
    r4("조현 장관은 지난달 말 도쿄에서 이와야 외무상과 회담했다.", "CONSULT", "KOR JPN", day=date(2025, 8, 1),
       place="Tokyo"),
    r4("한독 외교장관은 이달 초 베를린에서 만났다.", "CONSULT", "KOR DEU", day=date(2025, 9, 1), place="Berlin"),
    r4("이재명 대통령과 이시바 총리는 지난달 23일 도쿄에서 정상회담을 가졌다.", "CONSULT", "KOR JPN",
       day=date(2025, 8, 23), place="Tokyo"),
    r4("조현 장관은 17일 오후(현지시간) 제네바 유엔사무소에서 스위스 외교장관과 회담했다.", "CONSULT", "KOR CHE",
       day=17, place="Geneva"),
    r4("위성락 안보실장은 18일(현지시각) 워싱턴 백악관에서 루비오 국가안보보좌관과 만났다.", "CONSULT", "KOR USA",
       day=18, place="Washington"),
    r4("김민석 총리는 이날 국회 접견실에서 방한한 몽골 총리와 회담했다.", "CONSULT", "KOR MNG", day=19, place="Seoul"),
    r4("한독 외교장관 회담은 17일 오전 10시부터 약 1시간 동안 진행됐다.", "CONSULT", "KOR DEU", day=17),

    r4("이재명 대통령은 이날 오후 7시부터 30분간 시진핑 주석과 통화했다.", "CONSULT", "KOR CHN", day=19),
    r4("조현 장관은 이와야 외무상과 18일 뉴욕에서 약식 회담을 가졌다.", "CONSULT", "KOR JPN", day=18,
       place="New York"),
    r4("푸틴 대통령은 이날 크렘린궁에서 벨라루스 외무장관을 접견했다고 타스통신이 전했다.", "CONSULT", "RUS BLR",
       day=19, place="Moscow"),
    r4("한미 양국은 19일 서울에서 제5차 외교·국방(2+2) 장관회의를 개최했다.", "CONSULT", "KOR USA", day=19,
       place="Seoul"),
    r4("조현 장관은 지난 16~17일 일본을 방문해 이와야 외무상과 회담했다.", "CONSULT", "KOR JPN", day=16),
    r4("김정은 위원장은 시진핑 주석과 18일 베이징에서 정상회담을 가졌다고 중국 관영 신화통신이 보도했다.", "CONSULT",
       "PRK CHN", day=18, place="Beijing"),
]

# NEWS5: the classes the NEWS4 rows left (published 19 September 2025, 2025's officials): a state's coast guard
# and patrol craft as its agents, Japan's national security head as an office, plans stated by 추진/조율/협의
# 중, group meetings naming no person, and video calls made from an office.
NEWS5 = [
    # coast guard and patrol craft act for their state
    r4("일본 순시선이 독도 인근 한국 영해를 침범했다.", "MOBILIZE", "JPN"),
    r4("북한 경비함이 서해 북방한계선을 침범했다.", "MOBILIZE", "PRK"),
    r4("중국 해경 함정 3척이 필리핀 보급선에 물대포를 쐈다.", "ASSAULT", "CHN", "PHL"),
    # Japan's national security head is its national security adviser
    r4("위성락 안보실장은 19일 일본 국가안보국장과 전화 통화를 했다.", "CONSULT", "KOR JPN", day=19),
    # a meeting being arranged (추진, 조율 중, 협의 중, 방안을 검토) is planned, never held
    r4("한일 양국은 연내 정상회담을 추진하고 있다.", "CONSULT", "KOR JPN", status="planned"),
    r4("한중 외교장관은 다음 달 회담 일정을 협의 중이다.", "CONSULT", "KOR CHN", status="planned"),
    r4("정부는 한러 외교장관회담 성사를 타진하고 있다.", "CONSULT", "KOR RUS", status="planned"),
    r4("정부는 이달 중 한일 정상회담을 개최하는 방안을 검토하고 있다.", "CONSULT", "KOR JPN", status="planned"),
    # a video meeting made from a named office has no place, as a call has none
    r4("조현 장관은 19일 서울 외교부 청사에서 바데풀 장관과 화상 회담을 가졌다.", "CONSULT", "KOR DEU", day=19,
       placeless=True),
    r4("이재명 대통령은 이날 대통령실에서 시진핑 주석과 화상으로 정상회담을 했다.", "CONSULT", "KOR CHN", day=19,
       placeless=True),
    r4("조현 장관은 외교부 청사에서 화상회의 형식으로 바데풀 장관과 회담했다.", "CONSULT", "KOR DEU", placeless=True),
    r4("김민석 총리는 정부서울청사에서 비대면 방식으로 몽골 총리와 회담했다.", "CONSULT", "KOR MNG", placeless=True),
    r4("조현 장관은 19일 외교부 청사에서 이와야 외무상과 회담했다.", "CONSULT", "KOR JPN", day=19, place="Seoul"),
]

# NEWS6: the classes real Korean news showed after NEWS5 (published 19 September 2025): a count of days
# before 만에/만의/만인 is a duration, never a day of the month; the ends of a range ('A 이래 ... B까지') are not
# the event's day; a meeting verb chained (-아/어, -고) to a clause that states a plan ('만나 ... 논의할
# 예정이다') is planned; and people of one state who each visit another are visitors, not a meeting.
NEWS6 = [
    # a duration is no day of the month: the report's day, not the 12th or the 8th
    r4("조현 장관은 취임 12일 만에 일본을 방문해 이와야 외무상과 회담했다.", "CONSULT", "KOR JPN", day=19),
    r4("이재명 대통령은 취임 12일 만의 첫 순방에서 이시바 총리와 회담했다.", "CONSULT", "KOR JPN", day=19),
    r4("이재명 대통령은 8일 만에 시진핑 주석과 다시 통화했다.", "CONSULT", "KOR CHN", day=19),
    r4("이재명 대통령은 취임 105일 만인 19일 도쿄에서 이시바 총리와 정상회담을 했다.", "CONSULT", "KOR JPN", day=19,
       place="Tokyo"),
    r4("이 대통령은 지난달 25일 룰라 대통령과 회담한 지 25일 만에 다시 만났다.", "CONSULT", "KOR BRA", day=19),
    # a range's ends: since A, until B, are not the day of the meetings within it; a range's start is
    r4("이재명 대통령은 지난 15일 호주 방문 이래 17일까지 앨버니지 총리와 세 차례 만났다.", "CONSULT", "KOR AUS", day=19),
    r4("조현 장관은 지난 10일 이래 14일까지 유럽을 순방하며 바데풀 장관과 회담했다.", "CONSULT", "KOR DEU", day=19),
    r4("조현 장관은 16일부터 17일까지 일본을 방문해 이와야 외무상과 회담했다.", "CONSULT", "KOR JPN", day=16),
    # a meeting verb chained to a planned clause is planned; a past marker of its own keeps it held
    r4("조현 장관은 호주 방문 기간 페니 웡 장관과 만나 관세 문제를 논의할 예정이다.", "CONSULT", "KOR AUS", status="planned"),
    r4("이재명 대통령은 룰라 대통령과 만나서 통상 현안을 협의할 계획이다.", "CONSULT", "KOR BRA", status="planned"),
    r4("조현 장관은 이와야 외무상과 회담을 갖고 양국 현안을 논의할 예정이다.", "CONSULT", "KOR JPN", status="planned"),
    r4("조현 장관은 이와야 외무상과 만나 양국 현안을 논의했다.", "CONSULT", "KOR JPN", day=19),
    r4("조현 장관은 이와야 외무상과 회담하고 양국 현안을 논의했다.", "CONSULT", "KOR JPN", day=19),
    # talks about holding a summit are the summit planned, not held
    r4("한중 양국은 정상회담 개최 문제를 협의하고 있다.", "CONSULT", "KOR CHN", status="planned"),
    # 'A summit through which they will discuss': planned (the chain's plan), and the summit of a visit is a meeting
    r4("앨버니지 총리는 이번 방한 때 이재명 대통령과의 정상회담을 통해 협력을 재확인하고 관세 문제를 논의할 예정이다.",
       "CONSULT", "AUS KOR", status="planned"),
    # a meeting in a purpose or causative clause is intended, not held; a prevented one is called off
    r4("조현 장관은 이와야 외무상을 만나려고 도쿄로 출국했다.", "CONSULT", "KOR JPN", status="planned"),
    r4("조현 장관은 이와야 외무상을 만나러 도쿄에 갔다.", "CONSULT", "KOR JPN", status="planned"),
    r4("대통령실은 이재명 대통령이 시진핑 주석과 만나도록 일정을 조율했다.", "CONSULT", "KOR CHN", status="planned"),
    r4("경찰은 이재명 대통령과 이시바 총리가 만나지 못하도록 막았다.", "CONSULT", "KOR JPN", status="cancelled"),
    # a list of states before one plural office, with a genitive on the last or 도 after 과: each holder
    r4("조현 장관은 미국, 일본 외교장관과도 잇달아 회담했다.", "CONSULT", "KOR USA"),
    # meet52: one plural office group met (no '각각') is one table of all, as the state reader gives
    r4("조현 장관은 이탈리아와 프랑스, 영국의 외무장관들과도 만나 의견을 나눴다.", "CONSULT", "KOR ITA FRA GBR"),
    # a year with its month is that year's month
    r4("시진핑 주석은 2023년 3월 모스크바에서 푸틴 대통령과 회담했다.", "CONSULT", "CHN RUS", day=date(2023, 3, 1)),
    # visitors of one state to another are no meeting of their own
    no("앞서 1995년 장쩌민 국가주석과 2008년 후진타오 국가주석이 한국을 국빈 방문한 적이 있다.", "CONSULT",
       published=PUB4),
    no("조현 장관과 김민석 총리는 각각 일본을 방문한 적이 있다.", "CONSULT", published=PUB4),
]

# two meetings of one story stay apart: another day, another host, another city (published 19 September 2025)
APART = [
    ("이시바 총리는 서울을 방문해 이재명 대통령과 회담했다.\n이 대통령은 지난달 도쿄를 방문해 이시바 총리와 "
     "정상회담을 했다.", 2),
    ("이재명 대통령은 이시바 총리와 만찬을 했다.\n이 대통령은 지난달 도쿄에서 이시바 총리와 회담했다.", 2),
    ("이재명 대통령은 19일 룰라 대통령과 회담했다.\n두 정상은 지난달 25일 브라질리아에서 첫 정상회담을 가졌다.", 2),
    ("조현 장관은 16일 도쿄에서 이와야 외무상과 회담했다.\n조현 장관은 18일 서울에서 이와야 외무상과 다시 회담했다.", 2),
    ("푸틴 대통령은 이날 중국을 국빈 방문해 시진핑 주석과 정상회담을 했다.\n시 주석은 지난해 러시아를 국빈 방문했다.", 2),
    ("푸틴 대통령은 이날 베이징을 국빈 방문해 시진핑 주석과 정상회담을 했다.\n시 주석은 지난 2023년 3월 모스크바를 "
     "국빈 방문해 푸틴 대통령과 회담한 바 있다.", 2),
    # one meeting told twice stays one
    ("이재명 대통령은 19일 도쿄에서 이시바 총리와 회담했다.\n두 정상은 회담에서 경제 협력을 논의했다.", 1),
    ("이재명 대통령은 이시바 총리와 회담했다.\n이 대통령은 지난 17일 도쿄에서 이시바 총리와 만났다.", 1),
]


@pytest.mark.parametrize("text, count", APART)
def test_meetings_of_one_story_stay_apart(text, count):
    from readout.api import extract_text

    found = [e for e in extract_text(text, "probe.txt", PUB4).events if e.type == "CONSULT"]
    assert len(found) == count, describe(extract_text(text, "probe.txt", PUB4))


ARRANGED = [  # a meeting being arranged is never one that took place
    "정부는 연내 한중 정상회담 개최를 추진하고 있다.",
    "조현 장관은 바데풀 장관의 방한 일정을 조율 중이다.",

    "정부는 한미 정상회담을 여는 방안을 협의 중이다.",
    "한일 외교장관은 회담 일정을 조율하고 있다.",
    # talks about holding a meeting (협의, 논의 arranging another meeting word) are no meeting held
    "한중 양국은 정상회담 개최 문제를 협의하고 있다.",
    "한일 양국 정부는 총리의 방한에 맞춰 정상회담을 개최하는 방향으로 협의 중이다.",
    "대통령실은 \"한일 정상회담 개최를 일본 측과 협의하고 있다\"고 말했다.",
    "한미 양국은 외교장관회담 일정을 논의하고 있다.",
]

ROWS = MEETINGS + ACTS + FORMS + STORIES + HEADLINES + MORE_ACTS + CLASSES + WIRE + NEWS3 + NEWS3_MEETINGS + NEWS3_ACTS + \
    NEWS4_MEETINGS + NEWS4_ACTS + NEWS4_MORE + NEWS4_WIRE + NEWS5 + NEWS6


def _countries(entities) -> frozenset:
    return frozenset(e.country for e in entities if e.country)


def _matches(e, row: Row) -> bool:
    sides = _countries(e.participants) | (_countries(e.recipients) if e.type == "CONSULT" else frozenset())
    if e.type == "CONSULT":
        ok = sides == row.actors
    else:
        ok = (not row.actors or _countries(e.participants) == row.actors) and \
             (row.recipients is None or _countries(e.recipients) == row.recipients)
    ok = ok and e.status == row.status
    if row.day is not None:
        day = row.day if isinstance(row.day, date) else date(row.published.year, row.published.month, row.day)
        ok = ok and e.date == day
    if row.place is not None:
        ok = ok and e.location is not None and row.place in (e.location.name or "")
    if row.placeless:
        ok = ok and e.location is None
    return ok


def describe(article) -> list[tuple]:
    """What the pipeline read, for the failure message."""
    return [(e.type, e.status, sorted(_countries(e.participants)), sorted(_countries(e.recipients)),
             str(e.date), e.location.name if e.location else None) for e in article.events]


def read(row: Row):
    from readout.api import extract_text

    article = extract_text(row.text, "probe.txt", row.published)
    same = [e for e in article.events if e.type == row.type]
    ok = not same if row.absent else any(_matches(e, row) for e in same)
    return ok, describe(article)


def _param(row: Row):
    marks = [pytest.mark.xfail(reason=row.fails, strict=True)] if row.fails else []
    return pytest.param(row, id=row.text[:28], marks=marks)


@pytest.mark.parametrize("row", [_param(x) for x in ROWS])
def test_news_probe(row: Row):
    ok, found = read(row)
    assert ok, found


HOLDERS = [  # a meeting of states named by an office ('한미 국방장관회담') held on a day: each state's holder
    ("한·미·일 외교장관회의가 19일 뉴욕에서 열렸다.", {"KOR", "USA", "JPN"}, True),
    ("정부는 18일 서울에서 한미 국방장관회담을 개최했다.", {"KOR", "USA"}, True),
    ("한중일 정상회의가 19일 도쿄에서 열렸다고 외교부가 밝혔다.", {"KOR", "CHN", "JPN"}, True),
    # the holder the document names comes before the knowledge base's (issue 13: the rest of the document)
    ("한일 외교장관회담이 18일 열렸다. 조현 장관은 회담에서 협력을 강조했다.", {"KOR", "JPN"}, True),
    ("조현 외교부 장관은 이날 워싱턴에 도착했다.\n한미 외교장관회담은 18일 국무부에서 열렸다.", {"KOR", "USA"}, True),
    # not where the paragraph names someone else of those states (a stand-in), nor for a plan or a month
    ("한일 외교장관회담이 18일 열렸다. 박윤주 외교부 1차관도 배석했다.", {"KOR", "JPN"}, False),
    ("한미 국방장관회담이 다음 달 초 열릴 예정이다.", {"KOR", "USA"}, False),
    ("지난 2월 한미 국방장관회담이 워싱턴에서 열렸다.", {"KOR", "USA"}, False),
]


@pytest.mark.parametrize("text, codes, persons", HOLDERS)
def test_a_meeting_named_by_an_office_is_its_holders(text, codes, persons):
    from readout.api import extract_text

    events = [e for e in extract_text(text, "probe.txt", PUB4).events if e.type == "CONSULT"]
    assert events and {p.country for p in events[0].participants} == codes, [e.participants for e in events]
    assert all((p.kind == "person") == persons for p in events[0].participants), events[0].participants


@pytest.mark.parametrize("text", ARRANGED)
def test_an_arranged_meeting_is_no_held_one(text):
    from readout.api import extract_text

    found = describe(extract_text(text, "probe.txt", PUB4))
    assert not [e for e in found if e[0] == "CONSULT" and e[1] == "occurred"], found


def test_the_probe_is_large_and_covers_every_type():
    assert len(ROWS) >= 100
    from readout.lang.plover_tables import TYPES

    covered = {x.type for x in ROWS}
    assert covered >= set(TYPES), set(TYPES) - covered


def main(names: list[str]) -> int:
    """The failing rows of the named blocks (default: all), grouped by type, and unexpected passes."""
    rows = [x for n in names for x in globals()[n]] if names else ROWS
    failing: dict[str, list] = {}
    for row in rows:
        ok, found = read(row)
        if ok == bool(row.fails):
            failing.setdefault(row.type, []).append((row, found))
    for type_, cases in sorted(failing.items()):
        print(f"{type_}: {len(cases)}")
        for row, found in cases:
            print(f"  {'XPASS' if row.fails else 'FAIL'} {row.text}\n    -> {found}")
    print(f"{len(rows)} rows, {sum(map(len, failing.values()))} not as marked")
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
