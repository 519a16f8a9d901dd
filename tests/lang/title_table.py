"""The shared table of the title tests: states (code, English name, adjective, Korean name), offices
(English and Korean titles, office id, sector) and invented names. Our own sentences; real office-holder
names appear only as names."""

STATES = [
    ("ARM", "Armenia", "Armenian", "아르메니아"), ("POL", "Poland", "Polish", "폴란드"),
    ("DEU", "Germany", "German", "독일"), ("FRA", "France", "French", "프랑스"), ("ITA", "Italy", "Italian", "이탈리아"),
    ("ESP", "Spain", "Spanish", "스페인"), ("PRT", "Portugal", "Portuguese", "포르투갈"),
    ("NLD", "Netherlands", "Dutch", "네덜란드"), ("BEL", "Belgium", "Belgian", "벨기에"), ("SWE", "Sweden", "Swedish", "스웨덴"),
    ("NOR", "Norway", "Norwegian", "노르웨이"), ("FIN", "Finland", "Finnish", "핀란드"), ("DNK", "Denmark", "Danish", "덴마크"),
    ("AUT", "Austria", "Austrian", "오스트리아"), ("CHE", "Switzerland", "Swiss", "스위스"), ("GRC", "Greece", "Greek", "그리스"),
    ("UKR", "Ukraine", "Ukrainian", "우크라이나"), ("RUS", "Russia", "Russian", "러시아"), ("GBR", "Britain", "British", "영국"),
    ("IRL", "Ireland", "Irish", "아일랜드"), ("HUN", "Hungary", "Hungarian", "헝가리"), ("ROU", "Romania", "Romanian", "루마니아"),
    ("BGR", "Bulgaria", "Bulgarian", "불가리아"), ("SRB", "Serbia", "Serbian", "세르비아"), ("HRV", "Croatia", "Croatian", "크로아티아"),
    ("EST", "Estonia", "Estonian", "에스토니아"), ("LVA", "Latvia", "Latvian", "라트비아"), ("LTU", "Lithuania", "Lithuanian", "리투아니아"),
    ("AZE", "Azerbaijan", "Azerbaijani", "아제르바이잔"), ("KAZ", "Kazakhstan", "Kazakh", "카자흐스탄"),
    ("UZB", "Uzbekistan", "Uzbek", "우즈베키스탄"), ("MNG", "Mongolia", "Mongolian", "몽골"), ("CHN", "China", "Chinese", "중국"),
    ("JPN", "Japan", "Japanese", "일본"), ("KOR", "South Korea", "South Korean", "한국"), ("PRK", "North Korea", "North Korean", "북한"),
    ("VNM", "Vietnam", "Vietnamese", "베트남"), ("PHL", "Philippines", "Philippine", "필리핀"), ("IDN", "Indonesia", "Indonesian", "인도네시아"),
    ("MYS", "Malaysia", "Malaysian", "말레이시아"), ("SGP", "Singapore", "Singaporean", "싱가포르"), ("THA", "Thailand", "Thai", "태국"),
    ("IND", "India", "Indian", "인도"), ("PAK", "Pakistan", "Pakistani", "파키스탄"), ("BGD", "Bangladesh", "Bangladeshi", "방글라데시"),
    ("IRN", "Iran", "Iranian", "이란"), ("IRQ", "Iraq", "Iraqi", "이라크"), ("ISR", "Israel", "Israeli", "이스라엘"),
    ("SAU", "Saudi Arabia", "Saudi", "사우디아라비아"), ("QAT", "Qatar", "Qatari", "카타르"), ("EGY", "Egypt", "Egyptian", "이집트"),
    ("NGA", "Nigeria", "Nigerian", "나이지리아"), ("KEN", "Kenya", "Kenyan", "케냐"), ("ETH", "Ethiopia", "Ethiopian", "에티오피아"),
    ("BRA", "Brazil", "Brazilian", "브라질"), ("ARG", "Argentina", "Argentine", "아르헨티나"), ("MEX", "Mexico", "Mexican", "멕시코"),
    ("CHL", "Chile", "Chilean", "칠레"), ("COL", "Colombia", "Colombian", "콜롬비아"), ("CAN", "Canada", "Canadian", "캐나다"),
    ("AUS", "Australia", "Australian", "호주"), ("NZL", "New Zealand", "New Zealand", "뉴질랜드"), ("PER", "Peru", "Peruvian", "페루"),
    ("CUB", "Cuba", "Cuban", "쿠바"), ("VEN", "Venezuela", "Venezuelan", "베네수엘라"),
]

# (English title, Korean title, office id, sector): offices every state has
OFFICES = [
    ("Prime Minister", "총리", "prime_minister", "GOV"),
    ("President", "대통령", "president", "GOV"),
    ("Foreign Minister", "외교장관", "foreign_minister", "GOV"),
    ("Defense Minister", "국방장관", "defense_minister", "GOV"),
    ("Trade Minister", "통상장관", "trade_minister", "GOV"),
    ("Finance Minister", "재무장관", "finance_minister", "GOV"),
    ("Interior Minister", "내무장관", "interior_minister", "GOV"),
    ("Health Minister", "보건장관", "health_minister", "GOV"),
    ("Justice Minister", "법무장관", "justice_minister", "GOV"),
    ("Vice Foreign Minister", "외교부 차관", "vice_foreign_minister", "GOV"),
    ("Deputy Prime Minister", "부총리", "deputy_prime_minister", "GOV"),
    ("Energy Minister", "에너지장관", "energy_minister", "GOV"),
    ("Education Minister", "교육장관", "education_minister", "GOV"),
    ("Agriculture Minister", "농업장관", "agriculture_minister", "GOV"),
    ("Ambassador", "대사", "ambassador", "GOV"),
    ("Army Chief of Staff", "육군참모총장", "military_chief", "MIL"),
    ("Speaker", "국회의장", "speaker", "LEG"),
    ("Chief Justice", "대법원장", "chief_justice", "JUD"),
]

EN_NAMES = ["Anna Novak", "Pavel Horvat", "Maria Lindqvist", "Tomas Berg", "Elena Petrova", "Marco Bellini",
            "Sofia Almeida", "Jonas Weber", "Ines Duarte", "Lukas Meier", "Amir Haddad", "Nadia Karimova"]
KO_NAMES = ["안나 노바크", "토마스 호르바트", "마리아 린드크비스트", "토마스 베르크", "엘레나 페트로바", "마르코 벨리니",
            "소피아 알메이다", "요나스 베버", "마리아 두아르테", "루카스 마이어", "아미르 하다드", "나디아 카리모바"]

# states whose office differs from the class the title names (title, code) -> office
SPECIFIC = {("Prime Minister", "DEU"): "chancellor", ("총리", "DEU"): "chancellor",
            ("Foreign Minister", "USA"): "secretary_of_state", ("Defense Minister", "USA"): "secretary_of_defense"}


def rows(n_per_state: int):
    """(code, english name, adjective, korean name, office row, english name, korean name), rotating
    offices and names so every state meets several offices."""
    out = []
    for i, (code, en, adj, ko) in enumerate(STATES):
        for k in range(n_per_state):
            office = OFFICES[(i * n_per_state + k) % len(OFFICES)]
            out.append((code, en, adj, ko, office, EN_NAMES[(i + k) % len(EN_NAMES)], KO_NAMES[(i + k) % len(KO_NAMES)]))
    return out
