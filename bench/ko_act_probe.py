"""Out-of-sample probe for Korean acts (issue 15): sentences composed from frames x actors x verbs, not from gold.

The Korean hand rows (tests/lang/ko/test_news_probe.py, tests/lang/ko/test_acts.py) are the sentences readout was tuned
on; this probe composes its own, seeded, and scores type, sides (acting and receiving country), mode and
status of what readout extracts from each, with the scoring of bench/en_act_probe.py.

The verbs (`VERBS`) are our own list per PLOVER type and mode, written from the manual's definitions
(../shared/data/open-event-data/PLOVER_MANUAL.tex, CC BY-SA 4.0) in the verbs and noun+하다 forms a Korean
news writer uses; they are NOT read from readout's data/lexicon/ko_acts.yaml, so the probe measures the
lexicon's coverage. Each verb phrase says where the receiving side stands ({T:을}, {T:에 대해}, {T:에게},
{T:에}, {T:을 향해}, {T:에 대한} + noun) and is filled into news frames of our own: the past (했다), a report
(한다고 밝혔다), two coordinated acts (하고 ... 했다), 하며, plans and pledges (하겠다고, 할 방침이다, 할
계획이다, 하기로 했다), negation (하지 않았다, 하지 않겠다고), and a relative clause that is no act (하는
결의안 초안을 논의했다). Nominal acts (규탄 성명을 발표했다, 유감을 표명했다) are their own list.
Actors: states, titled officials of many countries, international bodies, and groups (시위대, 반군, 경찰) with
a nationality.

Families (`--family base|new|all`): base are the frames above, tuned on seed 15; new are frames added after
(a day before the verb, a report by others, a coordinated subject, a subject with a relative clause, an act
in an 'after' clause with its own subject, quoted accusations (라고 비난했다), conditional threats (할 수도
있다고 경고했다), refusals (하지 않겠다고), and domestic acts: police on their own people, people against
their own government). New frames draw from their own random stream, so a seed's base items stay the same.
Items fall in half A or B by a hash of the verb, so rules tuned on A can be checked on B.

`--family fresh` fills the base frames with a second verb list (`FRESH`) written after the tuning and never
tuned on: how the rules do on verbs they did not see. `--family fresh2` (`FRESH2`, `FRESH2_NOMINALS`) is a third
list, written before the third session's rules: support verbs, auxiliaries, idioms, headlines and passives.
`--family fresh3` (`FRESH3`, `FRESH3_NOMINALS`) was written after those rules and never tuned on; the session's
lexicon work went on after it, so `--family fresh4` was written after all of it: the untouched number.
`--family fresh7` (`FRESH7`) is 40 whole sentences, not frames, written before the sixth session's rules and
never tuned on (seed-free: every seed gives the same items). `--family fresh8` (`FRESH8`) is 40 more, written
before the seventh Korean session's rules (world news beyond the peninsula): that session took classes from its
misses (fixed with sentences of its own), so `--family fresh9` (`FRESH9`, 30) was written after its first rules and
never looked at for rules. `--family fresh10` (`FRESH10`, 52) was written by the eighth Korean-acts session before
any of its rules and never tuned on. `--family fresh11` (`FRESH11`, 50) was written by the ninth Korean-acts
session before any of its rules and never tuned on (its own tuning sentences are in tests/lang/ko/test_act_verdict_cues_focused_negation.py).
`--family fresh12` (`FRESH12`, 32) was written by the eleventh Korean-acts session before any of its rules: seizures,
detentions, releases, protests, sanctions; never tuned on (its tuning sentences: tests/lang/ko/test_act_seizures_protests_summits.py).
`--family fresh13` (`FRESH13`, 29) was written by the thirteenth Korean-acts session before any of its rules; never
tuned on (its tuning sentences: tests/lang/ko/test_act_recalled_acts_our_forces.py).

usage: PYTHONPATH=. python bench/ko_act_probe.py [--seed 15] [--half A|B] [--family base|new|all|fresh|fresh2|fresh3|fresh4|fresh5|fresh6|fresh7|fresh8|fresh9|fresh10|fresh11|fresh12|fresh13]
       [--misses FILE]
"""
from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from en_act_probe import (COOPERATIVE_FUTURE, HOSTILE_FUTURE, MUTUAL, VERBAL, Item, print_groups,  # noqa: E402
                          report, write_misses)

TUNED_SEED = 15

# ---------------------------------------------------------------- Korean particles and verb forms

PARTICLE_PAIRS = {"을": ("을", "를"), "를": ("을", "를"), "이": ("이", "가"), "가": ("이", "가"),
                  "은": ("은", "는"), "는": ("은", "는"), "과": ("과", "와"), "와": ("과", "와"),
                  "으로": ("으로", "로"), "로": ("으로", "로")}


def batchim(word: str) -> bool:
    """Whether the last syllable of `word` closes on a consonant (decides 을/를, 이/가, 은/는, 과/와)."""
    ch = word.rstrip(")")[-1]
    if "가" <= ch <= "힣":
        return (ord(ch) - 0xAC00) % 28 != 0
    return ch.isdigit() and ch in "013678"


def josa(word: str, particle: str) -> str:
    """`word` with `particle` agreeing with its last sound ('북한' + '을' -> '북한을', '미국' + '는' -> '미국은')."""
    head, _, tail = particle.partition(" ")
    for key in sorted(PARTICLE_PAIRS, key=len, reverse=True):  # '과의' agrees on its first particle
        if head.startswith(key):
            closed, open_ = PARTICLE_PAIRS[key]
            head = (closed if batchim(word) else open_) + head[len(key):]
            break
    return word + head + (" " + tail if tail else "")


@dataclass(frozen=True)
class Verb:
    """The forms of one predicate the frames need: stem (+고, +지, +겠다, +기로), past (+다), future
    adnominal (+ 방침), present declarative, the 며 connective, past and present adnominals."""
    stem: str
    past: str
    fut: str
    pres: str
    myeo: str
    rel: str
    adn: str


def hv(noun: str) -> Verb:
    """A noun + 하다 verb: 규탄 -> 규탄하, 규탄했, 규탄할, 규탄한다, 규탄하며, 규탄한, 규탄하는."""
    return Verb(noun + "하", noun + "했", noun + "할", noun + "한다", noun + "하며", noun + "한", noun + "하는")


def nv(stem: str, past: str, fut: str, pres: str, myeo: str, rel: str, adn: str) -> Verb:
    return Verb(stem, past, fut, pres, myeo, rel, adn)


보내 = nv("보내", "보냈", "보낼", "보낸다", "보내며", "보낸", "보내는")
벌이 = nv("벌이", "벌였", "벌일", "벌인다", "벌이며", "벌인", "벌이는")
쏘 = nv("쏘", "쐈", "쏠", "쏜다", "쏘며", "쏜", "쏘는")
풀어주 = nv("풀어주", "풀어줬", "풀어줄", "풀어준다", "풀어주며", "풀어준", "풀어주는")
끊 = nv("끊", "끊었", "끊을", "끊는다", "끊으며", "끊은", "끊는")
맺 = nv("맺", "맺었", "맺을", "맺는다", "맺으며", "맺은", "맺는")
돕 = nv("돕", "도왔", "도울", "돕는다", "도우며", "도운", "돕는")
붙잡 = nv("붙잡", "붙잡았", "붙잡을", "붙잡는다", "붙잡으며", "붙잡은", "붙잡는")
내쫓 = nv("내쫓", "내쫓았", "내쫓을", "내쫓는다", "내쫓으며", "내쫓은", "내쫓는")
물러나 = nv("물러나", "물러났", "물러날", "물러난다", "물러나며", "물러난", "물러나는")
막 = nv("막", "막았", "막을", "막는다", "막으며", "막은", "막는")
가하 = hv("가")
열 = nv("열", "열었", "열", "연다", "열며", "연", "여는")
늘리 = nv("늘리", "늘렸", "늘릴", "늘린다", "늘리며", "늘린", "늘리는")
내리 = nv("내리", "내렸", "내릴", "내린다", "내리며", "내린", "내리는")
묻 = nv("묻", "물었", "물을", "묻는다", "물으며", "물은", "묻는")

# ---------------------------------------------------------------- the verbs, by PLOVER type and mode

# (type, mode, what stands before the verb with {T:particle} the receiving side, verb). Our own wording of
# the manual's definitions; a phrase with no {T} states an act with no receiving side.
VERBS: list[tuple[str, str | None, str, Verb]] = [
    ("AGREE", None, "{T:과} 자유무역협정을", hv("체결")), ("AGREE", None, "{T:과} 평화협정에", hv("서명")),
    ("AGREE", None, "{T:과} 휴전 연장에", hv("합의")), ("AGREE", None, "{T:과} 상호방위조약을", 맺),
    ("CONSULT", "visit", "{T:을}", hv("방문")), ("CONSULT", "phone", "{T:과}", hv("통화")),
    ("CONSULT", None, "{T:과}", hv("회담")), ("CONSULT", None, "{T:과} 안보 현안을", hv("협의")),
    ("CONSULT", "visit", "{T:을}", hv("국빈 방문")),
    ("SUPPORT", None, "{T:의} 입장을", hv("지지")), ("SUPPORT", None, "{T:의} 결정을", hv("환영")),
    ("SUPPORT", None, "{T:을}", hv("승인")), ("SUPPORT", None, "{T:의} 노력을", hv("높이 평가")),
    ("SUPPORT", None, "{T:의} 유엔 가입을", hv("지지")),
    ("CONCEDE", None, "{T:에} 과거 침략에 대해", hv("사과")), ("RETREAT", None, "{T:에 대한} 수출 규제를", hv("완화")),
    ("CONCEDE", None, "{T:의} 요구를", hv("수용")), ("CONCEDE", None, "{T:과} 휴전을", hv("선언")), ("RETREAT", None, "{T:에 대한} 제재를", hv("해제")),
    ("COOPERATE", None, "{T:과} 군사 정보를", hv("공유")), ("COOPERATE", None, "{T:에} 범죄인을", hv("인도")),
    ("COOPERATE", None, "{T:과} 공동 연구를", hv("진행")), ("COOPERATE", None, "{T:과} 합동 수색을", hv("실시")),
    ("AID", "economic", "{T:에} 차관을", hv("제공")), ("AID", "humanitarian", "{T:에} 식량을", hv("지원")),
    ("AID", "military", "{T:에} 무기를", hv("공급")), ("AID", "humanitarian", "{T:에} 구호품을", 보내),
    ("AID", None, "{T:을}", 돕), ("AID", "economic", "{T:에} 긴급 자금을", hv("지원")),
    ("RETREAT", "withdraw", "{T:에서} 병력을", hv("철수")), ("RETREAT", "release", "억류했던 {T} 선원들을", hv("석방")),
    ("RETREAT", "release", "{T} 국적 인질들을", 풀어주), ("RETREAT", "ceasefire", "{T:과의} 교전을", hv("중단")),
    ("RETREAT", "withdraw", "{T:에서}", 물러나),
    ("REQUEST", "meet", "{T:에} 대화 재개를", hv("촉구")), ("REQUEST", "assist", "{T:에} 경제 지원을", hv("요청")),
    ("REQUEST", "yield", "{T:에} 억류자 석방을", hv("요구")), ("REQUEST", "change", "{T:에} 정책 변경을", hv("촉구")),
    ("REQUEST", None, "{T:에게} 협조를", hv("당부")), ("REQUEST", "yield", "{T:에} 병력 철수를", hv("요구")),
    ("ACCUSE", "disapprove", "{T:을}", hv("규탄")), ("ACCUSE", "disapprove", "{T:을}", hv("비난")),
    ("ACCUSE", "disapprove", "{T:을}", hv("비판")), ("ACCUSE", "disapprove", "{T:에}", hv("항의")),
    ("ACCUSE", "disapprove", "{T:에 대해}", hv("유감 표명")), ("ACCUSE", "investigate", "{T:을}", hv("조사")),
    ("ACCUSE", "allege", "{T:을} 국제사법재판소에", hv("제소")), ("ACCUSE", "disapprove", "{T:의} 행태를", hv("성토")),
    ("REJECT", None, "{T:의} 제안을", hv("거부")), ("REJECT", None, "{T:의} 요구를", hv("거절")),
    ("REJECT", "meet", "{T:과의} 회담을", hv("거부")), ("REJECT", None, "{T:의} 주장을", hv("일축")),
    ("THREATEN", None, "{T:에}", hv("경고")), ("THREATEN", None, "{T:을 향해}", hv("경고")),
    ("THREATEN", "violence", "{T:에} 군사 행동을", hv("위협")), ("THREATEN", None, "{T:을}", hv("위협")),
    ("THREATEN", "relations", "{T:에} 보복 조치를", hv("예고")),
    ("PROTEST", "demo", "{T:을} 규탄하는 집회를", 열), ("PROTEST", "demo", "{T} 대사관 앞에서 시위를", 벌이),
    ("PROTEST", "boycott", "{T} 제품 불매 운동을", 벌이), ("PROTEST", "strike", "총파업에", hv("돌입")),
    ("PROTEST", "hunger", "단식 농성을", 벌이),
    ("SANCTION", "discontinue", "{T:에 대해} 독자 제재를", hv("부과")), ("SANCTION", None, "{T:을}", hv("제재")),
    ("SANCTION", "discontinue", "{T:과의} 외교 관계를", hv("단절")), ("SANCTION", "discontinue", "{T:과의} 교역을", hv("중단")),
    ("SANCTION", "expel", "{T} 외교관들을", hv("추방")), ("SANCTION", "discontinue", "{T:과의} 국교를", 끊),
    ("SANCTION", "discontinue", "{T:에 대한} 수출을", hv("금지")),
    ("MOBILIZE", "troops", "{T} 접경 지역에 병력을", hv("배치")), ("MOBILIZE", "troops", "{T} 국경에 군대를", hv("증강")),
    ("MOBILIZE", "weapons", "{T} 인근 해역에 항공모함을", hv("파견")), ("MOBILIZE", "troops", "예비군을", hv("동원")),
    ("COERCE", "arrest", "{T} 국적자들을", hv("체포")), ("COERCE", "seize", "{T} 선박을", hv("나포")),
    ("COERCE", "deport", "{T} 출신 이주민들을", hv("추방")), ("COERCE", "arrest", "{T} 기자를", hv("구금")),
    ("COERCE", "seize", "{T:의} 자산을", hv("압류")), ("COERCE", "arrest", "{T} 국적 선원들을", 붙잡),
    ("ASSAULT", None, "{T:을}", hv("공격")), ("ASSAULT", "aerial", "{T:을}", hv("공습")),
    ("ASSAULT", "heavy-weapons", "{T:을}", hv("포격")), ("ASSAULT", "aerial", "{T:을}", hv("폭격")),
    ("ASSAULT", "abduct", "{T} 국민들을", hv("납치")), ("ASSAULT", "drone", "{T:에} 드론 공격을", 가하),
    ("ASSAULT", "heavy-weapons", "{T:을 향해} 미사일을", 쏘),
]

# Fresh verbs (`--family fresh`): a second list of our own, written after the rules were tuned on `VERBS` and
# never tuned on: the base frames over verbs the tuning did not see, to say how the rules generalize.
FRESH: list[tuple[str, str | None, str, Verb]] = [
    ("AGREE", None, "{T:과} 무역 협정을", hv("타결")), ("AGREE", None, "{T:과} 양해각서를", hv("체결")),
    ("CONSULT", "visit", "{T:을}", hv("공식 방문")), ("CONSULT", None, "{T:과}", hv("화상 회담")),
    ("SUPPORT", None, "{T:의} 평화 구상을", hv("지지")), ("SUPPORT", None, "{T:을}", hv("칭찬")),
    ("CONCEDE", None, "{T:에 대한} 여행 금지를", hv("해제")), ("CONCEDE", None, "{T:의} 요청을", hv("수락")),
    ("COOPERATE", None, "{T:과} 첩보를", hv("교환")), ("COOPERATE", None, "{T:과} 국경 경비를", hv("강화")),
    ("AID", "humanitarian", "{T:에} 백신을", hv("기증")), ("AID", "military", "{T:에} 군수물자를", hv("지원")),
    ("AID", "humanitarian", "{T:에} 의약품을", hv("전달")),
    ("RETREAT", "withdraw", "{T:에서} 군대를", hv("철수")), ("RETREAT", "release", "억류하던 {T} 어민들을", hv("송환")),
    ("REQUEST", "yield", "{T:에} 재발 방지를", hv("요구")), ("REQUEST", None, "{T:에게} 자제를", hv("요청")),
    ("REQUEST", "meet", "{T:에} 협상 복귀를", hv("촉구")),
    ("ACCUSE", "disapprove", "{T:을}", hv("맹비난")), ("ACCUSE", "disapprove", "{T:의} 인권 탄압을", hv("규탄")),
    ("ACCUSE", "disapprove", "{T:을} 강하게", hv("질타")),
    ("REJECT", None, "{T:의} 중재안을", hv("거절")), ("REJECT", None, "{T:의} 지원 제안을", hv("거부")),
    ("THREATEN", None, "{T:에} 강력한 대응을", hv("경고")), ("THREATEN", None, "{T:에} 보복을", hv("경고")),
    ("PROTEST", "demo", "{T} 영사관 앞에서 항의 집회를", hv("개최")), ("PROTEST", "demo", "{T:의} 정책에 반대하는 행진을", 벌이),
    ("SANCTION", None, "{T} 기업들을", hv("제재")), ("SANCTION", "discontinue", "{T:에 대한} 무기 수출을", hv("금지")),
    ("SANCTION", "discontinue", "{T:과의} 항공편 운항을", hv("중단")),
    ("MOBILIZE", "weapons", "{T} 국경 부근에 탱크를", hv("배치")), ("MOBILIZE", "troops", "{T} 접경에 해병대를", hv("투입")),
    ("COERCE", "seize", "{T} 어선을", hv("억류")), ("COERCE", "censor", "{T} 언론사의 웹사이트를", hv("차단")),
    ("ASSAULT", None, "{T:의} 군사 시설을", hv("타격")), ("ASSAULT", None, "{T} 민간인들을", hv("살해")),
]

# Fresh verbs, second round (`--family fresh2`), written before the third session changed any rule, from how
# Korean news states acts (not from the lexicon or the lists above): support-verb constructions (N을 가하다,
# 감행하다, 단행하다, 표명하다, 제기하다, 강행하다, 재개하다, 철회하다, N에 나서다, 착수하다, 들어가다, N을 통보하다,
# N 조치를 취하다), auxiliaries (V-어 주다, V-기로 하다, V-고 나서다), Sino-Korean act nouns with 하다, pure
# Korean verbs (내쫓다, 몰아내다, 퍼붓다, 쏘다, 거들다, 떠밀다, 빼다) and idioms (손을 잡다, 등을 돌리다, 발을 빼다,
# 날을 세우다, 목소리를 높이다, 문을 닫다, 퇴짜를 놓다, 으름장을 놓다). Types and modes from the manual.
def aux(prefix: str, verb: Verb) -> Verb:
    """A phrase ending in `verb` ('비난하고 ' + 나서 -> 비난하고 나섰다): every form of `verb` after `prefix`."""
    return Verb(*(prefix + form for form in (verb.stem, verb.past, verb.fut, verb.pres, verb.myeo, verb.rel,
                                             verb.adn)))


잡 = nv("잡", "잡았", "잡을", "잡는다", "잡으며", "잡은", "잡는")
돌리 = nv("돌리", "돌렸", "돌릴", "돌린다", "돌리며", "돌린", "돌리는")
빼 = nv("빼", "뺐", "뺄", "뺀다", "빼며", "뺀", "빼는")
세우 = nv("세우", "세웠", "세울", "세운다", "세우며", "세운", "세우는")
높이 = nv("높이", "높였", "높일", "높인다", "높이며", "높인", "높이는")
닫 = nv("닫", "닫았", "닫을", "닫는다", "닫으며", "닫은", "닫는")
나서 = nv("나서", "나섰", "나설", "나선다", "나서며", "나선", "나서는")
들어가 = nv("들어가", "들어갔", "들어갈", "들어간다", "들어가며", "들어간", "들어가는")
취하 = hv("취")
들어주 = nv("들어주", "들어줬", "들어줄", "들어준다", "들어주며", "들어준", "들어주는")
도와주 = nv("도와주", "도와줬", "도와줄", "도와준다", "도와주며", "도와준", "도와주는")
놓아주 = nv("놓아주", "놓아줬", "놓아줄", "놓아준다", "놓아주며", "놓아준", "놓아주는")
몰아내 = nv("몰아내", "몰아냈", "몰아낼", "몰아낸다", "몰아내며", "몰아낸", "몰아내는")
퍼붓 = nv("퍼붓", "퍼부었", "퍼부을", "퍼붓는다", "퍼부으며", "퍼부은", "퍼붓는")
거들 = nv("거들", "거들었", "거들", "거든다", "거들며", "거든", "거드는")
떠밀 = nv("떠밀", "떠밀었", "떠밀", "떠민다", "떠밀며", "떠민", "떠미는")
물러서 = nv("물러서", "물러섰", "물러설", "물러선다", "물러서며", "물러선", "물러서는")
놓 = nv("놓", "놓았", "놓을", "놓는다", "놓으며", "놓은", "놓는")
일으키 = nv("일으키", "일으켰", "일으킬", "일으킨다", "일으키며", "일으킨", "일으키는")

FRESH2: list[tuple[str, str | None, str, Verb]] = [
    ("AGREE", None, "{T:과} 정상회담을 열기로", hv("합의")), ("AGREE", None, "{T:과} 군사 협력을 강화하기로", hv("약속")),
    ("AGREE", None, "{T:과} 통상 협정에", hv("가서명")), ("AGREE", None, "{T:의} 휴전안에", hv("동의")),
    ("CONSULT", None, "{T:과} 핵 협상에", 나서), ("CONSULT", None, "{T:과} 무역 협상에", 들어가),
    ("CONSULT", None, "{T:과} 고위급 대화를", hv("재개")), ("CONSULT", "visit", "{T:을}", hv("전격 방문")),
    ("CONSULT", None, "{T:과} 외교장관 회담을", hv("개최")),
    ("SUPPORT", None, "{T:의} 대선 승리를", hv("축하")), ("SUPPORT", None, "{T:과} 국교를", hv("정상화")),
    ("SUPPORT", None, "{T:의} 입장을", 거들), ("SUPPORT", None, "{T:의} 중재 노력에 지지 입장을", hv("표명")),
    ("SUPPORT", None, "{T:과}", hv("수교")),
    ("CONCEDE", None, "{T:의} 요구를", 들어주), ("CONCEDE", None, "{T:에 대한} 제재 방침을", hv("철회")),
    ("CONCEDE", None, "{T:의} 압박에 한발", 물러서), ("CONCEDE", None, "{T} 국적 수감자들을", hv("사면")),
    ("CONCEDE", None, "{T:에} 공식", hv("사죄")),
    ("COOPERATE", None, "{T:과} 공급망 협력을 위해 손을", 잡), ("COOPERATE", None, "{T:과} 연합 훈련을", hv("실시")),
    ("COOPERATE", None, "{T:과} 대북 제재 이행에", hv("공조")), ("COOPERATE", None, "{T:과} 반도체 공동 개발에", hv("착수")),
    ("AID", None, "{T:을}", 도와주), ("AID", "economic", "{T:의} 채무를", hv("탕감")),
    ("AID", None, "{T} 반체제 인사에게 망명을", hv("허용")), ("AID", None, "{T} 국적 인질들을", hv("구출")),
    ("AID", "military", "{T:에} 포탄을", hv("공여")), ("AID", "humanitarian", "지진 피해를 입은 {T:에} 구조대를", hv("급파")),
    ("RETREAT", "withdraw", "{T:에서}", hv("철군")), ("RETREAT", "release", "{T} 포로들을", 놓아주),
    ("RETREAT", "withdraw", "{T} 국경 지대에서 병력을", 빼), ("RETREAT", "disarm", "{T:과의} 합의에 따라 핵무기를", hv("폐기")),
    ("RETREAT", "access", "{T} 구호 요원들의 입국을", hv("허용")),
    ("REQUEST", "assist", "{T:에} 국제사회의 도움을", hv("호소")), ("REQUEST", None, "{T:에} 자제를", hv("주문")),
    ("REQUEST", "yield", "{T:에} 억류자 송환을", aux("요구하고 ", 나서)),
    ("REQUEST", "meet", "{T:에} 대화에 나올 것을", hv("종용")),
    ("ACCUSE", "disapprove", "주한 {T} 대사를", hv("초치")), ("ACCUSE", "disapprove", "{T:의} 결정에 이의를", hv("제기")),
    ("ACCUSE", "allege", "{T:의} 선거 개입 의혹을", hv("제기")), ("ACCUSE", "disapprove", "{T:에 대해} 날을", 세우),
    ("ACCUSE", "disapprove", "{T:을 향해} 비판의 목소리를", 높이), ("ACCUSE", "disapprove", "{T:을}", aux("비난하고 ", 나서)),
    ("ACCUSE", "investigate", "{T:의} 불법 보조금 의혹에 대한 조사에", hv("착수")),
    ("ACCUSE", "disapprove", "{T:의} 조치에 강한 불만을", hv("표시")),
    ("REJECT", None, "{T:에} 등을", 돌리), ("REJECT", None, "{T:의} 요구를", hv("묵살")),
    ("REJECT", "meet", "{T:과의} 정상회담을", hv("취소")), ("REJECT", None, "{T:의} 협상 제안에 퇴짜를", 놓),
    ("THREATEN", None, "{T:에} 최후통첩을", 보내), ("THREATEN", None, "{T:에} 으름장을", 놓),
    ("THREATEN", None, "{T:에} 무력 대응을", hv("시사")),
    ("PROTEST", "strike", "임금 인상을 요구하며 전면 파업에", 들어가), ("PROTEST", "hunger", "무기한 단식에", hv("돌입")),
    ("PROTEST", "obstruct", "{T} 대사관으로 가는 도로를", hv("점거")),
    ("PROTEST", "riot", "{T} 정부의 결정에 반발해 폭동을", 일으키),
    ("PROTEST", "demo", "{T:의} 개입에 반대하는 거리 행진에", 나서),
    ("SANCTION", "discontinue", "{T:에} 국경 문을", 닫), ("SANCTION", "withdraw", "{T} 재건 사업에서 발을", 빼),
    ("SANCTION", "discontinue", "{T:에 대한} 수입 금지 조치를", hv("단행")),
    ("SANCTION", "discontinue", "{T:에 대해} 수출 제한 조치를", 취하), ("SANCTION", None, "{T:에} 방위 협정 파기를", hv("통보")),
    ("SANCTION", "discontinue", "{T:과}", hv("단교")), ("SANCTION", None, "{T:의} 해외 자산을", hv("동결")),
    ("SANCTION", "discontinue", "{T} 제품에 보복 관세를", hv("부과")),
    ("MOBILIZE", "troops", "{T} 접경에서 대규모 군사 훈련을", hv("강행")),
    ("MOBILIZE", "weapons", "{T} 접경에 미사일을", hv("전진 배치")), ("MOBILIZE", "troops", "전군에 비상 경계령을", 내리),
    ("MOBILIZE", "police", "{T} 대사관 주변에 경찰 병력을", hv("증원")),
    ("COERCE", "deport", "{T} 출신 노동자들을", 내쫓), ("COERCE", "deport", "{T} 국적 난민들을", 몰아내),
    ("COERCE", "arrest", "{T} 국적 간첩 용의자를", hv("검거")), ("COERCE", "seize", "{T} 유조선 나포에", 나서),
    ("COERCE", "cyber", "{T} 정부 전산망을", hv("해킹")), ("COERCE", "seize", "{T} 기업 사무실을", hv("압수수색")),
    ("COERCE", None, "{T} 국적 선박을 영해 밖으로", 떠밀),
    ("ASSAULT", "heavy-weapons", "{T} 진지에 포탄을", 퍼붓), ("ASSAULT", "firearms", "{T} 병사들을 향해 총을", 쏘),
    ("ASSAULT", None, "{T:에} 보복 공격을", 가하), ("ASSAULT", None, "{T:을}", hv("침공")),
    ("ASSAULT", "targeted", "{T} 핵 과학자를", hv("암살")), ("ASSAULT", None, "{T} 무인기를", hv("격추")),
    ("ASSAULT", None, "{T} 국경 초소에 기습 공격을", hv("감행")),
]

# Headlines and passives of the second round (type, mode, whole sentence with {S} and {T}, status): a nominal
# headline ('S, T에 추가 제재 단행'), an act noun in a 되다 passive, a meeting or treaty of two sides.
FRESH2_NOMINALS: list[tuple[str, str | None, str, str]] = [
    ("SANCTION", "discontinue", "{S}, {T:에 대한} 추가 제재 단행", "occurred"),
    ("MOBILIZE", "troops", "{S}, {T} 접경에 병력 증강 배치", "occurred"),
    ("PROTEST", "strike", "{S}, 임금 인상 요구하며 총파업 돌입", "occurred"),
    ("CONSULT", None, "{S}, {T:과} 정상회담 개최", "occurred"),
    ("ACCUSE", "disapprove", "{S}, 주한 {T} 대사 초치", "occurred"),
    ("AID", "humanitarian", "{S}, {T:에} 긴급 식량 지원", "occurred"),
    ("ASSAULT", "aerial", "{S}, {T} 군사시설 공습 감행", "occurred"),
    ("COERCE", "seize", "{S}, {T} 어선 나포", "occurred"),
    ("REJECT", None, "{S}, {T:의} 회담 제안 거부", "occurred"),
    ("ACCUSE", "disapprove", "{S}, {T:의} 미사일 발사 강력 규탄", "occurred"),
    ("THREATEN", None, "{S}, {T:에} '강력 대응' 경고", "occurred"),
    ("RETREAT", "release", "{S}, 억류 {T} 선원 전원 석방", "occurred"),
    ("AGREE", None, "{S:과} {T:의} 평화협정이 체결됐다.", "occurred"),
    ("CONSULT", None, "{S:과} {T:의} 정상회담이 열렸다.", "occurred"),
    ("COERCE", "arrest", "{T} 국적 기자가 {S}에 의해 체포됐다.", "occurred"),
    ("SANCTION", None, "{S:은} {T:에 대한} 제재 조치를 취했다.", "occurred"),
]


# Fresh verbs, third round (`--family fresh3`), written after the third session's rules and never tuned on
# (not read from the lexicon): the honest number for verbs the rules did not see.
실어주 = nv("실어주", "실어줬", "실어줄", "실어준다", "실어주며", "실어준", "실어주는")
풀 = nv("풀", "풀었", "풀", "푼다", "풀며", "푼", "푸는")
나누 = nv("나누", "나눴", "나눌", "나눈다", "나누며", "나눈", "나누는")
내주 = nv("내주", "내줬", "내줄", "내준다", "내주며", "내준", "내주는")
물리 = nv("물리", "물렸", "물릴", "물린다", "물리며", "물린", "물리는")
돌려보내 = nv("돌려보내", "돌려보냈", "돌려보낼", "돌려보낸다", "돌려보내며", "돌려보낸", "돌려보내는")
구하 = nv("구하", "구했", "구할", "구한다", "구하며", "구한", "구하는")
꼬집 = nv("꼬집", "꼬집었", "꼬집을", "꼬집는다", "꼬집으며", "꼬집은", "꼬집는")
쏟아내 = nv("쏟아내", "쏟아냈", "쏟아낼", "쏟아낸다", "쏟아내며", "쏟아낸", "쏟아내는")
자르 = nv("자르", "잘랐", "자를", "자른다", "자르며", "자른", "자르는")
긋 = nv("긋", "그었", "그을", "긋는다", "그으며", "그은", "긋는")
갖 = nv("갖", "가졌", "가질", "갖는다", "가지며", "가진", "갖는")
매기 = nv("매기", "매겼", "매길", "매긴다", "매기며", "매긴", "매기는")
집결시키 = nv("집결시키", "집결시켰", "집결시킬", "집결시킨다", "집결시키며", "집결시킨", "집결시키는")
쫓아내 = nv("쫓아내", "쫓아냈", "쫓아낼", "쫓아낸다", "쫓아내며", "쫓아낸", "쫓아내는")
날리 = nv("날리", "날렸", "날릴", "날린다", "날리며", "날린", "날리는")

FRESH3: list[tuple[str, str | None, str, Verb]] = [
    ("AGREE", None, "{T:과} 비자 면제 협정에", hv("조인")), ("AGREE", None, "{T:과} 에너지 협력 양해각서에", hv("서명")),
    ("CONSULT", None, "{T:과} 국경 문제를 놓고 담판을", 벌이), ("CONSULT", "visit", "{T:을}", hv("순방")),
    ("SUPPORT", None, "{T:의} 안보리 진출을", aux("지지하고 ", 나서)), ("SUPPORT", None, "{T:의} 개혁 조치를", hv("호평")),
    ("SUPPORT", None, "{T:에} 힘을", 실어주),
    ("CONCEDE", None, "{T:의} 압력에", hv("굴복")), ("CONCEDE", None, "{T:에 대한} 입국 제한을", 풀),
    ("CONCEDE", None, "{T:의} 요구 사항을 전격", hv("수용")),
    ("COOPERATE", None, "{T:과} 해상 합동 순찰을", hv("실시")), ("COOPERATE", None, "{T:과} 위성 정보를", 나누),
    ("AID", "humanitarian", "홍수 피해를 입은 {T:에} 생수와 담요를", hv("전달")),
    ("AID", "economic", "{T:에} 10억 달러 규모의 차관을", 내주), ("AID", "military", "{T:에} 장갑차를", hv("공여")),
    ("RETREAT", "withdraw", "{T} 국경에서 군대를", 물리), ("RETREAT", "release", "억류 중이던 {T} 국민들을", 돌려보내),
    ("RETREAT", "access", "{T} 감시단의 입국을", hv("허가")),
    ("REQUEST", None, "{T:에} 협조를", 구하), ("REQUEST", "yield", "{T:에} 억류자들의 조속한 석방을", hv("재촉")),
    ("ACCUSE", "disapprove", "{T:의} 행동을", 꼬집), ("ACCUSE", "disapprove", "{T:을 향해} 날 선 비판을", 쏟아내),
    ("ACCUSE", "allege", "{T:을} 전쟁범죄 혐의로", hv("고발")),
    ("REJECT", None, "{T:의} 휴전 제안을 단칼에", 자르), ("REJECT", None, "{T:의} 요구에 선을", 긋),
    ("THREATEN", None, "{T:에} 보복을", aux("경고하고 ", 나서)),
    ("THREATEN", None, "{T:을 향해} 대가를 치를 것이라고", hv("협박")),
    ("PROTEST", "demo", "{T} 대사관 앞에서 규탄 집회를", 갖), ("PROTEST", "strike", "임금 체불에 항의해", hv("파업")),
    ("SANCTION", "expel", "{T} 외교관 3명을", hv("맞추방")), ("SANCTION", "discontinue", "{T:과의} 군사 교류를 전면", hv("중단")),
    ("SANCTION", "discontinue", "{T} 수입품에 고율 관세를", 매기),
    ("MOBILIZE", "weapons", "{T} 인근 해역에 구축함 2척을", hv("급파")),
    ("MOBILIZE", "troops", "{T} 국경에 기갑부대를", 집결시키),
    ("COERCE", "arrest", "{T} 국적 활동가들을", hv("연행")), ("COERCE", "deport", "{T} 출신 불법 체류자들을", 쫓아내),
    ("COERCE", "restrict", "{T} 언론인들의 출입을", hv("통제")),
    ("ASSAULT", "drone", "{T} 정유 시설에 자폭 드론을", 날리), ("ASSAULT", None, "{T} 국경 마을을", hv("급습")),
    ("ASSAULT", "heavy-weapons", "{T} 진지를 향해 포를", 쏘),
]

FRESH3_NOMINALS: list[tuple[str, str | None, str, str]] = [
    ("SANCTION", "discontinue", "{S}, {T:에} 보복 관세 부과", "occurred"),
    ("ACCUSE", "disapprove", "{S}, {T:의} 핵실험 강력 비난", "occurred"),
    ("COERCE", "arrest", "{S}, {T} 국적 선원 10명 체포", "occurred"),
    ("RETREAT", "withdraw", "{S}, {T:에서} 병력 철수 완료", "occurred"),
    ("AID", "humanitarian", "{S}, {T:에} 의약품 긴급 지원", "occurred"),
    ("THREATEN", None, "{S}, {T:에} '무력 대응' 위협", "occurred"),
]


# Fresh verbs, fourth round (`--family fresh4`), written after all of the third session's rules (fresh3 was
# followed by more lexicon work) and never tuned on.
높이사 = nv("높이 사", "높이 샀", "높이 살", "높이 산다", "높이 사며", "높이 산", "높이 사는")
숙이 = nv("숙이", "숙였", "숙일", "숙인다", "숙이며", "숙인", "숙이는")
받아주 = nv("받아주", "받아줬", "받아줄", "받아준다", "받아주며", "받아준", "받아주는")
빼내 = nv("빼내", "빼냈", "빼낼", "빼낸다", "빼내며", "빼낸", "빼내는")
돌려주 = nv("돌려주", "돌려줬", "돌려줄", "돌려준다", "돌려주며", "돌려준", "돌려주는")
쏘아붙이 = nv("쏘아붙이", "쏘아붙였", "쏘아붙일", "쏘아붙인다", "쏘아붙이며", "쏘아붙인", "쏘아붙이는")
이어가 = nv("이어가", "이어갔", "이어갈", "이어간다", "이어가며", "이어간", "이어가는")
출동시키 = nv("출동시키", "출동시켰", "출동시킬", "출동시킨다", "출동시키며", "출동시킨", "출동시키는")
때리 = nv("때리", "때렸", "때릴", "때린다", "때리며", "때린", "때리는")

FRESH4: list[tuple[str, str | None, str, Verb]] = [
    ("AGREE", None, "{T:과} 상호 투자 보장 협정을 맺기로", hv("합의")), ("AGREE", None, "{T:에} 정상회담 개최를", hv("제의")),
    ("CONSULT", None, "{T} 외교장관과", hv("면담")),
    ("SUPPORT", None, "{T:의} 비핵화 결단을", 높이사), ("SUPPORT", None, "{T:의} 독립을 공식", hv("인정")),
    ("CONCEDE", None, "{T:에} 과거 식민 지배에 대해 고개를", 숙이), ("CONCEDE", None, "{T} 국적 정치범들을 특별", hv("사면")),
    ("COOPERATE", None, "{T:과} 탈세 정보를", hv("상호 교환")), ("COOPERATE", None, "{T:과} 마약 밀매 조직을", hv("공동 단속")),
    ("AID", "humanitarian", "{T:에} 쌀 10만 톤을", 보내), ("AID", "economic", "{T:에} 무상 원조를", hv("집행")),
    ("AID", None, "{T} 출신 망명객을", 받아주),
    ("RETREAT", "withdraw", "{T} 영토에서 주둔군을", 빼내), ("RETREAT", "release", "붙잡아 두었던 {T} 어부들을", 돌려주),
    ("REQUEST", "assist", "{T:에} 백신 지원을", hv("타진")), ("REQUEST", "change", "{T:에} 인권 정책의 개선을", hv("권고")),
    ("ACCUSE", "disapprove", "{T:의} 처사를", hv("개탄")), ("ACCUSE", "disapprove", "{T:을 향해} 거친 말을", 쏘아붙이),
    ("ACCUSE", "investigate", "{T} 기업들의 담합 의혹을", hv("수사")),
    ("REJECT", None, "{T:의} 정상회담 제안에", hv("불응")), ("REJECT", "meet", "{T:이} 주최하는 회의에", hv("불참")),
    ("THREATEN", None, "{T:에} 군사적 대응을", hv("공언")),
    ("THREATEN", "violence", "{T:을} 지도에서 지워버리겠다고", hv("위협")),
    ("PROTEST", "demo", "{T:의} 군사 개입에 반대하는 촛불 시위를", 이어가), ("PROTEST", "boycott", "{T} 제품을", hv("불매")),
    ("SANCTION", "discontinue", "{T:과의} 항공 노선을", hv("잠정 폐쇄")),
    ("SANCTION", "withdraw", "{T} 주재 자국 대사를 본국으로", hv("소환")),
    ("SANCTION", "discontinue", "{T:에 대한} 반도체 장비 수출을", 막),
    ("MOBILIZE", "weapons", "{T} 앞바다로 핵잠수함을", 출동시키), ("MOBILIZE", "troops", "{T} 국경 지대에 예비군 5만 명을", hv("소집")),
    ("COERCE", "arrest", "{T} 출신 선교사를 간첩 혐의로", hv("구속")), ("COERCE", "seize", "{T} 국영 기업의 자산을", hv("몰수")),
    ("ASSAULT", "aerial", "{T} 무장세력 거점을 전투기로", 때리), ("ASSAULT", "firearms", "{T} 경비병들에게 총격을", 가하),
    ("ASSAULT", "targeted", "{T} 군 고위 지휘관을", hv("제거")),
]

FRESH4_NOMINALS: list[tuple[str, str | None, str, str]] = [
    ("ACCUSE", "disapprove", "{S}, {T:의} 영공 침범에 강력 항의", "occurred"),
    ("SANCTION", "expel", "{S}, {T} 외교관 추방", "occurred"),
    ("MOBILIZE", "weapons", "{S}, {T} 인근에 항모 전단 급파", "occurred"),
    ("REQUEST", "yield", "{S}, {T:에} 억류 선원 석방 촉구", "occurred"),
    ("SUPPORT", None, "{S}, {T:의} 평화 구상 지지", "occurred"),
]


# Fresh verbs, fifth round (`--family fresh5`), written by the fourth Korean-acts session BEFORE it changed any
# rule or entry, from how Korean news states acts across all 16 types and their modes (not read from the lexicon
# or the lists above): press register (강력 규탄, 개탄, 묵살, 반려, 배격), support-verb and light-verb phrases
# (경의를 표하다, 거부권을 행사하다, 총격을 가하다, 공습을 단행하다), native verbs (뿌리치다, 던지다, 넘겨주다) and
# mode words of the manual (curfew, martial law, access, disarm). The session's misses were read by cause.
넘겨주 = nv("넘겨주", "넘겨줬", "넘겨줄", "넘겨준다", "넘겨주며", "넘겨준", "넘겨주는")
받아들이 = nv("받아들이", "받아들였", "받아들일", "받아들인다", "받아들이며", "받아들인", "받아들이는")
뿌리치 = nv("뿌리치", "뿌리쳤", "뿌리칠", "뿌리친다", "뿌리치며", "뿌리친", "뿌리치는")
던지 = nv("던지", "던졌", "던질", "던진다", "던지며", "던진", "던지는")
문제삼 = nv("문제 삼", "문제 삼았", "문제 삼을", "문제 삼는다", "문제 삼으며", "문제 삼은", "문제 삼는")

FRESH5: list[tuple[str, str | None, str, Verb]] = [
    ("AGREE", None, "{T:과} 어업 협정에", hv("가서명")), ("AGREE", None, "{T:과} 공동선언문을", hv("채택")),
    ("AGREE", None, "{T:과} 국경 획정에", hv("최종 합의")), ("AGREE", None, "{T:과} 포로 교환에", hv("합의")),
    ("CONSULT", "visit", "{T:을}", hv("순방")), ("CONSULT", "phone", "{T:과}", hv("전화 통화")),
    ("CONSULT", None, "{T} 외교장관과", hv("회동")), ("CONSULT", None, "{T:과} 비공개 협상을", hv("진행")),
    ("CONSULT", "visit", "{T} 대표단을", hv("접견")),
    ("SUPPORT", None, "{T:의} 대응을", hv("옹호")), ("SUPPORT", None, "{T:의} 개혁 조치를", hv("치하")),
    ("SUPPORT", None, "{T:의} 평화 노력에 경의를", hv("표")), ("SUPPORT", None, "{T:에} 연대를", hv("표명")),
    ("CONCEDE", None, "{T:에} 공식", hv("사죄")), ("CONCEDE", None, "{T:의} 요구에", hv("굴복")),
    ("CONCEDE", None, "{T:에 대한} 입국 제한을", 풀), ("CONCEDE", None, "{T:에} 통상 분야에서", hv("양보")),
    ("COOPERATE", None, "{T:과} 대테러 정보를", 나누), ("COOPERATE", None, "{T:과} 공동 순찰을", hv("실시")),
    ("COOPERATE", None, "{T:과} 사법 공조를", hv("강화")), ("COOPERATE", None, "{T:에} 수사 기록을", 넘겨주),
    ("AID", "humanitarian", "{T:에} 긴급 구호대를", hv("파견")), ("AID", "economic", "{T:에} 무상원조를", hv("제공")),
    ("AID", "military", "{T:에} 대전차 미사일을", hv("지원")), ("AID", "humanitarian", "{T:에} 쌀을", 보내),
    ("AID", "economic", "{T:에} 차관을", 내주),
    ("RETREAT", "withdraw", "{T} 국경 지대에서 병력을", 빼), ("RETREAT", "release", "{T} 출신 수감자들을", hv("사면")),
    ("RETREAT", "ceasefire", "{T:과} 휴전에", 들어가), ("RETREAT", "release", "억류 중이던 {T} 국민을", 돌려보내),
    ("RETREAT", "withdraw", "{T} 영해에서 함정들을", 물리), ("RETREAT", "access", "{T:의} 사찰단을", 받아들이),
    ("REQUEST", "assist", "{T:에} 방공망 지원을", hv("호소")), ("REQUEST", "change", "{T:에} 인권 개선을", hv("주문")),
    ("REQUEST", "assist", "{T:에} 적극적인 역할을", hv("당부")), ("REQUEST", "yield", "{T:에} 도발 중단을", hv("압박")),
    ("REQUEST", "yield", "{T:에} 억류 선원의 즉각 송환을", hv("요구")),
    ("ACCUSE", "disapprove", "{T:을}", hv("강력 규탄")), ("ACCUSE", "disapprove", "{T:의} 처사를", hv("개탄")),
    ("ACCUSE", "allege", "{T:을} 전쟁범죄 혐의로", hv("고발")), ("ACCUSE", "disapprove", "{T:에} 강한 불만을", hv("표시")),
    ("ACCUSE", "disapprove", "{T:의} 조치를", 문제삼), ("ACCUSE", "investigate", "{T:의} 선거 개입 의혹에 대해", hv("수사")),
    ("ACCUSE", "allege", "{T:을} 테러 배후로", hv("지목")),
    ("REJECT", None, "{T:의} 요구를 단호히", hv("배격")), ("REJECT", "meet", "{T:의} 대화 제의를", 뿌리치),
    ("REJECT", None, "{T:의} 항의를", hv("묵살")), ("REJECT", None, "{T:의} 제안을", hv("반려")),
    ("REJECT", None, "{T:의} 결의안에 거부권을", hv("행사")),
    ("THREATEN", None, "{T:에} 최후통첩을", 보내), ("THREATEN", None, "{T:을}", hv("협박")),
    ("THREATEN", "violence", "{T:을 향해} 군사적 대응을", hv("공언")),
    ("PROTEST", "demo", "{T:의} 정책을 비난하는 가두시위를", 벌이), ("PROTEST", "demo", "{T} 대사관 앞에서 촛불집회를", 열),
    ("PROTEST", "strike", "임금 인상을 요구하며 파업에", 나서), ("PROTEST", "riot", "{T} 대사관에 돌을", 던지),
    ("PROTEST", "obstruct", "도로를", hv("점거")), ("PROTEST", "hunger", "{T:의} 인권 탄압에 항의해 무기한 단식에", 들어가),
    ("SANCTION", "discontinue", "{T:에 대한} 원조를", hv("삭감")), ("SANCTION", "withdraw", "{T} 주재 대사를", hv("소환")),
    ("SANCTION", "expel", "{T} 외교관 3명을", hv("맞추방")), ("SANCTION", None, "{T:과의} 자유무역협상을", hv("잠정 중단")),
    ("SANCTION", None, "{T} 은행들의 자산을", hv("동결")), ("SANCTION", None, "{T:에} 고율 관세를", 매기),
    ("SANCTION", None, "{T:에 대한} 금수 조치를", hv("발동")),
    ("MOBILIZE", "troops", "전군에 비상경계태세를", hv("발령")), ("MOBILIZE", "weapons", "{T} 근해에 전략폭격기를", hv("전개")),
    ("MOBILIZE", "troops", "{T:과의} 국경에 병력을", hv("증파")), ("MOBILIZE", "police", "시내 곳곳에 경찰 병력을", hv("배치")),
    ("MOBILIZE", "troops", "예비역 30만 명을", hv("소집")), ("MOBILIZE", "weapons", "{T} 인근 해역에 구축함을", hv("급파")),
    ("COERCE", "arrest", "{T} 국적 간첩 용의자를", hv("검거")), ("COERCE", "seize", "{T} 기업의 자산을", hv("몰수")),
    ("COERCE", "deport", "{T} 출신 노동자들을", 쫓아내), ("COERCE", "curfew", "수도 전역에 통행금지령을", hv("발령")),
    ("COERCE", "martial-law", "전국에 계엄령을", hv("선포")), ("COERCE", "arrest", "{T} 선교사를 간첩 혐의로", hv("기소")),
    ("COERCE", "seize", "{T} 영토 일부를", hv("점령")),
    ("ASSAULT", "aerial", "{T} 북부 지역에 대규모 공습을", hv("단행")), ("ASSAULT", "heavy-weapons", "{T} 진지에 포탄을", 퍼붓),
    ("ASSAULT", "drone", "{T:의} 정유시설을 자폭 드론으로", hv("공격")), ("ASSAULT", None, "{T:을}", hv("침공")),
    ("ASSAULT", None, "{T} 군 지휘관을", hv("암살")), ("ASSAULT", "firearms", "{T} 병사들에게 총격을", 가하),
    ("ASSAULT", None, "{T:의} 해군 기지를", hv("급습")),
]

FRESH5_NOMINALS: list[tuple[str, str | None, str, str]] = [
    ("ACCUSE", "disapprove", "{S}, {T} 미사일 발사 강력 규탄", "occurred"),
    ("AID", "humanitarian", "{S}, {T:에} 인도적 지원 500만 달러 제공", "occurred"),
    ("MOBILIZE", "troops", "{S}, {T} 국경에 병력 증강 배치", "occurred"),
    ("REQUEST", "yield", "{S}, {T:에} 억류자 석방 촉구", "occurred"),
    ("THREATEN", None, "{S}, {T:에} \"도발 땐 강력 응징\" 경고", "occurred"),
    ("REJECT", None, "{S}, {T} 제안 거부", "occurred"),
    ("CONSULT", "visit", "{S}, {T} 전격 방문", "occurred"),
    ("COERCE", "seize", "{S}, {T} 유조선 나포", "occurred"),
    ("ASSAULT", "aerial", "{S}, {T} 수도에 대규모 공습", "occurred"),
    ("CONCEDE", None, "{S}, {T:에} 공식 사과", "occurred"),
    ("SUPPORT", None, "{S}, {T:의} 나토 가입 지지", "occurred"),
    ("RETREAT", "withdraw", "{S}, {T}서 병력 철수 완료", "occurred"),
    ("SANCTION", None, "{S}, {T:에} 보복 관세 부과", "occurred"),
    ("PROTEST", "demo", "{S}, {T} 대사관 앞 항의 시위", "occurred"),
]

# Fresh verbs, sixth round (`--family fresh6`): written after the fourth session's rules and lexicon (not read from
# them) and never tuned on: the honest number for that session.
찾 = nv("찾", "찾았", "찾을", "찾는다", "찾으며", "찾은", "찾는")
실어보내 = nv("실어 보내", "실어 보냈", "실어 보낼", "실어 보낸다", "실어 보내며", "실어 보낸", "실어 보내는")
넘기 = nv("넘기", "넘겼", "넘길", "넘긴다", "넘기며", "넘긴", "넘기는")
멈추 = nv("멈추", "멈췄", "멈출", "멈춘다", "멈추며", "멈춘", "멈추는")
올리 = nv("올리", "올렸", "올릴", "올린다", "올리며", "올린", "올리는")

FRESH6: list[tuple[str, str | None, str, Verb]] = [
    ("AGREE", None, "{T:과} 관세 인하에", hv("전격 합의")), ("AGREE", None, "{T:과} 영사 협정을", hv("개정")),
    ("CONSULT", None, "{T} 총리와", hv("단독 회담")), ("CONSULT", "visit", "{T} 수도를", 찾),
    ("CONSULT", "phone", "{T} 정상과", hv("전화 회담")),
    ("SUPPORT", None, "{T:의} 결단에 지지를", 보내), ("SUPPORT", None, "{T:의} 입장을", hv("적극 지지")),
    ("SUPPORT", None, "{T:의} 선거 결과를", hv("인정")),
    ("CONCEDE", None, "{T:에} 과거사 문제로", hv("사과")), ("CONCEDE", None, "{T:의} 요구를 전격", 받아들이),
    ("CONCEDE", None, "{T:에 대한} 비자 규제를", hv("완화")),
    ("COOPERATE", None, "{T:과} 해상 합동 구조 작업을", 벌이), ("COOPERATE", None, "{T:과} 공동 연구 개발에", hv("착수")),
    ("AID", "humanitarian", "{T:에} 긴급 식량을", 실어보내), ("AID", "military", "{T:에} 장갑차를", 넘기),
    ("AID", "humanitarian", "{T:에} 의료진을", hv("급파")),
    ("RETREAT", "withdraw", "{T:에서} 평화유지군을", hv("철수")), ("RETREAT", "release", "{T} 국적 어부들을", 풀어주),
    ("RETREAT", "ceasefire", "{T:과의} 전투를", 멈추),
    ("REQUEST", "yield", "{T:에} 인질 석방을", hv("거듭 촉구")), ("REQUEST", "assist", "{T:에} 탄약 지원을", hv("요청")),
    ("REQUEST", "meet", "{T:에} 협상 재개를", hv("제의")),
    ("ACCUSE", "disapprove", "{T:을 향해} 날 선 비판을", 쏟아내), ("ACCUSE", "investigate", "{T} 기업의 덤핑 의혹을", hv("조사")),
    ("ACCUSE", "disapprove", "{T:에} 엄중히", hv("항의")), ("ACCUSE", "allege", "{T:을} 세계무역기구에", hv("제소")),
    ("REJECT", None, "{T:의} 요청에", hv("불응")), ("REJECT", "meet", "{T:과의} 정상회담을", hv("거절")),
    ("REJECT", None, "{T:의} 휴전 제안을", hv("일축")),
    ("THREATEN", None, "{T:에} 보복 관세를", hv("경고")), ("THREATEN", None, "{T:을 향해} 으름장을", 놓),
    ("PROTEST", "demo", "{T:의} 군사 개입에 반대하는 집회를", hv("개최")), ("PROTEST", "strike", "전면 파업에", hv("돌입")),
    ("PROTEST", "boycott", "{T} 상품 불매에", 나서),
    ("SANCTION", "expel", "{T} 대사를", 내쫓), ("SANCTION", None, "{T:에 대한} 반도체 수출을", hv("통제")),
    ("SANCTION", None, "{T} 은행 다섯 곳을 제재 대상에", 올리),
    ("MOBILIZE", "weapons", "{T} 인근 해역에 핵추진 잠수함을", hv("배치")), ("MOBILIZE", "troops", "접경 지대에 기갑 사단을", hv("전진 배치")),
    ("MOBILIZE", "police", "도심에 진압 경찰을", hv("투입")),
    ("COERCE", "arrest", "{T} 국적 기자를 간첩 혐의로", hv("체포")), ("COERCE", "deport", "{T} 국적 불법 체류자들을", hv("강제 추방")),
    ("COERCE", "censor", "{T} 언론사의 인터넷 접속을", 막),
    ("ASSAULT", "heavy-weapons", "{T} 국경 마을에 포격을", 가하), ("ASSAULT", "drone", "{T:의} 공항을 드론으로", hv("타격")),
    ("ASSAULT", None, "{T} 국경 초소를", hv("기습 공격")),
]

FRESH6_NOMINALS: list[tuple[str, str | None, str, str]] = [
    ("SANCTION", None, "{S}, {T} 기업 20곳 수출 통제 명단에 추가", "occurred"),
    ("ACCUSE", "disapprove", "{S}, {T:의} 위성 발사 규탄", "occurred"),
    ("AID", "humanitarian", "{S}, {T:에} 구호품 전달", "occurred"),
    ("THREATEN", None, "{S}, {T:에} 보복 경고", "occurred"),
    ("REQUEST", "yield", "{S}, {T:에} 공식 사과 요구", "occurred"),
    ("COERCE", "arrest", "{S}, {T} 국적자 3명 체포", "occurred"),
    ("ASSAULT", None, "{S}, {T} 국경 초소 공격", "occurred"),
    ("AGREE", None, "{S}·{T}, 자유무역협정 서명", "occurred"),
]


# Fresh sentences, seventh round (`--family fresh7`): 40 whole news sentences of our own (not frames), written before
# the sixth session's rules and never tuned on: world and Korean Peninsula news over the 16 types, countries the
# frames do not use, and endings and word orders fresh1-6 have not (것으로 알려졌다/전해졌다/파악됐다, 습니다,
# 자고 제안했다, 는 입장을 재확인했다, an agency reporting, an object before its subject, a negated pledge).
# (text, type, mode, acting state, receiving state or None, status as Item.status)
FRESH7: list[tuple[str, str, str | None, str, str | None, str | None]] = [
    ("인도와 파키스탄은 국경 지역 포격을 중단하기로 전격 합의한 것으로 알려졌다.", "AGREE", None, "IND", "PAK", "occurred"),
    ("남북은 이산가족 상봉 행사를 다음 달 재개하는 데 합의했습니다.", "AGREE", None, "KOR", "PRK", "occurred"),
    ("캄보디아와 태국 국방장관은 말레이시아의 중재로 즉각 휴전에 서명했다.", "AGREE", None, "KHM", "THA", "occurred"),
    ("사우디아라비아 왕세자가 리야드에서 튀르키예 대통령과 마주 앉았다.", "CONSULT", None, "SAU", "TUR", "occurred"),
    ("베트남 외교장관은 방한 기간 한국 외교부 장관과 회담할 예정이다.", "CONSULT", None, "VNM", "KOR", "future"),
    ("브라질 대통령과 아르헨티나 대통령이 통화를 갖고 무역 문제를 논의했다.", "CONSULT", "phone", "BRA", "ARG",
     "occurred"),
    ("폴란드 대통령이 키이우를 예고 없이 방문했다.", "CONSULT", "visit", "POL", "UKR", "occurred"),
    ("캐나다 정부는 필리핀의 남중국해 중재 판결 이행 노력에 지지 의사를 밝혔다.", "SUPPORT", None, "CAN", "PHL", "occurred"),
    ("한국 정부는 이집트가 주도하는 가자지구 휴전 중재안을 환영했다.", "SUPPORT", None, "KOR", "EGY", "occurred"),
    ("독일 대통령은 나미비아를 방문해 식민 지배 시절의 학살에 대해 공식 사죄했다.", "CONCEDE", None, "DEU", "NAM",
     "occurred"),
    ("중국은 호주산 와인에 부과하던 반덤핑 관세를 철회했다.", "CONCEDE", None, "CHN", "AUS", "occurred"),
    ("한국과 폴란드는 방산 분야 협력을 강화해 나가기로 했다.", "COOPERATE", None, "KOR", "POL", "any"),
    ("이탈리아 경찰은 스페인 당국과 공조해 마약 밀매 조직을 일망타진했다.", "COOPERATE", None, "ITA", "ESP", "occurred"),
    ("사우디아라비아가 예멘 정부에 5억 달러 규모의 경제 원조를 제공하기로 했다.", "AID", None, "SAU", "YEM", "any"),
    ("독일은 우크라이나에 패트리엇 방공 시스템 한 대를 추가로 인도했다.", "AID", "military", "DEU", "UKR", "occurred"),
    ("이스라엘군이 가자지구 북부에서 지상군 일부를 철수시켰다.", "RETREAT", "withdraw", "ISR", None, "occurred"),
    ("이란은 수감 중이던 스웨덴 국적자 2명을 석방했다고 국영 매체가 보도했다.", "RETREAT", "release", "IRN", "SWE",
     "occurred"),
    ("필리핀 외교부는 중국 대사를 불러 해상 민병대 선박의 즉각 철수를 요구했다.", "REQUEST", None, "PHL", "CHN",
     "occurred"),
    ("몰도바 대통령이 유럽연합에 에너지 위기 극복을 위한 재정 지원을 호소했다.", "REQUEST", "assist", "MDA", "EUR",
     "occurred"),
    ("한국 정부는 북한에 판문점에서 적십자 회담을 열자고 제안했다.", "REQUEST", "meet", "KOR", "PRK", "occurred"),
    ("북한 외무성은 한미 연합훈련을 북침 전쟁 연습이라고 맹비난했다.", "ACCUSE", "disapprove", "PRK", "KOR", "occurred"),
    ("중국 외교부 대변인은 정례 브리핑에서 미국이 내정에 간섭하고 있다고 비판했다.", "ACCUSE", "disapprove", "CHN", "USA",
     "occurred"),
    ("유럽연합 집행위원회가 중국산 전기차에 대한 반보조금 조사에 착수했다.", "ACCUSE", "investigate", "EUR", "CHN",
     "occurred"),
    ("베네수엘라 정부는 미국의 대선 재실시 요구를 단호히 거부했다.", "REJECT", None, "VEN", "USA", "occurred"),
    ("북한은 일본의 정상회담 제안에 응하지 않겠다는 입장을 밝혔다.", "REJECT", None, "PRK", "JPN", "occurred"),
    ("북한 김여정 부부장은 한국이 전단 살포를 계속하면 상응한 대응에 나서겠다고 위협했다.", "THREATEN", None, "PRK", "KOR",
     "occurred"),
    ("러시아는 핀란드가 나토에 가입하면 군사적 보복 조치를 취할 것이라고 경고했다.", "THREATEN", None, "RUS", "FIN",
     "occurred"),
    ("아르메니아 시민 수만 명이 예레반에서 정부의 국경 획정 합의에 항의하며 행진했다.", "PROTEST", "demo", "ARM", "ARM",
     "occurred"),
    ("영국 간호사들이 임금 인상을 요구하며 이틀간 파업을 벌였다.", "PROTEST", "strike", "GBR", None, "occurred"),
    ("미국 재무부는 북한의 가상화폐 탈취에 관여한 개인 3명을 제재 명단에 올렸다.", "SANCTION", None, "USA", "PRK",
     "occurred"),
    ("폴란드는 간첩 활동을 이유로 러시아 외교관 5명을 추방하기로 결정했다.", "SANCTION", "expel", "POL", "RUS", "any"),
    ("영국 정부는 이란 혁명수비대 관계자들의 자산을 동결했다.", "SANCTION", None, "GBR", "IRN", "occurred"),
    ("인도는 러시아에 대한 서방의 제재에 동참하지 않겠다고 밝혔다.", "SANCTION", None, "IND", "RUS", None),
    ("중국군이 대만 주변 해역에 군함과 전투기를 대거 출동시켰다.", "MOBILIZE", None, "CHN", None, "occurred"),
    ("북한은 동부전선에 방사포 부대를 전진 배치한 것으로 파악됐다.", "MOBILIZE", None, "PRK", None, "occurred"),
    ("벨라루스 보안당국이 리투아니아 국적 남성을 국경에서 붙잡아 구금했다.", "COERCE", "arrest", "BLR", "LTU", "occurred"),
    ("미국 이민당국은 과테말라 출신 불법 이민자 100여 명을 본국으로 송환했다.", "COERCE", "deport", "USA", "GTM",
     "occurred"),
    ("레바논 남부의 헤즈볼라 거점을 이스라엘 전투기들이 폭격했다.", "ASSAULT", "aerial", "ISR", "LBN", "occurred"),
    ("러시아가 우크라이나 오데사 항구에 대규모 공습을 퍼부었다.", "ASSAULT", "aerial", "RUS", "UKR", "occurred"),
    ("수단 신속지원군이 다르푸르의 난민촌을 습격해 민간인 수십 명이 숨졌다.", "ASSAULT", None, "SDN", "SDN", "occurred"),
]


# Fresh sentences, eighth round (`--family fresh8`): 40 whole news sentences of our own, written by the seventh
# Korean-acts session BEFORE it changed any rule and never tuned on: world news beyond the peninsula (the Middle
# East, Africa, Latin America, Europe, South-East Asia) over the 16 types, with negated (하지 않았다, 않겠다고),
# planned (할 방침/계획/예정이다), quoted (라고 촉구했다, 한다고 말했다), passive (에 의해 제재를 받았다), relative
# (피해를 입은 X에) and nominal (규탄하는 성명을 냈다, 지지를 표명했다) forms.
FRESH8: list[tuple[str, str, str | None, str, str | None, str | None]] = [
    ("에티오피아와 에리트레아는 국경 분쟁 지역에서 병력을 동시에 빼기로 합의했다.", "AGREE", None, "ETH", "ERI", "occurred"),
    ("칠레와 페루 정상은 리마에서 회담한 뒤 공동성명을 채택했다.", "AGREE", None, "CHL", "PER", "occurred"),
    ("인도네시아와 말레이시아는 다음 달 해양 경계 협정에 서명할 예정이다.", "AGREE", None, "IDN", "MYS", "future"),
    ("오만 외교장관은 무스카트에서 이란 외무장관을 접견하고 지역 정세를 논의했다.", "CONSULT", None, "OMN", "IRN",
     "occurred"),
    ("나이지리아 대통령은 가나 대통령과 전화 통화를 하고 서아프리카 안보 문제를 협의했다.", "CONSULT", "phone", "NGA",
     "GHA", "occurred"),
    ("콜롬비아 대통령은 다음 주 멕시코를 방문해 멕시코 대통령과 회담할 계획이다.", "CONSULT", None, "COL", "MEX", "future"),
    ("세르비아 대통령은 코소보 총리와 만나지 않겠다고 밝혔다.", "CONSULT", None, "SRB", None, None),
    ("케냐 정부는 소말리아 정부의 무장단체 소탕 작전에 대한 지지를 표명했다.", "SUPPORT", None, "KEN", "SOM", "occurred"),
    ("스페인 총리는 팔레스타인 국가 승인을 지지한다고 말했다.", "SUPPORT", None, "ESP", "PSE", "occurred"),
    ("네덜란드 국왕은 독립전쟁 당시 네덜란드군의 폭력에 대해 인도네시아에 사과했다.", "CONCEDE", None, "NLD", "IDN",
     "occurred"),
    ("튀르키예는 스웨덴의 나토 가입에 대한 반대 입장을 철회했다.", "CONCEDE", None, "TUR", "SWE", "occurred"),
    ("모로코와 스페인 경찰은 합동 작전을 벌여 인신매매 조직원 20명을 검거했다.", "COOPERATE", None, "MAR", "ESP",
     "occurred"),
    ("태국과 라오스 경찰은 메콩강 유역에서 마약 단속 공조를 강화할 계획이다.", "COOPERATE", None, "THA", "LAO", "future"),
    ("일본 정부는 지진 피해를 입은 모로코에 긴급 구호물자를 보냈다.", "AID", "humanitarian", "JPN", "MAR", "occurred"),
    ("노르웨이는 우크라이나에 전투기 6대를 제공할 방침이다.", "AID", "military", "NOR", "UKR", "future"),
    ("헝가리는 우크라이나에 무기를 지원하지 않겠다고 거듭 밝혔다.", "AID", None, "HUN", None, None),
    ("말리 군정은 억류하던 코트디부아르 군인 46명 가운데 3명을 풀어줬다.", "RETREAT", "release", "MLI", "CIV",
     "occurred"),
    ("프랑스군은 니제르에서 마지막 병력을 철수시켰다.", "RETREAT", "withdraw", "FRA", None, "occurred"),
    ("우크라이나 대통령은 독일에 장거리 순항미사일을 지원해 달라고 요청했다.", "REQUEST", None, "UKR", "DEU", "occurred"),
    ("이집트 외교부는 이스라엘에 라파 검문소를 즉시 개방하라고 촉구했다.", "REQUEST", None, "EGY", "ISR", "occurred"),
    ("방글라데시 정부는 미얀마에 로힝야 난민의 조속한 송환을 요구하는 서한을 보냈다.", "REQUEST", None, "BGD", "MMR",
     "occurred"),
    ("가이아나 대통령은 베네수엘라가 영토를 빼앗으려 한다고 비난했다.", "ACCUSE", None, "GUY", "VEN", "occurred"),
    ("알제리 외교부는 모로코의 영공 침범을 규탄하는 성명을 냈다.", "ACCUSE", "disapprove", "DZA", "MAR", "occurred"),
    ("인도 정부는 이번 폭탄 테러에 대해 파키스탄을 비난하지 않았다.", "ACCUSE", None, "IND", None, None),
    ("영국 정부는 아르헨티나의 포클랜드 제도 주권 협상 요구를 거부했다.", "REJECT", None, "GBR", "ARG", "occurred"),
    ("니카라과 정부는 유엔 인권조사단의 입국을 불허했다.", "REJECT", None, "NIC", None, "occurred"),
    ("에티오피아 총리는 홍해 접근권이 보장되지 않으면 무력을 쓸 수도 있다고 에리트레아에 경고했다.", "THREATEN", None,
     "ETH", "ERI", "occurred"),
    ("미국은 니카라과에 추가 제재를 가하겠다고 위협했다.", "THREATEN", None, "USA", "NIC", "occurred"),
    ("케냐 나이로비에서 수천 명의 시민이 세금 인상 법안에 반대하는 시위를 벌였다.", "PROTEST", "demo", "KEN", None,
     "occurred"),
    ("아르헨티나 최대 노동단체가 정부의 긴축 정책에 반발해 총파업을 벌였다.", "PROTEST", "strike", "ARG", None, "occurred"),
    ("영국은 러시아의 그림자 선단에 속한 유조선 10척을 제재 대상에 추가했다.", "SANCTION", None, "GBR", "RUS", "occurred"),
    ("리투아니아 정부는 벨라루스 외교관 2명을 기피인물로 지정해 추방했다.", "SANCTION", "expel", "LTU", "BLR", "occurred"),
    ("베네수엘라 국영 석유회사는 미국 정부에 의해 또다시 제재를 받았다.", "SANCTION", None, "USA", "VEN", "occurred"),
    ("유럽연합은 이란의 드론 기술 이전에 관여한 기업들에 제재를 부과할 방침이다.", "SANCTION", None, "EUR", "IRN",
     "future"),
    ("아제르바이잔은 아르메니아 접경 지역에 병력과 장갑차를 대거 증강 배치했다.", "MOBILIZE", None, "AZE", None, "occurred"),
    ("조지아 경찰은 트빌리시에서 반정부 시위대 수십 명을 연행했다.", "COERCE", "arrest", "GEO", "GEO", "occurred"),
    ("이란 혁명수비대는 호르무즈 해협에서 마셜제도 선적 유조선을 나포했다.", "COERCE", "seize", "IRN", "MHL", "occurred"),
    ("미얀마 군정은 사가잉 지역의 한 마을에 공습을 가해 주민 수십 명이 숨졌다.", "ASSAULT", "aerial", "MMR", "MMR",
     "occurred"),
    ("예멘 후티 반군이 홍해를 지나던 상선을 향해 미사일을 발사했다.", "ASSAULT", None, "YEM", None, "occurred"),
    ("이스라엘군은 라파 지역에 대한 지상 공격을 아직 개시하지 않았다.", "ASSAULT", None, "ISR", None, None),
]


# Fresh sentences, ninth round (`--family fresh9`): 30 whole sentences written by the seventh Korean-acts session
# after its first rules (which took classes from fresh8's misses, so fresh8 is no longer untouched) and never looked
# at for rules: the session's honest held-out number.
FRESH9: list[tuple[str, str, str | None, str, str | None, str | None]] = [
    ("세네갈과 감비아는 국경 지역 공동 개발 협정에 서명했다.", "AGREE", None, "SEN", "GMB", "occurred"),
    ("라오스와 캄보디아 외교장관은 프놈펜에서 만나 메콩강 수자원 문제를 논의했다.", "CONSULT", None, "LAO", "KHM", "occurred"),
    ("탄자니아 대통령은 다음 달 잠비아를 방문해 잠비아 대통령과 회담할 예정이다.", "CONSULT", None, "TZA", "ZMB", "future"),
    ("볼리비아 대통령은 파라과이 대통령과 통화하고 가스 수출 문제를 협의했다.", "CONSULT", "phone", "BOL", "PRY", "occurred"),
    ("아일랜드 정부는 팔레스타인의 유엔 정회원국 가입을 지지한다고 밝혔다.", "SUPPORT", None, "IRL", "PSE", "occurred"),
    ("벨기에 국왕은 콩고민주공화국을 방문해 식민 통치 시절의 잔혹 행위에 대해 깊은 유감을 표명했다.", "CONCEDE", None, "BEL",
     "COD", "occurred"),
    ("쿠웨이트는 이라크에 대한 전쟁 배상금 청구를 철회했다.", "CONCEDE", None, "KWT", "IRQ", "occurred"),
    ("브라질과 파라과이 경찰은 국경 지역에서 합동 마약 단속을 벌였다.", "COOPERATE", None, "BRA", "PRY", "occurred"),
    ("카타르는 레바논 군에 연료 구입 자금 6천만 달러를 지원했다.", "AID", "economic", "QAT", "LBN", "occurred"),
    ("스웨덴은 우크라이나에 장갑차 50대를 추가로 보내지 않기로 했다.", "AID", None, "SWE", None, None),
    ("아제르바이잔은 구금하던 아르메니아 민간인 4명을 석방했다.", "RETREAT", "release", "AZE", "ARM", "occurred"),
    ("러시아군은 자포리자 원전 인근에서 일부 병력을 철수시켰다.", "RETREAT", "withdraw", "RUS", None, "occurred"),
    ("튀니지 정부는 리비아에 국경 검문소를 다시 열어 달라고 요청했다.", "REQUEST", None, "TUN", "LBY", "occurred"),
    ("유엔 사무총장은 수단 군부와 신속지원군에 즉각 휴전하라고 촉구했다.", "REQUEST", None, "UNO", "SDN", "occurred"),
    ("키르기스스탄 외교부는 타지키스탄이 국경 협정을 위반했다고 비난했다.", "ACCUSE", None, "KGZ", "TJK", "occurred"),
    ("가나 정부는 부르키나파소 군정의 언론 탄압을 규탄하는 성명을 발표했다.", "ACCUSE", "disapprove", "GHA", "BFA", "occurred"),
    ("세르비아는 코소보의 유럽평의회 가입 신청을 거부했다.", "REJECT", None, "SRB", "XKX", "occurred"),
    ("북한은 일본의 대화 제의에 응하지 않았다.", "REJECT", None, "PRK", "JPN", "occurred"),
    ("이란 혁명수비대 사령관은 미국이 공격하면 중동의 미군 기지를 타격하겠다고 경고했다.", "THREATEN", None, "IRN", "USA",
     "occurred"),
    ("중국은 필리핀이 암초에 구조물을 설치하면 단호히 대응하겠다고 밝혔다.", "THREATEN", None, "CHN", "PHL", "occurred"),
    ("페루 리마에서 대학생 수천 명이 대통령 퇴진을 요구하며 거리 행진을 벌였다.", "PROTEST", "demo", "PER", None, "occurred"),
    ("그리스 항만 노동자들이 민영화에 항의해 48시간 파업에 들어갔다.", "PROTEST", "strike", "GRC", None, "occurred"),
    ("캐나다는 인권 침해에 연루된 니카라과 관리 15명에 대해 자산 동결 조치를 취했다.", "SANCTION", None, "CAN", "NIC",
     "occurred"),
    ("에스토니아는 러시아 외교관 1명에게 72시간 내 출국을 명령했다.", "SANCTION", "expel", "EST", "RUS", "occurred"),
    ("미국 재무부에 의해 제재를 받은 쿠바 기업들이 거래처를 잃었다.", "SANCTION", None, "USA", "CUB", "occurred"),
    ("인도는 파키스탄과의 국경에 병력 2만 명을 증파했다.", "MOBILIZE", None, "IND", None, "occurred"),
    ("튀르키예 경찰은 이스탄불에서 야당 시장 지지자 수백 명을 체포했다.", "COERCE", "arrest", "TUR", "TUR", "occurred"),
    ("태국 당국은 미얀마 난민 200여 명을 본국으로 돌려보냈다.", "COERCE", "deport", "THA", "MMR", "occurred"),
    ("콜롬비아 반군이 베네수엘라 국경 인근 군 초소를 기습 공격했다.", "ASSAULT", None, "COL", None, "occurred"),
    ("러시아는 우크라이나 르비우의 에너지 시설에 미사일 공격을 가하지 않았다고 주장했다.", "ASSAULT", None, "RUS", None, None),
]


# Fresh sentences, tenth round (`--family fresh10`): 52 whole sentences written by the eighth Korean-acts session
# BEFORE it changed any rule and never tuned on: world news beyond the peninsula (Central Asia, the Caucasus, the
# Middle East, Africa, Latin America, Europe, South-East Asia) over the 16 types, with negated (하지 않았다, 않기로),
# planned (할 방침/계획/예정이다, 키로 했다), reported (라고 밝혔다/말했다, 보도했다), passive and relative clauses,
# nominal acts (규탄하는 성명을 냈다, 제재를 부과했다), headlines ([속보], Hanja abbreviations) and quotes over two sentences.
FRESH10: list[tuple[str, str, str | None, str, str | None, str | None]] = [
    ("우즈베키스탄과 카자흐스탄은 아랄해 수자원 공동 관리 협정에 서명했다.", "AGREE", None, "UZB", "KAZ", "occurred"),
    ("[속보] 아르메니아·아제르바이잔, 평화협정 초안 합의", "AGREE", None, "ARM", "AZE", "occurred"),
    ("모잠비크 정부와 반군 지도부는 다음 달 새 평화협정에 서명할 예정이라고 현지 언론이 전했다.", "AGREE", None, "MOZ", None,
     "future"),
    ("볼리비아와 칠레는 해상 접근권 협상에서 끝내 합의하지 못했다.", "AGREE", None, "BOL", None, None),
    ("요르단 국왕은 22일 암만에서 이라크 총리를 만나 국경 안보 문제를 논의했다.", "CONSULT", None, "JOR", "IRQ", "occurred"),
    ("베트남 외교장관은 다음 주 일본 외무상과 회담할 예정이다.", "CONSULT", None, "VNM", "JPN", "future"),
    ("몽골 총리는 21일 카자흐스탄 대통령과 회담한 뒤 키르기스스탄 대통령과도 만났다.", "CONSULT", None, "MNG", "KGZ",
     "occurred"),
    ("알제리 대통령은 모로코 국왕과 만날 계획이 없다고 밝혔다.", "CONSULT", None, "DZA", None, None),
    ("브라질 정부는 아르헨티나의 포클랜드 영유권 주장을 지지한다는 입장을 재확인했다.", "SUPPORT", None, "BRA", "ARG",
     "occurred"),
    ("남아공 외교부는 에티오피아 정부의 평화 노력에 대한 전폭적인 지지를 표명했다.", "SUPPORT", None, "ZAF", "ETH", "occurred"),
    ("카타르 외교부는 '수단 국민의 평화 염원을 지지한다'고 밝혔다.", "SUPPORT", None, "QAT", "SDN", "occurred"),
    ("독일 정부는 식민 지배 시절의 학살에 대해 나미비아에 공식 사과했다.", "CONCEDE", None, "DEU", "NAM", "occurred"),
    ("폴란드는 우크라이나산 곡물 수입 금지 조치를 해제하지 않기로 했다.", "CONCEDE", None, "POL", None, None),
    ("세르비아는 코소보 차량 번호판에 대한 요구를 철회하겠다고 밝혔다.", "CONCEDE", None, "SRB", "XKX", "future"),
    ("인도와 방글라데시는 테러 정보를 공유하기로 하고 국경 경비 공조를 강화했다.", "COOPERATE", None, "IND", "BGD",
     "occurred"),
    ("케냐와 탄자니아 경찰은 국경 지역 밀수 조직 합동 단속을 벌일 계획이다.", "COOPERATE", None, "KEN", "TZA", "future"),
    ("쿠웨이트는 홍수 피해를 입은 파키스탄에 긴급 구호품 30톤을 보냈다.", "AID", "humanitarian", "KWT", "PAK", "occurred"),
    ("덴마크 정부는 우크라이나에 전투기를 추가로 지원하지 않기로 결정했다.", "AID", None, "DNK", None, None),
    ("튀르키예는 지진 피해를 입은 시리아에 의료진과 구호 물자를 보낼 방침이다.", "AID", "humanitarian", "TUR", "SYR",
     "future"),
    ("베네수엘라 정부는 수감 중이던 미국인 3명을 석방했다.", "RETREAT", "release", "VEN", "USA", "occurred"),
    ("러시아는 아르메니아 국경 검문소에서 자국 국경수비대를 철수시키기로 했다.", "RETREAT", "withdraw", "RUS", None, "future"),
    ("수단 군부와 신속지원군은 라마단 기간 휴전에 들어갔다.", "RETREAT", "ceasefire", "SDN", None, "occurred"),
    ("이라크 정부는 튀르키예에 자국 영토에서 군사작전을 중단하라고 요구했다.", "REQUEST", None, "IRQ", "TUR", "occurred"),
    ("유엔 인권최고대표는 이란 당국에 구금된 언론인들을 석방할 것을 촉구했다.", "REQUEST", None, "UNO", "IRN", "occurred"),
    ("몰도바 정부는 러시아에 트란스니스트리아 주둔군을 철수해 달라고 다시 요청할 방침이다.", "REQUEST", None, "MDA", "RUS",
     "future"),
    ("파나마, 미국에 운하 관련 발언 철회 요구", "REQUEST", None, "PAN", "USA", "occurred"),
    ("레바논 외교부는 이스라엘의 남부 국경 포격을 '명백한 주권 침해'라며 유엔에 제소하겠다고 밝혔다.", "ACCUSE", None, "LBN",
     "ISR", "occurred"),
    ("아제르바이잔 외교부는 프랑스가 남코카서스 지역의 긴장을 고조시키고 있다고 말했다.", "ACCUSE", None, "AZE", "FRA",
     "occurred"),
    ("니카라과 정부는 코스타리카의 국경 하천 준설 공사가 주권 침해라고 주장했다.", "ACCUSE", None, "NIC", "CRI", "occurred"),
    ("쿠바 외교부는 미국의 테러지원국 재지정을 규탄하는 성명을 냈다.", "ACCUSE", None, "CUB", "USA", "occurred"),
    ("인도네시아 정부는 이번 사태에 대해 말레이시아를 비난하지 않겠다고 밝혔다.", "ACCUSE", None, "IDN", None, None),
    ("베트남 국방부는 이번 훈련이 정례적인 방어 훈련이며 누구도 위협하지 않는다고 밝혔다.", "ACCUSE", None, "VNM", None, None),
    ("우간다 대통령은 기자회견에서 \"외국 세력이 우리 선거에 개입하고 있다\"고 말했다. 그는 \"이는 명백한 내정 간섭\"이라고 "
     "덧붙였다.", "ACCUSE", None, "UGA", None, "occurred"),
    ("짐바브웨 정부는 서방의 선거 감시단 파견 제안을 거절했다.", "REJECT", None, "ZWE", None, "occurred"),
    ("말리 군정은 서아프리카경제공동체(ECOWAS)의 조기 선거 요구를 일축했다.", "REJECT", None, "MLI", None, "occurred"),
    ("태국 정부는 미얀마 군정의 난민 송환 요청을 받아들이지 않았다.", "REJECT", None, "THA", "MMR", "occurred"),
    ("土 대통령 \"그리스, 섬 무장하면 대가 치를 것\" 경고", "THREATEN", None, "TUR", "GRC", "occurred"),
    ("이란 외무부 대변인은 유럽 3개국이 제재를 복원하면 핵확산금지조약(NPT) 탈퇴를 검토하겠다고 경고했다.", "THREATEN", None,
     "IRN", None, "occurred"),
    ("중국 국방부는 대만에 대한 무력 사용을 배제하지 않겠다고 밝혔다.", "THREATEN", None, "CHN", "TWN", "occurred"),
    ("세르비아 베오그라드에서 대학생 수만 명이 정부의 부패에 항의하는 집회를 열었다.", "PROTEST", "demo", "SRB", None,
     "occurred"),
    ("나이지리아 노동조합들은 유가 인상에 반대해 다음 주 총파업에 돌입할 계획이다.", "PROTEST", "strike", "NGA", None, "future"),
    ("호주 정부는 이란 혁명수비대 관련 개인 5명과 단체 2곳에 금융 제재를 부과했다.", "SANCTION", None, "AUS", "IRN",
     "occurred"),
    ("노르웨이 외교부는 러시아 외교관 15명을 추방하기로 결정했다.", "SANCTION", "expel", "NOR", "RUS", "any"),
    ("뉴질랜드는 미얀마 군부에 대한 무기 수출 금지 조치를 연장했다.", "SANCTION", None, "NZL", "MMR", "occurred"),
    ("베네수엘라는 가이아나 접경 지역에 병력 수천 명을 배치할 계획이라고 밝혔다.", "MOBILIZE", None, "VEN", None, "future"),
    ("러시아는 발트해에서 대규모 해상 훈련을 실시했다.", "MOBILIZE", None, "RUS", None, "occurred"),
    ("벨라루스 당국은 야권 인사와 언론인 등 30여 명을 체포했다.", "COERCE", "arrest", "BLR", "BLR", "occurred"),
    ("태국 어선 3척이 말레이시아 해경에 의해 나포됐다.", "COERCE", "seize", "MYS", "THA", "occurred"),
    ("이집트 당국은 정부 비판 언론인들을 구금하지 않았다고 반박했다.", "COERCE", None, "EGY", None, None),
    ("수단 신속지원군은 엘파시르의 난민촌에 포격을 가했다.", "ASSAULT", None, "SDN", None, "occurred"),
    ("이스라엘군이 시리아 다마스쿠스 외곽의 군사시설을 공습했다고 시리아 국영통신이 보도했다.", "ASSAULT", "aerial", "ISR",
     "SYR", "occurred"),
    ("러시아는 앞으로 우크라이나 에너지 시설을 공격하지 않겠다고 약속했다.", "ASSAULT", None, "RUS", None, None),
]


# Fresh sentences, eleventh round (`--family fresh11`): 50 whole sentences written by the ninth Korean-acts session
# BEFORE it changed any rule and never tuned on: the Middle East, Africa, Latin America, Europe, South-East and
# Central Asia and the Pacific islands over the 16 types, with negated (하지 않았다, 않기로), planned (할
# 방침/계획/예정, 키로 했다, 하기로), reported (라고 밝혔다/전했다/강조했다), conditional (할 경우, 않으면),
# nominal (규탄 성명, 지지 입장을 표명, 철수 결정), serial (하며, 하고, 한 뒤) and verdict-with-demand (라며
# ... 요구했다) forms, sentence-initial adverbials, long subjects with appositives and headline fragments.
FRESH11: list[tuple[str, str, str | None, str, str | None, str | None]] = [
    ("에콰도르와 페루는 국경 하천 공동 개발에 관한 양해각서를 체결했다.", "AGREE", None, "ECU", "PER", "occurred"),
    ("가나 정부와 코트디부아르 정부는 카카오 수출가격 공동 책정 협정을 다음 달 체결키로 했다.", "AGREE", None, "GHA", "CIV",
     "future"),
    ("[단독] 피지·통가, 해양 경계 획정 합의", "AGREE", None, "FJI", "TON", "occurred"),
    ("콩고민주공화국 정부와 반군 단체 M23은 동부 지역에서의 72시간 휴전에 합의했다고 앙골라 정부가 전했다.", "AGREE", None,
     "COD", None, "occurred"),
    ("바누아투 정부는 호주와 맺은 안보협정을 당분간 비준하지 않기로 했다.", "AGREE", None, "VUT", None, None),
    ("사우디아라비아 외교장관인 파이살 빈 파르한 왕자는 23일 리야드에서 오만 외교장관과 회담했다.", "CONSULT", None, "SAU",
     "OMN", "occurred"),
    ("칠레 대통령은 다음 달 보고타를 방문해 콜롬비아 대통령과 정상회담을 가질 예정이다.", "CONSULT", None, "CHL", "COL",
     "future"),
    ("세네갈 외교장관은 말리 외교장관과 전화 통화를 하고 국경 지역 치안 문제를 협의했다.", "CONSULT", None, "SEN", "MLI",
     "occurred"),
    ("필리핀 대통령은 이번 회의 기간 중국 국가주석과 별도로 만나지 않기로 했다고 대통령궁이 밝혔다.", "CONSULT", None, "PHL",
     None, None),
    ("아르헨티나 정부는 과테말라의 유엔 안보리 비상임이사국 진출을 지지한다고 밝혔다.", "SUPPORT", None, "ARG", "GTM",
     "occurred"),
    ("인도 외교부는 스리랑카 정부의 부채 재조정 노력에 대해 지지 입장을 표명했다.", "SUPPORT", None, "IND", "LKA", "occurred"),
    ("헝가리는 우크라이나의 유럽연합 가입을 지지하지 않겠다고 거듭 밝혔다.", "SUPPORT", None, "HUN", None, None),
    ("네덜란드 총리는 과거 노예무역에 대해 수리남 국민에게 공식 사과했다.", "CONCEDE", None, "NLD", "SUR", "occurred"),
    ("우즈베키스탄 정부는 타지키스탄의 요구를 받아들여 국경 검문소 두 곳을 다시 열기로 했다.", "CONCEDE", None, "UZB", "TJK",
     "future"),
    ("이스라엘 정부는 팔레스타인 자치정부에 대한 세수 이전 동결을 해제하지 않았다.", "CONCEDE", None, "ISR", None, None),
    ("말레이시아와 인도네시아 해군은 말라카 해협에서 해적 퇴치를 위한 합동 순찰을 실시했다.", "COOPERATE", None, "MYS", "IDN",
     "occurred"),
    ("이집트와 수단은 나일강 수자원 문제에 관한 정보를 교환하고 공조를 강화하기로 했다.", "COOPERATE", None, "EGY", "SDN",
     "future"),
    ("[속보] 튀르키예군, 이라크 북부 쿠르드 무장세력 거점 공습", "ASSAULT", "aerial", "TUR", None, "occurred"),
    ("아랍에미리트는 사이클론 피해를 입은 미얀마에 1천만 달러 규모의 인도적 지원을 제공했다.", "AID", "humanitarian", "ARE",
     "MMR", "occurred"),
    ("일본 정부는 필리핀 해안경비대에 순찰선 5척을 추가로 공여할 계획이다.", "AID", None, "JPN", "PHL", "future"),
    ("러시아 당국은 외국 언론인의 취재를 금지하고 일부 인터넷 매체의 접속을 차단했다.", "COERCE", "censor", "RUS", None, "occurred"),
    ("파푸아뉴기니 정부는 치안이 악화된 솔로몬제도에 경찰 병력 100명을 파견했다.", "AID", None, "PNG", "SLB", "occurred"),
    ("이란 당국은 간첩 혐의로 억류했던 프랑스인 2명을 석방했다고 프랑스 외무부가 밝혔다.", "RETREAT", "release", "IRN", "FRA",
     "occurred"),
    ("에티오피아 정부군은 티그라이 북부 지역에서 병력을 철수하기 시작했다.", "RETREAT", "withdraw", "ETH", None, "occurred"),
    ("미국 국방부는 이라크 주둔 병력 일부를 내년까지 철수할 방침이다.", "RETREAT", "withdraw", "USA", None, "future"),
    ("유엔 사무총장은 이스라엘과 헤즈볼라에 즉각적인 적대 행위 중단을 촉구했다.", "REQUEST", None, "UNO", "ISR", "occurred"),
    ("한편 베냉 정부는 니제르 군정에 국경을 다시 열어 달라고 요청했다.", "REQUEST", None, "BEN", "NER", "occurred"),
    ("키르기스스탄 외교부 대변인인 아이벡 무사예프는 기자들에게 \"타지키스탄은 국경 지역에서 병력을 즉각 철수해야 한다\"고 "
     "강조했다.", "REQUEST", None, "KGZ", "TJK", "occurred"),
    ("가나 외교부는 부르키나파소 군정의 국경 폐쇄를 '일방적 조치'라며 즉각적인 재개방을 요구했다.", "REQUEST", None, "GHA",
     "BFA", "occurred"),
    ("아제르바이잔은 아르메니아 접경 지역에 병력을 증강 배치할 계획은 없다고 밝혔다.", "MOBILIZE", None, "AZE", None, None),
    ("콜롬비아 정부는 베네수엘라가 반군에게 은신처를 제공하고 있다고 비난했다.", "ACCUSE", None, "COL", "VEN", "occurred"),
    ("우크라이나 외무부는 성명을 내고 벨라루스의 국경 지역 병력 증강을 강하게 규탄했다.", "ACCUSE", None, "UKR", "BLR",
     "occurred"),
    ("에리트레아 정부는 에티오피아의 홍해 접근 요구가 명백한 도발이라고 밝혔다.", "ACCUSE", None, "ERI", "ETH", "occurred"),
    ("이에 앞서 알제리 외교부는 모로코 측의 발언에 깊은 유감을 표명했다.", "ACCUSE", None, "DZA", "MAR", "occurred"),
    ("조지아 총리는 러시아를 비난할 계획이 없다고 말했다.", "ACCUSE", None, "GEO", None, None),
    ("이스라엘 총리실은 이집트가 제시한 새 휴전안을 거부했다.", "REJECT", None, "ISR", "EGY", "occurred"),
    ("니제르 군정은 프랑스의 대사 복귀 요청을 받아들이지 않았다.", "REJECT", None, "NER", "FRA", "occurred"),
    ("베네수엘라 정부는 국제사법재판소의 관할권을 인정하지 않겠다는 입장을 고수했다.", "REJECT", None, "VEN", None, "any"),
    ("북한 국방성은 미국이 전략폭격기를 한반도에 다시 전개할 경우 상응 조치를 취하겠다고 경고했다.", "THREATEN", None, "PRK",
     "USA", "occurred"),
    ("튀르키예 대통령은 스웨덴이 쿠르드 무장세력 지원을 중단하지 않으면 나토 가입 비준을 미룰 수 있다고 위협했다.", "THREATEN",
     None, "TUR", "SWE", "occurred"),
    ("케냐 나이로비에서 수천 명의 시민이 세금 인상 법안에 반대하는 시위를 벌였다.", "PROTEST", "demo", "KEN", None, "occurred"),
    ("프랑스 농민 단체들은 남미공동시장(메르코수르)과의 무역협정에 항의해 다음 주 트랙터 시위를 벌일 예정이다.", "PROTEST",
     "demo", "FRA", None, "future"),
    ("아르헨티나 노동총동맹은 정부의 노동 개혁에 반발해 24시간 총파업을 벌였다.", "PROTEST", "strike", "ARG", None, "occurred"),
    ("영국 정부는 조지아 집권당 인사 5명의 자산을 동결하고 입국을 금지했다.", "SANCTION", None, "GBR", "GEO", "occurred"),
    ("이에 앞서 리투아니아는 자국 주재 러시아 외교관 2명을 추방했다.", "SANCTION", "expel", "LTU", "RUS", "occurred"),
    ("중국 상무부는 유럽연합의 전기차 관세에 맞서 보복 관세를 부과하지 않겠다고 밝혔다.", "SANCTION", None, "CHN", None, None),
    ("중국군은 대만 주변 해역에서 대규모 합동 군사훈련을 벌이며 무력시위에 나섰다.", "MOBILIZE", None, "CHN", None, "occurred"),
    ("튀니지 경찰은 대통령을 비판한 야당 대표를 체포했다.", "COERCE", "arrest", "TUN", "TUN", "occurred"),
    ("이란 혁명수비대는 호르무즈 해협에서 라이베리아 선적 유조선을 나포했다.", "COERCE", "seize", "IRN", "LBR", "occurred"),
    ("예멘 후티 반군은 홍해를 지나던 그리스 선적 화물선에 미사일을 발사했다.", "ASSAULT", None, "YEM", "GRC", "occurred"),
]


# Fresh sentences, twelfth round (`--family fresh12`): 32 whole sentences written by the eleventh Korean-acts
# session (ko-acts11) BEFORE it changed any rule and never tuned on: seizures, detentions and releases of ships
# and crews (passives with the agent in a relative clause, statistics that report no act), allegations (혐의를
# 제기), demands for release and against recurrence, protests before an embassy, a spokesperson's statement that
# condemns and threatens, sanctions and the financing they name, diplomatic protests (불만과 반대를 표명, 교섭을
# 제기), memoranda signed at summits, requests, support for a side's bid, accusations of arms supply.
FRESH12: list[tuple[str, str, str | None, str, str | None, str | None]] = [
    ("모리타니 해안경비대가 불법 조업 혐의로 세네갈 어선 3척을 나포했다.", "COERCE", "seize", "MRT", "SEN", "occurred"),
    ("에콰도르 해군에 나포됐던 중국 원양어선이 사흘 만에 풀려났다.", "RETREAT", "release", "ECU", "CHN", "occurred"),
    ("소말리아 해적에게 억류됐던 방글라데시 선원 23명이 전원 석방됐다.", "RETREAT", "release", "SOM", "BGD", "occurred"),
    ("베트남 외교부는 필리핀 당국에 베트남 어민들을 즉각 석방할 것을 요구했다.", "REQUEST", None, "VNM", "PHL", "occurred"),
    ("스리랑카 해군은 자국 영해에서 조업하던 인도 어민 15명을 체포했다.", "COERCE", "arrest", "LKA", "IND", "occurred"),
    ("아르헨티나 정부는 나포한 스페인 어선의 선장을 석방하지 않기로 했다.", "RETREAT", None, "ARG", None, None),
    ("인도 어민 단체 회원들은 스리랑카 대사관 앞에서 억류 어민의 석방을 요구하며 시위를 벌였다.", "PROTEST", "demo", "IND",
     "LKA", "occurred"),
    ("모로코 정부는 스페인 측에 재발 방지를 요청했다.", "REQUEST", None, "MAR", "ESP", "occurred"),
    ("노르웨이 외무부는 러시아가 자국 어선을 부당하게 억류했다고 비난했다.", "ACCUSE", None, "NOR", "RUS", "occurred"),
    ("페루 정부는 칠레 어선들이 자국 수역에서 불법 조업을 했다는 혐의를 제기했다.", "ACCUSE", None, "PER", "CHL", "occurred"),
    ("이란 외무부 대변인은 담화를 내고 미국과 이스라엘의 합동 공중훈련을 '침략 연습'이라고 비난하며 강력히 대응하겠다고 "
     "경고했다.", "THREATEN", None, "IRN", "USA", "occurred"),
    ("이란 외무부 대변인은 담화를 내고 미국과 이스라엘의 합동 공중훈련을 '침략 연습'이라고 비난하며 강력히 대응하겠다고 "
     "경고했다.", "ACCUSE", None, "IRN", "ISR", "occurred"),
    ("영국 외무부는 벨라루스 국영 칼륨 비료 기업 두 곳을 제재했다.", "SANCTION", None, "GBR", "BLR", "occurred"),
    ("호주 외교부는 해당 해운사들이 러시아 군수산업의 돈줄 역할을 해 왔다고 지적했다.", "ACCUSE", None, "AUS", None,
     "occurred"),
    ("베네수엘라 외교부는 유럽연합의 추가 제재를 '불법적 강압 조치'라고 규탄했다.", "ACCUSE", None, "VEN", "EUR", "occurred"),
    ("일본 정부는 북한과 거래한 홍콩 소재 기업 4곳에 대한 자산 동결을 결정하지 않았다.", "SANCTION", None, "JPN", None, None),
    ("중국 외교부 대변인은 필리핀의 남중국해 모래톱 조사에 강한 불만과 단호한 반대를 표명했다.", "ACCUSE", None, "CHN",
     "PHL", "occurred"),
    ("중국은 리투아니아 측에 엄중한 교섭을 제기했다고 외교부가 밝혔다.", "ACCUSE", None, "CHN", "LTU", "occurred"),
    ("카자흐스탄과 몽골 정상은 회담 뒤 철도·광물 분야 등 9건의 양해각서를 체결했다.", "AGREE", None, "KAZ", "MNG", "occurred"),
    ("인도네시아 대통령은 사우디 국왕에게 자국 순례객 할당량 확대를 요청했다.", "REQUEST", None, "IDN", "SAU", "occurred"),
    ("노르웨이 정부는 콜롬비아 정부와 반군 간 평화협상 재개를 지지한다고 밝혔다.", "SUPPORT", None, "NOR", "COL", "occurred"),
    ("스웨덴 총리는 핀란드 전 총리의 유엔 사무총장 출마에 지지 입장을 밝혔다.", "SUPPORT", None, "SWE", "FIN", "occurred"),
    ("우크라이나 외무부는 이란이 러시아에 자폭 드론을 제공했다고 비난했다.", "ACCUSE", None, "UKR", "IRN", "occurred"),
    ("폴란드 대통령은 동맹국들에 우크라이나에 대한 방공망 지원을 서둘러 달라고 촉구했다.", "REQUEST", None, "POL", None,
     "occurred"),
    ("태국 시민단체 회원 수백 명이 미얀마 대사관 앞에서 군부의 공습 중단을 요구하며 항의 집회를 열었다.", "PROTEST", "demo",
     "THA", "MMR", "occurred"),
    ("쿠바 당국에 구금됐던 미국인 2명이 석방돼 귀국했다.", "RETREAT", "release", "CUB", "USA", "occurred"),
    ("벨라루스 국경수비대가 리투아니아 국적 트럭 운전사를 구금했다.", "COERCE", "arrest", "BLR", "LTU", "occurred"),
    ("말리 군정은 억류 중인 코트디부아르 병사 46명을 석방할 계획은 없다고 밝혔다.", "RETREAT", None, "MLI", None, None),
    ("지난해 이 해역에서 나포된 외국 어선은 모두 27척으로 집계됐다.", "COERCE", None, "MRT", None, None),
    ("북한 국방성 대변인은 일본과 호주의 연합 해상훈련이 계속되면 강력한 군사적 대응에 나서겠다고 밝혔다.", "THREATEN", None,
     "PRK", "JPN", "occurred"),
    ("아일랜드 정부는 이스라엘의 구호 트럭 통행 제한을 국제법 위반이라고 지적했다.", "ACCUSE", None, "IRL", "ISR", "occurred"),
    ("미국 재무부는 라오스 소재 카지노 운영 조직을 마약 밀매 혐의로 제재 대상에 올렸다.", "SANCTION", None, "USA", "LAO",
     "occurred"),
]


# Fresh sentences, thirteenth round (`--family fresh13`): whole sentences written by the thirteenth Korean-acts
# session (ko-acts13) BEFORE it changed any rule and never tuned on: seizures with cargo and flag, a raid and
# arrest, releases after the other side's act, a background act (~한 바 있다), accusations with noun acts in
# their reason, '우리' forces, dropped subjects after 또/이어, 양측, quoted demands, plans and negation
# (status None: no such event). Its one row with no act word at all (a negated option) is left out. Its
# tuning sentences are in tests/lang/ko/test_act_recalled_acts_our_forces.py.
FRESH13: list[tuple[str, str, str | None, str, str | None, str | None]] = [
    ('칠레 해군은 지난 4일 남태평양에서 에콰도르 선적 어선 두 척을 나포했다.', 'COERCE', None, 'CHL', 'ECU', 'occurred'),
    ('세네갈 당국은 감비아 선적 화물선을 억류하고 선원 12명을 구금했다.', 'COERCE', None, 'SEN', 'GMB', 'occurred'),
    ('말레이시아 해양경찰은 중국산 석탄을 실은 베트남 선적 운반선을 나포했다고 밝혔다.', 'COERCE', None, 'MYS', 'VNM', 'occurred'),
    ('케냐 경찰은 나이로비 외곽의 무장단체 은신처를 급습해 용의자 9명을 체포했다.', 'COERCE', None, 'KEN', None, 'occurred'),
    ('페루 정부는 선사 측이 벌금을 납부하자 억류했던 볼리비아 선원들을 석방했다.', 'RETREAT', None, 'PER', 'BOL', 'occurred'),
    ('몽골 정부는 지난해 카자흐스탄과 광물 협정을 체결한 바 있다.', 'AGREE', None, 'MNG', 'KAZ', 'occurred'),
    ('노르웨이 외무장관은 핀란드 외무장관과 전화 통화를 하고 북극 협력 방안을 논의했다.', 'CONSULT', None, 'NOR', 'FIN', 'occurred'),
    ('에스토니아 총리는 러시아의 국경 침범을 강하게 비난했다.', 'ACCUSE', None, 'EST', 'RUS', 'occurred'),
    ('가나 외교부는 토고의 군사 훈련과 국경 배치는 역내 긴장을 높이는 행위라며 비판했다.', 'ACCUSE', None, 'GHA', 'TGO', 'occurred'),
    ('콜롬비아 대통령은 베네수엘라에 국경 재개방을 요청했다.', 'REQUEST', None, 'COL', 'VEN', 'occurred'),
    ('아르헨티나는 칠레의 어업 협정 개정 요구를 거부했다.', 'REJECT', None, 'ARG', 'CHL', 'occurred'),
    ('알제리 정부는 모로코 대사를 초치해 항의했다.', 'PROTEST', None, 'DZA', 'MAR', 'occurred'),
    ('튀니지 국방부는 리비아 접경 지역에 병력 2천 명을 증파했다.', 'MOBILIZE', None, 'TUN', None, 'occurred'),
    ('우즈베키스탄은 타지키스탄에 밀가루 5천 톤을 긴급 지원했다.', 'AID', None, 'UZB', 'TJK', 'occurred'),
    ('네팔 정부는 인도에 대한 전력 수출 제한 조치를 해제했다.', 'RETREAT', None, 'NPL', 'IND', 'occurred'),
    ('스리랑카는 몰디브와 해양 안보 분야에서 협력하기로 합의했다.', 'AGREE', None, 'LKA', 'MDV', 'occurred'),
    ('캐나다 정부는 니카라과 고위 관리 5명에 대한 자산 동결 제재를 발표했다.', 'SANCTION', None, 'CAN', 'NIC', 'occurred'),
    ('미얀마 군은 반군 거점을 공습해 민간인 14명이 숨졌다.', 'ASSAULT', None, 'MMR', None, 'occurred'),
    ('이란 혁명수비대는 이스라엘이 공격할 경우 강력히 보복하겠다고 경고했다.', 'THREATEN', None, 'IRN', 'ISR', 'occurred'),
    ('우리 해군 구축함은 아덴만에서 해적선의 공격을 받던 상선을 구조했다.', 'AID', None, 'KOR', None, 'occurred'),
    ('우리 정부는 필리핀 태풍 피해 복구를 위해 500만 달러를 지원하기로 했다.', 'AID', None, 'KOR', 'PHL', 'planned'),
    ('헝가리 총리는 우크라이나의 유럽연합 가입 협상 개시를 지지하지 않겠다고 밝혔다.', 'SUPPORT', None, 'HUN', 'UKR', None),
    ('폴란드 대통령은 리투아니아를 방문해 나우세다 대통령과 정상회담을 했다. 또 양국 국방 협력 강화 방안을 발표했다.', 'CONSULT', None, 'POL', 'LTU', 'occurred'),
    ('인도네시아 외무장관은 호주 외무장관과 회담했다. 이어 호주의 난민 정책에 우려를 표명했다.', 'PROTEST', None, 'IDN', 'AUS', 'occurred'),
    ('태국과 캄보디아 양측은 국경 분쟁 지역에서 병력을 철수하기로 합의했다.', 'AGREE', None, 'THA', 'KHM', 'occurred'),
    ('방글라데시 외교부 대변인은 "미얀마는 로힝야 난민 송환에 즉각 협조해야 한다"고 촉구했다.', 'REQUEST', None, 'BGD', 'MMR', 'occurred'),
    ('에티오피아는 이집트와의 댐 협상을 다음 달 재개할 계획이다.', 'CONSULT', None, 'ETH', 'EGY', 'planned'),
    ('일본 정부는 중국 해경선의 센카쿠 영해 침입에 대해 외교 경로를 통해 엄중 항의했다.', 'PROTEST', None, 'JPN', 'CHN', 'occurred'),
    ('쿠바 당국은 미국 국적 기자 2명을 간첩 혐의로 체포했다.', 'COERCE', None, 'CUB', 'USA', 'occurred'),
]


def sentence_items(table: list[tuple[str, str, str | None, str, str | None, str | None]]) -> list[Item]:
    """Whole sentences of our own with what they state (fresh7): no frames, no random choice."""
    return [item(text, typ, mode, actor, target, status, "sentence",
                 "AB"[int(hashlib.md5(text.encode()).hexdigest(), 16) % 2])
            for text, typ, mode, actor, target, status in table]


# Nominal acts (type, mode, sentence after the subject, status): an act noun with a light or reporting verb.
NOMINALS: list[tuple[str, str | None, str, str]] = [
    ("ACCUSE", "disapprove", "{T:에 대한} 규탄 성명을 발표했다.", "occurred"),
    ("ACCUSE", "disapprove", "{T:에} 유감을 표명했다.", "occurred"),
    ("ACCUSE", "disapprove", "{T:에} 항의 서한을 보냈다.", "occurred"),
    ("ACCUSE", "disapprove", "{T:에 대해} 강한 우려를 표명했다.", "occurred"),
    ("SANCTION", "discontinue", "{T:에} 제재를 부과했다.", "occurred"),
    ("SANCTION", "discontinue", "{T:에 대한} 추가 제재를 발표했다.", "occurred"),
    ("SANCTION", "discontinue", "{T:에 대한} 수출 통제를 단행했다.", "occurred"),
    ("AID", None, "{T:에 대한} 지원을 약속했다.", "future"),
    ("AID", "humanitarian", "{T:에} 인도적 지원을 제공했다.", "occurred"),
    ("SUPPORT", None, "{T:에 대한} 지지를 표명했다.", "occurred"),
    ("SUPPORT", None, "{T:에} 환영의 뜻을 밝혔다.", "occurred"),
    ("ASSAULT", "aerial", "{T:에} 공습을 감행했다.", "occurred"),
    ("ASSAULT", "heavy-weapons", "{T:에} 포격을 가했다.", "occurred"),
    ("THREATEN", None, "{T:에} 경고 메시지를 보냈다.", "occurred"),
    ("CONSULT", None, "{T:과} 정상회담을 가졌다.", "occurred"),
    ("CONCEDE", None, "{T:에} 사과의 뜻을 전했다.", "occurred"),
    ("REQUEST", None, "{T:에} 협력을 요청하는 서한을 보냈다.", "occurred"),
    ("SANCTION", "discontinue", "{T:에} 제재를 부과할 방침이다.", "future"),
    ("AID", None, "{T:에} 무기 지원을 할 계획이다.", "future"),
    ("REJECT", None, "{T:의} 제안에 대해 거부 입장을 밝혔다.", "occurred"),
]

# ---------------------------------------------------------------- actors and receiving sides

# (phrase, codes joined by "+"): acting sides. States, a ministry, a government.
STATES = [("북한", "PRK"), ("미국", "USA"), ("한·미", "KOR+USA"), ("중국 외교부", "CHN"), ("일본 정부", "JPN"),
          ("러시아", "RUS"), ("영국 정부", "GBR"), ("프랑스", "FRA"), ("이란", "IRN"), ("호주 정부", "AUS")]
OFFICIALS = [("러시아 국방부 장관", "RUS"), ("일본 외무상", "JPN"), ("북한 외무상", "PRK"),
             ("중국 외교부 대변인", "CHN"), ("이란 외무부 대변인", "IRN"), ("독일 총리", "DEU"),
             ("미국 국무장관", "USA"), ("필리핀 대통령", "PHL"), ("영국 국방장관", "GBR"), ("캐나다 외교장관", "CAN")]
BODIES = [("유엔 안보리", "UNO"), ("유럽연합", "EUR"), ("국제원자력기구", "IGO")]
# groups with a nationality: who protests, who uses force
PEOPLE = [("태국 시위대", "THA"), ("프랑스 농민들", "FRA"), ("홍콩 시민들", "HKG"), ("케냐 대학생들", "KEN"),
          ("칠레 노동자들", "CHL")]
FORCES = [("미얀마 반군", "MMR"), ("이스라엘군", "ISR"), ("러시아군", "RUS"), ("북한군", "PRK"),
          ("콜롬비아 경찰", "COL"), ("수단 반군", "SDN")]
# receiving sides: states, governments, people of a state
TARGETS = [("일본", "JPN"), ("미국", "USA"), ("북한", "PRK"), ("중국", "CHN"), ("러시아", "RUS"),
           ("우크라이나", "UKR"), ("이스라엘", "ISR"), ("이란", "IRN"), ("대만", "TWN"), ("필리핀", "PHL"),
           ("베트남", "VNM"), ("일본 정부", "JPN"), ("북한 당국", "PRK"), ("미국 국무부", "USA"), ("시리아", "SYR")]
PERSON_TARGETS = [("주한 일본 대사", "JPN"), ("중국 측", "CHN"), ("러시아 외무장관", "RUS"), ("북한 측", "PRK"),
                  ("미국 측", "USA"), ("이란 대사", "IRN")]
GOVERNMENTS = {"THA": "태국 정부", "FRA": "프랑스 정부", "HKG": "홍콩 당국", "KEN": "케냐 정부", "CHL": "칠레 정부"}
OWN_PEOPLE = ["시위대", "야당 인사들", "언론인 2명", "반정부 활동가들", "파업 노동자들"]
DOMESTIC = {"MMR": "미얀마 군부", "ISR": "이스라엘 경찰", "RUS": "러시아 경찰", "PRK": "북한 당국", "COL": "콜롬비아 경찰",
            "SDN": "수단 정부군"}

FORCE_TYPES = {"ASSAULT", "COERCE", "MOBILIZE"}
# A show of force is aimed at no one the probe can know (readout codes MOBILIZE with no receiving side, the
# manual's "requires recipient: No"); '{T} 접경 지역에' only says where: the acting side alone is scored.
UNDIRECTED = {"MOBILIZE"}
BODY_TYPES = VERBAL | {"SANCTION", "AID", "CONSULT"}
SLOT_RE = re.compile(r"\{(T|S)(?::([^}]*))?\}")


def fill(template: str, subject: str, target: str) -> str:
    """The template with its {S:particle} and {T:particle} slots filled, particles agreeing."""
    def one(m: re.Match) -> str:
        word = subject if m.group(1) == "S" else target
        return josa(word, m.group(2)) if m.group(2) else word
    return re.sub(r"\s+", " ", SLOT_RE.sub(one, template)).strip()


@dataclass
class Phrase:
    type: str
    mode: str | None
    before: str  # what stands before the verb, {T:...} the receiving side
    verb: Verb

    @property
    def half(self) -> str:
        return "AB"[int(hashlib.md5(self.verb.stem.encode()).hexdigest(), 16) % 2]

    @property
    def has_target(self) -> bool:
        return "{T" in self.before


def subjects(typ: str) -> list[tuple[str, str]]:
    """Who may take an act of the type: people protest, states and armed forces use force, international
    bodies speak, sanction, aid and meet."""
    if typ == "PROTEST":
        return PEOPLE
    if typ in FORCE_TYPES:
        return STATES + FORCES
    return STATES + OFFICIALS + (BODIES if typ in BODY_TYPES else [])


def pick_subject(rng: random.Random, typ: str) -> tuple[str, str]:
    return rng.choice(subjects(typ))


def pick_target(rng: random.Random, before: str, actor: str) -> tuple[str, str]:
    """A receiving side for the template: a person after 에게, a bare country name where it modifies a noun
    ('{T} 선박을'), else any state or government."""
    pool = PERSON_TARGETS if "{T:에게}" in before else TARGETS
    if re.search(r"\{T\}", before):
        pool = [t for t in pool if " " not in t[0]]
    return rng.choice([t for t in pool if t[1] not in actor.split("+")])


def item(text: str, typ: str, mode: str | None, actor: str, target: str | None, status: str | None, frame: str,
         ph_half: str) -> Item:
    return Item(text, typ, mode, actor, target, status, frame, "ko", ph_half)


def frame_parts(ph: Phrase, rng: random.Random) -> tuple[str, str, str, str | None, str, str]:
    """What every frame of a verb phrase starts from: the subject and its state, the target's state and the one
    expected (none for an undirected act), the subject with its topic particle, the phrase filled in."""
    subj, actor = pick_subject(rng, ph.type)
    tgt, target = pick_target(rng, ph.before, actor)
    exp = target if ph.has_target and ph.type not in UNDIRECTED else None
    return subj, actor, target, exp, josa(subj, "은"), fill(ph.before, subj, tgt)


def base_frames(ph: Phrase, rng: random.Random, phrases: list[Phrase]) -> list[Item]:
    """The base frames of one verb phrase (see the module docstring)."""
    subj, actor, target, exp, S, P = frame_parts(ph, rng)
    v = ph.verb
    verbal = ph.type in VERBAL
    frames: list[tuple[str, str, str, str | None, str | None]] = [  # frame, text, type, target, status
        ("past", f"{S} {P} {v.past}다.", ph.type, exp, "occurred"),
        ("reported", f"{S} {P} {v.pres}고 밝혔다." if verbal else f"{S} {P} {v.past}다고 밝혔다.",
         ph.type, exp, "occurred"),
        ("myeo", f"{S} {P} {v.myeo} 이같이 말했다.", ph.type, exp, "occurred"),
        ("negated", f"{S} {P} {v.stem}지 않았다.", ph.type, exp, None),
        ("relative", f"{S} {P} {v.adn} 내용의 결의안 초안을 논의했다.", ph.type, exp, None),
    ]
    if not verbal:
        frames += [("will", f"{S} {P} {v.stem}겠다고 밝혔다.", ph.type, exp, "future"),
                   ("policy", f"{S} {P} {v.fut} 방침이다.", ph.type, exp, "future"),
                   ("plan", f"{S} {P} {v.fut} 계획이다.", ph.type, exp, "future"),
                   ("decided", f"{S} {P} {v.stem}기로 했다.", ph.type, exp, "any")]
    pool = [o for o in phrases if o.type != ph.type and o.has_target and (subj, actor) in subjects(o.type)
            and not ({o.type, ph.type} <= MUTUAL)]
    if pool and ph.type != "PROTEST":
        o = rng.choice(pool)
        tgt2, target2 = pick_target(rng, o.before, actor)
        text = f"{S} {P} {v.stem}고 {fill(o.before, subj, tgt2)} {o.verb.past}다."
        frames.append(("coordinated", text, ph.type, exp, "occurred"))
        frames.append(("coordinated-2nd", text, o.type, None if o.type in UNDIRECTED else target2, "occurred"))
    out = []
    for frame, text, typ, whom, status in frames:
        mode = ph.mode if typ == ph.type else None
        out.append(item(text, typ, mode, actor, whom, status, frame, ph.half))
    return out


def new_frames(ph: Phrase, rng: random.Random, phrases: list[Phrase]) -> list[Item]:
    """The new frame families for one verb phrase (see the module docstring), from their own stream."""
    subj, actor, target, exp, S, P = frame_parts(ph, rng)
    v = ph.verb
    other, other_code = rng.choice([s for s in STATES if not set(s[1].split("+")) & {target, *actor.split("+")}
                                    and "+" not in s[1]])
    frames: list[tuple[str, str, str, str, str | None, str | None]] = [  # frame, text, type, actor, target, status
        ("day-first", f"{S} 21일 {P} {v.past}다.", ph.type, actor, exp, "occurred"),
        ("said-by-others", f"{S} {P} {v.past}다고 외신들이 전했다.", ph.type, actor, exp, "occurred"),
        ("co-subject", f"{josa(other, '과')} {S} {P} {v.past}다.", ph.type, actor, exp, "occurred"),
        ("will-not", f"{S} {P} {v.stem}지 않겠다고 밝혔다.", ph.type, actor, exp, None),
    ]
    if (subj, actor) in STATES + OFFICIALS and "+" not in actor:
        clause = "새 정부가 출범한" if (subj, actor) in STATES else "새로 취임한"
        frames.append(("rel-subject", f"지난달 {clause} {S} {P} {v.past}다.", ph.type, actor, exp, "occurred"))
    if ph.type in HOSTILE_FUTURE and ph.has_target:
        frames.append(("may-warn", f"{S} {P} {v.fut} 수도 있다고 경고했다.", "THREATEN", actor, exp, "occurred"))
    pool = [o for o in phrases if o.type != ph.type and o.has_target and o.type not in ("PROTEST", "CONSULT")]
    if pool and ph.type != "PROTEST":
        o = rng.choice(pool)
        subj2, actor2 = rng.choice([s for s in subjects(o.type) if not set(s[1].split("+")) & {*actor.split("+"),
                                                                                                 target}])
        tgt2, target2 = pick_target(rng, o.before, actor2)
        first = f"{josa(subj2, '이')} {fill(o.before, subj2, tgt2)} {o.verb.rel} 뒤"
        text = f"{first} {S} {P} {v.past}다."
        frames.append(("after-clause", text, ph.type, actor, exp, "occurred"))
        frames.append(("after-clause-2nd", text, o.type, actor2, None if o.type in UNDIRECTED else target2,
                       "occurred"))
    out = []
    for frame, text, typ, who, whom, status in frames:
        mode = ph.mode if typ == ph.type else None
        out.append(item(text, typ, mode, who, whom, status, "x-" + frame, ph.half))
    return out


QUOTED = ["\"{T:은} 국제법을 명백히 위반했다\"고 비난했다.", "{T:의} 행위를 \"명백한 도발\"이라고 비난했다.",
          "\"{T:의} 주장은 터무니없다\"며 {T:을} 비판했다.", "{T:을} 향해 \"무모한 도발을 즉각 중단하라\"고 규탄했다."]


def extra_new(rng: random.Random) -> list[Item]:
    """Quoted accusations and domestic acts (new family)."""
    out = []
    for i, template in enumerate(QUOTED):
        subj, actor = rng.choice(STATES + OFFICIALS)
        tgt, target = pick_target(rng, template, actor)
        text = f"{josa(subj, '은')} {fill(template, subj, tgt)}"
        out.append(item(text, "ACCUSE", "disapprove", actor, target, "occurred", "x-quoted", "AB"[i % 2]))
    for subj, code in PEOPLE:  # people against their own government: both sides one state
        gov = GOVERNMENTS[code]
        out.append(item(f"{josa(subj, '은')} {josa(gov, '을')} 규탄하는 시위를 벌였다.", "PROTEST", "demo", code,
                        code, "occurred", "x-domestic-people", "A"))
        out.append(item(f"{josa(subj, '은')} {josa(gov, '에')} 임금 인상을 요구했다.", "REQUEST", None, code,
                        code, "occurred", "x-domestic-people", "B"))
    for code, force in DOMESTIC.items():  # a state's forces on its own people
        people = rng.choice(OWN_PEOPLE)
        out.append(item(f"{josa(force, '은')} {josa(people, '을')} 체포했다.", "COERCE", "arrest", code, code,
                        "occurred", "x-domestic-forces", "A"))
    return out


def nominal_items(rng: random.Random) -> list[Item]:
    out = []
    for typ, mode, template, status in NOMINALS:
        subj, actor = pick_subject(rng, typ)
        tgt, target = pick_target(rng, template, actor)
        half = "AB"[int(hashlib.md5(template.encode()).hexdigest(), 16) % 2]
        out.append(item(f"{josa(subj, '은')} {fill(template, subj, tgt)}", typ, mode, actor, target, status,
                        "nominal", half))
    return out


def headline_items(rng: random.Random, table: list[tuple[str, str | None, str, str]]) -> list[Item]:
    """Whole-sentence acts with their own subject slot {S} (headlines, passives), filled as nominal_items."""
    out = []
    for typ, mode, template, status in table:
        subj, actor = pick_subject(rng, typ)
        if "+" in actor:
            subj, actor = rng.choice([s for s in subjects(typ) if "+" not in s[1]])
        tgt, target = pick_target(rng, template, actor)
        half = "AB"[int(hashlib.md5(template.encode()).hexdigest(), 16) % 2]
        exp = target if "{T" in template and typ not in UNDIRECTED else None
        out.append(item(fill(template, subj, tgt), typ, mode, actor, exp, status, "headline", half))
    return out


def build(seed: int, family: str = "all") -> list[Item]:
    if family == "fresh7":
        return sentence_items(FRESH7)
    if family == "fresh8":
        return sentence_items(FRESH8)
    if family == "fresh9":
        return sentence_items(FRESH9)
    if family == "fresh10":
        return sentence_items(FRESH10)
    if family == "fresh11":
        return sentence_items(FRESH11)
    if family == "fresh12":
        return sentence_items(FRESH12)
    if family == "fresh13":
        return sentence_items(FRESH13)
    if family == "fresh":
        rng0 = random.Random(f"fresh-{seed}")
        fresh = [Phrase(*v) for v in FRESH]
        return [it for p in fresh for it in base_frames(p, rng0, fresh)]
    if family in ("fresh5", "fresh6"):
        rng0 = random.Random(f"{family}-{seed}")
        verbs, heads = (FRESH5, FRESH5_NOMINALS) if family == "fresh5" else (FRESH6, FRESH6_NOMINALS)
        fresh = [Phrase(*v) for v in verbs]
        return [it for p in fresh for it in base_frames(p, rng0, fresh)] + headline_items(rng0, heads)
    if family == "fresh4":
        rng0 = random.Random(f"fresh4-{seed}")
        fresh = [Phrase(*v) for v in FRESH4]
        return [it for p in fresh for it in base_frames(p, rng0, fresh)] + headline_items(rng0, FRESH4_NOMINALS)
    if family == "fresh3":
        rng0 = random.Random(f"fresh3-{seed}")
        fresh = [Phrase(*v) for v in FRESH3]
        return [it for p in fresh for it in base_frames(p, rng0, fresh)] + headline_items(rng0, FRESH3_NOMINALS)
    if family == "fresh2":
        rng0 = random.Random(f"fresh2-{seed}")
        fresh = [Phrase(*v) for v in FRESH2]
        return [it for p in fresh for it in base_frames(p, rng0, fresh)] + headline_items(rng0, FRESH2_NOMINALS)
    rng = random.Random(seed)
    phrases = [Phrase(*v) for v in VERBS]
    items = [it for p in phrases for it in base_frames(p, rng, phrases)] + nominal_items(rng)
    if family == "base":
        return items
    rng2 = random.Random(f"new-{seed}")
    new = [it for p in phrases for it in new_frames(p, rng2, phrases)] + extra_new(rng2)
    return new if family == "new" else items + new


# ---------------------------------------------------------------- scoring (en_act_probe's, with Korean futures)

FUTURE_OF = {**{t: "AGREE" for t in COOPERATIVE_FUTURE | {"AID", "COOPERATE", "CONSULT", "SUPPORT"}},
             "RETREAT": "CONCEDE", **{t: "THREATEN" for t in HOSTILE_FUTURE}}


def accepted(item: Item) -> set[tuple[str, str]]:
    """(type, status) pairs that read the item right. A future act is the type planned, or (PLOVER) the
    pledge, concession or threat its statement is: AGREE, CONCEDE, THREATEN (either status); a decision
    (하기로 했다) may be read either way."""
    if item.status in ("future", "any"):
        conv = FUTURE_OF.get(item.type, item.type)
        pairs = {(item.type, "planned"), (conv, "occurred"), (conv, "planned")}
        return pairs | ({(item.type, "occurred")} if item.status == "any" else set())
    return {(item.type, item.status)}


def score(item: Item, events) -> None:
    """Type, sides, mode and status of the best event of an accepted type (as en_act_probe.score)."""
    g = item.got
    g["types"] = sorted({e.type for e in events})
    if item.status is None:
        g["type"] = not any(e.type == item.type for e in events)
        return
    ok = accepted(item)
    types = {t for t, _ in ok}
    mine = [e for e in events if e.type in types]
    g["type"] = bool(mine)
    if not mine:
        return
    actors = set(item.actor.split("+"))

    def sides(e) -> bool:
        acts = {p.country for p in e.participants}
        recs = {p.country for p in e.recipients}
        if not actors <= acts:
            return False
        if item.target is None:
            return True
        return item.target in recs or e.type in MUTUAL and item.target in acts

    best = max(mine, key=lambda e: (sides(e), (e.type, e.status) in ok))
    g["sides"] = sides(best)
    g["acting"] = sorted(p.country or "-" for p in best.participants)
    g["receiving"] = sorted(p.country or "-" for p in best.recipients)
    g["mode"] = best.mode == item.mode if item.mode and best.type == item.type else None
    g["status"] = (best.type, best.status) in ok
    g["got_mode"], g["got_status"] = best.mode, best.status


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=TUNED_SEED)
    ap.add_argument("--half", choices=("A", "B"))
    ap.add_argument("--family", choices=("base", "new", "all", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9",
                                       "fresh10", "fresh11", "fresh12", "fresh13"),
                    default="all",
                    help=f"base: the frames tuned on seed {TUNED_SEED}; new: the frame families added after; "
                         "fresh: the base frames over the untuned verb list FRESH; fresh2: a second untuned list "
                         "(support verbs, auxiliaries, idioms) with headlines; fresh3: a list written after the third "
                         "session's rules, never tuned on; fresh4: written after all of them; fresh5: written before the "
                         "fourth session's rules (tuned on); fresh6: written after them, never tuned on; fresh7: 40 whole "
                         "sentences written before the sixth session's rules, never tuned on; fresh8: 40 whole sentences written "
                         "before the seventh Korean session's rules, never tuned on; fresh9: 30 written after that session's "
                         "first rules, never looked at for rules; fresh10: 52 written before the eighth Korean-acts "
                         "session's rules, never tuned on; fresh11: 50 written before the ninth Korean-acts session's "
                         "rules, never tuned on; fresh12: 32 written before the eleventh Korean-acts session's "
                         "rules (seizures, releases, protests, sanctions), never tuned on; fresh13: 29 written before the "
                         "thirteenth Korean-acts session's rules, never tuned on")
    ap.add_argument("--misses", type=Path)
    ap.add_argument("--by", default="family,half,frame,type", help="groupings to print")
    args = ap.parse_args()
    from readout.api import extract_text
    items = [it for it in build(args.seed, args.family) if not args.half or it.half == args.half]
    for it in items:
        score(it, extract_text(it.text, published=date(2024, 5, 22)).events)
    print(f"{len(items)} sentences (seed {args.seed}{', half ' + args.half if args.half else ''}, "
          f"family {args.family})")
    print("all     ", report(items))
    groupings = {"family": lambda it: "new" if it.frame.startswith("x-") else "base", "half": lambda it: it.half,
                 "frame": lambda it: it.frame, "type": lambda it: it.type}
    print_groups(items, [(key, groupings[key]) for key in args.by.split(",")], width=18)
    if args.misses:
        write_misses(args.misses, items)


if __name__ == "__main__":
    main()
