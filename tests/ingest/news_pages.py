"""Short invented news pages (our own sentences about events that did not happen), shared by the
web-archive, feed and watch tests."""
from __future__ import annotations

EN_1 = ("Chile and South Korea agree on fishing talks",
        ["South Korea's foreign minister met his Chilean counterpart in Busan on Tuesday to discuss "
         "fishing quotas in the southern Pacific, officials said after the two-hour meeting.",
         "The two ministers agreed to hold a second round of talks in Santiago next spring and asked "
         "their fisheries agencies to share catch data before then.",
         "A spokesperson for the ministry said the meeting had been planned since the summer and that "
         "both sides described it as practical and friendly."])
EN_2 = ("Norway criticizes missile launch",
        ["Norway's foreign ministry on Thursday criticized a missile launch that it said threatened "
         "shipping lanes near the Barents Sea, calling on all sides to show restraint.",
         "The statement said Oslo would raise the matter at the next meeting of Nordic foreign "
         "ministers and asked for an explanation through diplomatic channels.",
         "Fishing associations in the north welcomed the statement and asked for more patrols."])
EN_3 = ("Kenya hosts water summit",
        ["Kenya's president hosted leaders from five East African countries in Nairobi on Friday for a "
         "summit on shared rivers and drought planning, the presidency said in a statement.",
         "The leaders signed a declaration on sharing rainfall data and agreed to meet again next year "
         "in Kampala, according to the statement released after the talks ended.",
         "Aid groups said the declaration was a useful first step but asked for funding commitments."])
KO_1 = ("외교부 장관, 칠레 외교장관과 어업 협력 논의",
        ["외교부 장관은 화요일 부산에서 칠레 외교장관과 회담하고 남태평양 어업 쿼터 문제를 논의했다고 "
         "외교부가 밝혔다. 두 장관은 두 시간 동안 대화를 나눴다.",
         "양측은 내년 봄 산티아고에서 2차 협의를 열기로 합의하고 그 전에 양국 수산 당국이 어획 자료를 "
         "공유하도록 요청했다.",
         "외교부 대변인은 이번 회담이 여름부터 준비됐으며 양측 모두 실용적이고 우호적인 자리였다고 "
         "평가했다고 말했다."])
KO_2 = ("노르웨이, 해상 안전 위협 규탄",
        ["노르웨이 외교부는 목요일 바렌츠해 인근 항로를 위협한 미사일 발사를 규탄하고 모든 당사자에게 "
         "자제를 촉구했다고 밝혔다.",
         "성명은 오슬로가 다음 북유럽 외교장관 회의에서 이 문제를 제기할 것이라며 외교 경로를 통한 "
         "설명을 요구했다.",
         "북부 지역 어민 단체들은 성명을 환영하며 순찰 강화를 요청했다."])


def page(article: tuple[str, list[str]], charset: str = "utf-8") -> str:
    title, paragraphs = article
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head><body>'
            f'<nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>{title}</h1>{body}'
            f'</article><footer>Copyright Example News</footer></body></html>')


def html_fragment(article: tuple[str, list[str]]) -> str:
    return "".join(f"<p>{p}</p>" for p in article[1])
