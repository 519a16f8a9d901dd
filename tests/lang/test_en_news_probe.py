"""A probe of English wire and press-release sentences about Korean Peninsula diplomacy, all our own:
each row is a sentence (with its publication date) and the meeting or act a reader takes from it:
parties, date, place and status. The classes a new article exposes (datelines, 'his Japanese
counterpart', office groups, attendees and people talked about, weekday direction, time-zone shifts,
'visiting Washington', planned and cancelled meetings) each have rows here.

Run `python -m tests.lang.test_en_news_probe` for the table of every row's mismatches."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

ANY = "any"  # a field the row does not judge


@dataclass(frozen=True)
class Row:
    pub: date
    text: str
    parties: frozenset[str] | None  # person names, or country codes for states; None: no event of the type
    date: str | None = ANY  # 'YYYY-MM-DD', 'YYYY-MM' for a month, None for no date, ANY
    place: str | None = ANY  # the place's name, None for no place, ANY
    status: str = "occurred"
    type: str = "CONSULT"
    recipients: frozenset[str] | None = None  # acts: country codes of the receiving side
    xfail: str = field(default="", compare=False)  # why the row still fails (a class left to its owner)


def row(pub: str, text: str, parties, when=ANY, place=ANY, status="occurred", kind="CONSULT",
        recipients=None, xfail="") -> Row:
    return Row(date.fromisoformat(pub), text, None if parties is None else frozenset(parties), when, place,
               status, kind, None if recipients is None else frozenset(recipients), xfail)


def act(text: str, kind: str, actors, recipients=None, when=ANY, status="occurred", xfail="") -> Row:
    """A wire-style act row published on Friday 2025-05-09: the type, the acting states (None: no act of
    the type), the receiving states (None: not judged), the date where stated and the status."""
    return row("2025-05-09", text, actors, when, ANY, status, kind, recipients, xfail)


CHO, IWAYA, BLINKEN, WANG = "Cho Tae-yul", "Takeshi Iwaya", "Antony Blinken", "Wang Yi"
CHOH, RUBIO, LEE, TRUMP = "Cho Hyun", "Marco Rubio", "Lee Jae-myung", "Donald Trump"
ISHIBA, YOON, XI = "Shigeru Ishiba", "Yoon Suk Yeol", "Xi Jinping"

ROWS: list[Row] = [
    # --- datelines and wire styles --------------------------------------------------------------
    row("2025-03-03", "SEOUL, March 3 (Yonhap) -- Foreign Minister Cho Tae-yul held talks with his Japanese "
        "counterpart Takeshi Iwaya in Seoul on Monday, the foreign ministry said.", {CHO, IWAYA}, "2025-03-03", "Seoul"),
    row("2025-08-24", "TOKYO (AP) — Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae-myung "
        "held a summit in Tokyo on Saturday, their first since Lee took office.", {ISHIBA, LEE}, "2025-08-23", "Tokyo"),
    row("2025-08-26", "WASHINGTON, Aug. 25 (Yonhap) -- President Lee Jae-myung held a summit with U.S. President "
        "Donald Trump at the White House on Monday (local time).", {LEE, TRUMP}, "2025-08-25", "Washington"),
    row("2025-09-18", "BEIJING (Reuters) - Chinese Foreign Minister Wang Yi met South Korean Foreign Minister Cho Hyun "
        "in Beijing on Wednesday, China's foreign ministry said in a statement.", {WANG, CHOH}, "2025-09-17", "Beijing"),
    row("2024-11-19", "RIO DE JANEIRO (AFP) - The leaders of South Korea, Japan and the United States met on the "
        "sidelines of the G20 summit in Rio de Janeiro on Monday.", {YOON, ISHIBA, "Joe Biden"}, "2024-11-18",
        "Rio de Janeiro"),
    row("2025-01-13", "SEOUL, Jan. 13 (Yonhap) -- Foreign Minister Cho Tae-yul held talks with visiting Japanese "
        "Foreign Minister Takeshi Iwaya on Monday.", {CHO, IWAYA}, "2025-01-13", "Seoul"),
    row("2025-09-17", "SEOUL, Sept. 17 (Yonhap) -- President Lee Jae-myung met visiting Chinese Foreign Minister "
        "Wang Yi at the presidential office.", {LEE, WANG}, "2025-09-17", "Seoul"),
    row("2024-06-20", "PYONGYANG (KCNA) -- Kim Jong Un met Russian President Vladimir Putin in Pyongyang on "
        "Wednesday, the Korean Central News Agency said.", {"Kim Jong Un", "Vladimir Putin"}, "2024-06-19", "Pyongyang"),
    row("2024-11-02", "MOSCOW, Nov. 1 (Reuters) - North Korean Foreign Minister Choe Son Hui held talks with Russian "
        "Foreign Minister Sergei Lavrov in Moscow on Friday.", {"Choe Son-hui", "Sergey Lavrov"}, "2024-11-01", "Moscow"),
    row("2024-05-27", "SEOUL (AP) — Chinese Premier Li Qiang met Prime Minister Han Duck-soo in Seoul on Sunday, a day "
        "before a three-way summit with Japan.", {"Li Qiang", "Han Duck-soo"}, "2024-05-26", "Seoul"),
    # --- meeting words ---------------------------------------------------------------------------
    row("2025-07-24", "Foreign Minister Cho Hyun spoke by phone with U.S. Secretary of State Marco Rubio on Tuesday, "
        "according to the ministry.", {CHOH, RUBIO}, "2025-07-22", None),
    row("2025-08-01", "Defense Minister Ahn Gyu-back and U.S. Defense Secretary Pete Hegseth held a video conference "
        "on Thursday to discuss the alliance.", {"Ahn Gyu-back", "Pete Hegseth"}, "2025-07-31", None),
    row("2025-08-02", "Foreign Minister Cho Hyun arrived in Tokyo on Thursday for a two-day visit. Cho paid a courtesy "
        "call on Prime Minister Shigeru Ishiba at the prime minister's office in Tokyo on Friday.",
        {CHOH, ISHIBA}, "2025-08-01", "Tokyo"),
    row("2025-09-17", "President Lee Jae-myung received Chinese Foreign Minister Wang Yi at the presidential office in "
        "Seoul on Tuesday.", {LEE, WANG}, "2025-09-16", "Seoul"),
    row("2025-01-14", "Japanese Foreign Minister Takeshi Iwaya hosted South Korean Foreign Minister Cho Tae-yul for "
        "dinner in Tokyo on Sunday.", {IWAYA, CHO}, "2025-01-12", "Tokyo"),
    row("2025-06-10", "President Lee Jae-myung spoke by phone with Japanese Prime Minister Shigeru Ishiba on Monday "
        "night, his office said.", {LEE, ISHIBA}, "2025-06-09", None),
    row("2025-06-11", "President Lee Jae-myung held his first phone call with Chinese President Xi Jinping on Tuesday.",
        {LEE, XI}, "2025-06-10", None),
    row("2025-06-11", "President Lee Jae-myung had a telephone conversation with Chinese President Xi Jinping on "
        "Tuesday, the presidential office said.", {LEE, XI}, "2025-06-10", None),
    row("2025-07-10", "Vice Foreign Minister Park Yoon-joo sat down with Deputy Secretary of State Christopher Landau "
        "in Washington on Wednesday.", {"Park Yoon-joo", "Christopher Landau"}, "2025-07-09", "Washington"),
    row("2025-07-08", "National Security Adviser Wi Sung-lac held talks with his U.S. counterpart Marco Rubio at the "
        "White House on Monday.", {"Wi Sung-lac", RUBIO}, "2025-07-07", "Washington"),
    row("2025-09-05", "Prime Minister Kim Min-seok met Japanese Prime Minister Shigeru Ishiba in Tokyo on Thursday.",
        {"Kim Min-seok", ISHIBA}, "2025-09-04", "Tokyo"),
    row("2025-09-05", "Prime Minister Kim Min-seok had a meeting with Japanese Prime Minister Shigeru Ishiba in Tokyo "
        "on Thursday.", {"Kim Min-seok", ISHIBA}, "2025-09-04", "Tokyo"),
    row("2025-09-05", "Prime Minister Kim Min-seok and Japanese Prime Minister Shigeru Ishiba exchanged views on "
        "regional security at their meeting in Tokyo on Thursday.", {"Kim Min-seok", ISHIBA}, "2025-09-04", "Tokyo"),
    row("2025-01-14", "Foreign Minister Cho Tae-yul and Japanese Foreign Minister Takeshi Iwaya held a bilateral "
        "meeting in Tokyo on Monday.", {CHO, IWAYA}, "2025-01-13", "Tokyo"),
    row("2025-01-14", "Foreign Minister Cho Tae-yul conferred with Japanese Foreign Minister Takeshi Iwaya in Tokyo "
        "on Monday.", {CHO, IWAYA}, "2025-01-13", "Tokyo"),
    row("2025-01-14", "Foreign Minister Cho Tae-yul held a working dinner with Japanese Foreign Minister Takeshi Iwaya "
        "in Tokyo on Monday.", {CHO, IWAYA}, "2025-01-13", "Tokyo"),
    row("2025-01-14", "Foreign Minister Cho Tae-yul held a luncheon meeting with Japanese Foreign Minister Takeshi "
        "Iwaya in Tokyo on Monday.", {CHO, IWAYA}, "2025-01-13", "Tokyo"),
    row("2024-09-24", "Foreign Minister Cho Tae-yul held a video call with Secretary of State Antony Blinken on "
        "Monday.", {CHO, BLINKEN}, "2024-09-23", None),
    row("2024-09-24", "Foreign Minister Cho Tae-yul talked by phone with Secretary of State Antony Blinken on Monday.",
        {CHO, BLINKEN}, "2024-09-23", None),
    row("2024-09-24", "Foreign Minister Cho Tae-yul held a phone conversation with Secretary of State Antony Blinken "
        "on Monday.", {CHO, BLINKEN}, "2024-09-23", None),
    row("2024-09-24", "Foreign Minister Cho Tae-yul and Secretary of State Antony Blinken held a virtual meeting on "
        "Monday.", {CHO, BLINKEN}, "2024-09-23", None),
    row("2025-09-17", "Chinese Foreign Minister Wang Yi called on President Lee Jae-myung at the presidential office "
        "in Seoul on Tuesday.", {WANG, LEE}, "2025-09-16", "Seoul"),
    row("2025-09-17", "Chinese Foreign Minister Wang Yi paid a courtesy call on President Lee Jae-myung in Seoul on "
        "Tuesday.", {WANG, LEE}, "2025-09-16", "Seoul"),
    row("2025-09-17", "President Lee Jae-myung welcomed Chinese Foreign Minister Wang Yi to the presidential office in "
        "Seoul on Tuesday.", {LEE, WANG}, "2025-09-16", "Seoul"),
    row("2023-04-27", "President Joe Biden hosted South Korean President Yoon Suk Yeol for a state visit at the White "
        "House on Wednesday.", {"Joe Biden", YOON}, "2023-04-26", "Washington"),
    row("2025-09-26", "Foreign Minister Cho Hyun and Japanese Foreign Minister Takeshi Iwaya held their second "
        "meeting in a month in New York on Thursday.", {CHOH, IWAYA}, "2025-09-25", "New York"),
    # --- press-release styles -----------------------------------------------------------------
    row("2025-01-14", "On January 13, commencing at 4:00 p.m. for approximately 50 minutes, Mr. IWAYA Takeshi, Minister "
        "for Foreign Affairs of Japan, held a Japan-ROK Foreign Ministers' Meeting with H.E. Mr. CHO Tae-yul, Minister "
        "of Foreign Affairs of the Republic of Korea, who is visiting Japan.", {IWAYA, CHO}, "2025-01-13", ANY),
    row("2025-02-16", "Minister of Foreign Affairs Cho Tae-yul held a trilateral foreign ministers' meeting with U.S. "
        "Secretary of State Marco Rubio and Japanese Minister for Foreign Affairs Takeshi Iwaya on February 15 in "
        "Munich, Germany, on the margins of the Munich Security Conference.", {CHO, RUBIO, IWAYA}, "2025-02-15",
        "Munich"),
    row("2025-02-16", "Secretary of State Marco Rubio met with Republic of Korea Foreign Minister Cho Tae-yul on the "
        "margins of the Munich Security Conference in Munich on February 15.", {RUBIO, CHO}, "2025-02-15", "Munich"),
    row("2025-02-16", "Secretary Rubio met with Republic of Korea Foreign Minister Cho Tae-yul in Munich on February 15.",
        {RUBIO, CHO}, "2025-02-15", "Munich"),
    row("2025-02-16", "The following is attributable to Spokesperson Tammy Bruce: Secretary of State Marco Rubio met "
        "with Republic of Korea Foreign Minister Cho Tae-yul in Munich today.", {RUBIO, CHO}, "2025-02-16", "Munich"),
    row("2024-11-16", "Minister of Foreign Affairs Cho Tae-yul had a telephone conversation with Minister for Foreign "
        "Affairs of Japan Takeshi Iwaya on November 15.", {CHO, IWAYA}, "2024-11-15", None),
    row("2025-01-14", "Foreign Minister Cho Tae-yul, who is visiting Japan, met his Japanese counterpart Takeshi Iwaya "
        "at the foreign ministry in Tokyo on Monday.", {CHO, IWAYA}, "2025-01-13", "Tokyo"),
    # --- planned, cancelled ----------------------------------------------------------------------
    row("2025-10-28", "South Korean President Lee Jae-myung will hold a summit with Chinese President Xi Jinping in "
        "Gyeongju on Saturday, the presidential office said.", {LEE, XI}, "2025-11-01", "Gyeongju", "planned"),
    row("2025-10-28", "U.S. President Donald Trump is set to meet President Lee Jae-myung in Gyeongju on Wednesday on "
        "the sidelines of the APEC summit.", {TRUMP, LEE}, "2025-10-29", "Gyeongju", "planned"),
    row("2025-10-28", "Japanese Prime Minister Sanae Takaichi plans to meet President Lee Jae-myung during the APEC "
        "summit in Gyeongju this week.", {"Sanae Takaichi", LEE}, "2025-10", "Gyeongju", "planned"),
    row("2025-10-28", "President Lee Jae-myung is expected to hold talks with Japanese Prime Minister Sanae Takaichi in "
        "Gyeongju on Thursday.", {LEE, "Sanae Takaichi"}, "2025-10-30", "Gyeongju", "planned"),
    row("2025-10-28", "President Lee Jae-myung and Japanese Prime Minister Sanae Takaichi are scheduled to hold talks "
        "in Gyeongju on Thursday.", {LEE, "Sanae Takaichi"}, "2025-10-30", "Gyeongju", "planned"),
    row("2025-08-19", "President Lee Jae-myung will meet U.S. President Donald Trump at the White House next Monday.",
        {LEE, TRUMP}, "2025-08-25", "Washington", "planned"),
    row("2025-08-19", "President Lee Jae-myung will meet Japanese Prime Minister Shigeru Ishiba in Tokyo on Saturday "
        "before flying to Washington.", {LEE, ISHIBA}, "2025-08-23", "Tokyo", "planned"),
    row("2025-07-15", "President Lee Jae-myung plans to visit Japan next month to meet Prime Minister Shigeru Ishiba.",
        {LEE, ISHIBA}, "2025-08", ANY, "planned"),
    row("2025-01-07", "A planned meeting between Foreign Minister Cho Tae-yul and Japanese Foreign Minister Takeshi "
        "Iwaya was canceled, the ministry said on Monday.", {CHO, IWAYA}, ANY, ANY, "cancelled"),
    row("2025-01-07", "Talks between Foreign Minister Cho Tae-yul and Chinese Foreign Minister Wang Yi that had been "
        "scheduled for Wednesday were postponed.", {CHO, WANG}, ANY, ANY, "cancelled"),
    row("2025-01-07", "Foreign Minister Cho Tae-yul called off his planned meeting with Japanese Foreign Minister "
        "Takeshi Iwaya.", {CHO, IWAYA}, ANY, ANY, "cancelled"),
    row("2025-03-03", "Foreign Minister Cho Tae-yul left for Washington on Monday. He is expected to hold talks with "
        "Secretary of State Marco Rubio on Thursday.", {CHO, RUBIO}, "2025-03-06", ANY, "planned"),
    row("2025-09-23", "Foreign ministry spokesperson Lee Jae-woong said Foreign Minister Cho Hyun would meet Japanese "
        "Foreign Minister Takeshi Iwaya in Tokyo on Friday.", {CHOH, IWAYA}, "2025-09-26", "Tokyo", "planned"),
    row("2025-08-19", "President Lee Jae-myung is due to hold a summit with U.S. President Donald Trump in Washington "
        "on Aug. 25.", {LEE, TRUMP}, "2025-08-25", "Washington", "planned"),
    # --- several pairs ---------------------------------------------------------------------------
    row("2024-07-28", "Foreign Minister Cho Tae-yul met separately with Chinese Foreign Minister Wang Yi and Russian "
        "Foreign Minister Sergei Lavrov on the sidelines of the ASEAN meetings in Vientiane on Saturday.",
        {CHO, WANG}, "2024-07-27", "Vientiane"),
    row("2024-07-28", "Foreign Minister Cho Tae-yul met separately with Chinese Foreign Minister Wang Yi and Russian "
        "Foreign Minister Sergei Lavrov on the sidelines of the ASEAN meetings in Vientiane on Saturday.",
        {CHO, "Sergey Lavrov"}, "2024-07-27", "Vientiane"),
    row("2024-09-24", "Foreign Minister Cho Tae-yul held back-to-back talks with Secretary of State Antony Blinken and "
        "Japanese Foreign Minister Yoko Kamikawa in New York on Monday.", {CHO, BLINKEN}, "2024-09-23", "New York"),
    row("2024-09-24", "Foreign Minister Cho Tae-yul held back-to-back talks with Secretary of State Antony Blinken and "
        "Japanese Foreign Minister Yoko Kamikawa in New York on Monday.", {CHO, "Yoko Kamikawa"}, "2024-09-23",
        "New York"),
    # --- attendees, counterparts, people talked about -------------------------------------------
    row("2024-09-07", "President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Seoul on Friday, "
        "accompanied by National Security Adviser Chang Ho-jin.", {YOON, "Fumio Kishida"}, "2024-09-06", "Seoul"),
    row("2024-05-14", "Foreign Minister Cho Tae-yul met Chinese Foreign Minister Wang Yi in Beijing on Monday. First "
        "Vice Foreign Minister Kim Hong-kyun also attended the meeting.", {CHO, WANG}, "2024-05-13", "Beijing"),
    row("2024-02-08", "Foreign Minister Cho Tae-yul and Secretary of State Antony Blinken discussed North Korean leader "
        "Kim Jong Un's recent remarks when they met in Washington on Wednesday.", {CHO, BLINKEN}, "2024-02-07",
        "Washington"),
    row("2024-11-18", "Defense Minister Kim Yong-hyun held talks with his Japanese counterpart Gen Nakatani in Tokyo "
        "on Sunday.", {"Kim Yong-hyun", "Gen Nakatani"}, "2024-11-17", "Tokyo"),
    row("2025-08-26", "President Lee Jae-myung met Donald Trump at the White House on Monday, with Treasury Secretary "
        "Scott Bessent also in attendance.", {LEE, TRUMP}, "2025-08-25", "Washington"),
    row("2025-08-24", "President Lee Jae-myung held a summit with his Japanese counterpart in Tokyo on Saturday.",
        {LEE, ISHIBA}, "2025-08-23", "Tokyo"),
    row("2025-09-18", "Foreign Minister Cho Hyun held talks with his Chinese counterpart in Beijing on Wednesday.",
        {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-09-18", "Foreign Minister Cho Hyun met Wang Yi in Beijing on Wednesday and conveyed President Lee "
        "Jae-myung's hope for a visit by Xi Jinping.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-08-02", "Foreign Minister Cho Hyun met Japanese Foreign Minister Takeshi Iwaya in Tokyo on Friday. The "
        "two ministers discussed Prime Minister Shigeru Ishiba's planned visit to Seoul.", {CHOH, IWAYA},
        "2025-08-01", "Tokyo"),
    row("2025-06-17", "President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba on the sidelines of the G7 "
        "summit in Kananaskis, Canada, on Tuesday, accompanied by his chief of staff Kang Hoon-sik.",
        {LEE, ISHIBA}, "2025-06-17", ANY),
    row("2025-07-31", "Foreign Minister Cho Hyun met U.S. Secretary of State Marco Rubio in Washington on Thursday, "
        "joined by Ambassador Kang Kyung-wha.", {CHOH, RUBIO}, "2025-07-31", "Washington"),
    # --- names and titles ------------------------------------------------------------------------
    row("2025-08-01", "Cho Hyun and Marco Rubio met in Washington on Thursday.", {CHOH, RUBIO}, "2025-07-31",
        "Washington"),
    row("2024-02-08", "South Korean Foreign Minister Tae-yul Cho met U.S. Secretary of State Antony Blinken in "
        "Washington on Wednesday.", {CHO, BLINKEN}, "2024-02-07", "Washington"),
    row("2025-01-14", "Japan's Foreign Minister Iwaya Takeshi met South Korea's Foreign Minister Cho Tae-yul in Tokyo "
        "on Monday.", {IWAYA, CHO}, "2025-01-13", "Tokyo"),
    row("2025-08-01", "Foreign Minister Cho Hyun met Secretary Rubio at the State Department on Thursday.",
        {CHOH, RUBIO}, "2025-07-31", ANY),
    row("2025-09-18", "South Korea's top diplomat Cho Hyun met Chinese Foreign Minister Wang Yi in Beijing on "
        "Wednesday.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-09-18", "Cho, South Korea's foreign minister, met Wang Yi in Beijing on Wednesday.", {CHOH, WANG},
        "2025-09-17", "Beijing"),
    row("2025-09-18", "South Korean Foreign Minister Cho Hyun arrived in Beijing on Tuesday. Cho met Chinese "
        "Foreign Minister Wang Yi on Wednesday.", {CHOH, WANG}, "2025-09-17", ANY),
    row("2024-11-15", "Lee Jae-myung, the leader of the main opposition Democratic Party, met Chinese Ambassador Dai "
        "Bing in Seoul on Thursday.", {LEE, "Dai Bing"}, "2024-11-14", "Seoul"),
    row("2025-10-30", "President Lee Jae-myung and President Donald Trump of the United States held a summit in "
        "Gyeongju on Wednesday.", {LEE, TRUMP}, "2025-10-29", "Gyeongju"),
    row("2025-10-30", "U.S. President Donald Trump met with South Korea's President Lee Jae-myung at a museum in the "
        "southeastern city of Gyeongju on Wednesday.", {TRUMP, LEE}, "2025-10-29", "Gyeongju"),
    # --- dates -----------------------------------------------------------------------------------
    row("2025-09-24", "Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi in Beijing last week.",
        {CHOH, WANG}, "2025-09", "Beijing"),
    row("2025-01-28", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Takeshi Iwaya in Tokyo earlier this "
        "month.", {CHO, IWAYA}, "2025-01", "Tokyo"),
    row("2025-02-05", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Takeshi Iwaya in Tokyo late last "
        "month.", {CHO, IWAYA}, "2025-01", "Tokyo"),
    row("2025-08-19", "President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba in Seoul on Tuesday.",
        {LEE, ISHIBA}, "2025-08-19", "Seoul"),
    row("2025-08-19", "President Lee Jae-myung will meet Japanese Prime Minister Shigeru Ishiba in Tokyo on Friday.",
        {LEE, ISHIBA}, "2025-08-22", "Tokyo", "planned"),
    row("2025-08-01", "Foreign Minister Cho Hyun met U.S. Secretary of State Marco Rubio in Washington yesterday.",
        {CHOH, RUBIO}, "2025-07-31", "Washington"),
    row("2025-08-19", "President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba will hold talks in Tokyo "
        "this week.", {LEE, ISHIBA}, "2025-08", "Tokyo", "planned"),
    row("2025-09-18", "Tuesday's talks between Foreign Minister Cho Hyun and Chinese Foreign Minister Wang Yi in "
        "Beijing lasted two hours.", {CHOH, WANG}, "2025-09-16", "Beijing"),
    row("2024-11-16", "NEW YORK, Nov. 15 (Yonhap) -- Foreign Minister Cho Tae-yul met U.N. Secretary-General Antonio "
        "Guterres at U.N. headquarters on Friday (local time).", {CHO, "António Guterres"}, "2024-11-15", "New York"),
    row("2025-09-24", "Foreign Minister Cho Hyun met Japanese Foreign Minister Takeshi Iwaya on the sidelines of the "
        "U.N. General Assembly in New York on Tuesday (local time).", {CHOH, IWAYA}, "2025-09-23", "New York"),
    row("2025-09-24", "Foreign Minister Cho Hyun met Japanese Foreign Minister Takeshi Iwaya in New York on Sept. 23.",
        {CHOH, IWAYA}, "2025-09-23", "New York"),
    row("2025-09-24", "Foreign Minister Cho Hyun met Japanese Foreign Minister Takeshi Iwaya in New York on Tuesday, "
        "Sept. 23.", {CHOH, IWAYA}, "2025-09-23", "New York"),
    row("2025-09-24", "Foreign Minister Cho Hyun met Japanese Foreign Minister Takeshi Iwaya in New York on 23 "
        "September.", {CHOH, IWAYA}, "2025-09-23", "New York"),
    row("2025-09-24", "Foreign Minister Cho Hyun met Japanese Foreign Minister Takeshi Iwaya in New York on Tuesday, "
        "a day after he arrived on Monday.", {CHOH, IWAYA}, "2025-09-23", "New York"),
    row("2025-08-26", "After a stop in Tokyo on Saturday, President Lee Jae-myung met U.S. President Donald Trump in "
        "Washington on Monday.", {LEE, TRUMP}, "2025-08-25", "Washington"),
    row("2025-06-10", "President Lee Jae-myung spoke by phone with Japanese Prime Minister Shigeru Ishiba for 25 "
        "minutes on Monday evening.", {LEE, ISHIBA}, "2025-06-09", None),
    # --- places ----------------------------------------------------------------------------------
    row("2025-01-14", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Takeshi Iwaya at the foreign ministry "
        "in Tokyo on Monday.", {CHO, IWAYA}, "2025-01-13", "Tokyo"),
    row("2025-08-01", "Foreign Minister Cho Hyun, visiting Washington, met Secretary of State Marco Rubio on Thursday.",
        {CHOH, RUBIO}, "2025-07-31", "Washington"),
    row("2025-11-02", "President Lee Jae-myung met Chinese President Xi Jinping in the southeastern city of Gyeongju on "
        "Saturday.", {LEE, XI}, "2025-11-01", "Gyeongju"),
    row("2025-08-02", "Foreign Minister Cho Hyun met Japanese Foreign Minister Takeshi Iwaya in the Japanese capital on "
        "Friday.", {CHOH, IWAYA}, "2025-08-01", "Tokyo"),
    row("2024-11-19", "President Yoon Suk Yeol met British Prime Minister Keir Starmer on the sidelines of the G20 "
        "summit in Rio de Janeiro on Monday.", {YOON, "Keir Starmer"}, "2024-11-18", "Rio de Janeiro"),
    row("2025-09-23", "Defense Secretary Pete Hegseth hosted Defense Minister Ahn Gyu-back at the Pentagon on Monday.",
        {"Pete Hegseth", "Ahn Gyu-back"}, "2025-09-22", "Washington"),
    row("2025-08-02", "Foreign Minister Cho Hyun held talks with Japanese Foreign Minister Takeshi Iwaya in Tokyo, "
        "Japan, on Friday.", {CHOH, IWAYA}, "2025-08-01", "Tokyo"),
    row("2025-08-02", "Foreign Minister Cho Hyun, on his first trip to Japan since taking office, met Japanese Foreign "
        "Minister Takeshi Iwaya on Friday.", {CHOH, IWAYA}, "2025-08-01", ANY),
    row("2024-05-14", "Foreign Minister Cho Tae-yul traveled to Beijing on Monday for talks with Chinese Foreign "
        "Minister Wang Yi.", {CHO, WANG}, "2024-05-13", "Beijing"),
    row("2024-05-14", "In Beijing, Foreign Minister Cho Tae-yul met Chinese Foreign Minister Wang Yi on Monday.",
        {CHO, WANG}, "2024-05-13", "Beijing"),
    # --- office groups, trilaterals, states ---------------------------------------------------
    row("2025-09-23", "The foreign ministers of South Korea, the United States and Japan held trilateral talks in New "
        "York on Monday.", {CHOH, RUBIO, IWAYA}, "2025-09-22", "New York"),
    row("2025-08-02", "The top diplomats of South Korea and Japan met in Tokyo on Friday.", {CHOH, IWAYA},
        "2025-08-01", "Tokyo"),
    row("2024-05-28", "South Korea, China and Japan held their first trilateral summit in more than four years in "
        "Seoul on Monday.", {"KOR", "CHN", "JPN"}, "2024-05-27", "Seoul"),
    row("2024-11-19", "Yoon Suk Yeol, Shigeru Ishiba and Joe Biden held a trilateral summit in Lima on Friday.",
        {YOON, ISHIBA, "Joe Biden"}, "2024-11-15", "Lima"),
    row("2025-09-13", "The defense chiefs of South Korea, the U.S. and Japan held a video conference on Friday.",
        {"Ahn Gyu-back", "Pete Hegseth", "Gen Nakatani"}, "2025-09-12", None),
    row("2025-09-23", "South Korean and Japanese officials held talks in Seoul on Monday.", {"KOR", "JPN"},
        "2025-09-22", "Seoul"),
    # --- no meeting -----------------------------------------------------------------------------
    row("2025-05-12", "North Korean leader Kim Jong Un inspected a munitions factory, state media said on Sunday.", None),
    row("2025-09-17", "Prime Minister Shigeru Ishiba told reporters in Tokyo that he welcomed the summit.", None),
    row("2025-10-28", "Trump said he would be happy to meet Kim Jong Un, but Pyongyang has not responded.",
        {TRUMP, "Kim Jong Un"}, ANY, ANY, "planned"),
    # --- a second round, written after the first fixes: fronted scenes, addressees, relative clauses -----
    row("2025-08-24", "Lee Jae-myung, South Korea's president, met Japanese Prime Minister Shigeru Ishiba in Tokyo on Saturday.", {LEE, ISHIBA}, "2025-08-23", "Tokyo"),
    row("2025-08-24", "South Korean President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba agreed to expand exchanges during talks in Tokyo on Saturday.", {LEE, ISHIBA}, "2025-08-23", "Tokyo"),
    row("2025-06-10", "In a phone call on Monday, President Lee Jae-myung and Japanese Prime Minister Shigeru Ishiba agreed to meet soon.", {LEE, ISHIBA}, "2025-06-09", None),
    row("2025-06-10", "President Lee Jae-myung told Japanese Prime Minister Shigeru Ishiba in a phone call on Monday that he hoped for closer ties.", {LEE, ISHIBA}, "2025-06-09", None),
    row("2025-09-18", "During a meeting with Chinese Foreign Minister Wang Yi in Beijing on Wednesday, Foreign Minister Cho Hyun asked for China's help.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-09-18", "Cho Hyun's meeting with Wang Yi in Beijing on Wednesday lasted 90 minutes.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-08-26", "The summit between Lee Jae-myung and Donald Trump at the White House on Monday lasted two hours.", {LEE, TRUMP}, "2025-08-25", "Washington"),
    row("2025-09-16", "Chinese Foreign Minister Wang Yi arrived in Seoul on Tuesday for talks with Foreign Minister Cho Hyun.", {WANG, CHOH}, "2025-09-16", "Seoul"),
    row("2025-09-10", "Foreign Minister Cho Hyun will travel to Beijing next week for talks with Chinese Foreign Minister Wang Yi.", {CHOH, WANG}, "2025-09", "Beijing", "planned"),
    row("2024-11-13", "Foreign Minister Cho Tae-yul and Secretary of State Antony Blinken are expected to discuss North Korea when they meet in Lima on Friday.", {CHO, BLINKEN}, "2024-11-15", "Lima", "planned"),
    row("2025-09-17", "Chinese Ambassador Dai Bing called on Unification Minister Chung Dong-young in Seoul on Tuesday.", {"Dai Bing", "Chung Dong-young"}, "2025-09-16", "Seoul"),
    row("2025-09-17", "President Lee Jae Myung met Chinese Foreign Minister Wang Yi in Seoul on Tuesday.", {LEE, WANG}, "2025-09-16", "Seoul"),
    row("2024-05-14", "Foreign Minister Cho Tae Yul met Chinese Foreign Minister Wang Yi in Beijing on Monday.", {CHO, WANG}, "2024-05-13", "Beijing"),
    row("2024-05-14", "President Yoon Suk-yeol met Chinese Premier Li Qiang in Seoul on Sunday.", {YOON, "Li Qiang"}, "2024-05-12", "Seoul"),
    row("2025-09-18", "Foreign Minister Cho Hyun met Wang Yi in Beijing on Sept. 17.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-09-19", "Thursday's meeting between Foreign Minister Cho Hyun and Wang Yi in Beijing was their second.", {CHOH, WANG}, "2025-09-18", "Beijing"),
    row("2025-09-24", "Foreign Minister Cho Hyun met Japanese Foreign Minister Takeshi Iwaya in New York late Monday.", {CHOH, IWAYA}, "2025-09-22", "New York"),
    row("2025-09-24", "Foreign Minister Cho Hyun met Japanese Foreign Minister Takeshi Iwaya in New York early Tuesday.", {CHOH, IWAYA}, "2025-09-23", "New York"),
    row("2025-09-22", "Foreign Minister Cho Hyun met Japanese Foreign Minister Takeshi Iwaya in Tokyo over the weekend.", {CHOH, IWAYA}, ANY, "Tokyo"),
    row("2025-09-24", "Foreign Minister Cho Hyun met Japanese Foreign Minister Takeshi Iwaya in New York a day earlier.", {CHOH, IWAYA}, "2025-09-23", "New York"),
    row("2025-10-15", "Foreign Minister Cho Hyun met Japanese Foreign Minister Takeshi Iwaya in Tokyo last month.", {CHOH, IWAYA}, "2025-09", "Tokyo"),
    row("2025-10-15", "Foreign Minister Cho Hyun met Japanese Foreign Minister Takeshi Iwaya in Tokyo on Sept. 30.", {CHOH, IWAYA}, "2025-09-30", "Tokyo"),
    row("2025-01-10", "Foreign Minister Cho Tae-yul met Secretary of State Antony Blinken in Seoul on Jan. 6.", {CHO, BLINKEN}, "2025-01-06", "Seoul"),
    row("2025-01-07", "Secretary of State Antony Blinken met Foreign Minister Cho Tae-yul in Seoul on Monday (Seoul time).", {BLINKEN, CHO}, "2025-01-06", "Seoul"),
    row("2025-10-29", "President Lee Jae-myung and U.S. President Donald Trump have agreed to hold a summit in Gyeongju on Wednesday.", {LEE, TRUMP}, "2025-10-29", "Gyeongju", "planned"),
    row("2025-10-28", "President Lee Jae-myung invited Japanese Prime Minister Sanae Takaichi to visit Seoul.", None),
    row("2024-11-16", "Foreign Minister Cho Tae-yul met Secretary of State Antony Blinken in Lima, Peru, on Friday.", {CHO, BLINKEN}, "2024-11-15", "Lima"),
    row("2024-11-16", "Foreign Minister Cho Tae-yul met Secretary of State Antony Blinken in the Peruvian capital of Lima on Friday.", {CHO, BLINKEN}, "2024-11-15", "Lima"),
    row("2024-11-16", "Foreign Minister Cho Tae-yul met Secretary of State Antony Blinken in Washington, D.C., on Friday.", {CHO, BLINKEN}, "2024-11-15", "Washington"),
    row("2025-01-14", "The meeting between Foreign Minister Cho Tae-yul and Takeshi Iwaya was held in Tokyo on Monday.", {CHO, IWAYA}, "2025-01-13", "Tokyo"),
    row("2025-06-01", "Defense Minister Kim Yong-hyun met Pete Hegseth on the resort island of Jeju on Saturday.", {"Kim Yong-hyun", "Pete Hegseth"}, ANY, "Jeju"),
    row("2018-04-28", "Moon Jae-in met Kim Jong Un in the border village of Panmunjom on Friday.", {"Moon Jae-in", "Kim Jong Un"}, "2018-04-27", "Panmunjom"),
    row("2025-07-12", "Foreign Minister Cho Hyun met Secretary of State Marco Rubio at the ASEAN Regional Forum in Kuala Lumpur on Friday.", {CHOH, RUBIO}, "2025-07-11", "Kuala Lumpur"),
    row("2025-08-26", "President Lee Jae-myung met President Donald Trump at the White House in Washington on Monday.", {LEE, TRUMP}, "2025-08-25", "Washington"),
    row("2025-08-24", "President Lee Jae-myung met Prime Minister Shigeru Ishiba at the Japanese prime minister's office on Saturday.", {LEE, ISHIBA}, "2025-08-23", ANY),
    row("2025-09-17", "Wang met Cho at the foreign ministry in Seoul on Tuesday, a day after arriving.", None),
    row("2025-06-20", "U.S. Deputy Secretary of State Christopher Landau and Vice Foreign Minister Park Yoon-joo held a strategic dialogue in Seoul on Thursday.", {"Christopher Landau", "Park Yoon-joo"}, "2025-06-19", "Seoul"),
    row("2025-06-20", "Vice Foreign Minister Park Yoon-joo held consultations with Deputy Secretary of State Christopher Landau in Seoul on Thursday.", {"Park Yoon-joo", "Christopher Landau"}, "2025-06-19", "Seoul"),
    row("2025-06-20", "Vice Foreign Minister Park Yoon-joo and Deputy Secretary of State Christopher Landau had dinner together in Seoul on Thursday.", {"Park Yoon-joo", "Christopher Landau"}, "2025-06-19", "Seoul"),
    row("2025-06-20", "Vice Foreign Minister Park Yoon-joo met Deputy Secretary of State Christopher Landau, who was visiting Seoul, on Thursday.", {"Park Yoon-joo", "Christopher Landau"}, "2025-06-19", "Seoul"),
    row("2025-09-24", "Cho Hyun, who met Takeshi Iwaya in New York on Tuesday, said the two agreed to meet again.", {CHOH, IWAYA}, "2025-09-23", "New York"),
    row("2025-09-24", "Japanese Foreign Minister Takeshi Iwaya met his South Korean counterpart Cho Hyun in New York on Tuesday.", {IWAYA, CHOH}, "2025-09-23", "New York"),
    row("2025-09-24", "Takeshi Iwaya met with Cho Hyun, South Korea's foreign minister, in New York on Tuesday.", {IWAYA, CHOH}, "2025-09-23", "New York"),
    row("2025-09-24", "Foreign Minister Cho Hyun held separate talks with Japanese Foreign Minister Takeshi Iwaya and Secretary of State Marco Rubio in New York on Tuesday.", {CHOH, IWAYA}, "2025-09-23", "New York"),
    row("2025-09-24", "Foreign Minister Cho Hyun held separate talks with Japanese Foreign Minister Takeshi Iwaya and Secretary of State Marco Rubio in New York on Tuesday.", {CHOH, RUBIO}, "2025-09-23", "New York"),
    row("2025-09-24", "Foreign Minister Cho Hyun met with Japanese Foreign Minister Takeshi Iwaya and then with Secretary of State Marco Rubio in New York on Tuesday.", {CHOH, RUBIO}, "2025-09-23", "New York"),
    row("2025-11-02", "Chinese President Xi Jinping held talks with President Lee Jae-myung in Gyeongju on Saturday, Xinhua reported.", {XI, LEE}, "2025-11-01", "Gyeongju"),
    row("2025-11-02", "Xi Jinping and Lee Jae-myung held their first summit on Saturday in Gyeongju, South Korea.", {XI, LEE}, "2025-11-01", "Gyeongju"),
    row("2025-11-02", "Chinese leader Xi Jinping met South Korean President Lee Jae-myung in Gyeongju on Saturday.", {XI, LEE}, "2025-11-01", "Gyeongju"),
    row("2025-09-24", "Foreign Minister Cho Hyun met Japanese Foreign Minister Takeshi Iwaya on Tuesday on the margins of the U.N. General Assembly in New York.", {CHOH, IWAYA}, "2025-09-23", "New York"),
    # --- a third round: press-release and state-media styles, welcomes, hosts, bare surnames -------------
    row("2025-09-17", "On September 16, Foreign Minister Cho Hyun had a meeting with Wang Yi, Minister of Foreign Affairs of the People's Republic of China, at the Ministry of Foreign Affairs in Seoul.", {CHOH, WANG}, "2025-09-16", "Seoul"),
    row("2025-09-17", "Wang Yi Meets with South Korean Foreign Minister Cho Hyun. On September 16, 2025, Foreign Minister Wang Yi met with South Korean Foreign Minister Cho Hyun in Seoul.", {WANG, CHOH}, "2025-09-16", "Seoul"),
    row("2024-06-20", "Respected Comrade Kim Jong Un held talks with Vladimir Putin, President of the Russian Federation, at the Kumsusan State Guest House on June 19.", {"Kim Jong Un", "Vladimir Putin"}, "2024-06-19", ANY),
    row("2024-06-20", "Kim Jong Un received Russian Defense Minister Andrei Belousov in Pyongyang on Thursday.", {"Kim Jong Un", "Andrei Belousov"}, "2024-06-20", "Pyongyang"),
    row("2025-08-26", "President Trump welcomed President Lee Jae-myung of the Republic of Korea to the White House on Monday.", {TRUMP, LEE}, "2025-08-25", "Washington"),
    row("2025-08-26", "Today, President Trump met with President Lee Jae-myung of the Republic of Korea at the White House.", {TRUMP, LEE}, "2025-08-26", "Washington"),
    row("2025-09-18", "Yonhap: Cho Hyun meets Wang Yi in Beijing, seeks support for peace efforts", {CHOH, WANG}, ANY, "Beijing"),
    row("2025-09-18", "Foreign Minister Cho Hyun met Wang Yi, China's top diplomat, in Beijing on Wednesday.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-09-18", "Foreign Minister Cho Hyun, who is on a three-day visit to China, met Chinese Foreign Minister Wang Yi on Wednesday.", {CHOH, WANG}, "2025-09-17", ANY),
    row("2025-09-18", "Foreign Minister Cho Hyun met Wang Yi on Wednesday during his three-day trip to Beijing.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-10-30", "Lee and Trump, meeting in Gyeongju on Wednesday, agreed on the details of a trade deal.", {LEE, TRUMP}, "2025-10-29", "Gyeongju"),
    row("2025-10-30", "President Lee Jae-myung and President Donald Trump, meeting in Gyeongju on Wednesday, agreed on the details of a trade deal.", {LEE, TRUMP}, "2025-10-29", "Gyeongju"),
    row("2025-10-30", "The two leaders met for about 90 minutes.", None),
    row("2025-10-30", "President Lee Jae-myung held a summit with U.S. President Donald Trump in Gyeongju on Wednesday. The two leaders met for about 90 minutes.", {LEE, TRUMP}, "2025-10-29", "Gyeongju"),
    row("2025-06-18", "President Lee Jae-myung held summits with the leaders of Japan and Canada on the sidelines of the G7 summit in Kananaskis on Tuesday.", {LEE, ISHIBA}, "2025-06-17", ANY),
    row("2024-07-12", "President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida on the sidelines of the NATO summit in Washington on Thursday.", {YOON, "Fumio Kishida"}, "2024-07-11", "Washington"),
    row("2024-07-12", "Yoon met Kishida on the sidelines of the NATO summit in Washington on Thursday.", {YOON, "Fumio Kishida"}, "2024-07-11", "Washington"),
    row("2025-11-02", "Lee met Xi in Gyeongju on Saturday.", {LEE, XI}, "2025-11-01", "Gyeongju"),
    row("2025-08-26", "Trump and Lee met at the White House on Monday.", {TRUMP, LEE}, "2025-08-25", "Washington"),
    row("2024-11-16", "Biden, Yoon and Ishiba met in Lima on Friday.", {"Joe Biden", YOON, ISHIBA}, "2024-11-15", "Lima"),
    row("2024-11-16", "U.S. President Joe Biden held a trilateral meeting with Yoon and Ishiba in Lima on Friday.", {"Joe Biden", YOON, ISHIBA}, "2024-11-15", "Lima"),
    row("2025-06-05", "President Lee Jae-myung spoke by phone with U.S. President Donald Trump late Friday.", {LEE, TRUMP}, "2025-05-30", None),
    row("2025-06-07", "President Lee Jae-myung spoke by phone with U.S. President Donald Trump on Friday night Korean time.", {LEE, TRUMP}, "2025-06-06", None),
    row("2025-09-24", "NEW YORK, Sept. 23 (Yonhap) -- President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba on Tuesday on the sidelines of the U.N. General Assembly.", {LEE, ISHIBA}, "2025-09-23", ANY),
    row("2025-07-31", "Trade Minister Yeo Han-koo held talks with U.S. Trade Representative Jamieson Greer in Washington on Wednesday.", {"Yeo Han-koo", "Jamieson Greer"}, "2025-07-30", "Washington"),
    row("2025-07-31", "Foreign Minister Cho Hyun is scheduled to hold talks with Secretary of State Marco Rubio in Washington on Thursday (U.S. time).", {CHOH, RUBIO}, "2025-07-31", "Washington", "planned"),
    row("2025-09-17", "Chinese Foreign Minister Wang Yi will pay a courtesy call on President Lee Jae-myung on Wednesday.", {WANG, LEE}, "2025-09-17", ANY, "planned"),
    row("2025-09-16", "Wang Yi is visiting Seoul for talks with Foreign Minister Cho Hyun.", {WANG, CHOH}, ANY, "Seoul"),
    row("2025-09-16", "Foreign Minister Cho Hyun will host Chinese Foreign Minister Wang Yi in Seoul on Wednesday.", {CHOH, WANG}, "2025-09-17", "Seoul", "planned"),
    row("2025-09-16", "Foreign Minister Cho Hyun will meet his Chinese counterpart Wang Yi in Seoul on Wednesday for their first talks since Cho took office.", {CHOH, WANG}, "2025-09-17", "Seoul", "planned"),
    # --- a fourth round: several sentences, later meetings of a trip, counterparts of several states -----
    row("2025-09-18", "Foreign Minister Cho Hyun arrived in Beijing on Tuesday for a three-day visit. Later in the day, Cho met Chinese Vice President Han Zheng.", {CHOH, "Han Zheng"}, "2025-09-16", "Beijing"),
    row("2025-09-18", "Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi in Beijing on Wednesday. On the same day, Cho also met Chinese Vice President Han Zheng.", {CHOH, "Han Zheng"}, "2025-09-17", "Beijing"),
    row("2025-09-18", "Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi in Beijing on Wednesday. The two ministers agreed to keep in close contact.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-09-18", "Foreign Minister Cho Hyun, who arrived in Beijing on Tuesday, met Chinese Foreign Minister Wang Yi on Wednesday.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-09-18", "S. Korea, China FMs hold talks in Beijing\nFOREIGN Minister Cho Hyun met his Chinese counterpart Wang Yi in Beijing on Wednesday.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-09-18", "Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi in Beijing on Wednesday. Wang said China values its ties with South Korea. Cho also met with Chinese Vice President Han Zheng on Thursday.", {CHOH, "Han Zheng"}, "2025-09-18", "Beijing", xfail="a meeting on a later day of the trip takes no place from an earlier day's sentence"),
    row("2025-09-18", "Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi in Beijing on Wednesday, the first such visit by a South Korean foreign minister in a year.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-08-24", "It was the first visit to Japan by a South Korean president since Yoon Suk Yeol's trip in 2023. Lee Jae-myung met Shigeru Ishiba on Saturday.", {LEE, ISHIBA}, "2025-08-23", ANY),
    row("2025-08-24", "President Lee Jae-myung met Prime Minister Shigeru Ishiba on Saturday, a day after Ishiba hosted him at a dinner.", {LEE, ISHIBA}, "2025-08-23", ANY),
    row("2025-08-24", "President Lee Jae-myung, on a two-day visit to Japan, met Prime Minister Shigeru Ishiba on Saturday.", {LEE, ISHIBA}, "2025-08-23", ANY),
    row("2025-08-24", "President Lee Jae-myung met Prime Minister Shigeru Ishiba at the prime minister's office in Tokyo for about two hours on Saturday.", {LEE, ISHIBA}, "2025-08-23", "Tokyo"),
    row("2025-08-24", "Ishiba and Lee met in Tokyo on Saturday. Prime Minister Shigeru Ishiba said the talks were productive.", {ISHIBA, LEE}, "2025-08-23", "Tokyo"),
    row("2024-11-16", "Secretary of State Antony Blinken met his South Korean and Japanese counterparts in Lima on Friday.", {BLINKEN, CHO, IWAYA}, "2024-11-15", "Lima"),
    row("2024-11-16", "Secretary of State Antony Blinken met with his counterparts from South Korea and Japan in Lima on Friday.", {BLINKEN, CHO, IWAYA}, "2024-11-15", "Lima"),
    row("2024-11-16", "Foreign Minister Cho Tae-yul met with Japanese Foreign Minister Takeshi Iwaya on Friday in Lima, Peru, where the APEC summit is being held.", {CHO, IWAYA}, "2024-11-15", "Lima"),
    row("2024-11-16", "The meeting between Foreign Minister Cho Tae-yul and Takeshi Iwaya took place in Lima on Friday.", {CHO, IWAYA}, "2024-11-15", "Lima"),
    row("2024-11-16", "Foreign Minister Cho Tae-yul and Japanese Foreign Minister Takeshi Iwaya met for 30 minutes in Lima on Friday.", {CHO, IWAYA}, "2024-11-15", "Lima"),
    row("2024-11-16", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Takeshi Iwaya for the first time in Lima on Friday.", {CHO, IWAYA}, "2024-11-15", "Lima"),
    row("2024-11-16", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Takeshi Iwaya in Lima on Friday, their first meeting since Iwaya took office.", {CHO, IWAYA}, "2024-11-15", "Lima"),
    # --- a fifth round: time zones, meetings recalled in 'after' clauses, possible and refused meetings --
    row("2025-08-27", "President Lee Jae-myung met President Donald Trump last Monday at the White House.", {LEE, TRUMP}, "2025-08-25", "Washington"),
    row("2025-08-26", "President Lee Jae-myung met President Donald Trump at the White House on Monday afternoon (local time).", {LEE, TRUMP}, "2025-08-25", "Washington"),
    row("2025-08-26", "President Lee Jae-myung met President Donald Trump at the White House early Tuesday Korean time.", {LEE, TRUMP}, "2025-08-26", "Washington"),
    row("2025-08-25", "President Lee Jae-myung will meet President Donald Trump at the White House on Monday afternoon (local time).", {LEE, TRUMP}, "2025-08-25", "Washington", "planned"),
    row("2025-08-22", "President Lee Jae-myung is scheduled to meet President Donald Trump at the White House on Aug. 25.", {LEE, TRUMP}, "2025-08-25", "Washington", "planned"),
    row("2025-08-22", "President Lee Jae-myung will hold his first summit with President Donald Trump in Washington early next week.", {LEE, TRUMP}, "2025-08", "Washington", "planned"),
    row("2025-08-22", "President Lee Jae-myung will hold a summit with President Donald Trump in Washington on Monday, U.S. time.", {LEE, TRUMP}, "2025-08-25", "Washington", "planned"),
    row("2025-08-27", "President Lee Jae-myung, who met President Donald Trump on Monday, returned home on Wednesday.", {LEE, TRUMP}, "2025-08-25", ANY),
    row("2025-08-27", "Two days after meeting President Donald Trump in Washington, President Lee Jae-myung returned home.", {LEE, TRUMP}, ANY, "Washington"),
    row("2025-08-27", "President Lee Jae-myung returned home on Wednesday after meeting President Donald Trump in Washington on Monday.", {LEE, TRUMP}, "2025-08-25", "Washington"),
    row("2025-08-27", "After his summit with Donald Trump on Monday, President Lee Jae-myung visited a shipyard in Philadelphia.", {LEE, TRUMP}, "2025-08-25", ANY),
    row("2025-08-27", "President Lee Jae-myung's summit with Donald Trump on Monday was the first since he took office.", {LEE, TRUMP}, "2025-08-25", ANY),
    row("2025-10-20", "South Korea and Japan are in talks to arrange a summit between President Lee Jae-myung and Prime Minister Sanae Takaichi.", {LEE, "Sanae Takaichi"}, ANY, ANY, "planned", xfail="a summit being arranged, named inside 'in talks to arrange', fuses with the talks held"),
    row("2025-10-20", "President Lee Jae-myung and Japanese Prime Minister Sanae Takaichi may meet on the sidelines of the APEC summit in Gyeongju.", {LEE, "Sanae Takaichi"}, ANY, "Gyeongju", "planned"),
    row("2025-10-20", "A summit between President Lee Jae-myung and Japanese Prime Minister Sanae Takaichi is being arranged for next week.", {LEE, "Sanae Takaichi"}, ANY, ANY, "planned"),
    row("2025-10-20", "Foreign Minister Cho Hyun will not meet Japanese Foreign Minister Toshimitsu Motegi this week, the ministry said.", {CHOH, "Toshimitsu Motegi"}, ANY, ANY, "cancelled"),
    # --- a sixth round: wire headlines and tags, bylines, abbreviations, the Oval Office ------------------
    row("2025-09-18", "(LEAD) S. Korean FM Cho Hyun meets Chinese FM Wang Yi in Beijing", {CHOH, WANG}, ANY, "Beijing"),
    row("2025-09-18", "S. Korea's top diplomat Cho Hyun held talks with Chinese Foreign Minister Wang Yi in Beijing on Wednesday.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-09-18", "(2nd LD) Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi in Beijing on Wednesday.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-09-18", "By Kim Soo-yeon SEOUL, Sept. 18 (Yonhap) -- Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi in Beijing on Wednesday.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-09-18", "Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi in Beijing on Wednesday. (END)", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2024-11-16", "Japan's Foreign Minister Takeshi Iwaya and South Korea's Cho Tae-yul met in Lima on Friday.", {IWAYA, CHO}, "2024-11-15", "Lima"),
    row("2024-11-16", "Japanese Foreign Minister Takeshi Iwaya and his South Korean counterpart, Cho Tae-yul, met in Lima on Friday.", {IWAYA, CHO}, "2024-11-15", "Lima"),
    row("2025-07-11", "Unification Minister nominee Chung Dong-young met U.S. Ambassador to South Korea Kevin Kim in Seoul on Thursday.", {"Chung Dong-young", "Kevin Kim"}, "2025-07-10", "Seoul"),
    row("2025-08-26", "South Korean President Lee Jae-myung met U.S. President Donald Trump at the Oval Office on Monday.", {LEE, TRUMP}, "2025-08-25", "Washington"),
    row("2025-08-26", "President Lee Jae-myung met Trump at the White House on Monday.", {LEE, TRUMP}, "2025-08-25", "Washington"),
    row("2025-08-26", "Korea's Lee Jae-myung met Trump in Washington on Monday.", {LEE, TRUMP}, "2025-08-25", "Washington"),
    row("2025-06-15", "North Korea's Kim Jong Un met Russia's Security Council Secretary Sergei Shoigu in Pyongyang on Tuesday.", {"Kim Jong Un", "Sergei Shoigu"}, "2025-06-10", "Pyongyang"),
    row("2025-10-30", "Trump, Lee hold summit in Gyeongju", {TRUMP, LEE}, ANY, "Gyeongju"),
    row("2025-09-18", "Foreign Minister Cho Hyun on Wednesday met Chinese Foreign Minister Wang Yi in Beijing.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-09-18", "Foreign Minister Cho Hyun met with Wang Yi, a member of the Political Bureau of the Communist Party of China Central Committee and foreign minister, in Beijing on Wednesday.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    # --- a seventh round: long sentences, relative clauses, scenes, purposes -------------------------------
    row("2025-09-18", "Cho, who took office in July, met with Wang for about two hours at the Diaoyutai State Guesthouse on Wednesday, according to the Foreign Ministry. Foreign Minister Cho Hyun had arrived a day earlier.", None),
    row("2025-09-18", "Foreign Minister Cho Hyun arrived in Beijing on Tuesday. Cho, who took office in July, met with Chinese Foreign Minister Wang Yi for about two hours at the Diaoyutai State Guesthouse on Wednesday, according to the Foreign Ministry.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-09-18", "During the talks, which lasted about two hours, Foreign Minister Cho Hyun and Chinese Foreign Minister Wang Yi discussed Xi's planned visit.", {CHOH, WANG}, ANY, ANY),
    row("2025-09-18", "Foreign Minister Cho Hyun and Chinese Foreign Minister Wang Yi, who met in Beijing on Wednesday, agreed to increase exchanges.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-09-18", "Foreign Minister Cho Hyun, in his meeting with Chinese Foreign Minister Wang Yi in Beijing on Wednesday, asked China to play a constructive role.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-09-18", "Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi in Beijing on Wednesday and asked China to play a constructive role on North Korea.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-09-18", "Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi in Beijing on Wednesday, as the two countries prepare for Xi's visit.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-09-18", "Foreign Minister Cho Hyun and Chinese Foreign Minister Wang Yi met in Beijing on Wednesday, with North Korea high on the agenda.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-09-18", "The talks between Foreign Minister Cho Hyun and Chinese Foreign Minister Wang Yi came ahead of Xi's visit to South Korea for the APEC summit.", {CHOH, WANG}, ANY, ANY),
    row("2025-09-18", "Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi in Beijing on Wednesday to discuss Xi's planned visit to Gyeongju for the APEC summit.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-09-18", "Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi in Beijing on Wednesday, a month before President Lee Jae-myung is set to meet Xi Jinping in Gyeongju.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2025-09-18", "Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi in Beijing on Wednesday, a month before President Lee Jae-myung is set to meet Xi Jinping in Gyeongju.", {LEE, XI}, ANY, "Gyeongju", "planned"),
    row("2025-09-18", "Foreign Minister Cho Hyun met Chinese Foreign Minister Wang Yi, who visited Seoul last month, in Beijing on Wednesday.", {CHOH, WANG}, "2025-09-17", "Beijing"),
    row("2024-11-16", "Foreign Minister Cho Tae-yul met with Japanese Foreign Minister Takeshi Iwaya on the sidelines of the Asia-Pacific Economic Cooperation (APEC) forum in Lima on Friday (local time).", {CHO, IWAYA}, "2024-11-15", "Lima"),
    row("2024-11-16", "Foreign Minister Cho Tae-yul met with Japanese Foreign Minister Takeshi Iwaya in Lima on Friday (local time), Saturday Korean time.", {CHO, IWAYA}, "2024-11-15", "Lima"),
    # --- an eighth round: inter-Korean, North Korea-Russia and North Korea-China summits -------------------
    row("2018-04-28", "Moon Jae-in and Kim Jong Un held a summit at the truce village of Panmunjom on Friday.", {"Moon Jae-in", "Kim Jong Un"}, "2018-04-27", "Panmunjom"),
    row("2018-06-13", "Trump and Kim met on Sentosa island in Singapore on Tuesday.", {TRUMP, "Kim Jong Un"}, "2018-06-12", "Singapore"),
    row("2018-06-13", "U.S. President Donald Trump and North Korean leader Kim Jong Un met on Sentosa island in Singapore on Tuesday.", {TRUMP, "Kim Jong Un"}, "2018-06-12", "Singapore"),
    row("2019-07-01", "Donald Trump met Kim Jong Un at the inter-Korean border on Sunday, becoming the first sitting U.S. president to set foot in North Korea.", {TRUMP, "Kim Jong Un"}, "2019-06-30", ANY),
    row("2023-09-14", "Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome in Russia's Far East on Wednesday.", {"Kim Jong Un", "Vladimir Putin"}, "2023-09-13", ANY),
    row("2024-11-30", "North Korean leader Kim Jong Un received Russian Defense Minister Andrei Belousov in Pyongyang on Friday, KCNA said Saturday.", {"Kim Jong Un", "Andrei Belousov"}, "2024-11-29", "Pyongyang"),
    row("2025-09-04", "Xi Jinping held talks with Kim Jong Un in Beijing on Thursday after the military parade.", {XI, "Kim Jong Un"}, "2025-09-04", "Beijing"),
    row("2025-09-05", "Chinese President Xi Jinping and North Korean leader Kim Jong Un held talks at the Great Hall of the People on Thursday.", {XI, "Kim Jong Un"}, "2025-09-04", "Beijing"),
    row("2025-09-05", "Kim Jong Un, who traveled to Beijing by armored train, held talks with Xi Jinping on Thursday.", {"Kim Jong Un", XI}, "2025-09-04", "Beijing"),
    row("2025-08-20", "Unification Minister Chung Dong-young met U.S. Ambassador Kevin Kim on Tuesday to discuss resuming dialogue with North Korea.", {"Chung Dong-young", "Kevin Kim"}, "2025-08-19", None),
    # --- acts (en-acts5 owns them; listed in the report) -----------------------------------
    row("2025-05-09", "North Korea fired a short-range ballistic missile into the East Sea on Thursday, the Joint "
        "Chiefs of Staff said.", {"PRK"}, "2025-05-08", ANY, kind="MOBILIZE"),
    # a day after an act noun in the statement's clause is the noun's ("condemned the launch on Thursday": wire
    # copy dates the launch so; a statement on a later day says when it was made): the statement keeps the report's day
    row("2025-05-09", "South Korea's foreign ministry condemned North Korea's missile launch on Thursday.", {"KOR"},
        "2025-05-09", ANY, kind="ACCUSE", recipients={"PRK"}),
    row("2025-05-09", "The U.S. Treasury Department imposed sanctions on three North Korean officials on Tuesday.",
        {"USA"}, "2025-05-06", ANY, kind="SANCTION", recipients={"PRK"}),
    row("2025-05-09", "China urged the United States to stop arms sales to Taiwan.", {"CHN"}, ANY, ANY,
        kind="REQUEST", recipients={"USA"}),
    row("2025-05-09", "Pyongyang rejected Seoul's offer of talks on Thursday.", {"PRK"}, "2025-05-09", ANY,
        kind="REJECT", recipients={"KOR"}),  # the offer's day, as above
    row("2025-05-09", "North Korea threatened to take overwhelming countermeasures against South Korea.", {"PRK"},
        ANY, ANY, kind="THREATEN", recipients={"KOR"}),
    row("2025-05-09", "Japan lodged a protest with South Korea over the lawmakers' visit to the islets.", {"JPN"},
        ANY, ANY, kind="ACCUSE", recipients={"KOR"}),
    row("2025-05-09", "North Korea launched several short-range ballistic missiles off its east coast on Thursday, South Korea's military said.", {"PRK"}, "2025-05-08", ANY, kind="MOBILIZE"),
    row("2025-05-09", "The foreign ministers of South Korea, the United States and Japan condemned North Korea's latest missile launch.", {"KOR", "USA", "JPN"}, ANY, ANY, kind="ACCUSE", recipients={"PRK"}),
    row("2025-05-09", "Seoul strongly condemned Pyongyang's missile launch as a clear violation of U.N. Security Council resolutions.", {"KOR"}, ANY, ANY, kind="ACCUSE", recipients={"PRK"}),
    row("2025-05-09", "South Korea imposed unilateral sanctions on 15 North Korean individuals involved in weapons development on Tuesday.", {"KOR"}, "2025-05-06", ANY, kind="SANCTION", recipients={"PRK"}),
    row("2025-05-09", "China called on all parties to exercise restraint.", {"CHN"}, ANY, ANY, kind="REQUEST", xfail="acts (pipeline NEEDS_RECIPIENT): an appeal or threat to no named state is dropped"),
    row("2025-05-09", "Kim Yo Jong, the powerful sister of Kim Jong Un, warned Seoul of a 'shocking' response.", {"PRK"}, ANY, ANY, kind="THREATEN", recipients={"KOR"}),
    row("2025-05-09", "North Korea rejected Japan's call for dialogue, calling it hypocritical.", {"PRK"}, ANY, ANY, kind="REJECT", recipients={"JPN"}),
    row("2025-05-09", "South Korea and Japan agreed to share real-time missile warning data.", {"KOR", "JPN"}, ANY, ANY, kind="AGREE"),
    row("2025-05-09", "The United States pledged to defend South Korea with its full range of capabilities, including nuclear.", {"USA"}, ANY, ANY, kind="SUPPORT", recipients={"KOR"}, xfail="acts (en-acts5): 'pledged to defend' reads as AGREE, not SUPPORT"),
    row("2025-05-09", "South Korea, the U.S. and Japan staged joint air drills involving a B-52 bomber on Sunday.", {"KOR", "USA", "JPN"}, "2025-05-04", ANY, kind="MOBILIZE"),
    row("2025-05-09", "North Korea fired artillery shells near a border island on Friday, prompting South Korea to return fire.", {"PRK"}, ANY, ANY, kind="ASSAULT", xfail="acts (en-acts5): 'fired artillery shells near a border island' reads as MOBILIZE, not ASSAULT"),
    row("2025-05-09", "The foreign ministry summoned the Japanese ambassador to protest Tokyo's territorial claims to Dokdo.", {"KOR"}, ANY, ANY, kind="ACCUSE", recipients={"JPN"}, xfail="sides: 'summoned the ambassador to protest' reads as ACCUSE (rows below), but 'the foreign ministry' of no named state has no actor"),
    row("2025-05-09", "Russia and North Korea signed a treaty on comprehensive strategic partnership in Pyongyang.", {"RUS", "PRK"}, ANY, ANY, kind="AGREE"),
    row("2025-05-09", "North Korea sent thousands of troops to Russia to fight against Ukraine.", {"PRK"}, ANY, ANY, kind="MOBILIZE"),
    row("2025-05-09", "South Korea demanded the immediate withdrawal of North Korean troops from Russia.", {"KOR"}, ANY, ANY, kind="REQUEST", recipients={"PRK"}),
    # --- wire-style acts (issues 13, 15): how Yonhap, AP, Reuters, AFP and ministry releases state them -----
    *[act(t, k, a, r, w, s, x) for t, k, a, r, w, s, x in [
        # REQUEST: urge / call for / call on / demand / press / ask
        ("South Korea urged North Korea to return to dialogue without preconditions, the unification ministry said.", "REQUEST", {"KOR"}, {"PRK"}, ANY, "occurred", ""),
        ("The United States on Tuesday urged Pyongyang to stop its provocations.", "REQUEST", {"USA"}, {"PRK"}, "2025-05-06", "occurred", ""),
        ("China called for restraint on the Korean Peninsula after the launch.", "REQUEST", {"CHN"}, None, ANY, "occurred", "acts (pipeline NEEDS_RECIPIENT): an appeal or threat to no named state is dropped"),
        ("Japan called on North Korea to comply with U.N. Security Council resolutions.", "REQUEST", {"JPN"}, {"PRK"}, ANY, "occurred", ""),
        ("Seoul called on Pyongyang to respond to its offer of military talks, the defense ministry said in a statement.", "REQUEST", {"KOR"}, {"PRK"}, ANY, "occurred", ""),
        ("North Korea demanded that South Korea halt its joint exercises with the United States.", "REQUEST", {"PRK"}, {"KOR"}, ANY, "occurred", ""),
        ("Russia demanded an apology from Japan on Wednesday.", "REQUEST", {"RUS"}, {"JPN"}, "2025-05-07", "occurred", ""),
        ("Washington pressed Beijing to use its influence over Pyongyang.", "REQUEST", {"USA"}, {"CHN"}, ANY, "occurred", ""),
        ("South Korea asked China to play a constructive role in denuclearizing North Korea.", "REQUEST", {"KOR"}, {"CHN"}, ANY, "occurred", ""),
        ("Tokyo asked Seoul to take appropriate measures over the statue, the Japanese foreign ministry said.", "REQUEST", {"JPN"}, {"KOR"}, ANY, "occurred", ""),
        ("South Korea did not urge China to pressure North Korea, an official said.", "REQUEST", None, None, ANY, "occurred", ""),
        ("Seoul plans to ask Washington to extend the tariff exemption.", "REQUEST", {"KOR"}, {"USA"}, ANY, "planned", ""),
        # THREATEN
        ("North Korea warned that it would take strong military countermeasures against the drills, according to KCNA.", "THREATEN", {"PRK"}, None, ANY, "occurred", "acts (pipeline NEEDS_RECIPIENT): an appeal or threat to no named state is dropped"),
        ("South Korea's military warned of stern consequences if the North stages further provocations.", "THREATEN", {"KOR"}, {"PRK"}, ANY, "occurred", ""),
        ("North Korea threatened to conduct a seventh nuclear test.", "THREATEN", {"PRK"}, None, ANY, "occurred", ""),
        # a threatened show of force is aimed at no one (MOBILIZE has no receiving side): it needs no named target
        ("North Korea threatened to launch more ballistic missiles in response.", "THREATEN", {"PRK"}, None, ANY, "occurred", ""),
        ("North Korea did not threaten to conduct a nuclear test this time.", "THREATEN", None, None, ANY, "occurred", ""),
        ("Pyongyang vowed to retaliate against South Korea over the leaflet campaign.", "THREATEN", {"PRK"}, {"KOR"}, ANY, "occurred", ""),
        ("China threatened to impose countermeasures on Japan over the defense budget.", "THREATEN", {"CHN"}, {"JPN"}, ANY, "occurred", ""),
        ("North Korea warned the United States of an overwhelming response on Monday.", "THREATEN", {"PRK"}, {"USA"}, "2025-05-05", "occurred", "dates: a day after the threatened noun ('of a response on Monday') is read as the noun's, not the warning's"),
        ("North Korea did not threaten to retaliate against Japan this time.", "THREATEN", None, None, ANY, "occurred", ""),
        # SANCTION
        ("The United States slapped sanctions on two Chinese companies that helped North Korea evade export controls.", "SANCTION", {"USA"}, {"CHN"}, ANY, "occurred", ""),
        ("Japan imposed new sanctions on North Korea on Friday.", "SANCTION", {"JPN"}, {"PRK"}, "2025-05-09", "occurred", ""),
        ("South Korea announced sanctions on 10 North Korean individuals involved in cyberattacks.", "SANCTION", {"KOR"}, {"PRK"}, ANY, "occurred", ""),
        ("The U.S. Treasury blacklisted a North Korean bank on Wednesday, the department said in a statement.", "SANCTION", {"USA"}, {"PRK"}, "2025-05-07", "occurred", ""),
        ("Seoul designated four North Korean hacking groups for sanctions.", "SANCTION", {"KOR"}, {"PRK"}, ANY, "occurred", ""),
        ("Washington froze the assets of three North Korean officials.", "SANCTION", {"USA"}, {"PRK"}, ANY, "occurred", ""),
        ("The U.S. Treasury announced new sanctions against Russian entities that supplied North Korea.", "SANCTION", {"USA"}, {"RUS"}, ANY, "occurred", ""),
        ("Japan may impose additional sanctions on North Korea, the chief cabinet secretary said.", "SANCTION", {"JPN"}, {"PRK"}, ANY, "planned", ""),
        ("South Korea imposed a ban on imports of North Korean seafood.", "SANCTION", {"KOR"}, {"PRK"}, ANY, "occurred", ""),
        ("The United States is expected to impose sanctions on Russian banks.", "SANCTION", {"USA"}, {"RUS"}, ANY, "planned", ""),
        # ACCUSE: condemn / denounce / slam / criticize / accuse / protest / regret
        ("South Korea and the United States condemned North Korea's ballistic missile launch on Thursday.", "ACCUSE", {"KOR", "USA"}, {"PRK"}, ANY, "occurred", ""),
        ("North Korea denounced the United States for deploying a nuclear-powered submarine to Busan.", "ACCUSE", {"PRK"}, {"USA"}, ANY, "occurred", ""),
        ("North Korea slammed South Korea's joint drills with the U.S. as a rehearsal for invasion, according to KCNA.", "ACCUSE", {"PRK"}, {"KOR"}, ANY, "occurred", ""),
        ("China criticized Japan's decision to release treated water into the sea.", "ACCUSE", {"CHN"}, {"JPN"}, ANY, "occurred", ""),
        ("North Korea accused South Korea of sending drones over Pyongyang.", "ACCUSE", {"PRK"}, {"KOR"}, ANY, "occurred", ""),
        ("Seoul lodged a strong protest with Tokyo over its claim to Dokdo in the defense white paper.", "ACCUSE", {"KOR"}, {"JPN"}, ANY, "occurred", ""),
        ("South Korea lodged a protest with Japan on Tuesday.", "ACCUSE", {"KOR"}, {"JPN"}, "2025-05-06", "occurred", ""),
        ("South Korea summoned the Russian ambassador to protest the military cooperation with North Korea.", "ACCUSE", {"KOR"}, {"RUS"}, ANY, "occurred", ""),
        ("South Korea's foreign ministry summoned Japan's ambassador on Monday to protest the textbook claims.", "ACCUSE", {"KOR"}, {"JPN"}, ANY, "occurred", ""),
        ("Japan expressed regret over South Korea's decision, the foreign ministry said.", "ACCUSE", {"JPN"}, {"KOR"}, ANY, "occurred", ""),
        ("South Korea expressed concern over the military cooperation between Russia and North Korea.", "ACCUSE", {"KOR"}, None, ANY, "occurred", ""),
        ("Japan strongly criticized North Korea for the launch.", "ACCUSE", {"JPN"}, {"PRK"}, ANY, "occurred", ""),
        ("Beijing has not condemned Pyongyang's nuclear test.", "ACCUSE", None, None, ANY, "occurred", ""),
        ("China filed a strong protest with South Korea over the THAAD deployment.", "ACCUSE", {"CHN"}, {"KOR"}, ANY, "occurred", ""),
        # REJECT
        ("North Korea rejected South Korea's proposal for talks on Wednesday, KCNA said.", "REJECT", {"PRK"}, {"KOR"}, ANY, "occurred", ""),
        ("Kim Yo Jong dismissed Seoul's offer of dialogue as a pipe dream.", "REJECT", {"PRK"}, {"KOR"}, ANY, "occurred", ""),
        ("North Korea refused to accept the South's humanitarian aid.", "REJECT", {"PRK"}, {"KOR"}, ANY, "occurred", "sides: 'the South' (after the North is named) is no state mention"),
        ("China rejected Japan's protest over the buoys.", "REJECT", {"CHN"}, {"JPN"}, ANY, "occurred", ""),
        ("Russia rejected the U.S. accusation that it had received North Korean missiles.", "REJECT", {"RUS"}, {"USA"}, ANY, "occurred", ""),
        ("North Korea did not reject the U.S. offer of talks outright.", "REJECT", None, None, ANY, "occurred", ""),
        # AGREE
        ("South Korea and the United States agreed to expand their joint military exercises.", "AGREE", {"KOR", "USA"}, None, ANY, "occurred", ""),
        ("Seoul and Tokyo signed an agreement on sharing military intelligence on Thursday.", "AGREE", {"KOR", "JPN"}, None, "2025-05-08", "occurred", "dates: a day after the signed noun ('signed an agreement ... on Thursday') is read as the noun's"),
        ("South Korea and Japan reached an agreement on the wartime labor issue.", "AGREE", {"KOR", "JPN"}, None, ANY, "occurred", ""),
        ("The leaders of South Korea, China and Japan adopted a joint statement at the summit.", "AGREE", {"KOR", "CHN", "JPN"}, None, ANY, "occurred", "sides: 'the leaders of A, B and C' resolves to leaders, and a state with an acting leader drops out"),
        ("South Korea and the United States signed a trade deal on Wednesday.", "AGREE", {"KOR", "USA"}, None, "2025-05-07", "occurred", ""),
        ("South Korea and Japan are expected to sign a fisheries agreement next month.", "AGREE", {"KOR", "JPN"}, None, ANY, "planned", ""),
        ("North Korea and Russia agreed to expand cooperation in science and technology.", "AGREE", {"PRK", "RUS"}, None, ANY, "occurred", ""),
        # SUPPORT
        ("Japan pledged support for South Korea's efforts to resume dialogue with North Korea.", "SUPPORT", {"JPN"}, {"KOR"}, ANY, "occurred", "sides: 'with X' inside a nested complement ('efforts to resume dialogue with X') joins a pledge's actors, and the pledge reads as AGREE"),
        # a restated commitment is no new agreement (the dev sets' readouts code none)
        ("The United States reaffirmed its commitment to the defense of South Korea.", "AGREE", None, None, ANY, "occurred", ""),
        ("China welcomed the resumption of dialogue between the two Koreas.", "SUPPORT", {"CHN"}, None, ANY, "occurred", ""),
        ("Washington welcomed Seoul's decision to resolve the forced labor issue.", "SUPPORT", {"USA"}, {"KOR"}, ANY, "occurred", ""),
        ("Japan praised South Korea's decision on Monday.", "SUPPORT", {"JPN"}, {"KOR"}, ANY, "occurred", ""),
        ("Russia voiced support for North Korea's position on the peninsula.", "SUPPORT", {"RUS"}, {"PRK"}, ANY, "occurred", ""),
        # AID; an offer or a plan to send aid is a promise (PLOVER AGREE, CAMEO 033)
        ("South Korea offered humanitarian aid to North Korea after the floods.", "AGREE", {"KOR"}, {"PRK"}, ANY, "occurred", ""),
        ("South Korea sent humanitarian aid to Turkey on Wednesday.", "AID", {"KOR"}, {"TUR"}, "2025-05-07", "occurred", ""),
        ("Japan provided $5 million in emergency aid to Ukraine.", "AID", {"JPN"}, {"UKR"}, ANY, "occurred", ""),
        ("South Korea plans to send medical supplies to North Korea.", "AGREE", {"KOR"}, {"PRK"}, ANY, "planned", ""),
        # MOBILIZE: fire / test-fire / launch / drills / deploy
        ("North Korea fired two short-range ballistic missiles into the East Sea on Wednesday, the Joint Chiefs of Staff said.", "MOBILIZE", {"PRK"}, None, "2025-05-07", "occurred", ""),
        ("North Korea test-fired a new solid-fuel intercontinental ballistic missile on Thursday.", "MOBILIZE", {"PRK"}, None, "2025-05-08", "occurred", ""),
        ("North Korea launched a military reconnaissance satellite on Tuesday, Japan's defense ministry said.", "MOBILIZE", {"PRK"}, None, "2025-05-06", "occurred", ""),
        ("South Korea and the United States conducted combined air drills on Monday.", "MOBILIZE", {"KOR", "USA"}, None, "2025-05-05", "occurred", ""),
        ("The United States deployed a nuclear-capable B-52 bomber to the Korean Peninsula.", "MOBILIZE", {"USA"}, None, ANY, "occurred", ""),
        ("North Korea is expected to launch another satellite this month, the National Intelligence Service said.", "MOBILIZE", {"PRK"}, None, ANY, "planned", ""),
        ("North Korea conducted artillery firing drills near the maritime border on Friday.", "MOBILIZE", {"PRK"}, None, "2025-05-09", "occurred", ""),
        # ASSAULT; COERCE (seize, arrest: PLOVER has no SEIZE type)
        ("North Korea shelled a South Korean border island, killing two marines.", "ASSAULT", {"PRK"}, {"KOR"}, ANY, "occurred", ""),
        ("Russia launched a missile attack on Kyiv on Tuesday.", "ASSAULT", {"RUS"}, {"UKR"}, "2025-05-06", "occurred", ""),
        ("North Korea seized a South Korean fishing vessel near the maritime border.", "COERCE", {"PRK"}, {"KOR"}, ANY, "occurred", ""),
        ("China detained a South Korean national on espionage charges.", "COERCE", {"CHN"}, {"KOR"}, ANY, "occurred", ""),
        ("Japan seized a Chinese fishing boat in its exclusive economic zone.", "COERCE", {"JPN"}, {"CHN"}, ANY, "occurred", ""),
        # RETREAT / release / deport / withdraw
        ("North Korea released six South Korean detainees on Thursday.", "RETREAT", {"PRK"}, {"KOR"}, "2025-05-08", "occurred", ""),
        ("South Korea deported a Chinese national for spying.", "COERCE", {"KOR"}, {"CHN"}, ANY, "occurred", ""),
        ("Russia withdrew its troops from the border with Ukraine.", "RETREAT", {"RUS"}, None, ANY, "occurred", ""),
        # SANCTION discontinue (CAMEO 16 reduce relations: suspend, cut off)
        ("South Korea suspended the 2018 inter-Korean military agreement on Tuesday.", "SANCTION", {"KOR"}, {"PRK"}, "2025-05-06", "occurred", "sides: 'inter-Korean' names the other Korea as the agreement's party; no state mention is read from it"),
        ("North Korea cut off all communication lines with South Korea.", "SANCTION", {"PRK"}, {"KOR"}, ANY, "occurred", ""),
        ("China suspended visa issuance for South Korean nationals.", "SANCTION", {"CHN"}, {"KOR"}, ANY, "occurred", ""),
        ("China may suspend visa issuance for Japanese nationals, the foreign ministry said.", "SANCTION", {"CHN"}, {"JPN"}, ANY, "planned", ""),
        ("North Korea has not cut off the hotline with South Korea.", "SANCTION", None, None, ANY, "occurred", ""),
        # the variants of the classes fixed here: support stated now, a promise of aid, a proposal 'for talks'
        ("The United States reaffirmed its support for South Korea's policy toward North Korea.", "SUPPORT", {"USA"}, {"KOR"}, ANY, "occurred", ""),
        ("Japan did not pledge support for the plan.", "SUPPORT", None, None, ANY, "occurred", ""),
        ("Japan promised food aid to North Korea on Monday.", "AGREE", {"JPN"}, {"PRK"}, ANY, "occurred", ""),
        ("South Korea will offer humanitarian aid to North Korea.", "AGREE", {"KOR"}, {"PRK"}, ANY, "planned", ""),
        ("North Korea rejected Japan's request for talks.", "REJECT", {"PRK"}, {"JPN"}, ANY, "occurred", ""),
        ("North Korea dismissed Seoul's offer for talks as a pipe dream.", "REJECT", {"PRK"}, {"KOR"}, ANY, "occurred", ""),
        ("North Korea is considering South Korea's proposal for talks.", "CONSULT", None, None, ANY, "occurred", ""),
    ]],
]


def party_key(entity) -> str:
    return entity.name if entity.kind == "person" else (entity.country or entity.name)


def date_text(event) -> str | None:
    if event.date is None:
        return None
    return event.date.isoformat()[:7] if event.date_precision == "month" else event.date.isoformat()


def mismatches(r: Row, article) -> list[str]:
    """What the row's event gets wrong: parties, date, place, status (empty when right)."""
    found = [e for e in article.events if e.type == r.type]
    if r.parties is None:
        return [f"unexpected {r.type} {sorted(party_key(p) for p in e.participants)}" for e in found]
    if not found:
        return [f"no {r.type}"]
    best = max(found, key=lambda e: len({party_key(p) for p in e.participants} & r.parties)
               - len({party_key(p) for p in e.participants} ^ r.parties) / 10)
    out = []
    got = {party_key(p) for p in best.participants}
    if got != r.parties:
        out.append(f"parties {sorted(got)}")
    if r.recipients is not None and {party_key(p) for p in best.recipients} != r.recipients:
        out.append(f"recipients {sorted(party_key(p) for p in best.recipients)}")
    if r.date != ANY and date_text(best) != r.date:
        out.append(f"date {date_text(best)}")
    place = best.location.name if best.location else None
    if r.place != ANY and place != r.place:
        out.append(f"place {place}")
    if best.status != r.status:
        out.append(f"status {best.status}")
    return out


def params():
    return [pytest.param(r, id=f"{k:03d}", marks=[pytest.mark.xfail(reason=r.xfail, strict=True)] if r.xfail else [])
            for k, r in enumerate(ROWS)]


@pytest.mark.parametrize("r", params())
def test_a_news_sentence_reads_as_a_reader_reads_it(r):
    from readout.api import extract_text

    assert mismatches(r, extract_text(r.text, "probe.txt", r.pub)) == []


def test_the_probe_has_a_hundred_rows():
    assert len(ROWS) >= 100


if __name__ == "__main__":
    from readout.api import extract_text

    bad = 0
    for k, r in enumerate(ROWS):
        wrong = mismatches(r, extract_text(r.text, "probe.txt", r.pub))
        if wrong:
            bad += 1
            print(f"{k:03d} {r.type} {'XFAIL ' if r.xfail else ''}{'; '.join(wrong)}\n     {r.text[:150]}")
    print(f"{bad} of {len(ROWS)} rows wrong")
