"""Korean country mentions: every country's Korean name, capitals as governments, and the one-syllable
forms (한, 미, 일, 중, 러, 북, 영, 독, 불, 호, 인) only inside compounds that license them."""
import pytest

from readout.lang.ko.countries import find_countries
from readout.lang.ko.country_words import countries_of_word
from readout.lang.ko.words import countries_of_word as reexported
from readout.lang.ko.sentences import kiwi


def found(text):
    tokens = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]
    return find_countries(text, 0, tokens)


def codes(text):
    return [(text[m.start:m.end], m.codes) for m in found(text)]


NAMES = [  # (Korean form, code)
    ("아르메니아", "ARM"), ("필리핀", "PHL"), ("아제르바이잔", "AZE"), ("아랍에미리트", "ARE"), ("폴란드", "POL"),
    ("네덜란드", "NLD"), ("코트디부아르", "CIV"), ("체코", "CZE"), ("튀르키예", "TUR"), ("터키", "TUR"),
    ("이란", "IRN"), ("이스라엘", "ISR"), ("팔레스타인", "PSE"), ("사우디아라비아", "SAU"), ("사우디", "SAU"),
    ("시리아", "SYR"), ("이라크", "IRQ"), ("이집트", "EGY"), ("아프가니스탄", "AFG"), ("파키스탄", "PAK"),
    ("인도", "IND"), ("방글라데시", "BGD"), ("스리랑카", "LKA"), ("네팔", "NPL"), ("몽골", "MNG"),
    ("대만", "TWN"), ("베트남", "VNM"), ("태국", "THA"), ("캄보디아", "KHM"), ("라오스", "LAO"),
    ("미얀마", "MMR"), ("싱가포르", "SGP"), ("말레이시아", "MYS"), ("인도네시아", "IDN"), ("동티모르", "TLS"),
    ("호주", "AUS"), ("오스트레일리아", "AUS"), ("뉴질랜드", "NZL"), ("파푸아뉴기니", "PNG"), ("캐나다", "CAN"),
    ("멕시코", "MEX"), ("쿠바", "CUB"), ("베네수엘라", "VEN"), ("콜롬비아", "COL"), ("브라질", "BRA"),
    ("아르헨티나", "ARG"), ("칠레", "CHL"), ("페루", "PER"), ("독일", "DEU"), ("프랑스", "FRA"),
    ("이탈리아", "ITA"), ("스페인", "ESP"), ("포르투갈", "PRT"), ("스위스", "CHE"), ("오스트리아", "AUT"),
    ("헝가리", "HUN"), ("루마니아", "ROU"), ("그리스", "GRC"), ("세르비아", "SRB"), ("코소보", "XKX"),
    ("스웨덴", "SWE"), ("노르웨이", "NOR"), ("핀란드", "FIN"), ("덴마크", "DNK"), ("에스토니아", "EST"),
    ("라트비아", "LVA"), ("리투아니아", "LTU"), ("벨라루스", "BLR"), ("몰도바", "MDA"), ("카자흐스탄", "KAZ"),
    ("우즈베키스탄", "UZB"), ("나이지리아", "NGA"), ("케냐", "KEN"), ("에티오피아", "ETH"), ("남아공", "ZAF"),
    ("남아프리카공화국", "ZAF"), ("르완다", "RWA"), ("우간다", "UGA"), ("콩고민주공화국", "COD"), ("모로코", "MAR"),
    ("알제리", "DZA"), ("리비아", "LBY"), ("예멘", "YEM"), ("카타르", "QAT"), ("쿠웨이트", "KWT"),
    ("요르단", "JOR"), ("레바논", "LBN"), ("영국", "GBR"), ("우크라이나", "UKR"), ("러시아", "RUS"),
    ("북한", "PRK"), ("한국", "KOR"), ("대한민국", "KOR"), ("미국", "USA"), ("일본", "JPN"), ("중국", "CHN"),
    ("교황청", "VAT"), ("그린란드", "GRL"), ("홍콩", "HKG"), ("중앙아프리카공화국", "CAF"),
    ("유엔", "UNO"), ("유럽연합", "EUR"), ("나토", "IGO"), ("아세안", "IGO"), ("국제원자력기구", "IGO"),
    ("주요 7개국", "IGO"), ("브릭스", "IGO"), ("쿼드", "IGO"), ("아프리카연합", "IGO"), ("미주기구", "IGO"),
]


def topic(name):
    """The topic particle that fits the last syllable: 은 after a final consonant, 는 after a vowel."""
    last = ord(name[-1]) - 0xAC00
    return "은" if 0 <= last < 11172 and last % 28 else "는"


@pytest.mark.parametrize("name, code", NAMES)
def test_every_korean_name(name, code):
    assert codes(f"{name}{topic(name)} 성명을 발표했다.") == [(name, [code])]


def test_the_table_covers_many_countries():
    assert len(NAMES) >= 80 and len({c for _n, c in NAMES}) >= 50


@pytest.mark.parametrize("text, expected", [
    # inside a licensing compound
    ("한미 양국은 합의했다.", [("한미", ["KOR", "USA"])]),
    ("한미일 정상은 만났다.", [("한미일", ["KOR", "USA", "JPN"])]),
    ("한·미·일 외교장관이 회담했다.", [("한·미·일", ["KOR", "USA", "JPN"])]),
    ("북·러가 밀착했다.", [("북·러", ["PRK", "RUS"])]),
    ("북러 조약이 발효됐다.", [("북러", ["PRK", "RUS"])]),
    ("미중 갈등이 커졌다.", [("미중", ["USA", "CHN"])]),
    ("한일중 정상회의가 열렸다.", [("한일중", ["KOR", "JPN", "CHN"])]),
    ("한중 관계가 개선됐다.", [("한중", ["KOR", "CHN"])]),
    ("한미연합훈련이 시작됐다.", [("한미연합훈련", ["KOR", "USA"])]),
    ("북미정상회담이 열렸다.", [("북미정상회담", ["PRK", "USA"])]),
    ("미·영·호 3국이 합의했다.", [("미·영·호", ["USA", "GBR", "AUS"])]),
    ("한·독 정상회담이 열렸다.", [("한·독", ["KOR", "DEU"])]),
    ("한·불 수교를 기념했다.", [("한·불", ["KOR", "FRA"])]),
    ("한·인 협력이 늘었다.", [("한·인", ["KOR", "IND"])]),
    ("한영 외교장관이 만났다.", [("한영", ["KOR", "GBR"])]),
    ("북한·러시아가 서명했다.", [("북한·러시아", ["PRK", "RUS"])]),
    ("북한·북핵 문제를 논의했다.", []),
    ("미측은 답하지 않았다.", [("미측", ["USA"])]),
    ("미 국무부는 비난했다.", [("미 국무부", ["USA"])]),  # kofix47: a ministry of any portfolio is the state's body, one mention
    ("북 외무성이 담화를 냈다.", [("북 외무성", ["PRK"])]),
    ("중국 측은 반발했다.", [("중국", ["CHN"])]),
    ("러시아군이 공격했다.", [("러시아군", ["RUS"])]),
    ("美 국무부가 韓美日 협력을 강조했다.", [("美 국무부", ["USA"]), ("韓美日", ["KOR", "USA", "JPN"])]),
    # outside one: ordinary words and bound nouns
    ("총리는 방한 중 기자회견을 했다.", []),
    ("방한 중인 장관을 만났다.", []),
    ("회의가 진행 중이다.", []),
    ("중요한 문제다.", []),
    ("일부 의원이 반대했다.", []),
    ("미래를 준비한다.", []),
    ("인도적 지원을 했다.", []),
    ("영향이 크다.", []),
    ("불가능한 일이다.", []),
    ("독자 제재를 발표했다.", []),
    ("북부 지역에 비가 왔다.", []),
    ("북쪽으로 이동했다.", []),
    ("한편 회의가 열렸다.", []),
    ("일러스트를 그렸다.", []),
    ("중독자가 늘었다.", []),
    ("호불호가 갈렸다.", []),
    ("미러를 닦았다.", []),
    ("한인 사회가 컸다.", []),
    ("영호남 교류가 늘었다.", []),
    ("북미 지역 판매가 늘었다.", []),
    ("중미 국가들이 모였다.", []),
    ("일일 보고서를 냈다.", []),
    ("미미한 차이다.", []),
    ("영원한 동맹이다.", []),
    ("불만을 드러냈다.", []),
    ("호응이 컸다.", []),
    ("인근 주민이 대피했다.", []),
    ("독립을 선언했다.", []),
    ("러닝을 했다.", []),
    ("한동안 조용했다.", []),
    ("중 하나를 골랐다.", []),
    ("대중교통을 이용했다.", []),
    ("강철수, 한일남, 박영수는 참석했다.", []),
    ("성 김 대북특별대표가 방한했다.", []),
    ("남북 정상회담이 열렸다.", [("남북", ["KOR", "PRK"])]),
    ("대미를 장식했다.", []),
    ("이에 대한 입장을 밝혔다.", []),
    # capitals: the government only as the acting side
    ("워싱턴은 반발했다.", [("워싱턴", ["USA"])]),
    ("베이징과 모스크바는 거부권을 행사했다.", [("베이징", ["CHN"]), ("모스크바", ["RUS"])]),
    ("워싱턴에서 회담이 열렸다.", []),
    # guarded names: only as the subject
    ("오만은 중재에 나섰다.", [("오만", ["OMN"])]),
    ("그의 오만을 비판했다.", []),
    ("수단을 가리지 않았다.", []),
])
def test_compounds_and_rules(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text, code", [
    ("대북 제재를 강화했다.", "PRK"),
    ("대북제재 결의를 냈다.", "PRK"),
    ("대중 관세를 올렸다.", "CHN"),
    ("대미 메시지를 냈다.", "USA"),
    ("대러 제재에 동참했다.", "RUS"),
    ("대일 정책을 바꿨다.", "JPN"),
])
def test_toward_forms_are_recipients(text, code):
    (m,) = found(text)
    assert m.codes == [code] and m.recipient and not m.subject


@pytest.mark.parametrize("syllable, inside, outside", [
    ("한", "한미 정상은 만났다.", "한편 회의가 열렸다."),
    ("미", "미중 무역 갈등", "미래를 준비했다."),
    ("일", "한일 관계가 풀렸다.", "일부가 반대했다."),
    ("중", "미중 경쟁이 심하다.", "방한 중 밝혔다."),
    ("러", "북러 밀착이 심하다.", "러닝을 했다."),
    ("북", "북·중 국경이 열렸다.", "북부에 비가 왔다."),
    ("영", "미·영 정상이 통화했다.", "영향이 컸다."),
    ("독", "한·독 정상이 만났다.", "독자 제재를 했다."),
    ("불", "한·불 정상이 만났다.", "불가능한 일이다."),
    ("호", "미·호 동맹이 굳건하다.", "호응이 컸다."),
    ("인", "한·인 정상이 만났다.", "인도적 지원을 했다."),
])
def test_each_syllable_inside_and_outside_a_compound(syllable, inside, outside):
    assert found(inside) and any(syllable in inside[m.start:m.end] for m in found(inside))
    assert found(outside) == []


@pytest.mark.parametrize("text, subject, genitive, particle", [
    ("북한이 발사했다.", True, False, "이"),
    ("북한의 도발", False, True, "의"),
    ("한미 양국은 합의했다.", True, False, "은"),
    ("북한과 러시아는 서명했다.", True, False, "과"),
])
def test_particles_give_roles(text, subject, genitive, particle):
    m = found(text)[0]
    assert (m.subject, m.genitive, m.particle) == (subject, genitive, particle)


def test_word_reading_without_context_keeps_the_chain_behavior():
    assert countries_of_word("미") == ["USA"]  # '미 국무부 대변인': a title chain asks about one word
    assert countries_of_word("한미일") == ["KOR", "USA", "JPN"]
    assert countries_of_word("대북") == []  # a recipient form is no actor
    assert reexported("북러") == ["PRK", "RUS"]


@pytest.mark.parametrize("text, expected", [
    ("탈레반은 성명을 냈다.", [("AFG", True)]),
    ("유엔 안보리가 회의를 열었다.", [("UNO", True)]),
    ("펜타곤은 입장을 밝혔다.", [("USA", True)]),
    ("이란 군 당국은 입장을 밝혔다.", [("IRN", True)]),  # a chain of head nouns passes its particle
    ("러시아 국방부는 입장을 밝혔다.", [("RUS", True)]),  # the ministry of the state named before it: one mention
])
def test_listed_bodies_and_head_chains(text, expected):
    from readout.lang.ko.countries import find_countries as ko_find

    tokens = [(t.form, t.tag, t.start, t.len) for t in kiwi().tokenize(text)]
    assert [(m.codes[0], m.subject) for m in ko_find(text, 0, tokens)] == expected


# --- other Korean names news uses: North Korean usage, formal names written solid, older transcriptions ----
@pytest.mark.parametrize("name, code", [
    ("남조선", "KOR"), ("미합중국", "USA"), ("러시아연방", "RUS"), ("우즈벡", "UZB"),
    ("키르기즈스탄", "KGZ"), ("아이보리코스트", "CIV"), ("티모르레스테", "TLS"), ("케이프베르데", "CPV"),
])
def test_other_korean_names(name, code):
    assert codes(f"{name}{topic(name)} 성명을 발표했다.") == [(name, [code])]


# --- Korean press variants (countries.yaml variants_ko): older transcriptions, own-language names, short
# forms, North Korean names; each in the subject frame, in a compound with a separator and before 정부 ---
def variant_forms():
    from readout.kb.loader import kb

    return sorted(kb().countries.variants_ko.items())


def test_the_variant_table_is_large():
    assert len(variant_forms()) >= 60 and len({c for _f, c in variant_forms()}) >= 50


@pytest.mark.parametrize("name, code", variant_forms())
def test_every_press_variant_in_the_frames(name, code):
    assert codes(f"{name}{topic(name)} 노르웨이를 강하게 비난했다.") == [(name, [code]), ("노르웨이", ["NOR"])]
    assert codes(f"한-{name} 정상회담이 열렸다.") == [(f"한-{name}", ["KOR", code])]
    assert codes(f"{name} 정부는 성명을 냈다.") == [(name, [code])]


@pytest.mark.parametrize("text, expected", [
    ("UAE는 노르웨이를 비난했다.", [("UAE", ["ARE"]), ("노르웨이", ["NOR"])]),
    ("US 정부는 성명을 냈다.", [("US", ["USA"])]),
    ("UK 대사관이 성명을 냈다.", [("UK", ["GBR"])]),
    ("한-UAE 정상회담이 열렸다.", [("한-UAE", ["KOR", "ARE"])]),
    ("EU는 제재를 발표했다.", [("EU", ["EUR"])]),
    # a Latin abbreviation with neither a particle nor an agent noun names a brand or an event, not the state
    ("US오픈에서 우승했다.", []),
    ("US 스틸을 인수했다.", []),
    ("UK 밴드가 공연했다.", []),
])
def test_latin_abbreviations_in_korean_text(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text", [
    "화란을 피했다.",          # 화란 (calamity): guarded, counts only as the acting side
    "실론 티를 마셨다.",        # Ceylon tea
    "몽고반점이 있다.",         # inside a longer word
    "카자흐족 전통 음식이다.",   # the people, inside a longer word
])
def test_variants_inside_ordinary_words_name_no_state(text):
    assert codes(text) == []


@pytest.mark.parametrize("text, expected", [
    ("알바니아계 주민들은 시위를 벌였다.", []),  # -계: of Albanian descent, a people, not the state
    ("헝가리계 주민들이 경찰서를 공격했다.", []),
    ("알바니아 정부는 성명을 냈다.", [("알바니아", ["ALB"])]),
])
def test_descent_forms_name_no_state(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a guarded name (also a common word) standing as one item of a list of states is the state
    ("케냐와 가나, 짐바브웨 등이 공동성명에 참여했다.", [("케냐", ["KEN"]), ("가나", ["GHA"]), ("짐바브웨", ["ZWE"])]),
    ("차관은 베냉, 말리, 기니를 차례로 방문했다.", [("베냉", ["BEN"]), ("말리", ["MLI"]), ("기니", ["GIN"])]),
    ("말리, 모리타니 두 나라는 국경 협정을 맺었다.", [("말리", ["MLI"]), ("모리타니", ["MRT"])]),
    ("코트디부아르와 가나, 토고가 회의를 열었다.",
     [("코트디부아르", ["CIV"]), ("가나", ["GHA"]), ("토고", ["TGO"])]),
    # the same syllables as ordinary words, with no state beside them, name none
    ("이름은 가나다 순으로 적었다.", []),
    ("젖은 옷을 말리, 다시 입었다.", []),
    ("가나, 다, 라 순서로 적었다.", []),
    # the DR Congo's Latin-prefixed form; the Republic keeps its own name
    ("DR콩고 정부는 반군을 비난했다.", [("DR콩고", ["COD"])]),
    ("콩고공화국 대통령이 방문했다.", [("콩고공화국", ["COG"])]),
])
def test_guarded_names_in_lists_of_states(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a genitive state before a relational noun and a second state only describes the second
    ("아르메니아의 이웃나라 조지아는 국경 검문소를 닫겠다고 밝혔다.", [("조지아", ["GEO"])]),
    ("라오스의 동맹국 베트남은 태국을 비난했다.", [("베트남", ["VNM"]), ("태국", ["THA"])]),
    ("파키스탄의 앙숙 인도가 제안을 거부했다.", [("인도", ["IND"])]),
    # no second state after the noun: the possessor stays
    ("에콰도르의 동맹국들은 침묵했다.", [("에콰도르", ["ECU"])]),
    ("칠레의 외교장관은 볼리비아를 비난했다.", [("칠레의 외교장관", ["CHL"]), ("볼리비아", ["BOL"])]),
])
def test_relation_owner_is_no_side(text, expected):
    assert codes(text) == expected
