"""Held-out actor strings of our own (issue 14, session 13), in the style of other event coders' actor tests.

The issue's criterion names "a held-out set of actor strings from another project's tests, in a plain
sentence frame". bench/actor_strings.py measures forms derived from the Phoenix dictionaries; this table is
the other kind: short phrases as a news sentence or an actor test names an actor ("the Ecuadorian
parliament", "police in Mombasa", "the ruling party of Zambia", "페루 외무장관"), written by actors12 before
any rule of the session and kept out of its tuning. Countries were chosen outside the tuned evaluation sets.
Each string goes through bench/actor_strings.py's frames ("{a} condemned Norway on Monday.", Korean
"{a}은 노르웨이를 강하게 비난했다.") and is scored for the gold country on the acting side.

usage: PYTHONPATH=. python bench/actor_own.py [--misses | --frames]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from actor_strings import run  # noqa: E402

# (class of the form, text, gold country)
EN_OWN = [
    ("adj-title", "the Kenyan president", "KEN"),
    ("of-title", "the Foreign Minister of Peru", "PER"),
    ("adj-agent", "Bolivian rebels", "BOL"),
    ("body", "the UN Security Council", "UNO"),
    ("agent-in-city", "police in Mombasa", "KEN"),
    ("group-agent", "Hezbollah fighters", "LBN"),
    ("adj-body", "the Ecuadorian parliament", "ECU"),
    ("adj-agent", "Vietnamese state media", "VNM"),
    ("adj-body", "a Moroccan court", "MAR"),
    ("of-body", "the ruling party of Zambia", "ZMB"),
    ("of-body", "the Defense Ministry of Uruguay", "URY"),
    ("poss-title", "Malaysia's finance minister", "MYS"),
    ("of-title", "the prime minister of Fiji", "FJI"),
    ("adj-agent", "Senegalese troops", "SEN"),
    ("agent-in-country", "opposition lawmakers in Serbia", "SRB"),
    ("of-title", "the mayor of Krakow", "POL"),
    ("agent-in-city", "protesters in Valparaiso", "CHL"),
    ("adj-body", "the Tanzanian army", "TZA"),
    ("adj-body", "the Sri Lankan navy", "LKA"),
    ("adj-agent", "Kazakh authorities", "KAZ"),
    ("poss-title", "the head of Nigeria's electoral commission", "NGA"),
    ("adj-title", "the Indonesian foreign ministry spokesman", "IDN"),
    ("poss-agent", "Cameroon's separatists", "CMR"),
    ("for-body", "a spokesman for the Honduran government", "HND"),
    ("of-body", "the Supreme Court of Pakistan", "PAK"),
    ("of-body", "the central bank of Hungary", "HUN"),
    ("adj-title", "Jordanian King Abdullah", "JOR"),
    ("of-title", "the Emir of Qatar", "QAT"),
    ("adj-title", "the Ugandan opposition leader", "UGA"),
    ("body", "the African Union Commission", "IGO"),
    ("adj-agent", "Somali pirates", "SOM"),
    ("adj-agent", "Haitian gangs", "HTI"),
    ("adj-body", "the Algerian interior ministry", "DZA"),
    ("poss-body", "Paraguay's senate", "PRY"),
    ("adj-body", "the Lebanese Armed Forces", "LBN"),
    ("agent-in-city", "students in Dhaka", "BGD"),
    ("of-title", "the governor of Kandahar", "AFG"),
    ("poss-title", "Ghana's ambassador to the United Nations", "GHA"),
    ("adj-agent", "Estonian border guards", "EST"),
    ("adj-agent", "Sudanese paramilitary forces", "SDN"),
    ("adj-body", "the Burmese junta", "MMR"),
    ("of-body", "the Ministry of Foreign Affairs of Latvia", "LVA"),
    ("adj-body", "the Tunisian presidency", "TUN"),
    ("agent-of", "the people of Malawi", "MWI"),
    ("adj-title", "a senior Omani official", "OMN"),
]

# A second English family, written like the first before any rule (harder forms: seats of government,
# legislatures by their own name, groups, titles after a possessive, compound sectors).
EN_OWN2 = [
    ("adj-body", "the Kenyan Defence Forces", "KEN"),
    ("group", "Boko Haram militants", "NGA"),
    ("group", "al-Shabaab insurgents", "SOM"),
    ("body", "the Palestinian Authority", "PSE"),
    ("adj-agent", "Israeli settlers", "ISR"),
    ("own-name", "the Knesset", "ISR"),
    ("own-name", "the Duma", "RUS"),
    ("own-name", "the Bundestag", "DEU"),
    ("seat", "the Elysee", "FRA"),
    ("seat", "Downing Street", "GBR"),
    ("poss-title", "Tehran's envoy", "IRN"),
    ("adj-agent", "a Colombian drug lord", "COL"),
    ("adj-agent", "Bangladeshi garment workers", "BGD"),
    ("adj-body", "the Thai junta", "THA"),
    ("adj-body", "the Philippine Coast Guard", "PHL"),
    ("adj-agent", "Beninese customs officials", "BEN"),
    ("adj-body", "the Malian transitional government", "MLI"),
    ("adj-body", "the Burkinabe army", "BFA"),
    ("adj-body", "the Ivorian government", "CIV"),
    ("adj-agent", "Tajik border guards", "TJK"),
    ("adj-agent", "Kyrgyz police", "KGZ"),
    ("adj-agent", "Azerbaijani forces", "AZE"),
    ("adj-agent", "Mozambican insurgents", "MOZ"),
    ("poss-body", "Ethiopia's ruling party", "ETH"),
    ("adj-title", "a Guatemalan judge", "GTM"),
    ("adj-agent", "Salvadoran gang members", "SLV"),
    ("adj-agent", "Cuban dissidents", "CUB"),
    ("adj-title", "the Nicaraguan vice president", "NIC"),
    ("adj-title", "the Belarusian opposition leader", "BLR"),
    ("adj-body", "the Moldovan parliament", "MDA"),
    ("adj-agent", "Montenegrin prosecutors", "MNE"),
    ("poss-title", "North Macedonia's prime minister", "MKD"),
    ("of-title", "the Sultan of Brunei", "BRN"),
    ("of-title", "the Crown Prince of Bahrain", "BHR"),
    ("adj-title", "a Yemeni tribal leader", "YEM"),
    ("adj-body", "the Libyan National Army", "LBY"),
    ("poss-body", "Egypt's Interior Ministry", "EGY"),
    ("adj-title", "the Argentine economy minister", "ARG"),
    ("adj-body", "Brazilian federal police", "BRA"),
    ("poss-body", "Venezuela's National Assembly", "VEN"),
    ("poss-title", "Trinidad and Tobago's prime minister", "TTO"),
    ("poss-body", "Papua New Guinea's government", "PNG"),
    ("adj-agent", "Samoan officials", "WSM"),
    ("adj-agent", "Laotian authorities", "LAO"),
    ("adj-title", "the Cambodian prime minister", "KHM"),
    ("adj-title", "the Slovak president", "SVK"),
    ("adj-agent", "Croatian troops", "HRV"),
    ("adj-agent", "Icelandic fishermen", "ISL"),
    ("adj-body", "the Danish foreign ministry", "DNK"),
    ("own-name", "the Riksdag", "SWE"),
    ("adj-body", "an Austrian court", "AUT"),
    ("adj-agent", "Swiss federal prosecutors", "CHE"),
    ("title-of-body", "the chairman of the Ghanaian electoral commission", "GHA"),
    ("agent-in-city", "rioters in Port Moresby", "PNG"),
    ("agent-in-city", "demonstrators in Yerevan", "ARM"),
]

KO_OWN = [
    ("adj-title", "케냐 대통령", "KEN"),
    ("adj-title", "페루 외무장관", "PER"),
    ("adj-agent", "볼리비아 반군", "BOL"),
    ("agent-in-city", "케냐 몸바사 경찰", "KEN"),
    ("adj-body", "에콰도르 의회", "ECU"),
    ("adj-agent", "베트남 관영 매체", "VNM"),
    ("adj-body", "모로코 법원", "MAR"),
    ("adj-body", "잠비아 여당", "ZMB"),
    ("adj-body", "우루과이 국방부", "URY"),
    ("adj-title", "말레이시아 재무장관", "MYS"),
    ("adj-title", "피지 총리", "FJI"),
    ("adj-agent", "세네갈 군", "SEN"),
    ("adj-agent", "세르비아 야당 의원들", "SRB"),
    ("adj-body", "탄자니아 육군", "TZA"),
    ("adj-body", "스리랑카 해군", "LKA"),
    ("adj-agent", "카자흐스탄 당국", "KAZ"),
    ("adj-body", "나이지리아 선거관리위원회", "NGA"),
    ("adj-title", "인도네시아 외교부 대변인", "IDN"),
    ("adj-title", "온두라스 정부 대변인", "HND"),
    ("adj-body", "파키스탄 대법원", "PAK"),
    ("adj-body", "헝가리 중앙은행", "HUN"),
    ("adj-title", "요르단 국왕", "JOR"),
    ("adj-title", "우간다 야권 지도자", "UGA"),
    ("body", "아프리카연합", "IGO"),
    ("adj-agent", "소말리아 해적", "SOM"),
    ("adj-agent", "아이티 갱단", "HTI"),
    ("adj-body", "알제리 내무부", "DZA"),
    ("adj-body", "파라과이 상원", "PRY"),
    ("adj-body", "레바논군", "LBN"),
    ("agent-in-city", "방글라데시 다카의 대학생들", "BGD"),
    ("adj-title", "아프가니스탄 칸다하르 주지사", "AFG"),
    ("adj-title", "가나 대사", "GHA"),
    ("adj-agent", "에스토니아 국경수비대", "EST"),
    ("adj-agent", "수단 준군사조직", "SDN"),
    ("adj-body", "미얀마 군사정권", "MMR"),
    ("adj-title", "오만 고위 관리", "OMN"),
]

# A second Korean family (sectors beyond government: workers, clergy, press, crime, farmers).
KO_OWN2 = [
    ("adj-agent", "콜롬비아 마약 조직", "COL"),
    ("adj-agent", "방글라데시 의류 노동자들", "BGD"),
    ("adj-body", "필리핀 해안경비대", "PHL"),
    ("adj-body", "말리 과도정부", "MLI"),
    ("adj-agent", "부르키나파소 군", "BFA"),
    ("adj-body", "코트디부아르 정부", "CIV"),
    ("adj-agent", "타지키스탄 국경수비대", "TJK"),
    ("adj-agent", "키르기스스탄 경찰", "KGZ"),
    ("adj-agent", "아제르바이잔군", "AZE"),
    ("adj-agent", "모잠비크 무장반군", "MOZ"),
    ("adj-body", "에티오피아 집권당", "ETH"),
    ("adj-title", "과테말라 판사", "GTM"),
    ("adj-agent", "엘살바도르 갱단원들", "SLV"),
    ("adj-agent", "쿠바 반체제 인사들", "CUB"),
    ("adj-title", "니카라과 부통령", "NIC"),
    ("adj-title", "벨라루스 야권 지도자", "BLR"),
    ("adj-body", "몰도바 의회", "MDA"),
    ("adj-body", "몬테네그로 검찰", "MNE"),
    ("adj-title", "북마케도니아 총리", "MKD"),
    ("adj-title", "브루나이 국왕", "BRN"),
    ("adj-title", "바레인 왕세자", "BHR"),
    ("adj-title", "예멘 부족 지도자", "YEM"),
    ("adj-body", "이집트 내무부", "EGY"),
    ("adj-title", "아르헨티나 경제장관", "ARG"),
    ("adj-body", "브라질 연방경찰", "BRA"),
    ("adj-body", "베네수엘라 국회", "VEN"),
    ("adj-body", "파푸아뉴기니 정부", "PNG"),
    ("adj-agent", "사모아 관리들", "WSM"),
    ("adj-agent", "라오스 당국", "LAO"),
    ("adj-title", "캄보디아 총리", "KHM"),
    ("adj-title", "슬로바키아 대통령", "SVK"),
    ("adj-agent", "크로아티아군", "HRV"),
    ("adj-agent", "아이슬란드 어민들", "ISL"),
    ("adj-body", "덴마크 외무부", "DNK"),
    ("adj-body", "스웨덴 의회", "SWE"),
    ("adj-body", "오스트리아 법원", "AUT"),
    ("adj-body", "스위스 연방검찰", "CHE"),
    ("agent-in-city", "아르메니아 예레반의 시위대", "ARM"),
    ("adj-agent", "이스라엘 정착민들", "ISR"),
    ("body", "팔레스타인 자치정부", "PSE"),
    ("adj-body", "독일 연방하원", "DEU"),
    ("adj-body", "러시아 국가두마", "RUS"),
    ("adj-body", "이란 혁명수비대", "IRN"),
    ("group", "보코하람", "NGA"),
    ("adj-title", "가나 선거관리위원장", "GHA"),
    ("adj-agent", "나이지리아 무장 괴한들", "NGA"),
    ("adj-agent", "케냐 교사 노조", "KEN"),
    ("adj-body", "우크라이나 정교회", "UKR"),
    ("adj-agent", "인도 농민들", "IND"),
    ("adj-agent", "터키 언론인들", "TUR"),
    ("adj-agent", "파키스탄 의사들", "PAK"),
    ("adj-agent", "남아공 광산 노동자들", "ZAF"),
]

# A third family in each language, written after the Korean agent rules and before the English ones, never
# tuned on: the untouched measure of the session's rules.
EN_OWN3 = [
    ("f3", "Ugandan security forces", "UGA"),
    ("f3", "the Zimbabwean ruling party", "ZWE"),
    ("f3", "the spokesman of the Eritrean foreign ministry", "ERI"),
    ("f3", "Gabonese coup leaders", "GAB"),
    ("f3", "the Guinean junta leader", "GIN"),
    ("f3", "Nigerien soldiers", "NER"),
    ("f3", "the mayor of Lviv", "UKR"),
    ("f3", "the governor of Sindh", "PAK"),
    ("f3", "Bahraini Shiite protesters", "BHR"),
    ("f3", "the Emirati foreign minister", "ARE"),
    ("f3", "Dutch prosecutors", "NLD"),
    ("f3", "the Finnish government", "FIN"),
    ("f3", "the Lithuanian defense minister", "LTU"),
    ("f3", "Polish farmers", "POL"),
    ("f3", "Portuguese fishermen", "PRT"),
    ("f3", "Mongolian herders", "MNG"),
    ("f3", "the Bhutanese king", "BTN"),
    ("f3", "the Maldivian opposition", "MDV"),
    ("f3", "the Uzbek president", "UZB"),
    ("f3", "Turkmen authorities", "TKM"),
    ("f3", "Georgian riot police", "GEO"),
    ("f3", "Albanian lawmakers", "ALB"),
    ("f3", "Bulgarian customs officers", "BGR"),
    ("f3", "Romanian truckers", "ROU"),
    ("f3", "Jamaican police", "JAM"),
    ("f3", "Costa Rican authorities", "CRI"),
    ("f3", "Panamanian prosecutors", "PAN"),
    ("f3", "Ecuador's army", "ECU"),
    ("f3", "Peru's Congress", "PER"),
    ("f3", "Colombia's ELN rebels", "COL"),
    ("f3", "Australia's foreign minister", "AUS"),
    ("f3", "New Zealand's prime minister", "NZL"),
    ("f3", "Fijian soldiers", "FJI"),
    ("f3", "the Solomon Islands government", "SLB"),
    ("f3", "Vanuatu's government", "VUT"),
    ("f3", "Tongan officials", "TON"),
    ("f3", "Syrian Kurdish fighters", "SYR"),
    ("f3", "Iraqi Shiite militias", "IRQ"),
    ("f3", "Qatari mediators", "QAT"),
    ("f3", "Kuwaiti lawmakers", "KWT"),
    ("f3", "the Israeli military", "ISR"),
    ("f3", "Palestinian gunmen", "PSE"),
    ("f3", "the Egyptian army spokesman", "EGY"),
    ("f3", "Sudan's Rapid Support Forces", "SDN"),
    ("f3", "Chadian rebels", "TCD"),
    ("f3", "the Libyan coast guard", "LBY"),
    ("f3", "Algerian protesters", "DZA"),
    ("f3", "Mauritanian officials", "MRT"),
    ("f3", "Ethiopian federal police", "ETH"),
    ("f3", "Djiboutian troops", "DJI"),
    ("f3", "the Malagasy president", "MDG"),
    ("f3", "Angolan state media", "AGO"),
    ("f3", "Zambian miners", "ZMB"),
    ("f3", "Botswana's president", "BWA"),
    ("f3", "the Lesotho army", "LSO"),
    ("f3", "Eswatini pro-democracy activists", "SWZ"),
    ("f3", "students in Caracas", "VEN"),
    ("f3", "police in Kigali", "RWA"),
    ("f3", "protesters in Tbilisi", "GEO"),
    ("f3", "officials in Hanoi", "VNM"),
]

# (see EN_OWN3)
KO_OWN3 = [
    ("f3", "우간다 보안군", "UGA"),
    ("f3", "짐바브웨 집권당", "ZWE"),
    ("f3", "에리트레아 외무부 대변인", "ERI"),
    ("f3", "가봉 쿠데타 세력", "GAB"),
    ("f3", "기니 군사정부 지도자", "GIN"),
    ("f3", "니제르 군인들", "NER"),
    ("f3", "우크라이나 르비우 시장", "UKR"),
    ("f3", "바레인 시아파 시위대", "BHR"),
    ("f3", "아랍에미리트 외무장관", "ARE"),
    ("f3", "네덜란드 검찰", "NLD"),
    ("f3", "핀란드 정부", "FIN"),
    ("f3", "리투아니아 국방장관", "LTU"),
    ("f3", "폴란드 농민들", "POL"),
    ("f3", "포르투갈 어부들", "PRT"),
    ("f3", "몽골 유목민들", "MNG"),
    ("f3", "부탄 국왕", "BTN"),
    ("f3", "몰디브 야당", "MDV"),
    ("f3", "우즈베키스탄 대통령", "UZB"),
    ("f3", "투르크메니스탄 당국", "TKM"),
    ("f3", "조지아 경찰", "GEO"),
    ("f3", "알바니아 의원들", "ALB"),
    ("f3", "불가리아 세관 직원들", "BGR"),
    ("f3", "루마니아 화물차 운전사들", "ROU"),
    ("f3", "자메이카 경찰", "JAM"),
    ("f3", "코스타리카 당국", "CRI"),
    ("f3", "파나마 검찰", "PAN"),
    ("f3", "에콰도르 군", "ECU"),
    ("f3", "페루 의회", "PER"),
    ("f3", "콜롬비아 민족해방군 반군", "COL"),
    ("f3", "호주 외무장관", "AUS"),
    ("f3", "뉴질랜드 총리", "NZL"),
    ("f3", "피지 군인들", "FJI"),
    ("f3", "솔로몬제도 정부", "SLB"),
    ("f3", "통가 관리들", "TON"),
    ("f3", "시리아 쿠르드족 전투원들", "SYR"),
    ("f3", "이라크 시아파 민병대", "IRQ"),
    ("f3", "카타르 중재단", "QAT"),
    ("f3", "쿠웨이트 의원들", "KWT"),
    ("f3", "이스라엘군", "ISR"),
    ("f3", "팔레스타인 무장대원들", "PSE"),
    ("f3", "이집트군 대변인", "EGY"),
    ("f3", "수단 신속지원군", "SDN"),
    ("f3", "차드 반군", "TCD"),
    ("f3", "리비아 해안경비대", "LBY"),
    ("f3", "알제리 시위대", "DZA"),
    ("f3", "모리타니 관리들", "MRT"),
    ("f3", "에티오피아 연방경찰", "ETH"),
    ("f3", "지부티 병력", "DJI"),
    ("f3", "마다가스카르 대통령", "MDG"),
    ("f3", "앙골라 국영 매체", "AGO"),
    ("f3", "잠비아 광부들", "ZMB"),
    ("f3", "보츠와나 대통령", "BWA"),
    ("f3", "레소토 군", "LSO"),
    ("f3", "에스와티니 민주화 운동가들", "SWZ"),
    ("f3", "베네수엘라 카라카스의 대학생들", "VEN"),
    ("f3", "르완다 키갈리 경찰", "RWA"),
    ("f3", "조지아 트빌리시의 시위대", "GEO"),
    ("f3", "베트남 하노이의 관리들", "VNM"),
]


# A fourth family in each language (session 14, actors13), written before any rule of the session and never tuned
# on: word orders, cities and regions standing for their state, historical names, seats of government, armed groups
# named without their state, sub-national units of large states.
EN_OWN4 = [
    ("f4", "the Nepali prime minister", "NPL"),
    ("f4", "the Foreign Minister of Slovenia", "SVN"),
    ("f4", "Taliban fighters", "AFG"),
    ("f4", "police in Karachi", "PAK"),
    ("f4", "the Mongolian parliament", "MNG"),
    ("f4", "Cuban state media", "CUB"),
    ("f4", "a Namibian court", "NAM"),
    ("f4", "the ruling party of Cambodia", "KHM"),
    ("f4", "the mayor of Mandalay", "MMR"),
    ("f4", "Sierra Leone's president", "SLE"),
    ("f4", "Malian jihadists", "MLI"),
    ("f4", "opposition supporters in Togo", "TGO"),
    ("f4", "the Burmese military", "MMR"),
    ("f4", "Zairean troops", "COD"),
    ("f4", "officials in Islamabad", "PAK"),
    ("f4", "the governor of Balochistan", "PAK"),
    ("f4", "police in Quebec", "CAN"),
    ("f4", "the premier of Ontario", "CAN"),
    ("f4", "Bavarian state officials", "DEU"),
    ("f4", "Islamic Jihad militants", "PSE"),
    ("f4", "M23 rebels", "COD"),
    ("f4", "Shining Path guerrillas", "PER"),
    ("f4", "FARC dissidents", "COL"),
    ("f4", "Turkey's central bank", "TUR"),
    ("f4", "the Kuwaiti emir", "KWT"),
    ("f4", "Senegal's foreign minister", "SEN"),
    ("f4", "the Organization of American States", "IGO"),
    ("f4", "the World Health Organization", "UNO"),
    ("f4", "Bosnian Serb leaders", "BIH"),
    ("f4", "Chechen fighters", "RUS"),
    ("f4", "the Lebanese parliament speaker", "LBN"),
    ("f4", "the king of Morocco", "MAR"),
    ("f4", "the Kremlin's spokesman", "RUS"),
    ("f4", "the Blue House", "KOR"),
    ("f4", "Dominican authorities", "DOM"),
    ("f4", "Guyanese officials", "GUY"),
    ("f4", "Bolivian coca growers", "BOL"),
    ("f4", "the Nigerian navy", "NGA"),
    ("f4", "demonstrators in Bishkek", "KGZ"),
    ("f4", "the Liberian information minister", "LBR"),
]

# (see EN_OWN4)
KO_OWN4 = [
    ("f4", "네팔 총리", "NPL"),
    ("f4", "슬로베니아 외무장관", "SVN"),
    ("f4", "탈레반 전투원들", "AFG"),
    ("f4", "파키스탄 카라치 경찰", "PAK"),
    ("f4", "몽골 의회", "MNG"),
    ("f4", "쿠바 관영 매체", "CUB"),
    ("f4", "나미비아 법원", "NAM"),
    ("f4", "캄보디아 집권당", "KHM"),
    ("f4", "미얀마 만달레이 시장", "MMR"),
    ("f4", "시에라리온 대통령", "SLE"),
    ("f4", "말리 지하디스트들", "MLI"),
    ("f4", "토고 야당 지지자들", "TGO"),
    ("f4", "버마 군부", "MMR"),
    ("f4", "콩고민주공화국 군", "COD"),
    ("f4", "파키스탄 발루치스탄 주지사", "PAK"),
    ("f4", "캐나다 퀘벡 경찰", "CAN"),
    ("f4", "온타리오 주총리", "CAN"),
    ("f4", "독일 바이에른주 관리들", "DEU"),
    ("f4", "이슬라믹 지하드 대원들", "PSE"),
    ("f4", "M23 반군", "COD"),
    ("f4", "빛나는 길 게릴라", "PER"),
    ("f4", "콜롬비아무장혁명군 잔당", "COL"),
    ("f4", "튀르키예 중앙은행", "TUR"),
    ("f4", "쿠웨이트 국왕", "KWT"),
    ("f4", "세네갈 외무장관", "SEN"),
    ("f4", "미주기구", "IGO"),
    ("f4", "세계보건기구", "UNO"),
    ("f4", "보스니아 세르비아계 지도자들", "BIH"),
    ("f4", "체첸 전투원들", "RUS"),
    ("f4", "레바논 국회의장", "LBN"),
    ("f4", "모로코 국왕", "MAR"),
    ("f4", "크렘린궁 대변인", "RUS"),
    ("f4", "청와대", "KOR"),
    ("f4", "도미니카공화국 당국", "DOM"),
    ("f4", "가이아나 관리들", "GUY"),
    ("f4", "볼리비아 코카 재배 농민들", "BOL"),
    ("f4", "나이지리아 해군", "NGA"),
    ("f4", "키르기스스탄 비슈케크의 시위대", "KGZ"),
    ("f4", "라이베리아 정보장관", "LBR"),
    ("f4", "이란 헌법수호위원회", "IRN"),
]


# --frames: each family in nine frames (a meeting, and acts of several types and shapes), not only the two of
# bench/actor_strings.py: an actor is read the same whatever the verb after it
EN_FRAMES = ("{a} met Norwegian officials in Oslo on Monday.", "{a} threatened Norway with sanctions on Monday.",
             "{a} praised Norway on Monday.", "{a} signed an agreement with Norway on Monday.",
             "{a} rejected Norway's proposal on Monday.", "{a} expelled two Norwegian diplomats on Monday.",
             "{a} called on Norway to release the prisoners.", "On Monday, {a} accused Norway of spying.",
             "{a} condemned Norway on Monday.")
KO_FRAMES = ("{a}{top} 노르웨이와 회담했다.", "{a}{top} 노르웨이에 대한 제재를 발표했다.", "{a}{top} 노르웨이를 칭찬했다.",
             "{a}{top} 노르웨이와 협정을 체결했다.", "{a}{top} 노르웨이의 제안을 거부했다.",
             "{a}{top} 노르웨이 외교관 2명을 추방했다.", "{a}{top} 노르웨이에 수감자 석방을 촉구했다.",
             "{a}{top} 2일 노르웨이가 간첩 행위를 했다고 비난했다.", "{a}{top} 노르웨이를 강하게 비난했다.")


def frames_score(lang: str, table: list) -> list[tuple[str, int]]:
    """(frame, hits) of each frame over one family: the gold country (IGO, UNO, EUR as one) among the parties."""
    from datetime import date

    from actor_strings import IGOS, topic
    from readout.api import extract_text

    out = []
    for frame in EN_FRAMES if lang == "en" else KO_FRAMES:
        hits = 0
        for _cls, text, gold in table:
            actor = text[0].upper() + text[1:] if lang == "en" and frame.startswith("{a}") else text
            events = extract_text(frame.format(a=actor, top=topic(text)), published=date(2024, 5, 22)).events
            got = {p.country for e in events for p in e.participants if p.country}
            hits += gold in got or (gold in IGOS and bool(got & IGOS))
        out.append((frame, hits))
    return out


def main() -> None:
    if "--frames" in sys.argv:
        for name, lang, table in (("en1+2", "en", EN_OWN + EN_OWN2), ("en3", "en", EN_OWN3),
                                  ("ko1+2", "ko", KO_OWN + KO_OWN2), ("ko3", "ko", KO_OWN3)):
            rows = frames_score(lang, table)
            print(f"{name}: {sum(h for _f, h in rows) / (len(rows) * len(table)):.3f} over {len(rows)} frames")
            for frame, hits in rows:
                print(f"    {hits:3}/{len(table)} {frame}")
        return None
    show = "--misses" in sys.argv
    for lang, table in (("en", EN_OWN), ("en", EN_OWN2), ("en", EN_OWN3), ("en", EN_OWN4), ("ko", KO_OWN),
                        ("ko", KO_OWN2), ("ko", KO_OWN3), ("ko", KO_OWN4)):
        items = [(cls, text, gold, "A") for cls, text, gold in table]
        misses = sys.stdout if show else None
        tally = run(items, lang, misses)
        n = sum(c["n"] for c in tally.values())
        ok = sum(c["ok"] for c in tally.values())
        print(f"{lang}: {ok / n:.3f} of {n}")
        for (cls, _h), c in sorted(tally.items()):
            print(f"    {cls:16} {c['ok'] / c['n']:.2f}/{c['n']}")
    return None


if __name__ == "__main__":
    sys.exit(main())
