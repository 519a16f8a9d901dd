"""A probe of Korean news as wire services, ministries and headlines write it: each row is a sentence we
wrote in the style of a real outlet (datelines, 외교부 보도자료, quotes, headlines), run through the whole
pipeline (`readout.api.extract_text`), with the event it states: type, the acting and receiving sides as
country codes (a person stands for the state), status, and for meetings the date and place.

The rows cover meeting words (정상회담, 통화, 접견, 예방, 면담, 화상회의, 3자 회의, 잇달아/각각, 배석,
동행), the sixteen PLOVER types in their usual Korean forms, negation and modality (않았다, 방침, 계획,
키로 했다, 수도 있다), nominal and adnominal forms, sides from particles, quoted speech and relative
clauses that state no act. Rows the pipeline still misses are marked `xfail` with the class of the error,
so a fix shows as an unexpected pass. Every sentence is our own.
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
    r("최선희 북한 외무상은 지난 1일 모스크바에서 세르게이 라브로프 러시아 외무장관과 회담했다고 조선중앙통신이 "
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
    r("일본 정부는 북한에 대한 독자 제재를 2년 연장하기로 했다.", "SANCTION", "JPN", "PRK"),
    r("유럽연합은 이란에 대한 제재를 부과할 계획이다.", "SANCTION", "EUR", "IRN", status="planned"),
    r("정부는 대북 제재를 강화하는 방안을 검토하고 있다.", "SANCTION", "KOR", "PRK", status="planned"),
    # RETREAT / CONCEDE: 석방, 철수, 해제, 사과
    r("북한은 억류하던 한국인 선교사 3명을 석방했다.", "RETREAT", "PRK", "KOR"),
    r("이란은 억류했던 프랑스인 관광객 2명을 석방했다.", "RETREAT", "IRN", "FRA"),  # nationality noun: 국명 + 인
    r("러시아군은 쿠르스크 일부 지역에서 철수했다.", "RETREAT", "RUS"),
    r("미국은 대북 제재 일부를 해제했다.", "CONCEDE", "USA", "PRK"),
    r("일본 총리는 과거 식민지배에 대해 한국에 사과했다.", "CONCEDE", "JPN", "KOR"),
    # AID / COOPERATE / SUPPORT
    r("정부는 우크라이나에 1억 달러 규모의 인도적 지원을 제공했다.", "AID", "KOR", "UKR"),
    r("정부는 우크라이나에 인도적 지원을 제공하기로 했다.", "AGREE", "KOR"),
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
      fails="civic groups with no country word name no state"),
    # COERCE: 억류, 나포, 체포
    r("북한은 한국 국적 선원 2명을 억류했다.", "COERCE", "PRK", "KOR"),
    r("해양경찰청은 서해에서 불법 조업을 하던 중국 어선 3척을 나포했다.", "COERCE", "KOR", "CHN"),
    # MOBILIZE: 발사, 배치, 훈련, 파병
    r("(서울=뉴시스) 북한은 이날 오전 동해상으로 단거리 탄도미사일 수 발을 발사했다.", "MOBILIZE", "PRK"),
    r("합동참모본부는 북한이 14일 평양 일대에서 탄도미사일 1발을 발사했다고 밝혔다.", "MOBILIZE", "PRK"),
    r("러시아는 북한 접경지역에 병력을 배치했다.", "MOBILIZE", "RUS"),
    r("한미 해군은 동해에서 연합훈련을 실시했다.", "MOBILIZE", "KOR USA"),
    r("북한은 러시아에 병력 1만여명을 파병했다.", "MOBILIZE", "PRK"),
    # ASSAULT: 포격, 공격, 공습
    r("북한군은 연평도를 포격했다.", "ASSAULT", "PRK", "KOR", fails="a place as the object (연평도) names no state"),
    r("러시아군은 우크라이나 수도 키이우를 공습했다.", "ASSAULT", "RUS", "UKR"),
    r("이스라엘군은 레바논 남부를 공격했다.", "ASSAULT", "ISR", "LBN"),
]

FORMS = [
    # negation and modality
    r("정부는 북한에 대한 추가 제재를 부과하지 않았다.", "SANCTION", absent=True),
    r("외교부는 주한 러시아대사를 초치할 방침이다.", "ACCUSE", "KOR", "RUS", status="planned"),
    r("정부는 러시아에 대한 수출 통제를 강화할 계획이다.", "SANCTION", "KOR", "RUS", status="planned"),
    r("미국은 북한에 대한 추가 제재를 검토할 수도 있다고 밝혔다.", "SANCTION", "USA", "PRK", status="planned"),
    r("정부는 북한 해커 조직을 독자제재 대상으로 지정키로 했다.", "SANCTION", "KOR", "PRK"),
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
    r("尹, 시진핑과 정상회담…\"北 비핵화 협력\"", "CONSULT", "KOR CHN",
      fails="a leader's one-character Hanja name (尹) is no person"),
    r("정부, 北 미사일 발사 규탄…\"안보리 결의 위반\"", "ACCUSE", "KOR", "PRK"),
    r("한미일 외교장관 \"北 러시아 파병 강력 규탄\"", "ACCUSE", "KOR USA JPN", "PRK RUS"),  # side by side: both
    r("美, 러시아 은행 10곳 제재", "SANCTION", "USA", "RUS"),
    r("北, 서해상으로 포병 사격…軍 \"대응 태세 유지\"", "MOBILIZE", "PRK"),
    r("日 외무상, 주일 한국대사 초치해 항의", "ACCUSE", "JPN", "KOR"),
]

MORE_ACTS = [
    r("미국은 우크라이나에 6억 달러 규모의 무기를 추가로 지원하기로 했다.", "AGREE", "USA"),
    r("한미 양국은 사이버 분야에서 긴밀히 협력했다.", "COOPERATE", "KOR USA"),
    r("탈북민 단체들은 서울 중국대사관 앞에서 강제북송에 항의하는 집회를 열었다.", "PROTEST", "KOR",
      fails="civic groups with no country word name no state"),
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
    r("이스라엘은 가자지구에 인도적 지원을 허용하기로 했다.", "CONCEDE", "ISR"),
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
    r("한국 정부는 시리아 지진 피해 지역에 인도적 지원을 제공하기로 결정했다.", "AGREE", "KOR"),
    r("북한은 14일 오전 동해상으로 탄도미사일 3발을 쐈다.", "MOBILIZE", "PRK"),
    r("미국과 중국은 무역 협상을 재개하기로 합의했다.", "AGREE", "USA CHN"),
    r("유엔 안전보장이사회는 북한을 규탄하는 결의안을 채택했다.", "ACCUSE", "UNO", "PRK"),
    r("윤석열 대통령은 지난달 31일 도널드 트럼프 대통령 당선인과 통화했다.", "CONSULT", "KOR USA",
      day=date(2024, 10, 31)),
    r("합동참모본부는 북한군이 군사분계선을 침범하자 경고사격을 했다고 밝혔다.", "THREATEN", "KOR", "PRK"),
    # warning shots are a symbolic use of force: THREATEN the side they are aimed at
    r("필리핀 해경은 중국 선박에 경고사격을 가했다.", "THREATEN", "PHL", "CHN"),
    r("우리 군은 북한 경비정을 향해 경고사격했다.", "THREATEN", "KOR", "PRK"),
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
    r("러시아는 일본 외교관 2명을 추방하기로 했다.", "SANCTION", "RUS", "JPN"),
    r("정부는 러시아 선박 2척에 대한 입항을 금지했다.", "SANCTION", "KOR", "RUS"),
]

ROWS = MEETINGS + ACTS + FORMS + STORIES + HEADLINES + MORE_ACTS + CLASSES + WIRE


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
        ok = ok and e.date == (row.day if isinstance(row.day, date) else date(2024, 11, row.day))
    if row.place is not None:
        ok = ok and e.location is not None and row.place in (e.location.name or "")
    return ok


def describe(article) -> list[tuple]:
    """What the pipeline read, for the failure message."""
    return [(e.type, e.status, sorted(_countries(e.participants)), sorted(_countries(e.recipients)),
             str(e.date), e.location.name if e.location else None) for e in article.events]


def read(row: Row):
    from readout.api import extract_text

    article = extract_text(row.text, "probe.txt", PUBLISHED)
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


def test_the_probe_is_large_and_covers_every_type():
    assert len(ROWS) >= 100
    from readout.lang.act_lexicon import TYPES

    covered = {x.type for x in ROWS}
    assert covered >= set(TYPES), set(TYPES) - covered
