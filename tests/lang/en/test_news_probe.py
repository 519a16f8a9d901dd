"""A probe of English wire and press-release sentences about Korean Peninsula diplomacy, all our own:
each row is a sentence (with its publication date) and the meeting or act a reader takes from it:
parties, date, place and status. The classes a new article exposes (datelines, 'his Japanese
counterpart', office groups, attendees and people talked about, weekday direction, time-zone shifts,
'visiting Washington', planned and cancelled meetings) each have rows here.

Run `python -m tests.lang.en.test_news_probe` for the table of every row's mismatches."""
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


KANG, MOTEGI, KONO, POMPEO = "Kang Kyung-wha", "Toshimitsu Motegi", "Taro Kono", "Mike Pompeo"
MOON, ABE, TRUMP, WANG, XI = "Moon Jae-in", "Shinzo Abe", "Donald Trump", "Wang Yi", "Xi Jinping"
YOON, KISHIDA, BIDEN, BLINKEN, LI_QIANG = "Yoon Suk Yeol", "Fumio Kishida", "Joe Biden", "Antony Blinken", "Li Qiang"
PARK_JIN, CHO_TY, HAYASHI, KAMIKAWA, IWAYA = "Park Jin", "Cho Tae-yul", "Yoshimasa Hayashi", "Yoko Kamikawa", "Takeshi Iwaya"
SHIN, KIHARA, AUSTIN, ISHIBA = "Shin Won-sik", "Minoru Kihara", "Lloyd Austin", "Shigeru Ishiba"
LAVROV, CHOE, PUTIN, KIM_JU = "Sergey Lavrov", "Choe Son-hui", "Vladimir Putin", "Kim Jong Un"
BELOUSOV, WONG_P, TAJANI = "Andrei Belousov", "Penny Wong", "Antonio Tajani"

ROWS: list[Row] = [
    # --- datelines and wire styles --------------------------------------------------------------
    row("2020-03-09", "SEOUL, March 9 (Yonhap) -- Foreign Minister Kang Kyung-wha held talks with his Japanese "
        "counterpart Toshimitsu Motegi in Seoul on Monday, the ministry in Seoul said.", {KANG, MOTEGI}, "2020-03-09", "Seoul"),
    row("2019-09-01", "TOKYO (AP) — Japanese Prime Minister Shinzo Abe and South Korean President Moon Jae-in "
        "held a summit in Tokyo on Saturday, their first since Moon took office.", {ABE, MOON}, "2019-08-31", "Tokyo"),
    row("2019-09-03", "WASHINGTON, Sept. 2 (Yonhap) -- President Moon Jae-in held a summit with President "
        "Donald Trump at the White House on Monday (local time).", {MOON, TRUMP}, "2019-09-02", "Washington"),
    row("2019-09-26", "BEIJING (Reuters) - Chinese Foreign Minister Wang Yi met South Korean Foreign Minister Kang Kyung-wha "
        "in Beijing on Wednesday, a statement from the Chinese side said.", {WANG, KANG}, "2019-09-25", "Beijing"),
    row("2019-11-26", "OSAKA (AFP) - The leaders of South Korea, Japan and the United States met on the "
        "sidelines of a G20 summit in Osaka on Monday.", {MOON, ABE, "Donald Trump"}, "2019-11-25",
        "Osaka"),
    row("2020-01-20", "SEOUL, Jan. 20 (Yonhap) -- Foreign Minister Kang Kyung-wha held talks with visiting Japanese "
        "Foreign Minister Toshimitsu Motegi on Monday.", {KANG, MOTEGI}, "2020-01-20", "Seoul"),
    row("2019-09-25", "SEOUL, Sept. 25 (Yonhap) -- President Moon Jae-in met visiting Chinese Foreign Minister "
        "Wang Yi at the presidential office.", {MOON, WANG}, "2019-09-25", "Seoul"),
    row("2019-06-27", "PYONGYANG (KCNA) -- Kim Jong Un met Russian President Vladimir Putin in Pyongyang on "
        "Wednesday, the Korean Central News Agency said.", {"Kim Jong Un", "Vladimir Putin"}, "2019-06-26", "Pyongyang"),
    row("2019-11-09", "MOSCOW, Nov. 8 (Reuters) - North Korean Foreign Minister Ri Yong Ho held talks with Russian "
        "Foreign Minister Sergei Lavrov on Friday in Moscow.", {"Ri Yong-ho", "Sergey Lavrov"}, "2019-11-08", "Moscow"),
    row("2019-06-03", "SEOUL (AP) — Chinese Premier Li Keqiang met Prime Minister Lee Nak-yon in Seoul on Sunday, a day "
        "before a three-way summit with Japan.", {"Li Keqiang", "Lee Nak-yon"}, "2019-06-02", "Seoul"),
    # --- meeting words ---------------------------------------------------------------------------
    row("2019-08-01", "Foreign Minister Kang Kyung-wha spoke by phone with U.S. Secretary of State Mike Pompeo on Tuesday, "
        "according to a ministry official.", {KANG, POMPEO}, "2019-07-30", None),
    row("2019-08-09", "Defense Minister Jeong Kyeong-doo and U.S. Defense Secretary Mark Esper held a video conference "
        "on Thursday to discuss the alliance.", {"Jeong Kyeong-doo", "Mark Esper"}, "2019-08-08", None),
    row("2019-08-10", "Foreign Minister Kang Kyung-wha arrived in Tokyo on Thursday for a two-day visit. Kang paid a courtesy "
        "call on Prime Minister Shinzo Abe at the prime minister's office in Tokyo on Friday.",
        {KANG, ABE}, "2019-08-09", "Tokyo"),
    row("2019-09-25", "President Moon Jae-in received Chinese Foreign Minister Wang Yi at the presidential office in "
        "Seoul on Tuesday.", {MOON, WANG}, "2019-09-24", "Seoul"),
    row("2020-01-21", "Japanese Foreign Minister Toshimitsu Motegi hosted South Korean Foreign Minister Kang Kyung-wha for "
        "dinner in Tokyo on Sunday.", {MOTEGI, KANG}, "2020-01-19", "Tokyo"),
    row("2019-06-18", "President Moon Jae-in spoke by phone with Japanese Prime Minister Shinzo Abe on Monday "
        "night, his office said.", {MOON, ABE}, "2019-06-17", None),
    row("2019-06-19", "President Moon Jae-in held his first phone call with Chinese President Xi Jinping on Tuesday.",
        {MOON, XI}, "2019-06-18", None),
    row("2019-06-19", "President Moon Jae-in had a telephone conversation with Chinese President Xi Jinping on "
        "Tuesday, the presidential office said.", {MOON, XI}, "2019-06-18", None),
    row("2019-07-18", "Vice Foreign Minister Cho Hyun sat down with Deputy Secretary of State John J. Sullivan "
        "in Washington on Wednesday.", {"Cho Hyun", "John J. Sullivan"}, "2019-07-17", "Washington"),
    row("2019-07-16", "National Security Adviser Chung Eui-yong sat down with his U.S. counterpart John Bolton at the "
        "White House on Monday.", {"Chung Eui-yong", "John Bolton"}, "2019-07-15", "Washington"),
    row("2019-09-13", "Prime Minister Lee Nak-yon met Japanese Prime Minister Shinzo Abe in Tokyo on Thursday.",
        {"Lee Nak-yon", ABE}, "2019-09-12", "Tokyo"),
    row("2019-09-13", "Prime Minister Lee Nak-yon had a meeting with Japanese Prime Minister Shinzo Abe in Tokyo "
        "on Thursday.", {"Lee Nak-yon", ABE}, "2019-09-12", "Tokyo"),
    row("2019-09-13", "Prime Minister Lee Nak-yon and Japanese Prime Minister Shinzo Abe exchanged views on "
        "regional security at their meeting in Tokyo on Thursday.", {"Lee Nak-yon", ABE}, "2019-09-12", "Tokyo"),
    row("2020-01-21", "Foreign Minister Kang Kyung-wha and Japanese Foreign Minister Toshimitsu Motegi held a bilateral "
        "meeting in Tokyo on Monday.", {KANG, MOTEGI}, "2020-01-20", "Tokyo"),
    row("2020-01-21", "Foreign Minister Kang Kyung-wha conferred with Japanese Foreign Minister Toshimitsu Motegi in Tokyo "
        "on Monday.", {KANG, MOTEGI}, "2020-01-20", "Tokyo"),
    row("2020-01-21", "Foreign Minister Kang Kyung-wha held a working dinner with Japanese Foreign Minister Toshimitsu Motegi "
        "in Tokyo on Monday.", {KANG, MOTEGI}, "2020-01-20", "Tokyo"),
    row("2020-01-21", "Foreign Minister Kang Kyung-wha held a luncheon meeting with Japanese Foreign Minister Toshimitsu "
        "Motegi in Tokyo on Monday.", {KANG, MOTEGI}, "2020-01-20", "Tokyo"),
    row("2019-10-01", "Foreign Minister Kang Kyung-wha held a video call with Secretary of State Mike Pompeo on "
        "Monday.", {KANG, POMPEO}, "2019-09-30", None),
    row("2019-10-01", "Foreign Minister Kang Kyung-wha talked by phone with Secretary of State Mike Pompeo on Monday.",
        {KANG, POMPEO}, "2019-09-30", None),
    row("2019-10-01", "Foreign Minister Kang Kyung-wha held a phone conversation with Secretary of State Mike Pompeo "
        "on Monday.", {KANG, POMPEO}, "2019-09-30", None),
    row("2019-10-01", "Foreign Minister Kang Kyung-wha and Secretary of State Mike Pompeo held a virtual meeting on "
        "Monday.", {KANG, POMPEO}, "2019-09-30", None),
    row("2019-09-25", "Chinese Foreign Minister Wang Yi called on President Moon Jae-in at the presidential office "
        "in Seoul on Tuesday.", {WANG, MOON}, "2019-09-24", "Seoul"),
    row("2019-09-25", "Chinese Foreign Minister Wang Yi paid a courtesy call on President Moon Jae-in in Seoul on "
        "Tuesday.", {WANG, MOON}, "2019-09-24", "Seoul"),
    row("2019-09-25", "President Moon Jae-in welcomed Chinese Foreign Minister Wang Yi to the presidential office in "
        "Seoul on Tuesday.", {MOON, WANG}, "2019-09-24", "Seoul"),
    row("2023-04-27", "President Joe Biden hosted South Korean President Yoon Suk Yeol for a state visit at the White "
        "House on Wednesday.", {"Joe Biden", "Yoon Suk Yeol"}, "2023-04-26", "Washington"),
    row("2019-10-04", "Foreign Minister Kang Kyung-wha and Japanese Foreign Minister Toshimitsu Motegi held their second "
        "meeting in a month in New York on Thursday.", {KANG, MOTEGI}, "2019-10-03", "New York"),
    # --- press-release styles -----------------------------------------------------------------
    row("2020-01-21", "On January 20, starting at 2:30 p.m. and lasting about 40 minutes, Mr. MOTEGI Toshimitsu, Minister "
        "for Foreign Affairs of Japan, held a Japan-ROK Foreign Ministers' Meeting with H.E. Ms. KANG Kyung-wha, Foreign "
        "Minister of the Republic of Korea, who is visiting Japan.", {MOTEGI, KANG}, "2020-01-20", ANY),
    row("2020-02-23", "Minister of Foreign Affairs Kang Kyung-wha held a three-way ministerial meeting with U.S. "
        "Secretary of State Mike Pompeo and Japanese Minister for Foreign Affairs Toshimitsu Motegi on February 22 in "
        "Munich, Germany, on the margins of the Munich Security Conference.", {KANG, POMPEO, MOTEGI}, "2020-02-22",
        "Munich"),
    row("2020-02-23", "Secretary of State Mike Pompeo met Republic of Korea Foreign Minister Kang Kyung-wha on the "
        "margins of the Munich Security Conference in Munich on February 22.", {POMPEO, KANG}, "2020-02-22", "Munich"),
    row("2020-02-23", "Secretary Pompeo met Republic of Korea Foreign Minister Kang Kyung-wha in Munich on February 22.",
        {POMPEO, KANG}, "2020-02-22", "Munich"),
    row("2020-02-23", "Attributable to Department Spokesperson Morgan Ortagus: Secretary of State Mike Pompeo met "
        "Republic of Korea Foreign Minister Kang Kyung-wha in Munich today.", {POMPEO, KANG}, "2020-02-23", "Munich"),
    row("2019-11-23", "Minister of Foreign Affairs Kang Kyung-wha had a telephone conversation with Minister for Foreign "
        "Affairs of Japan Toshimitsu Motegi on November 22.", {KANG, MOTEGI}, "2019-11-22", None),
    row("2020-01-21", "Foreign Minister Kang Kyung-wha, who is visiting Japan, met his Japanese counterpart Toshimitsu Motegi "
        "at the foreign ministry in Tokyo on Monday.", {KANG, MOTEGI}, "2020-01-20", "Tokyo"),
    # --- planned, cancelled ----------------------------------------------------------------------
    row("2019-11-05", "South Korean President Moon Jae-in will hold a summit with Chinese President Xi Jinping in "
        "Busan on Saturday, the presidential office said.", {MOON, XI}, "2019-11-09", "Busan", "planned"),
    row("2019-11-05", "U.S. President Donald Trump is set to meet President Moon Jae-in in Busan on Wednesday on "
        "the sidelines of an APEC gathering.", {TRUMP, MOON}, "2019-11-06", "Busan", "planned"),
    row("2019-11-05", "Japanese Prime Minister Shinzo Abe plans to meet President Moon Jae-in during the APEC "
        "summit in Busan this week.", {"Shinzo Abe", MOON}, "2019-11", "Busan", "planned"),
    row("2019-11-05", "President Moon Jae-in is expected to hold talks with Japanese Prime Minister Shinzo Abe in "
        "Busan on Thursday.", {MOON, "Shinzo Abe"}, "2019-11-07", "Busan", "planned"),
    row("2019-11-05", "President Moon Jae-in and Japanese Prime Minister Shinzo Abe are scheduled to hold talks "
        "in Busan on Thursday.", {MOON, "Shinzo Abe"}, "2019-11-07", "Busan", "planned"),
    row("2019-08-27", "President Moon Jae-in will meet U.S. President Donald Trump at the White House next Monday.",
        {MOON, TRUMP}, "2019-09-02", "Washington", "planned"),
    row("2019-08-27", "President Moon Jae-in will meet Japanese Prime Minister Shinzo Abe in Tokyo on Saturday "
        "before flying to Washington.", {MOON, ABE}, "2019-08-31", "Tokyo", "planned"),
    row("2019-07-23", "President Moon Jae-in plans to visit Japan next month to meet Prime Minister Shinzo Abe.",
        {MOON, ABE}, "2019-08", ANY, "planned"),
    row("2020-01-14", "A planned meeting between Foreign Minister Kang Kyung-wha and Japanese Foreign Minister Toshimitsu "
        "Motegi was canceled, the ministry said on Monday.", {KANG, MOTEGI}, ANY, ANY, "cancelled"),
    row("2020-01-14", "Talks between Foreign Minister Kang Kyung-wha and Chinese Foreign Minister Wang Yi that had been "
        "scheduled for Wednesday were postponed.", {KANG, WANG}, ANY, ANY, "cancelled"),
    row("2020-01-14", "Foreign Minister Kang Kyung-wha called off his planned meeting with Japanese Foreign Minister "
        "Toshimitsu Motegi.", {KANG, MOTEGI}, ANY, ANY, "cancelled"),
    row("2020-03-09", "Foreign Minister Kang Kyung-wha left for Washington on Monday. He is expected to hold talks with "
        "Secretary of State Mike Pompeo on Thursday.", {KANG, POMPEO}, "2020-03-12", ANY, "planned"),
    row("2019-10-01", "Foreign ministry spokesperson Kim In-chul said Foreign Minister Kang Kyung-wha would meet Japanese "
        "Foreign Minister Toshimitsu Motegi in Tokyo on Friday.", {KANG, MOTEGI}, "2019-10-04", "Tokyo", "planned"),
    row("2019-08-27", "President Moon Jae-in is due to hold a summit with President Donald Trump in Washington "
        "on Sept. 2.", {MOON, TRUMP}, "2019-09-02", "Washington", "planned"),
    # --- several pairs ---------------------------------------------------------------------------
    row("2019-08-04", "Foreign Minister Kang Kyung-wha met separately with Chinese Foreign Minister Wang Yi and Russian "
        "Foreign Minister Sergei Lavrov on the sidelines of a string of ASEAN meetings in Vientiane on Saturday.",
        {KANG, WANG}, "2019-08-03", "Vientiane"),
    row("2019-08-04", "Foreign Minister Kang Kyung-wha met separately with Chinese Foreign Minister Wang Yi and Russian "
        "Foreign Minister Sergei Lavrov on the sidelines of a string of ASEAN meetings in Vientiane on Saturday.",
        {KANG, "Sergey Lavrov"}, "2019-08-03", "Vientiane"),
    row("2019-10-01", "Foreign Minister Kang Kyung-wha held back-to-back talks with Secretary of State Mike Pompeo and "
        "Japanese Foreign Minister Toshimitsu Motegi in New York on Monday.", {KANG, POMPEO}, "2019-09-30", "New York"),
    row("2019-10-01", "Foreign Minister Kang Kyung-wha held back-to-back talks with Secretary of State Mike Pompeo and "
        "Japanese Foreign Minister Toshimitsu Motegi in New York on Monday.", {KANG, "Toshimitsu Motegi"}, "2019-09-30",
        "New York"),
    # --- attendees, counterparts, people talked about -------------------------------------------
    row("2019-09-14", "President Moon Jae-in met Japanese Prime Minister Shinzo Abe in Seoul on Friday, "
        "accompanied by National Security Adviser Chung Eui-yong.", {MOON, "Shinzo Abe"}, "2019-09-13", "Seoul"),
    row("2019-05-21", "Foreign Minister Kang Kyung-wha met Chinese Foreign Minister Wang Yi in Beijing on Monday. First "
        "Vice Foreign Minister Cho Hyun also attended the talks.", {KANG, WANG}, "2019-05-20", "Beijing"),
    row("2019-02-14", "Foreign Minister Kang Kyung-wha and Secretary of State Mike Pompeo discussed North Korean leader "
        "Kim Jong Un's recent remarks when they met in Washington on Wednesday.", {KANG, POMPEO}, "2019-02-13",
        "Washington"),
    row("2019-11-25", "Defense Minister Jeong Kyeong-doo held talks with his Japanese counterpart Taro Kono in Tokyo "
        "on Sunday.", {"Jeong Kyeong-doo", "Taro Kono"}, "2019-11-24", "Tokyo"),
    row("2019-09-03", "President Moon Jae-in met Donald Trump at the White House on Monday, with Treasury Secretary "
        "Steven Mnuchin also in attendance.", {MOON, TRUMP}, "2019-09-02", "Washington"),
    row("2019-09-01", "President Moon Jae-in held a summit with his Japanese counterpart in Tokyo on Saturday.",
        {MOON, ABE}, "2019-08-31", "Tokyo"),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha held talks with his Chinese counterpart in Beijing on Wednesday.",
        {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha met Wang Yi in Beijing on Wednesday and conveyed President Moon "
        "Jae-in's hope for a visit by Xi Jinping.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-08-10", "Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Taro Kono in Tokyo on Friday. The "
        "two ministers discussed Prime Minister Shinzo Abe's planned visit to Seoul.", {KANG, KONO},
        "2019-08-09", "Tokyo"),
    row("2019-06-25", "President Moon Jae-in met Japanese Prime Minister Shinzo Abe on the sidelines of a G7 "
        "summit in Biarritz, France, on Tuesday, accompanied by his chief of staff Noh Young-min.",
        {MOON, ABE}, "2019-06-25", ANY),
    row("2019-08-08", "Foreign Minister Kang Kyung-wha met U.S. Secretary of State Mike Pompeo in Washington on Wednesday, "
        "joined by Ambassador Cho Yoon-je.", {KANG, POMPEO}, "2019-08-07", "Washington"),
    # --- names and titles ------------------------------------------------------------------------
    row("2019-08-09", "Kang Kyung-wha and Mike Pompeo met in Washington on Wednesday.", {KANG, POMPEO}, "2019-08-07",
        "Washington"),
    row("2019-02-14", "South Korean Foreign Minister Kyung-wha Kang met U.S. Secretary of State Mike Pompeo in "
        "Washington on Wednesday.", {KANG, POMPEO}, "2019-02-13", "Washington"),
    row("2020-01-21", "Japan's Foreign Minister Motegi Toshimitsu met South Korea's Foreign Minister Kang Kyung-wha in Tokyo "
        "on Monday.", {MOTEGI, KANG}, "2020-01-20", "Tokyo"),
    row("2019-08-09", "Foreign Minister Kang Kyung-wha met Secretary Pompeo at the Department of State on Thursday.",
        {KANG, POMPEO}, "2019-08-08", ANY),
    row("2019-09-26", "South Korea's top diplomat Kang Kyung-wha met Chinese Foreign Minister Wang Yi in Beijing on "
        "Wednesday.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-26", "Kang, South Korea's foreign minister, met Wang Yi in Beijing on Wednesday.", {KANG, WANG},
        "2019-09-25", "Beijing"),
    row("2019-09-26", "South Korean Foreign Minister Kang Kyung-wha arrived in Beijing on Tuesday. Kang met Chinese "
        "Foreign Minister Wang Yi on Wednesday.", {KANG, WANG}, "2019-09-25", ANY),
    row("2019-11-22", "Hwang Kyo-ahn, the leader of the main opposition Liberty Korea Party, met Chinese Ambassador Qiu "
        "Guohong in Seoul on Thursday.", {"Hwang Kyo-ahn", "Qiu Guohong"}, "2019-11-21", "Seoul"),
    row("2019-11-07", "President Moon Jae-in and President Donald Trump of the United States held a summit in "
        "Busan on Wednesday.", {MOON, TRUMP}, "2019-11-06", "Busan"),
    row("2019-11-07", "U.S. President Donald Trump met with South Korea's President Moon Jae-in at a museum in the "
        "southeastern city of Busan on Wednesday.", {TRUMP, MOON}, "2019-11-06", "Busan"),
    # --- dates -----------------------------------------------------------------------------------
    row("2019-10-02", "Foreign Minister Kang Kyung-wha met Chinese Foreign Minister Wang Yi in Beijing last week.",
        {KANG, WANG}, "2019-09", "Beijing"),
    row("2020-02-04", "Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Toshimitsu Motegi in Tokyo earlier this "
        "month.", {KANG, MOTEGI}, "2020-02", "Tokyo"),
    row("2020-02-12", "Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Toshimitsu Motegi in Tokyo late last "
        "month.", {KANG, MOTEGI}, "2020-01", "Tokyo"),
    row("2019-08-27", "President Moon Jae-in met Japanese Prime Minister Shinzo Abe in Seoul on Tuesday.",
        {MOON, ABE}, "2019-08-27", "Seoul"),
    row("2019-08-27", "President Moon Jae-in will meet Japanese Prime Minister Shinzo Abe in Tokyo on Friday.",
        {MOON, ABE}, "2019-08-30", "Tokyo", "planned"),
    row("2019-08-09", "Foreign Minister Kang Kyung-wha met U.S. Secretary of State Mike Pompeo in Washington yesterday.",
        {KANG, POMPEO}, "2019-08-08", "Washington"),
    row("2019-08-27", "President Moon Jae-in and Japanese Prime Minister Shinzo Abe will hold talks in Tokyo "
        "this week.", {MOON, ABE}, "2019-08", "Tokyo", "planned"),
    row("2019-09-26", "Tuesday's talks between Foreign Minister Kang Kyung-wha and Chinese Foreign Minister Wang Yi in "
        "Beijing lasted two hours.", {KANG, WANG}, "2019-09-24", "Beijing"),
    row("2019-11-23", "NEW YORK, Nov. 22 (Yonhap) -- Foreign Minister Kang Kyung-wha met U.N. Secretary-General Antonio "
        "Guterres at U.N. headquarters on Friday (local time).", {KANG, "António Guterres"}, "2019-11-22", "New York"),
    row("2019-10-02", "Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Toshimitsu Motegi on the sidelines of this year's "
        "U.N. General Assembly in New York on Tuesday (local time).", {KANG, MOTEGI}, "2019-10-01", "New York"),
    row("2019-10-02", "Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Toshimitsu Motegi in New York on Oct. 1.",
        {KANG, MOTEGI}, "2019-10-01", "New York"),
    row("2019-10-02", "Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Toshimitsu Motegi in New York on Tuesday, "
        "Oct. 1.", {KANG, MOTEGI}, "2019-10-01", "New York"),
    row("2019-10-02", "Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Toshimitsu Motegi in New York on 1 "
        "October.", {KANG, MOTEGI}, "2019-10-01", "New York"),
    row("2019-10-02", "Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Toshimitsu Motegi in New York on Tuesday, "
        "a day after he arrived on Monday.", {KANG, MOTEGI}, "2019-10-01", "New York"),
    row("2019-09-03", "After a stop in Tokyo on Saturday, President Moon Jae-in met U.S. President Donald Trump in "
        "Washington on Monday.", {MOON, TRUMP}, "2019-09-02", "Washington"),
    row("2019-06-18", "President Moon Jae-in spoke by phone with Japanese Prime Minister Shinzo Abe for 25 "
        "minutes on Monday evening.", {MOON, ABE}, "2019-06-17", None),
    # --- places ----------------------------------------------------------------------------------
    row("2020-01-21", "Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Toshimitsu Motegi at the foreign ministry "
        "in Tokyo on Monday.", {KANG, MOTEGI}, "2020-01-20", "Tokyo"),
    row("2019-08-09", "Foreign Minister Kang Kyung-wha, visiting Washington, met Secretary of State Mike Pompeo on Thursday.",
        {KANG, POMPEO}, "2019-08-08", "Washington"),
    row("2019-11-10", "President Moon Jae-in met Chinese President Xi Jinping in the southeastern city of Busan on "
        "Saturday.", {MOON, XI}, "2019-11-09", "Busan"),
    row("2019-08-10", "Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Taro Kono in the Japanese capital on "
        "Friday.", {KANG, KONO}, "2019-08-09", "Tokyo"),
    row("2019-11-26", "President Moon Jae-in met British Prime Minister Boris Johnson on the sidelines of a G20 "
        "summit in Osaka on Monday.", {MOON, "Boris Johnson"}, "2019-11-25", "Osaka"),
    row("2019-10-01", "Defense Secretary Mark Esper hosted Defense Minister Jeong Kyeong-doo at the Pentagon on Monday.",
        {"Mark Esper", "Jeong Kyeong-doo"}, "2019-09-30", "Washington"),
    row("2019-08-10", "Foreign Minister Kang Kyung-wha held talks with Japanese Foreign Minister Taro Kono in Tokyo, "
        "Japan, on Friday.", {KANG, KONO}, "2019-08-09", "Tokyo"),
    row("2019-08-10", "Foreign Minister Kang Kyung-wha, on his first trip to Japan since taking office, met Japanese Foreign "
        "Minister Taro Kono on Friday.", {KANG, KONO}, "2019-08-09", ANY),
    row("2019-05-21", "Foreign Minister Kang Kyung-wha traveled to Beijing on Monday for talks with Chinese Foreign "
        "Minister Wang Yi.", {KANG, WANG}, "2019-05-20", "Beijing"),
    row("2019-05-21", "In Beijing, Foreign Minister Kang Kyung-wha met Chinese Foreign Minister Wang Yi on Monday.",
        {KANG, WANG}, "2019-05-20", "Beijing"),
    # --- office groups, trilaterals, states ---------------------------------------------------
    row("2019-10-01", "The foreign ministers of South Korea, Japan and the U.S. held trilateral talks in New "
        "York on Monday.", {KANG, POMPEO, MOTEGI}, "2019-09-30", "New York"),
    row("2019-08-10", "The top diplomats of South Korea and Japan met in Tokyo on Friday.", {KANG, KONO},
        "2019-08-09", "Tokyo"),
    row("2019-06-04", "South Korea, China and Japan held their first trilateral summit in more than four years in "
        "Seoul on Monday.", {"KOR", "CHN", "JPN"}, "2019-06-03", "Seoul"),
    row("2019-11-26", "Moon Jae-in, Shinzo Abe and Donald Trump held a trilateral summit in Bangkok on Friday.",
        {MOON, ABE, "Donald Trump"}, "2019-11-22", "Bangkok"),
    row("2019-09-21", "The defense chiefs of South Korea, the U.S. and Japan held a video conference on Friday.",
        {"Jeong Kyeong-doo", "Mark Esper", "Taro Kono"}, "2019-09-20", None),
    row("2019-10-01", "Japanese and South Korean officials held talks in Seoul on Monday.", {"KOR", "JPN"},
        "2019-09-30", "Seoul"),
    # --- no meeting -----------------------------------------------------------------------------
    row("2019-05-20", "North Korean leader Kim Jong Un inspected a munitions factory, state media said on Sunday.", None),
    row("2019-09-25", "Prime Minister Shinzo Abe told reporters in Tokyo that he welcomed the summit.", None),
    # modal43: a meeting only wished for is a willingness, neither held nor scheduled: no meeting
    row("2019-11-05", "Trump said he would be happy to meet Kim Jong Un, but Pyongyang has not responded.", None),
    # --- a second round, written after the first fixes: fronted scenes, addressees, relative clauses -----
    row("2019-09-01", "Moon Jae-in, South Korea's president, met Japanese Prime Minister Shinzo Abe in Tokyo on Saturday.", {MOON, ABE}, "2019-08-31", "Tokyo"),
    row("2019-09-01", "South Korean President Moon Jae-in and Japanese Prime Minister Shinzo Abe agreed to expand exchanges during talks in Tokyo on Saturday.", {MOON, ABE}, "2019-08-31", "Tokyo"),
    row("2019-06-18", "In a phone call on Monday, President Moon Jae-in and Japanese Prime Minister Shinzo Abe agreed to meet soon.", {MOON, ABE}, "2019-06-17", None),
    row("2019-06-18", "President Moon Jae-in told Japanese Prime Minister Shinzo Abe in a phone call on Monday that he hoped for closer ties.", {MOON, ABE}, "2019-06-17", None),
    row("2019-09-26", "During a meeting with Chinese Foreign Minister Wang Yi in Beijing on Wednesday, Foreign Minister Kang Kyung-wha asked for China's help.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-26", "Kang Kyung-wha's meeting with Wang Yi in Beijing on Wednesday lasted 90 minutes.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-03", "The summit between Moon Jae-in and Donald Trump at the White House on Monday lasted two hours.", {MOON, TRUMP}, "2019-09-02", "Washington"),
    row("2019-09-24", "Chinese Foreign Minister Wang Yi arrived in Seoul on Tuesday for talks with Foreign Minister Kang Kyung-wha.", {WANG, KANG}, "2019-09-24", "Seoul"),
    row("2019-09-18", "Foreign Minister Kang Kyung-wha will travel to Beijing next week for talks with Chinese Foreign Minister Wang Yi.", {KANG, WANG}, "2019-09", "Beijing", "planned"),
    row("2019-11-20", "Foreign Minister Kang Kyung-wha and Secretary of State Mike Pompeo are expected to discuss North Korea when they meet in Bangkok on Friday.", {KANG, POMPEO}, "2019-11-22", "Bangkok", "planned"),
    row("2019-09-25", "Chinese Ambassador Qiu Guohong called on Unification Minister Kim Yeon-chul in Seoul on Tuesday.", {"Qiu Guohong", "Kim Yeon-chul"}, "2019-09-24", "Seoul"),
    row("2019-09-25", "President Moon Jae In met Chinese Foreign Minister Wang Yi in Seoul on Tuesday.", {MOON, WANG}, "2019-09-24", "Seoul"),
    row("2019-05-21", "Foreign Minister Kang Kyung Wha met Chinese Foreign Minister Wang Yi in Beijing on Monday.", {KANG, WANG}, "2019-05-20", "Beijing"),
    row("2019-05-21", "President Moon Jae In met Chinese Premier Li Keqiang in Seoul on Sunday.", {MOON, "Li Keqiang"}, "2019-05-19", "Seoul"),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha met Wang Yi in Beijing on Sept. 25.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-27", "Thursday's meeting between Foreign Minister Kang Kyung-wha and Wang Yi in Beijing was their second.", {KANG, WANG}, "2019-09-26", "Beijing"),
    row("2019-10-02", "Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Toshimitsu Motegi in New York late Monday.", {KANG, MOTEGI}, "2019-09-30", "New York"),
    row("2019-10-02", "Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Toshimitsu Motegi in New York early Tuesday.", {KANG, MOTEGI}, "2019-10-01", "New York"),
    row("2019-09-30", "Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Toshimitsu Motegi in Tokyo over the weekend.", {KANG, MOTEGI}, ANY, "Tokyo"),
    row("2019-10-02", "Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Toshimitsu Motegi in New York a day earlier.", {KANG, MOTEGI}, "2019-10-01", "New York"),
    row("2019-10-23", "Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Toshimitsu Motegi in Tokyo last month.", {KANG, MOTEGI}, "2019-09", "Tokyo"),
    row("2019-10-23", "Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Toshimitsu Motegi in Tokyo on Oct. 8.", {KANG, MOTEGI}, "2019-10-08", "Tokyo"),
    row("2020-01-17", "Foreign Minister Kang Kyung-wha met Secretary of State Mike Pompeo in Seoul on Jan. 13.", {KANG, POMPEO}, "2020-01-13", "Seoul"),
    row("2020-01-14", "Secretary of State Mike Pompeo met Foreign Minister Kang Kyung-wha in Seoul on Monday (Seoul time).", {POMPEO, KANG}, "2020-01-13", "Seoul"),
    row("2019-11-06", "President Moon Jae-in and U.S. President Donald Trump have agreed to hold a summit in Busan on Wednesday.", {MOON, TRUMP}, "2019-11-06", "Busan", "planned"),
    row("2019-11-05", "President Moon Jae-in invited Japanese Prime Minister Shinzo Abe to visit Seoul.", None),
    row("2019-11-23", "Foreign Minister Kang Kyung-wha met Secretary of State Mike Pompeo in Bangkok, Thailand, on Friday.", {KANG, POMPEO}, "2019-11-22", "Bangkok"),
    row("2019-11-23", "Foreign Minister Kang Kyung-wha met Secretary of State Mike Pompeo in the Thai capital of Bangkok on Friday.", {KANG, POMPEO}, "2019-11-22", "Bangkok"),
    row("2019-11-23", "Foreign Minister Kang Kyung-wha met Secretary of State Mike Pompeo in Washington, D.C., on Friday.", {KANG, POMPEO}, "2019-11-22", "Washington"),
    row("2020-01-21", "The meeting between Foreign Minister Kang Kyung-wha and Toshimitsu Motegi was held in Tokyo on Monday.", {KANG, MOTEGI}, "2020-01-20", "Tokyo"),
    row("2019-06-09", "Defense Minister Jeong Kyeong-doo met Mark Esper on the resort island of Jeju on Saturday.", {"Jeong Kyeong-doo", "Mark Esper"}, ANY, "Jeju"),
    row("2018-04-28", "Moon Jae-in met Kim Jong Un in the border village of Panmunjom on Friday.", {"Moon Jae-in", "Kim Jong Un"}, "2018-04-27", "Panmunjom"),
    row("2019-07-20", "Foreign Minister Kang Kyung-wha met Secretary of State Mike Pompeo at the ASEAN Regional Forum in Bangkok on Friday.", {KANG, POMPEO}, "2019-07-19", "Bangkok"),
    row("2019-09-03", "President Moon Jae-in met President Donald Trump at the White House in Washington on Monday.", {MOON, TRUMP}, "2019-09-02", "Washington"),
    row("2019-09-01", "President Moon Jae-in met Prime Minister Shinzo Abe at the Japanese prime minister's office on Saturday.", {MOON, ABE}, "2019-08-31", ANY),
    row("2019-09-25", "Wang met Kang at the foreign ministry in Seoul on Tuesday, a day after arriving.", None),
    row("2019-06-28", "U.S. Deputy Secretary of State John J. Sullivan and Vice Foreign Minister Cho Hyun held a strategic dialogue in Seoul on Thursday.", {"John J. Sullivan", "Cho Hyun"}, "2019-06-27", "Seoul"),
    row("2019-06-28", "Vice Foreign Minister Cho Hyun held consultations with Deputy Secretary of State John J. Sullivan in Seoul on Thursday.", {"Cho Hyun", "John J. Sullivan"}, "2019-06-27", "Seoul"),
    row("2019-06-28", "Vice Foreign Minister Cho Hyun and Deputy Secretary of State John J. Sullivan had dinner together in Seoul on Thursday.", {"Cho Hyun", "John J. Sullivan"}, "2019-06-27", "Seoul"),
    row("2019-06-28", "Vice Foreign Minister Cho Hyun met Deputy Secretary of State John J. Sullivan, who was visiting Seoul, on Thursday.", {"Cho Hyun", "John J. Sullivan"}, "2019-06-27", "Seoul"),
    row("2019-10-02", "Kang Kyung-wha, who met Toshimitsu Motegi in New York on Tuesday, said the two agreed to meet again.", {KANG, MOTEGI}, "2019-10-01", "New York"),
    row("2019-10-02", "Japanese Foreign Minister Toshimitsu Motegi met his South Korean counterpart Kang Kyung-wha in New York on Tuesday.", {MOTEGI, KANG}, "2019-10-01", "New York"),
    row("2019-10-02", "Toshimitsu Motegi met with Kang Kyung-wha, South Korea's foreign minister, in New York on Tuesday.", {MOTEGI, KANG}, "2019-10-01", "New York"),
    row("2019-10-02", "Foreign Minister Kang Kyung-wha held separate talks with Japanese Foreign Minister Toshimitsu Motegi and Secretary of State Mike Pompeo in New York on Tuesday.", {KANG, MOTEGI}, "2019-10-01", "New York"),
    row("2019-10-02", "Foreign Minister Kang Kyung-wha held separate talks with Japanese Foreign Minister Toshimitsu Motegi and Secretary of State Mike Pompeo in New York on Tuesday.", {KANG, POMPEO}, "2019-10-01", "New York"),
    row("2019-10-02", "Foreign Minister Kang Kyung-wha met with Japanese Foreign Minister Toshimitsu Motegi and then with Secretary of State Mike Pompeo in New York on Tuesday.", {KANG, POMPEO}, "2019-10-01", "New York"),
    row("2019-11-10", "Chinese President Xi Jinping held talks with President Moon Jae-in in Busan on Saturday, Xinhua reported.", {XI, MOON}, "2019-11-09", "Busan"),
    row("2019-11-10", "Xi Jinping and Moon Jae-in held their first summit on Saturday in Busan, South Korea.", {XI, MOON}, "2019-11-09", "Busan"),
    row("2019-11-10", "Chinese leader Xi Jinping met South Korean President Moon Jae-in in Busan on Saturday.", {XI, MOON}, "2019-11-09", "Busan"),
    row("2019-10-02", "Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Toshimitsu Motegi on Tuesday on the margins of the U.N. General Assembly in New York.", {KANG, MOTEGI}, "2019-10-01", "New York"),
    # --- a third round: press-release and state-media styles, welcomes, hosts, bare surnames -------------
    row("2019-09-25", "On September 24, Foreign Minister Kang Kyung-wha had a meeting with Wang Yi, State Councilor and Minister of Foreign Affairs of China, at the foreign ministry building in Seoul.", {KANG, WANG}, "2019-09-24", "Seoul"),
    row("2019-09-25", "Wang Yi Meets with South Korean Foreign Minister Kang Kyung-wha. On September 24, 2019, Foreign Minister Wang Yi met with South Korean Foreign Minister Kang Kyung-wha in Seoul.", {WANG, KANG}, "2019-09-24", "Seoul"),
    row("2019-06-27", "Respected Comrade Kim Jong Un held talks with Xi Jinping, President of the People's Republic of China, at the Paekhwawon State Guest House on June 26.", {"Kim Jong Un", "Xi Jinping"}, "2019-06-26", ANY),
    row("2019-06-27", "Kim Jong Un received Russian Defense Minister Sergei Shoigu in Pyongyang on Thursday.", {"Kim Jong Un", "Sergei Shoigu"}, "2019-06-27", "Pyongyang"),
    row("2019-09-03", "President Trump welcomed President Moon Jae-in of the Republic of Korea to the White House on Monday.", {TRUMP, MOON}, "2019-09-02", "Washington"),
    row("2019-09-03", "Today, President Trump met with President Moon Jae-in of the Republic of Korea at the White House.", {TRUMP, MOON}, "2019-09-03", "Washington"),
    row("2019-09-26", "Yonhap: Kang Kyung-wha meets Wang Yi in Beijing, seeks support for peace efforts", {KANG, WANG}, ANY, "Beijing"),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha met Wang Yi, China's top diplomat, in Beijing on Wednesday.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha, who is on a three-day visit to China, met Chinese Foreign Minister Wang Yi on Wednesday.", {KANG, WANG}, "2019-09-25", ANY),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha met Wang Yi on Wednesday during his three-day trip to Beijing.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-11-07", "Moon and Trump, meeting in Busan on Wednesday, agreed on the details of a trade deal.", {MOON, TRUMP}, "2019-11-06", "Busan"),
    row("2019-11-07", "President Moon Jae-in and President Donald Trump, meeting in Busan on Wednesday, agreed on the details of a trade deal.", {MOON, TRUMP}, "2019-11-06", "Busan"),
    row("2019-11-07", "The two leaders met for about 90 minutes.", None),
    row("2019-11-07", "President Moon Jae-in held a summit with President Donald Trump in Busan on Wednesday. The two leaders met for about 90 minutes.", {MOON, TRUMP}, "2019-11-06", "Busan"),
    row("2019-06-26", "President Moon Jae-in held summits with the leaders of Japan and Canada on the sidelines of a G7 summit in Biarritz on Tuesday.", {MOON, ABE}, "2019-06-25", ANY),
    row("2019-07-19", "President Moon Jae-in met Japanese Prime Minister Shinzo Abe on the sidelines of a NATO summit in Brussels on Thursday.", {MOON, "Shinzo Abe"}, "2019-07-18", "Brussels"),
    row("2019-07-19", "Moon met Abe on the sidelines of a NATO summit in Brussels on Thursday.", {MOON, "Shinzo Abe"}, "2019-07-18", "Brussels"),
    row("2019-11-10", "Moon met Xi in Busan on Saturday.", {MOON, XI}, "2019-11-09", "Busan"),
    row("2019-09-03", "Trump and Moon met at the White House on Monday.", {TRUMP, MOON}, "2019-09-02", "Washington"),
    row("2019-11-23", "Trump, Moon and Abe met in Bangkok on Friday.", {"Donald Trump", MOON, ABE}, "2019-11-22", "Bangkok"),
    row("2019-11-23", "U.S. President Donald Trump held a three-way meeting with Moon and Abe in Bangkok on Friday.", {"Donald Trump", MOON, ABE}, "2019-11-22", "Bangkok"),
    row("2019-06-13", "President Moon Jae-in spoke by phone with U.S. President Donald Trump late Friday.", {MOON, TRUMP}, "2019-06-07", None),
    row("2019-06-15", "President Moon Jae-in spoke by phone with U.S. President Donald Trump on Friday night Korean time.", {MOON, TRUMP}, "2019-06-14", None),
    row("2019-10-02", "NEW YORK, Oct. 1 (Yonhap) -- President Moon Jae-in met Japanese Prime Minister Shinzo Abe on Tuesday, on the sidelines of a U.N. General Assembly session.", {MOON, ABE}, "2019-10-01", ANY),
    row("2019-08-08", "Trade Minister Yoo Myung-hee held talks with U.S. Trade Representative Robert Lighthizer in Washington on Wednesday.", {"Yoo Myung-hee", "Robert Lighthizer"}, "2019-08-07", "Washington"),
    row("2019-08-08", "Foreign Minister Kang Kyung-wha is scheduled to hold talks with Secretary of State Mike Pompeo in Washington on Friday (U.S. time).", {KANG, POMPEO}, "2019-08-09", "Washington", "planned"),
    row("2019-09-25", "Chinese Foreign Minister Wang Yi will pay a courtesy call on President Moon Jae-in on Wednesday.", {WANG, MOON}, "2019-09-25", ANY, "planned"),
    row("2019-09-24", "Wang Yi is visiting Seoul for talks with Foreign Minister Kang Kyung-wha.", {WANG, KANG}, ANY, "Seoul"),
    row("2019-09-24", "Foreign Minister Kang Kyung-wha will host Chinese Foreign Minister Wang Yi in Seoul on Wednesday.", {KANG, WANG}, "2019-09-25", "Seoul", "planned"),
    row("2019-09-24", "Foreign Minister Kang Kyung-wha will meet his Chinese counterpart Wang Yi in Seoul on Wednesday for their first talks since Kang took office.", {KANG, WANG}, "2019-09-25", "Seoul", "planned"),
    # --- a fourth round: several sentences, later meetings of a trip, counterparts of several states -----
    row("2019-09-26", "Foreign Minister Kang Kyung-wha arrived in Beijing on Tuesday for a three-day visit. Later in the day, Kang met Chinese Vice President Wang Qishan.", {KANG, "Wang Qishan"}, "2019-09-24", "Beijing"),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha met Chinese Foreign Minister Wang Yi in Beijing on Wednesday. On the same day, Kang also met Chinese Vice President Wang Qishan.", {KANG, "Wang Qishan"}, "2019-09-25", "Beijing"),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha met Chinese Foreign Minister Wang Yi in Beijing on Wednesday. The two ministers agreed to keep in close contact.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha, who arrived in Beijing on Tuesday, met Chinese Foreign Minister Wang Yi on Wednesday.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-26", "S. Korea, China FMs hold talks in Beijing\nFOREIGN Minister Kang Kyung-wha met his Chinese counterpart Wang Yi in Beijing on Wednesday.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha met Chinese Foreign Minister Wang Yi in Beijing on Wednesday. Wang said China values its ties with South Korea. Kang also met with Chinese Vice President Wang Qishan on Thursday.", {KANG, "Wang Qishan"}, "2019-09-26", "Beijing"),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha met Chinese Foreign Minister Wang Yi in Beijing on Wednesday, the first such visit by a South Korean foreign minister in a year.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-01", "It was the first visit to Japan by a South Korean president since Lee Myung-bak's trip in 2011. Moon Jae-in met Shinzo Abe on Saturday.", {MOON, ABE}, "2019-08-31", ANY),
    row("2019-09-01", "President Moon Jae-in met Prime Minister Shinzo Abe on Saturday, a day after Abe hosted him at a dinner.", {MOON, ABE}, "2019-08-31", ANY),
    row("2019-09-01", "President Moon Jae-in, on a two-day visit to Japan, met Prime Minister Shinzo Abe on Saturday.", {MOON, ABE}, "2019-08-31", ANY),
    row("2019-09-01", "President Moon Jae-in met Prime Minister Shinzo Abe at the prime minister's office in Tokyo for about two hours on Saturday.", {MOON, ABE}, "2019-08-31", "Tokyo"),
    row("2019-09-01", "Abe and Moon met in Tokyo on Saturday. Prime Minister Shinzo Abe said the talks were productive.", {ABE, MOON}, "2019-08-31", "Tokyo"),
    row("2019-11-23", "Secretary of State Mike Pompeo met his Japanese and South Korean counterparts in Bangkok on Friday.", {POMPEO, KANG, MOTEGI}, "2019-11-22", "Bangkok"),
    row("2019-11-23", "Secretary of State Mike Pompeo met with his counterparts from Japan and South Korea in Bangkok on Friday.", {POMPEO, KANG, MOTEGI}, "2019-11-22", "Bangkok"),
    row("2019-11-23", "Foreign Minister Kang Kyung-wha met with Japanese Foreign Minister Toshimitsu Motegi on Friday in Bangkok, Thailand, where the APEC summit is being held.", {KANG, MOTEGI}, "2019-11-22", "Bangkok"),
    row("2019-11-23", "The meeting between Foreign Minister Kang Kyung-wha and Toshimitsu Motegi took place in Bangkok on Friday.", {KANG, MOTEGI}, "2019-11-22", "Bangkok"),
    row("2019-11-23", "Foreign Minister Kang Kyung-wha and Japanese Foreign Minister Toshimitsu Motegi met for 30 minutes in Bangkok on Friday.", {KANG, MOTEGI}, "2019-11-22", "Bangkok"),
    row("2019-11-23", "Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Toshimitsu Motegi for the first time in Bangkok on Friday.", {KANG, MOTEGI}, "2019-11-22", "Bangkok"),
    row("2019-11-23", "Foreign Minister Kang Kyung-wha met Japanese Foreign Minister Toshimitsu Motegi in Bangkok on Friday, their first talks since Motegi became foreign minister.", {KANG, MOTEGI}, "2019-11-22", "Bangkok"),
    # --- a fifth round: time zones, meetings recalled in 'after' clauses, possible and refused meetings --
    row("2019-09-04", "President Moon Jae-in met President Donald Trump last Monday at the White House.", {MOON, TRUMP}, "2019-09-02", "Washington"),
    row("2019-09-03", "President Moon Jae-in met President Donald Trump at the White House on Monday afternoon (local time).", {MOON, TRUMP}, "2019-09-02", "Washington"),
    row("2019-09-03", "President Moon Jae-in met President Donald Trump at the White House early Tuesday Korean time.", {MOON, TRUMP}, "2019-09-03", "Washington"),
    row("2019-09-02", "President Moon Jae-in will meet President Donald Trump at the White House on Monday afternoon (local time).", {MOON, TRUMP}, "2019-09-02", "Washington", "planned"),
    row("2019-08-30", "President Moon Jae-in is scheduled to meet President Donald Trump at the White House on Sept. 2.", {MOON, TRUMP}, "2019-09-02", "Washington", "planned"),
    row("2019-08-30", "President Moon Jae-in will hold his first summit with President Donald Trump in Washington early next week.", {MOON, TRUMP}, "2019-09", "Washington", "planned"),
    row("2019-08-30", "President Moon Jae-in will hold a summit with President Donald Trump in Washington on Monday, U.S. time.", {MOON, TRUMP}, "2019-09-02", "Washington", "planned"),
    row("2019-09-04", "President Moon Jae-in, who met President Donald Trump on Monday, returned home on Wednesday.", {MOON, TRUMP}, "2019-09-02", ANY),
    row("2019-09-04", "Two days after meeting President Donald Trump in Washington, President Moon Jae-in returned home.", {MOON, TRUMP}, ANY, "Washington"),
    row("2019-09-04", "President Moon Jae-in returned home on Wednesday after meeting President Donald Trump in Washington on Monday.", {MOON, TRUMP}, "2019-09-02", "Washington"),
    row("2019-09-04", "After his summit with Donald Trump on Monday, President Moon Jae-in visited a shipyard in Philadelphia.", {MOON, TRUMP}, "2019-09-02", ANY),
    row("2019-09-04", "President Moon Jae-in's summit with Donald Trump on Monday was the first since he took office.", {MOON, TRUMP}, "2019-09-02", ANY),
    row("2019-10-28", "South Korea and Japan are in talks to arrange a summit between President Moon Jae-in and Prime Minister Shinzo Abe.", {MOON, "Shinzo Abe"}, ANY, ANY, "planned"),
    row("2019-10-28", "President Moon Jae-in and Japanese Prime Minister Shinzo Abe may meet on the sidelines of an APEC gathering in Busan.", {MOON, "Shinzo Abe"}, ANY, "Busan", "planned"),
    row("2019-10-28", "A summit between President Moon Jae-in and Japanese Prime Minister Shinzo Abe is being arranged for next week.", {MOON, "Shinzo Abe"}, ANY, ANY, "planned"),
    row("2019-10-28", "Foreign Minister Kang Kyung-wha will not meet Japanese Foreign Minister Toshimitsu Motegi this week, the ministry said.", {KANG, "Toshimitsu Motegi"}, ANY, ANY, "cancelled"),
    # --- a sixth round: wire headlines and tags, bylines, abbreviations, the Oval Office ------------------
    row("2019-09-26", "(LEAD) S. Korean FM Kang Kyung-wha meets Chinese FM Wang Yi in Beijing", {KANG, WANG}, ANY, "Beijing"),
    row("2019-09-26", "S. Korea's top diplomat Kang Kyung-wha held talks with Chinese Foreign Minister Wang Yi in Beijing on Wednesday.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-26", "(2nd LD) Foreign Minister Kang Kyung-wha met Chinese Foreign Minister Wang Yi in Beijing on Wednesday.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-26", "By Kim Soo-yeon SEOUL, Sept. 26 (Yonhap) -- Foreign Minister Kang Kyung-wha met Chinese Foreign Minister Wang Yi in Beijing on Wednesday.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha met Chinese Foreign Minister Wang Yi in Beijing on Wednesday. (END)", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-11-23", "Japan's Foreign Minister Toshimitsu Motegi and South Korea's Kang Kyung-wha met in Bangkok on Friday.", {MOTEGI, KANG}, "2019-11-22", "Bangkok"),
    row("2019-11-23", "Japanese Foreign Minister Toshimitsu Motegi and his South Korean counterpart, Kang Kyung-wha, met in Bangkok on Friday.", {MOTEGI, KANG}, "2019-11-22", "Bangkok"),
    row("2019-07-19", "Unification Minister nominee Kim Yeon-chul met U.S. Ambassador to South Korea Harry Harris in Seoul on Thursday.", {"Kim Yeon-chul", "Harry Harris"}, "2019-07-18", "Seoul"),
    row("2019-09-03", "South Korean President Moon Jae-in met U.S. President Donald Trump at the Oval Office on Monday.", {MOON, TRUMP}, "2019-09-02", "Washington"),
    row("2019-09-03", "President Moon Jae-in met Trump at the White House on Monday.", {MOON, TRUMP}, "2019-09-02", "Washington"),
    row("2019-09-03", "Korea's Moon Jae-in met Trump in Washington on Monday.", {MOON, TRUMP}, "2019-09-02", "Washington"),
    row("2019-06-23", "North Korea's Kim Jong Un met Russia's Security Council Secretary Nikolai Patrushev in Pyongyang on Tuesday.", {"Kim Jong Un", "Nikolai Patrushev"}, "2019-06-18", "Pyongyang"),
    row("2019-11-07", "Trump, Moon hold summit in Busan", {TRUMP, MOON}, ANY, "Busan"),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha on Wednesday met Chinese Foreign Minister Wang Yi in Beijing.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha met with Wang Yi, a Politburo member of China's ruling party and the country's foreign minister, in Beijing on Wednesday.", {KANG, WANG}, "2019-09-25", "Beijing"),
    # --- a seventh round: long sentences, relative clauses, scenes, purposes -------------------------------
    row("2019-09-26", "Kang, who became minister in 2017, met with Wang for roughly 90 minutes at the Diaoyutai State Guesthouse on Wednesday, her ministry said. Foreign Minister Kang Kyung-wha had arrived a day earlier.", None),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha arrived in Beijing on Tuesday. Kang, who became minister in 2017, met with Chinese Foreign Minister Wang Yi for roughly 90 minutes at the Diaoyutai State Guesthouse on Wednesday, her ministry said.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-26", "During the talks, which lasted about two hours, Foreign Minister Kang Kyung-wha and Chinese Foreign Minister Wang Yi discussed Xi's planned visit.", {KANG, WANG}, ANY, ANY),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha and Chinese Foreign Minister Wang Yi, who met in Beijing on Wednesday, agreed to increase exchanges.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha, in his meeting with Chinese Foreign Minister Wang Yi in Beijing on Wednesday, asked China to play a constructive role.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha met Chinese Foreign Minister Wang Yi in Beijing on Wednesday and asked China to play a constructive role on North Korea.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha met Chinese Foreign Minister Wang Yi in Beijing on Wednesday, as the two countries prepare for Xi's visit.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha and Chinese Foreign Minister Wang Yi met in Beijing on Wednesday, with North Korea high on the agenda.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-26", "The talks between Foreign Minister Kang Kyung-wha and Chinese Foreign Minister Wang Yi came ahead of Xi's visit to South Korea for the APEC summit.", {KANG, WANG}, ANY, ANY),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha met Chinese Foreign Minister Wang Yi in Beijing on Wednesday to discuss Xi's planned visit to Busan for the APEC summit.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha met Chinese Foreign Minister Wang Yi in Beijing on Wednesday, a month before President Moon Jae-in is set to meet Xi Jinping in Busan.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha met Chinese Foreign Minister Wang Yi in Beijing on Wednesday, a month before President Moon Jae-in is set to meet Xi Jinping in Busan.", {MOON, XI}, ANY, "Busan", "planned"),
    row("2019-09-26", "Foreign Minister Kang Kyung-wha met Chinese Foreign Minister Wang Yi, who visited Seoul last month, in Beijing on Wednesday.", {KANG, WANG}, "2019-09-25", "Beijing"),
    row("2019-11-23", "Foreign Minister Kang Kyung-wha met with Japanese Foreign Minister Toshimitsu Motegi on the sidelines of an East Asia Summit (EAS) meeting in Bangkok on Friday (local time).", {KANG, MOTEGI}, "2019-11-22", "Bangkok"),
    row("2019-11-23", "Foreign Minister Kang Kyung-wha met with Japanese Foreign Minister Toshimitsu Motegi in Bangkok on Friday (local time), Saturday Korean time.", {KANG, MOTEGI}, "2019-11-22", "Bangkok"),
    # --- an eighth round: inter-Korean, North Korea-Russia and North Korea-China summits -------------------
    row("2018-04-28", "Moon Jae-in and Kim Jong Un held a summit at the truce village of Panmunjom on Friday.", {"Moon Jae-in", "Kim Jong Un"}, "2018-04-27", "Panmunjom"),
    row("2018-06-13", "Trump and Kim met on Sentosa island in Singapore on Tuesday.", {TRUMP, "Kim Jong Un"}, "2018-06-12", "Singapore"),
    row("2018-06-13", "North Korean leader Kim Jong Un and U.S. President Donald Trump met on Sentosa island in Singapore on Tuesday.", {TRUMP, "Kim Jong Un"}, "2018-06-12", "Singapore"),
    row("2019-07-01", "Donald Trump met Kim Jong Un at the inter-Korean border on Sunday, becoming the first sitting U.S. president to set foot in North Korea.", {TRUMP, "Kim Jong Un"}, "2019-06-30", ANY),
    row("2023-09-14", "Kim Jong Un met Vladimir Putin at the Vostochny Cosmodrome in Russia's Far East on Wednesday.", {"Kim Jong Un", "Vladimir Putin"}, "2023-09-13", ANY),
    row("2019-12-07", "North Korean leader Kim Jong Un received Russian Defense Minister Sergei Shoigu in Pyongyang on Friday, KCNA said Saturday.", {"Kim Jong Un", "Sergei Shoigu"}, "2019-12-06", "Pyongyang"),
    row("2019-09-12", "Xi Jinping held talks with Kim Jong Un in Beijing on Thursday after the military parade.", {XI, "Kim Jong Un"}, "2019-09-12", "Beijing"),
    row("2019-09-13", "North Korean leader Kim Jong Un and Chinese President Xi Jinping sat down for talks at the Great Hall of the People on Thursday.", {XI, "Kim Jong Un"}, "2019-09-12", "Beijing"),
    row("2019-09-13", "Kim Jong Un, who traveled to Beijing by armored train, held talks with Xi Jinping on Thursday.", {"Kim Jong Un", XI}, "2019-09-12", "Beijing"),
    row("2019-08-28", "Unification Minister Kim Yeon-chul met U.S. Ambassador Harry Harris on Tuesday to discuss reviving talks with Pyongyang.", {"Kim Yeon-chul", "Harry Harris"}, "2019-08-27", None),
    # --- acts (en-acts5 owns them; listed in the report) -----------------------------------
    row("2019-05-17", "North Korea fired a short-range missile into waters off the peninsula's east coast on "
        "Thursday, according to the Joint Chiefs of Staff.", {"PRK"}, "2019-05-16", ANY, kind="MOBILIZE"),
    # a day after an act noun in the statement's clause is the noun's ("condemned the launch on Thursday": wire
    # copy dates the launch so; a statement on a later day says when it was made): the statement keeps the report's day
    row("2019-05-17", "Seoul's foreign ministry condemned the North Korean rocket launch on Thursday.", {"KOR"},
        "2019-05-17", ANY, kind="ACCUSE", recipients={"PRK"}),
    row("2019-05-17", "The U.S. Treasury Department imposed sanctions on three North Korean officials on Tuesday.",
        {"USA"}, "2019-05-14", ANY, kind="SANCTION", recipients={"PRK"}),
    row("2019-05-17", "China urged the United States to stop arms sales to Taiwan.", {"CHN"}, ANY, ANY,
        kind="REQUEST", recipients={"USA"}),
    row("2019-05-17", "Pyongyang rejected Seoul's offer of talks on Thursday.", {"PRK"}, "2019-05-17", ANY,
        kind="REJECT", recipients={"KOR"}),  # the offer's day, as above
    row("2019-05-17", "North Korea threatened to take overwhelming countermeasures against South Korea.", {"PRK"},
        ANY, ANY, kind="THREATEN", recipients={"KOR"}),
    row("2019-05-17", "Japan lodged a protest with South Korea over the lawmakers' visit to the islets.", {"JPN"},
        ANY, ANY, kind="ACCUSE", recipients={"KOR"}),
    row("2019-05-17", "North Korea launched several short-range ballistic missiles off its east coast on Thursday, the military in Seoul reported.", {"PRK"}, "2019-05-16", ANY, kind="MOBILIZE"),
    row("2019-05-17", "The foreign ministers of South Korea, Japan and the U.S. jointly condemned Pyongyang's newest missile test.", {"KOR", "USA", "JPN"}, ANY, ANY, kind="ACCUSE", recipients={"PRK"}),
    row("2019-05-17", "Seoul strongly condemned Pyongyang's missile launch as a breach of United Nations sanctions resolutions.", {"KOR"}, ANY, ANY, kind="ACCUSE", recipients={"PRK"}),
    row("2019-05-17", "South Korea imposed its own sanctions on 11 North Korean individuals tied to weapons programs on Tuesday.", {"KOR"}, "2019-05-14", ANY, kind="SANCTION", recipients={"PRK"}),
    # an appeal to no named state is addressed to the other side of the acts just reported (rows with the acts it
    # answers: the block at the end); one to everyone involved ('all parties') with none reported stands with its
    # recipient open, as PLOVER codes it (en23, act_open_appeals; a bare 'urged restraint' stays no event)
    row("2019-05-17", "China called on all parties to exercise restraint.", {"CHN"}, ANY, ANY, kind="REQUEST",
        recipients=set()),
    row("2019-05-17", "Kim Yo Jong, the powerful sister of Kim Jong Un, warned Seoul of a 'shocking' response.", {"PRK"}, ANY, ANY, kind="THREATEN", recipients={"KOR"}),
    row("2019-05-17", "North Korea rejected Japan's call for dialogue, calling it hypocritical.", {"PRK"}, ANY, ANY, kind="REJECT", recipients={"JPN"}),
    row("2019-05-17", "South Korea and Japan agreed to share real-time missile warning data.", {"KOR", "JPN"}, ANY, ANY, kind="AGREE"),
    # a pledge to defend is a promise of future cooperation: the manual's AGREE, made to the one defended
    row("2019-05-17", "The United States pledged to defend South Korea with all of its military might.", {"USA"}, ANY, ANY, kind="AGREE", recipients={"KOR"}),
    row("2019-05-17", "South Korea, the U.S. and Japan staged joint air drills involving a B-52 bomber on Sunday.", {"KOR", "USA", "JPN"}, "2019-05-12", ANY, kind="COOPERATE"),  # plans56: joint drills
    # fire near a place, at no target, is a show of force (MOBILIZE; dev2's gold codes the same words so)
    row("2019-05-17", "North Korea fired artillery shells near a border island on Friday, prompting South Korea to return fire.", {"PRK"}, ANY, ANY, kind="MOBILIZE"),
    row("2019-05-17", "The foreign ministry summoned the Japanese ambassador to protest Tokyo's territorial claims to Dokdo.", {"KOR"}, ANY, ANY, kind="ACCUSE", recipients={"JPN"}, xfail="sides: 'the foreign ministry' of no named state acts for the dateline's state or the host of the envoy's post (en10 rows), and this sentence names neither"),
    row("2019-05-17", "Russia and North Korea signed a mutual defense treaty in Pyongyang.", {"RUS", "PRK"}, ANY, ANY, kind="AGREE"),
    row("2019-05-17", "North Korea sent thousands of troops to Russia to fight against Ukraine.", {"PRK"}, ANY, ANY, kind="MOBILIZE"),
    row("2019-05-17", "South Korea demanded the immediate withdrawal of North Korean troops from Russia.", {"KOR"}, ANY, ANY, kind="REQUEST", recipients={"PRK"}),
    # --- wire-style acts (issues 13, 15): how Yonhap, AP, Reuters, AFP and ministry releases state them -----
    *[act(t, k, a, r, w, s, x) for t, k, a, r, w, s, x in [
        # REQUEST: urge / call for / call on / demand / press / ask
        ("South Korea urged North Korea to return to dialogue without preconditions, the unification ministry said.", "REQUEST", {"KOR"}, {"PRK"}, ANY, "occurred", ""),
        ("The United States on Tuesday urged Pyongyang to stop its provocations.", "REQUEST", {"USA"}, {"PRK"}, "2025-05-06", "occurred", ""),
        ("China called for restraint on the Korean Peninsula after the launch.", "REQUEST", None, None, ANY, "occurred", ""),
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
        ("North Korea warned that it would take strong military countermeasures against the drills, according to KCNA.", "THREATEN", None, None, ANY, "occurred", ""),
        ("South Korea's military warned of stern consequences if the North stages further provocations.", "THREATEN", {"KOR"}, {"PRK"}, ANY, "occurred", ""),
        ("North Korea threatened to conduct a seventh nuclear test.", "THREATEN", {"PRK"}, None, ANY, "occurred", ""),
        # a threatened show of force is aimed at no one (MOBILIZE has no receiving side): it needs no named target
        ("North Korea threatened to launch more ballistic missiles in response.", "THREATEN", {"PRK"}, None, ANY, "occurred", ""),
        ("North Korea did not threaten to conduct a nuclear test this time.", "THREATEN", None, None, ANY, "occurred", ""),
        ("Pyongyang vowed to retaliate against South Korea over the leaflet campaign.", "THREATEN", {"PRK"}, {"KOR"}, ANY, "occurred", ""),
        ("China threatened to impose countermeasures on Japan over the defense budget.", "THREATEN", {"CHN"}, {"JPN"}, ANY, "occurred", ""),
        ("North Korea warned the United States of an overwhelming response on Monday.", "THREATEN", {"PRK"}, {"USA"}, "2025-05-05", "occurred", ""),  # the threatened noun is the warning's content
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
        ("Seoul and Washington jointly denounced the North's latest test of a ballistic missile on Thursday.", "ACCUSE", {"KOR", "USA"}, {"PRK"}, ANY, "occurred", ""),
        ("North Korea denounced the United States for deploying a nuclear-powered submarine to Busan.", "ACCUSE", {"PRK"}, {"USA"}, ANY, "occurred", ""),
        ("North Korea slammed South Korea's joint drills with the U.S. as a rehearsal for invasion, according to KCNA.", "ACCUSE", {"PRK"}, {"KOR"}, ANY, "occurred", ""),
        ("China criticized Japan's decision to release treated water into the sea.", "ACCUSE", {"CHN"}, {"JPN"}, ANY, "occurred", ""),
        ("North Korea accused South Korea of sending drones over Pyongyang.", "ACCUSE", {"PRK"}, {"KOR"}, ANY, "occurred", ""),
        ("Seoul lodged a strong protest with Tokyo over its claim to Dokdo in the defense white paper.", "ACCUSE", {"KOR"}, {"JPN"}, ANY, "occurred", ""),
        ("South Korea lodged a protest with Japan on Tuesday.", "ACCUSE", {"KOR"}, {"JPN"}, "2025-05-06", "occurred", ""),
        ("South Korea summoned the Russian ambassador to protest the military cooperation with North Korea.", "ACCUSE", {"KOR"}, {"RUS"}, ANY, "occurred", ""),
        ("South Korea's foreign ministry summoned Japan's ambassador on Monday to protest the textbook claims.", "ACCUSE", {"KOR"}, {"JPN"}, ANY, "occurred", ""),
        ("Japan expressed regret over South Korea's decision, the foreign ministry said.", "ACCUSE", {"JPN"}, {"KOR"}, ANY, "occurred", ""),
        ("Seoul voiced deep concern about the growing arms cooperation of Moscow and Pyongyang.", "ACCUSE", {"KOR"}, None, ANY, "occurred", ""),
        ("Japan strongly criticized North Korea for the launch.", "ACCUSE", {"JPN"}, {"PRK"}, ANY, "occurred", ""),
        ("Beijing has not condemned Pyongyang's nuclear test.", "ACCUSE", None, None, ANY, "occurred", ""),
        ("China filed a strong protest with South Korea over the THAAD deployment.", "ACCUSE", {"CHN"}, {"KOR"}, ANY, "occurred", ""),
        # REJECT
        ("North Korea rejected South Korea's proposal for talks on Wednesday, KCNA said.", "REJECT", {"PRK"}, {"KOR"}, ANY, "occurred", ""),
        ("Kim Yo Jong dismissed Seoul's offer of dialogue as a pipe dream.", "REJECT", {"PRK"}, {"KOR"}, ANY, "occurred", ""),
        ("North Korea refused to accept the South's humanitarian aid.", "REJECT", {"PRK"}, {"KOR"}, ANY, "occurred", ""),
        ("China rejected Japan's protest over the buoys.", "REJECT", {"CHN"}, {"JPN"}, ANY, "occurred", ""),
        ("Russia rejected the U.S. accusation that it had received North Korean missiles.", "REJECT", {"RUS"}, {"USA"}, ANY, "occurred", ""),
        ("North Korea did not reject the U.S. offer of talks outright.", "REJECT", None, None, ANY, "occurred", ""),
        # AGREE
        ("South Korea and the United States agreed to expand their joint military exercises.", "AGREE", {"KOR", "USA"}, None, ANY, "occurred", ""),
        ("Seoul and Tokyo signed an agreement on sharing military intelligence on Thursday.", "AGREE", {"KOR", "JPN"}, None, "2025-05-08", "occurred", ""),
        ("South Korea and Japan reached an agreement on the wartime labor issue.", "AGREE", {"KOR", "JPN"}, None, ANY, "occurred", ""),
        ("The leaders of South Korea, China and Japan adopted a joint statement at the summit.", "AGREE", {"KOR", "CHN", "JPN"}, None, ANY, "occurred", ""),  # a state of the group with no holder known stands itself
        ("South Korea and the United States signed a trade deal on Wednesday.", "AGREE", {"KOR", "USA"}, None, "2025-05-07", "occurred", ""),
        ("South Korea and Japan are expected to sign a fisheries agreement next month.", "AGREE", {"KOR", "JPN"}, None, ANY, "planned", ""),
        ("North Korea and Russia agreed to expand cooperation in science and technology.", "AGREE", {"PRK", "RUS"}, None, ANY, "occurred", ""),
        # SUPPORT
        # support 'for' X's efforts approves X now (SUPPORT for X, not for the efforts' partner: en10); support
        # promised 'to' X stays AGREE (as dev gold codes 'promising full support to X')
        ("Japan pledged support for South Korea's efforts to resume dialogue with North Korea.", "SUPPORT", {"JPN"}, {"KOR"}, ANY, "occurred", ""),
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
        ("South Korea plans to send medical supplies to North Korea.", "AGREE", {"KOR"}, {"PRK"}, ANY, "occurred", ""),
        # MOBILIZE: fire / test-fire / launch / drills / deploy
        ("North Korea fired two short-range ballistic missiles into the East Sea on Wednesday, the Joint Chiefs of Staff said.", "MOBILIZE", {"PRK"}, None, "2025-05-07", "occurred", ""),
        ("North Korea test-fired a new solid-fuel intercontinental ballistic missile on Thursday.", "MOBILIZE", {"PRK"}, None, "2025-05-08", "occurred", ""),
        ("North Korea launched a military reconnaissance satellite on Tuesday, Japan's defense ministry said.", "MOBILIZE", {"PRK"}, None, "2025-05-06", "occurred", ""),
        ("South Korea and the United States conducted combined air drills on Monday.", "COOPERATE", {"KOR", "USA"}, None, "2025-05-05", "occurred", ""),
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
        ("South Korea suspended the 2018 inter-Korean military agreement on Tuesday.", "SANCTION", {"KOR"}, {"PRK"}, "2025-05-06", "occurred", ""),
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
    # --- en-news3 (issue 13): ministry releases, courtesy calls, hosts, G20 sidelines, office groups, 'the two
    # leaders', 'both sides', counterparts, envoys and vice ministers, delegations, planned and cancelled
    # meetings, visits, datelines, weekday-relative and month-relative dates, venues, 'in the capital' ---------
    *[row(p, t, s, w, pl, st, xfail=''.join(x)) for p, t, s, w, pl, st, *x in [
        # ministry and embassy releases
        ("2023-03-10", "Minister of Foreign Affairs Park Jin held a telephone conversation with Antony Blinken, the U.S. Secretary of State, on March 9.", {PARK_JIN, BLINKEN}, "2023-03-09", None, "occurred"),
        ("2023-12-01", "Minister of Foreign Affairs Park Jin had a phone call with Minister for Foreign Affairs of Japan Yoko Kamikawa on the evening of November 30 and exchanged views on North Korea.", {PARK_JIN, KAMIKAWA}, "2023-11-30", None, "occurred"),
        ("2023-03-08", "On the afternoon of March 7, Minister of Foreign Affairs Park Jin received a courtesy call from Chinese Ambassador to Korea Xing Haiming at the ministry.", {PARK_JIN, "Xing Haiming"}, "2023-03-07", ANY, "occurred"),
        ("2024-03-06", "Foreign Minister Cho Tae-yul received U.S. Ambassador Philip Goldberg at the foreign ministry in Seoul on Tuesday.", {CHO_TY, "Philip Goldberg"}, "2024-03-05", "Seoul", "occurred"),
        ("2023-03-18", "Foreign Minister Park Jin paid a courtesy call on Japanese Prime Minister Fumio Kishida at the prime minister's office in Tokyo on Friday.", {PARK_JIN, KISHIDA}, "2023-03-17", "Tokyo", "occurred"),
        ("2023-08-03", "U.S. Ambassador Philip Goldberg paid a courtesy call on Unification Minister Kim Yung-ho in Seoul on Wednesday.", {"Philip Goldberg", "Kim Yung-ho"}, "2023-08-02", "Seoul", "occurred"),
        ("2023-05-08", "President Yoon Suk Yeol hosted a dinner for Japanese Prime Minister Fumio Kishida at the presidential residence in Seoul on Sunday.", {YOON, KISHIDA}, "2023-05-07", "Seoul", "occurred"),
        ("2024-06-04", "Japanese Foreign Minister Yoko Kamikawa hosted a luncheon for Foreign Minister Cho Tae-yul at the Iikura Guest House in Tokyo on Monday.", {KAMIKAWA, CHO_TY}, "2024-06-03", "Tokyo", "occurred"),
        ("2024-10-02", "President Yoon Suk Yeol held a 20-minute telephone conversation with new Japanese Prime Minister Shigeru Ishiba on Wednesday.", {YOON, ISHIBA}, "2024-10-02", None, "occurred"),
        ("2024-10-02", "President Yoon Suk Yeol and Japanese Prime Minister Shigeru Ishiba spoke over the phone for 20 minutes on Wednesday, according to the presidential office.", {YOON, ISHIBA}, "2024-10-02", None, "occurred"),
        # summit sidelines, office groups, several pairs
        ("2023-09-10", "President Yoon Suk Yeol met Chinese Premier Li Qiang on the sidelines of the G20 summit in New Delhi on Saturday.", {YOON, LI_QIANG}, "2023-09-09", "New Delhi", "occurred"),
        ("2023-09-10", "On the sidelines of the G20 summit in New Delhi on Saturday, President Yoon Suk Yeol held talks with British Prime Minister Rishi Sunak.", {YOON, "Rishi Sunak"}, "2023-09-09", "New Delhi", "occurred"),
        ("2024-03-15", "Antony Blinken and Cho Tae-yul held talks in Johannesburg on Thursday, on the margins of the G20 foreign ministers' meeting.", {CHO_TY, BLINKEN}, "2024-03-14", "Johannesburg", "occurred"),
        ("2024-03-15", "On the sidelines of the G20 foreign ministers' meeting in Johannesburg, Foreign Minister Cho Tae-yul met his Japanese counterpart Yoko Kamikawa on Thursday.", {CHO_TY, KAMIKAWA}, "2024-03-14", "Johannesburg", "occurred"),
        ("2023-05-27", "Foreign Minister Park Jin attended a trilateral meeting of the foreign ministers of Japan, South Korea and the United States in Bangkok on Friday.", {PARK_JIN, BLINKEN, HAYASHI}, "2023-05-26", "Bangkok", "occurred"),
        ("2023-11-27", "A trilateral meeting of the foreign ministers of South Korea, China and Japan was held in Busan on Sunday.", {PARK_JIN, WANG, KAMIKAWA}, "2023-11-26", "Busan", "occurred"),
        ("2023-11-27", "Foreign Minister Park Jin hosted his Chinese and Japanese counterparts, Wang Yi and Yoko Kamikawa, for trilateral talks in Busan on Sunday.", {PARK_JIN, WANG, KAMIKAWA}, "2023-11-26", "Busan", "occurred"),
        ("2023-11-27", "Park Jin and Wang Yi also held bilateral talks in Busan on Sunday, their first in months.", {PARK_JIN, WANG}, "2023-11-26", "Busan", "occurred"),
        ("2024-05-28", "President Yoon Suk Yeol, Japanese Prime Minister Fumio Kishida and Chinese Premier Li Qiang held a trilateral summit in Seoul on Monday.", {YOON, KISHIDA, LI_QIANG}, "2024-05-27", "Seoul", "occurred"),
        ("2024-05-27", "President Yoon Suk Yeol met separately with Japanese Prime Minister Fumio Kishida and Chinese Premier Li Qiang in Seoul on Sunday.", {YOON, KISHIDA}, "2024-05-26", "Seoul", "occurred"),
        ("2024-05-27", "President Yoon Suk Yeol met separately with Japanese Prime Minister Fumio Kishida and Chinese Premier Li Qiang in Seoul on Sunday.", {YOON, LI_QIANG}, "2024-05-26", "Seoul", "occurred"),
        ("2023-05-26", "Foreign Minister Park Jin held separate bilateral meetings with Foreign Minister Yoshimasa Hayashi of Japan and Secretary of State Antony Blinken in Bangkok on Thursday.", {PARK_JIN, HAYASHI}, "2023-05-25", "Bangkok", "occurred"),
        ("2023-05-26", "Foreign Minister Park Jin held separate bilateral meetings with Foreign Minister Yoshimasa Hayashi of Japan and Secretary of State Antony Blinken in Bangkok on Thursday.", {PARK_JIN, BLINKEN}, "2023-05-25", "Bangkok", "occurred"),
        ("2023-08-19", "President Yoon Suk Yeol, President Joe Biden and Prime Minister Fumio Kishida held their first standalone trilateral summit at Camp David on Friday.", {YOON, BIDEN, KISHIDA}, "2023-08-18", ANY, "occurred"),
        ("2023-08-19", "The leaders of the United States, Japan and South Korea met at Camp David, the presidential retreat in Maryland, on Friday.", {YOON, BIDEN, KISHIDA}, "2023-08-18", ANY, "occurred"),
        ("2023-08-19", "Yoon met Kishida at Camp David on Friday.", {YOON, KISHIDA}, "2023-08-18", ANY, "occurred"),
        # 'the two leaders', 'both sides', counterparts
        ("2023-03-17", "President Yoon Suk Yeol held a summit with Japanese Prime Minister Fumio Kishida in Tokyo on Thursday. The two leaders agreed to resume shuttle diplomacy.", {YOON, KISHIDA}, "2023-03-16", "Tokyo", "occurred"),
        ("2024-06-04", "Foreign Minister Cho Tae-yul and Japanese Foreign Minister Yoko Kamikawa held talks in Tokyo on Monday. Both sides agreed to keep high-level exchanges going.", {CHO_TY, KAMIKAWA}, "2024-06-03", "Tokyo", "occurred"),
        ("2024-06-04", "Foreign Minister Cho Tae-yul visited Tokyo on Monday for talks with Japanese Foreign Minister Yoko Kamikawa, and both sides agreed to widen youth exchanges.", {CHO_TY, KAMIKAWA}, "2024-06-03", "Tokyo", "occurred"),
        ("2024-07-29", "Defense Minister Shin Won-sik held talks with his Japanese counterpart Minoru Kihara in Tokyo on Sunday.", {SHIN, KIHARA}, "2024-07-28", "Tokyo", "occurred"),
        ("2024-06-03", "Defense Minister Shin Won-sik held talks with his Japanese counterpart at a hotel in Singapore on Saturday.", {SHIN, KIHARA}, "2024-06-01", "Singapore", "occurred"),
        ("2024-06-03", "Defense Minister Shin Won-sik met his U.S. and Japanese counterparts on the sidelines of the Shangri-La Dialogue in Singapore on Sunday.", {SHIN, AUSTIN, KIHARA}, "2024-06-02", "Singapore", "occurred"),
        ("2023-05-27", "Foreign Minister Park Jin held talks with his Japanese counterpart on the sidelines of a regional security forum in Bangkok on Friday.", {PARK_JIN, HAYASHI}, "2023-05-26", "Bangkok", "occurred"),
        ("2024-10-04", "Foreign Minister Cho Tae-yul spoke by phone with his new Japanese counterpart Takeshi Iwaya on Thursday.", {CHO_TY, IWAYA}, "2024-10-03", None, "occurred"),
        ("2024-10-04", "Foreign Minister Cho Tae-yul held a phone call with his newly appointed Japanese counterpart on Thursday.", {CHO_TY, IWAYA}, "2024-10-03", None, "occurred"),
        ("2024-03-13", "Chinese Foreign Minister Wang Yi received Choe Son-hui, his North Korean counterpart, in the Chinese capital on Tuesday.", {WANG, CHOE}, "2024-03-12", "Beijing", "occurred"),
        # envoys, vice ministers, parliamentary delegations
        ("2023-06-01", "South Korea's top nuclear envoy Kim Gunn held talks with his Japanese counterpart Takehiro Funakoshi in Washington on Tuesday.", {"Kim Gunn", "Takehiro Funakoshi"}, "2023-05-30", "Washington", "occurred"),
        ("2023-04-08", "Kim Gunn, Seoul's chief envoy on peace and security for the peninsula, met Japan's top nuclear envoy Takehiro Funakoshi in Tokyo on Friday.", {"Kim Gunn", "Takehiro Funakoshi"}, "2023-04-07", "Tokyo", "occurred"),
        ("2024-03-08", "First Vice Foreign Minister Kim Hong-kyun met U.S. Deputy Secretary of State Kurt Campbell at the State Department in Washington on Thursday.", {"Kim Hong-kyun", "Kurt Campbell"}, "2024-03-07", "Washington", "occurred"),
        ("2024-03-08", "Vice Foreign Minister Kim Hong-kyun held a strategic dialogue with his U.S. counterpart Kurt Campbell in Washington on Thursday (local time).", {"Kim Hong-kyun", "Kurt Campbell"}, "2024-03-07", "Washington", "occurred"),
        ("2024-03-08", "U.S. Deputy Secretary of State Kurt Campbell is set to visit Seoul next week for talks with Vice Foreign Minister Kim Hong-kyun.", {"Kurt Campbell", "Kim Hong-kyun"}, "2024-03", "Seoul", "planned"),
        ("2023-09-08", "National Assembly Speaker Kim Jin-pyo met Japanese Prime Minister Fumio Kishida in Tokyo on Thursday.", {"Kim Jin-pyo", KISHIDA}, "2023-09-07", "Tokyo", "occurred"),
        ("2023-09-08", "A parliamentary delegation led by National Assembly Speaker Kim Jin-pyo paid a courtesy call on Prime Minister Fumio Kishida at the prime minister's office in Tokyo on Thursday.", {"Kim Jin-pyo", KISHIDA}, "2023-09-07", "Tokyo", "occurred"),
        # planned and cancelled
        ("2024-05-20", "Foreign Minister Cho Tae-yul will visit Tokyo next week to meet his Japanese counterpart Yoko Kamikawa.", {CHO_TY, KAMIKAWA}, ANY, "Tokyo", "planned"),
        ("2023-07-10", "President Yoon Suk Yeol is scheduled to hold a summit with Japanese Prime Minister Fumio Kishida on the sidelines of the NATO summit in Vilnius on Wednesday.", {YOON, KISHIDA}, "2023-07-12", "Vilnius", "planned"),
        ("2024-05-20", "President Yoon Suk Yeol will hold talks with Chinese Premier Li Qiang in Seoul next Sunday.", {YOON, LI_QIANG}, "2024-05-26", "Seoul", "planned"),
        ("2024-05-22", "Foreign Minister Cho Tae-yul plans to meet Japanese Foreign Minister Yoko Kamikawa on Sunday, a day before the trilateral summit.", {CHO_TY, KAMIKAWA}, "2024-05-26", ANY, "planned"),
        ("2023-08-21", "The planned talks between Defense Minister Lee Jong-sup and Japanese Defense Minister Yasukazu Hamada were canceled because of a typhoon.", {"Lee Jong-sup", "Yasukazu Hamada"}, ANY, ANY, "cancelled"),
        ("2024-08-27", "President Yoon Suk Yeol's meeting with Japanese Prime Minister Fumio Kishida was postponed, the presidential office said on Tuesday.", {YOON, KISHIDA}, ANY, ANY, "cancelled"),
        ("2024-03-06", "The foreign ministers of North Korea and China will meet in Beijing next week.", {CHOE, WANG}, "2024-03", "Beijing", "planned"),
        ("2023-10-18", "Sergey Lavrov, Russia's foreign minister, arrived in Pyongyang on Wednesday for a two-day visit and is expected to meet Choe Son-hui, his North Korean counterpart, on Thursday.", {LAVROV, CHOE}, "2023-10-19", "Pyongyang", "planned"),
        # visits
        ("2024-04-02", "Japanese Foreign Minister Yoko Kamikawa arrived in Seoul on Sunday for a two-day visit. She held talks with Foreign Minister Cho Tae-yul on Monday.", {KAMIKAWA, CHO_TY}, "2024-04-01", "Seoul", "occurred"),
        ("2024-04-03", "Secretary of State Antony Blinken wrapped up his two-day visit to Seoul on Tuesday after meeting President Yoon Suk Yeol and Foreign Minister Cho Tae-yul.", {BLINKEN, YOON}, ANY, "Seoul", "occurred"),
        ("2024-04-03", "Secretary of State Antony Blinken wrapped up his two-day visit to Seoul on Tuesday after meeting President Yoon Suk Yeol and Foreign Minister Cho Tae-yul.", {BLINKEN, CHO_TY}, ANY, "Seoul", "occurred"),
        ("2023-05-08", "Japanese Prime Minister Fumio Kishida arrived in Seoul on Sunday for a two-day visit, the first such trip in 12 years, and held a summit with President Yoon Suk Yeol.", {KISHIDA, YOON}, "2023-05-07", "Seoul", "occurred"),
        ("2024-09-07", "Japanese Prime Minister Fumio Kishida wrapped up a two-day visit to Seoul on Saturday, a day after holding his final summit with President Yoon Suk Yeol.", {KISHIDA, YOON}, "2024-09-06", "Seoul", "occurred"),
        ("2023-04-27", "President Yoon Suk Yeol, who is on a six-day state visit to the United States, held a summit with President Joe Biden at the White House on Wednesday.", {YOON, BIDEN}, "2023-04-26", "Washington", "occurred"),
        ("2023-10-20", "Kim Jong Un met the Russian foreign minister, Sergey Lavrov, who is on a two-day visit to Pyongyang, on Thursday.", {KIM_JU, LAVROV}, "2023-10-19", "Pyongyang", "occurred"),
        ("2024-05-27", "Chinese Premier Li Qiang arrived in Seoul on Sunday for the trilateral summit and met President Yoon Suk Yeol later in the day.", {LI_QIANG, YOON}, "2024-05-26", "Seoul", "occurred"),
        # datelines
        ("2023-04-27", "WASHINGTON, April 26 (Yonhap) -- President Yoon Suk Yeol held a summit with President Joe Biden at the White House on Wednesday (local time).", {YOON, BIDEN}, "2023-04-26", "Washington", "occurred"),
        ("2023-03-17", "TOKYO, March 16 (Yonhap) -- President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida held a summit on Thursday.", {YOON, KISHIDA}, "2023-03-16", "Tokyo", "occurred"),
        ("2024-06-04", "TOKYO, June 3 (Yonhap) -- Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa on Monday and asked for Japan's help on maritime safety.", {CHO_TY, KAMIKAWA}, "2024-06-03", "Tokyo", "occurred"),
        ("2023-07-14", "JAKARTA, July 14 (Yonhap) -- Foreign Minister Park Jin met Chinese top diplomat Wang Yi on Thursday.", {PARK_JIN, WANG}, "2023-07-13", "Jakarta", "occurred"),
        ("2023-10-19", "PYONGYANG (AP) — Sergey Lavrov, Russia's top diplomat, met his North Korean counterpart on Thursday, the second day of his visit.", {LAVROV, CHOE}, "2023-10-19", "Pyongyang", "occurred"),
        ("2024-07-11", "SEOUL (Reuters) - North Korean leader Kim Jong Un and Russian Defense Minister Andrei Belousov signed a military cooperation plan after talks in Pyongyang on Wednesday.", {BELOUSOV, KIM_JU}, "2024-07-10", "Pyongyang", "occurred"),
        ("2023-10-20", "North Korean leader Kim Jong Un received Foreign Minister Sergey Lavrov of Russia in Pyongyang on Thursday.", {KIM_JU, LAVROV}, "2023-10-19", "Pyongyang", "occurred"),
        # 'in the capital', venues and hotels
        ("2024-09-07", "SEOUL, Sept. 6 (Yonhap) -- President Yoon Suk Yeol held a summit with Japanese Prime Minister Fumio Kishida in the capital on Friday.", {YOON, KISHIDA}, "2024-09-06", "Seoul", "occurred"),
        ("2024-06-04", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa in the Japanese capital on Monday.", {CHO_TY, KAMIKAWA}, "2024-06-03", "Tokyo", "occurred"),
        ("2023-05-27", "Foreign Minister Park Jin met Yoshimasa Hayashi, Japan's foreign minister, in the Thai capital on Friday.", {PARK_JIN, HAYASHI}, "2023-05-26", "Bangkok", "occurred"),
        ("2024-04-02", "Japanese Foreign Minister Yoko Kamikawa met Foreign Minister Cho Tae-yul in the South Korean capital on Monday.", {KAMIKAWA, CHO_TY}, "2024-04-01", "Seoul", "occurred"),
        ("2023-05-08", "President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida held a summit at the presidential office in Seoul on Sunday.", {YOON, KISHIDA}, "2023-05-07", "Seoul", "occurred"),
        ("2024-06-03", "Defense Minister Shin Won-sik met U.S. Defense Secretary Lloyd Austin at the Shangri-La Hotel in Singapore on Sunday.", {SHIN, AUSTIN}, "2024-06-02", "Singapore", "occurred"),
        ("2024-03-06", "Foreign Minister Cho Tae-yul had dinner with Japanese Ambassador Koichi Mizushima at the Lotte Hotel in Seoul on Tuesday.", {CHO_TY, "Koichi Mizushima"}, "2024-03-05", "Seoul", "occurred"),
        ("2024-06-04", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa at the Iikura Guest House on Monday.", {CHO_TY, KAMIKAWA}, "2024-06-03", ANY, "occurred"),
        ("2023-03-17", "President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida at the prime minister's official residence in Tokyo on Thursday.", {YOON, KISHIDA}, "2023-03-16", "Tokyo", "occurred"),
        ("2024-07-29", "Defense Minister Shin Won-sik met Japanese Defense Minister Minoru Kihara at the Iikura Guest House in Tokyo on Sunday.", {SHIN, KIHARA}, "2024-07-28", "Tokyo", "occurred"),
        # weekday- and month-relative dates, past and future
        ("2024-05-20", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa in Tokyo last Thursday.", {CHO_TY, KAMIKAWA}, "2024-05-16", "Tokyo", "occurred"),
        ("2024-05-20", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa in Tokyo on Thursday last week.", {CHO_TY, KAMIKAWA}, "2024-05-16", "Tokyo", "occurred"),
        ("2024-05-20", "Foreign Minister Cho Tae-yul will meet Japanese Foreign Minister Yoko Kamikawa in Seoul on Thursday.", {CHO_TY, KAMIKAWA}, "2024-05-23", "Seoul", "planned"),
        ("2024-05-20", "Foreign Minister Cho Tae-yul will meet Japanese Foreign Minister Yoko Kamikawa in Seoul next Tuesday.", {CHO_TY, KAMIKAWA}, "2024-05-28", "Seoul", "planned"),
        ("2024-05-20", "Foreign Minister Cho Tae-yul is set to meet Japanese Foreign Minister Yoko Kamikawa in Seoul this Friday.", {CHO_TY, KAMIKAWA}, "2024-05-24", "Seoul", "planned"),
        ("2024-05-22", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa in Tokyo earlier this month.", {CHO_TY, KAMIKAWA}, "2024-05", "Tokyo", "occurred"),
        ("2024-05-22", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa in Tokyo last week.", {CHO_TY, KAMIKAWA}, "2024-05", "Tokyo", "occurred"),
        ("2024-05-22", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa in Tokyo earlier this week.", {CHO_TY, KAMIKAWA}, "2024-05", "Tokyo", "occurred"),
        ("2024-05-22", "Foreign Minister Cho Tae-yul will meet Japanese Foreign Minister Yoko Kamikawa in Tokyo later this month.", {CHO_TY, KAMIKAWA}, "2024-05", "Tokyo", "planned"),
        ("2024-05-22", "Foreign Minister Cho Tae-yul plans to meet Japanese Foreign Minister Yoko Kamikawa in Tokyo next month.", {CHO_TY, KAMIKAWA}, "2024-06", "Tokyo", "planned"),
        ("2024-05-22", "Foreign Minister Cho Tae-yul held talks with Japanese Foreign Minister Yoko Kamikawa on Monday.", {CHO_TY, KAMIKAWA}, "2024-05-20", ANY, "occurred"),
        ("2024-05-23", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa in Seoul on Wednesday evening.", {CHO_TY, KAMIKAWA}, "2024-05-22", "Seoul", "occurred"),
        ("2024-05-25", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa in Seoul on May 23.", {CHO_TY, KAMIKAWA}, "2024-05-23", "Seoul", "occurred"),
        ("2024-06-03", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa in Seoul on May 30.", {CHO_TY, KAMIKAWA}, "2024-05-30", "Seoul", "occurred"),
        ("2024-01-03", "Foreign Minister Park Jin met Chinese Foreign Minister Wang Yi in Busan on Nov. 26.", {PARK_JIN, WANG}, "2023-11-26", "Busan", "occurred"),
        ("2024-05-27", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa in Seoul on Sunday afternoon.", {CHO_TY, KAMIKAWA}, "2024-05-26", "Seoul", "occurred"),
        ("2024-09-07", "Japanese Prime Minister Fumio Kishida and President Yoon Suk Yeol held their 12th summit in Seoul on Friday.", {KISHIDA, YOON}, "2024-09-06", "Seoul", "occurred"),
        ("2023-04-27", "Yoon and Biden, who met at the White House on Wednesday, issued the Washington Declaration.", {YOON, BIDEN}, "2023-04-26", "Washington", "occurred"),
        # a second en-news3 round: landmarks for cities, KCNA and ministry wording, time-zone tags, headlines
        ("2024-07-11", "Kim Jong Un held talks with Andrei Belousov at the Kumsusan State Guesthouse on July 10.", {KIM_JU, BELOUSOV}, "2024-07-10", ANY, "occurred"),
        ("2023-09-14", "Kim Jong Un and Vladimir Putin held a summit at the Vostochny spaceport on Wednesday, the Kremlin said.", {KIM_JU, PUTIN}, "2023-09-13", ANY, "occurred"),
        ("2024-11-05", "Chinese Foreign Minister Wang Yi met Russian President Vladimir Putin at the Kremlin on Monday.", {WANG, PUTIN}, "2024-11-04", "Moscow", "occurred"),
        ("2023-04-27", "President Yoon Suk Yeol and President Joe Biden held a summit in the Oval Office on Wednesday.", {YOON, BIDEN}, "2023-04-26", "Washington", "occurred"),
        ("2023-03-17", "President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida at the Kantei on Thursday.", {YOON, KISHIDA}, "2023-03-16", ANY, "occurred"),
        ("2024-05-27", "President Yoon Suk Yeol met Chinese Premier Li Qiang at the presidential office in Yongsan, Seoul, on Sunday.", {YOON, LI_QIANG}, "2024-05-26", "Seoul", "occurred"),
        ("2024-06-04", "Foreign Minister Cho Tae-yul held talks with Yoko Kamikawa, Japan's foreign minister, at the Iikura Guest House in Tokyo on Monday afternoon.", {CHO_TY, KAMIKAWA}, "2024-06-03", "Tokyo", "occurred"),
        ("2024-06-04", "Foreign Minister Cho Tae-yul held talks with Yoko Kamikawa in Tokyo on Monday (Korean time).", {CHO_TY, KAMIKAWA}, "2024-06-03", "Tokyo", "occurred"),
        ("2023-04-27", "President Yoon Suk Yeol held a summit with President Joe Biden at the White House on Wednesday, U.S. time.", {YOON, BIDEN}, "2023-04-26", "Washington", "occurred"),
        ("2023-04-27", "Yoon, Biden hold summit at White House", {YOON, BIDEN}, ANY, "Washington", "occurred"),
        ("2024-06-04", "Cho Tae-yul, Yoko Kamikawa hold talks in Tokyo", {CHO_TY, KAMIKAWA}, ANY, "Tokyo", "occurred"),
        ("2024-06-04", "FM Cho meets Japanese counterpart Yoko Kamikawa in Tokyo", {CHO_TY, KAMIKAWA}, ANY, "Tokyo", "occurred"),
        # the two ministers, the two sides, joined by, in attendance
        ("2024-04-02", "Foreign Minister Cho Tae-yul and Japanese Foreign Minister Yoko Kamikawa met in Seoul on Monday. The two ministers agreed to expand youth exchanges.", {CHO_TY, KAMIKAWA}, "2024-04-01", "Seoul", "occurred"),
        ("2024-04-02", "The two sides held talks in Seoul on Monday, with Foreign Minister Cho Tae-yul and Japanese Foreign Minister Yoko Kamikawa leading their delegations.", {CHO_TY, KAMIKAWA}, "2024-04-01", "Seoul", "occurred"),
        ("2023-04-27", "President Yoon Suk Yeol met President Joe Biden at the White House on Wednesday, joined by National Security Adviser Cho Tae-yong.", {YOON, BIDEN}, "2023-04-26", "Washington", "occurred"),
        ("2023-08-19", "President Yoon Suk Yeol held a bilateral meeting with Prime Minister Fumio Kishida at Camp David on Friday before the trilateral summit.", {YOON, KISHIDA}, "2023-08-18", ANY, "occurred"),
        # envoys, vice ministers, ambassadors
        ("2024-03-08", "Second Vice Foreign Minister Kang In-sun held a meeting with Japanese Deputy Foreign Minister Masataka Okano in Tokyo on Thursday.", {"Kang In-sun", "Masataka Okano"}, "2024-03-07", "Tokyo", "occurred"),
        ("2023-04-08", "The nuclear envoys of South Korea and Japan met in Tokyo on Friday to discuss North Korea's missile launches.", {"Kim Gunn", "Takehiro Funakoshi"}, "2023-04-07", "Tokyo", "occurred"),
        ("2024-03-06", "Chinese Ambassador Xing Haiming paid a courtesy call on Foreign Minister Cho Tae-yul at the foreign ministry in Seoul on Tuesday.", {"Xing Haiming", CHO_TY}, "2024-03-05", "Seoul", "occurred"),
        # planned, cancelled, rescheduled
        ("2024-05-22", "Foreign Minister Cho Tae-yul is slated to meet Japanese Foreign Minister Yoko Kamikawa in Seoul on Sunday.", {CHO_TY, KAMIKAWA}, "2024-05-26", "Seoul", "planned"),
        ("2024-05-22", "Foreign Minister Cho Tae-yul will pay a visit to Tokyo next month for talks with Yoko Kamikawa.", {CHO_TY, KAMIKAWA}, "2024-06", "Tokyo", "planned"),
        ("2024-05-22", "A meeting between Foreign Minister Cho Tae-yul and Yoko Kamikawa has been rescheduled for next month.", {CHO_TY, KAMIKAWA}, "2024-06", ANY, "planned"),
        ("2024-05-22", "Foreign Minister Cho Tae-yul was supposed to meet Yoko Kamikawa in Tokyo on Monday, but the meeting was canceled.", {CHO_TY, KAMIKAWA}, ANY, ANY, "cancelled"),
        ("2024-05-22", "Japan and South Korea are discussing a possible meeting between Foreign Minister Cho Tae-yul and Yoko Kamikawa.", {CHO_TY, KAMIKAWA}, ANY, ANY, "planned"),
        ("2024-05-22", "President Yoon Suk Yeol is considering meeting Chinese Premier Li Qiang on the sidelines of the trilateral summit.", {YOON, LI_QIANG}, ANY, ANY, "planned"),
        # dates
        ("2024-05-22", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa in Tokyo on the 20th.", {CHO_TY, KAMIKAWA}, "2024-05-20", "Tokyo", "occurred"),
        ("2024-05-22", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa in Tokyo two days ago.", {CHO_TY, KAMIKAWA}, "2024-05-20", "Tokyo", "occurred"),
        ("2024-05-22", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa in Tokyo on Monday, May 20.", {CHO_TY, KAMIKAWA}, "2024-05-20", "Tokyo", "occurred"),
        ("2024-05-22", "Foreign Minister Cho Tae-yul will meet Japanese Foreign Minister Yoko Kamikawa in Tokyo the day after tomorrow.", {CHO_TY, KAMIKAWA}, "2024-05-24", "Tokyo", "planned"),
        ("2024-05-22", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa in Tokyo on Tuesday night.", {CHO_TY, KAMIKAWA}, "2024-05-21", "Tokyo", "occurred"),
        ("2024-05-22", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa in Tokyo this morning.", {CHO_TY, KAMIKAWA}, "2024-05-22", "Tokyo", "occurred"),
        ("2024-05-22", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa in Tokyo in mid-May.", {CHO_TY, KAMIKAWA}, "2024-05", "Tokyo", "occurred"),
        ("2024-05-22", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa in Tokyo on May 20 and 21.", {CHO_TY, KAMIKAWA}, "2024-05-20", "Tokyo", "occurred"),
        # a third en-news3 round: short articles (the lead, then what the talks were about), pronouns, 'the minister'
        ("2024-06-04", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa in Tokyo on Monday. During the talks, which ran for three hours, Cho asked Japan to keep up shuttle diplomacy. Kamikawa said Japan would stay in close touch with Seoul.", {CHO_TY, KAMIKAWA}, "2024-06-03", "Tokyo", "occurred"),
        ("2024-06-04", "Foreign Minister Cho Tae-yul arrived in Tokyo on Monday. He held talks with his Japanese counterpart Yoko Kamikawa later that day.", {CHO_TY, KAMIKAWA}, "2024-06-03", "Tokyo", "occurred"),
        ("2024-06-04", "Foreign Minister Cho Tae-yul arrived in Tokyo on Monday for a two-day visit. The minister met his Japanese counterpart Yoko Kamikawa the same day.", {CHO_TY, KAMIKAWA}, "2024-06-03", "Tokyo", "occurred"),
        ("2024-04-02", "Japanese Foreign Minister Yoko Kamikawa is visiting Seoul. She met Foreign Minister Cho Tae-yul on Monday.", {KAMIKAWA, CHO_TY}, "2024-04-01", "Seoul", "occurred"),
        ("2024-06-04", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa in Tokyo on Monday. The meeting was the first trip to Japan by a South Korean foreign minister in four years.", {CHO_TY, KAMIKAWA}, "2024-06-03", "Tokyo", "occurred"),
        ("2024-06-04", "Foreign Minister Cho Tae-yul met Japanese Foreign Minister Yoko Kamikawa in Tokyo on Monday. On Tuesday, Cho is scheduled to meet Japanese Prime Minister Fumio Kishida.", {CHO_TY, KISHIDA}, "2024-06-04", ANY, "planned"),
        ("2023-04-27", "President Yoon Suk Yeol held a summit with President Joe Biden at the White House on Wednesday. The two leaders adopted the Washington Declaration. Yoon later addressed a joint session of Congress.", {YOON, BIDEN}, "2023-04-26", "Washington", "occurred"),
        ("2023-04-27", "President Yoon Suk Yeol held a summit with President Joe Biden at the White House on Wednesday. Biden said the alliance was stronger than ever.", {YOON, BIDEN}, "2023-04-26", "Washington", "occurred"),
        ("2024-06-03", "Defense Minister Shin Won-sik and U.S. Defense Secretary Lloyd Austin met in Singapore on Sunday. They agreed to hold a trilateral exercise with Japan this summer.", {SHIN, AUSTIN}, "2024-06-02", "Singapore", "occurred"),
        ("2024-07-11", "Andrei Belousov arrived in Pyongyang early Wednesday. Belousov and Kim Jong Un talked for roughly an hour, KCNA said.", {BELOUSOV, KIM_JU}, "2024-07-10", "Pyongyang", "occurred"),
        ("2024-07-11", "Russian Defense Minister Andrei Belousov began a two-day official visit to North Korea on Wednesday. He met North Korean leader Kim Jong Un at the Kumsusan State Guesthouse.", {BELOUSOV, KIM_JU}, "2024-07-10", ANY, "occurred"),
        ("2023-03-17", "President Yoon Suk Yeol flew to Tokyo on Thursday. Yoon and Kishida held a summit there in the afternoon.", {YOON, KISHIDA}, "2023-03-16", "Tokyo", "occurred"),
        ("2024-03-13", "Choe Son-hui, the North Korean foreign minister, is on a visit to Beijing. Chinese Foreign Minister Wang Yi held talks with her on Tuesday.", {WANG, CHOE}, "2024-03-12", "Beijing", "occurred"),
        ("2024-05-27", "Japanese Prime Minister Fumio Kishida and President Yoon Suk Yeol held talks in Seoul on Sunday. It was their 10th meeting.", {KISHIDA, YOON}, "2024-05-26", "Seoul", "occurred"),
        ("2024-05-27", "Japanese Prime Minister Fumio Kishida, Chinese Premier Li Qiang and President Yoon Suk Yeol will hold a trilateral summit in Seoul on Monday, the first in four and a half years.", {KISHIDA, LI_QIANG, YOON}, "2024-05-27", "Seoul", "planned"),
        ("2024-05-27", "President Yoon Suk Yeol will host Chinese Premier Li Qiang and Japanese Prime Minister Fumio Kishida for a trilateral summit in Seoul on Monday.", {YOON, LI_QIANG, KISHIDA}, "2024-05-27", "Seoul", "planned"),
        # a fourth en-news3 round: name compounds, virtual summits, invitations, 'starting Sunday', capitals by adjective
        ("2023-03-17", "The Yoon-Kishida summit in Tokyo on Thursday lasted about 80 minutes.", {YOON, KISHIDA}, "2023-03-16", "Tokyo", "occurred"),
        ("2023-03-17", "Kishida's talks with Yoon in Tokyo on Thursday focused on wartime labor.", {YOON, KISHIDA}, "2023-03-16", "Tokyo", "occurred"),
        ("2024-03-13", "Wang Yi met Choe Son-hui in the Chinese capital on Tuesday.", {WANG, CHOE}, "2024-03-12", "Beijing", "occurred"),
        ("2023-10-20", "Sergey Lavrov met Kim Jong Un in the North Korean capital on Thursday.", {LAVROV, KIM_JU}, "2023-10-19", "Pyongyang", "occurred"),
        ("2023-04-27", "Yoon Suk Yeol met Joe Biden in the U.S. capital on Wednesday.", {YOON, BIDEN}, "2023-04-26", "Washington", "occurred"),
        ("2022-12-01", "President Yoon Suk Yeol held a virtual summit with Joe Biden on Wednesday.", {YOON, BIDEN}, "2022-11-30", None, "occurred"),
        ("2022-12-01", "President Yoon Suk Yeol and President Joe Biden held a videoconference on Wednesday.", {YOON, BIDEN}, "2022-11-30", None, "occurred"),
        ("2024-05-22", "Foreign Minister Cho Tae-yul will make a three-day visit to Japan starting Sunday to meet Yoko Kamikawa.", {CHO_TY, KAMIKAWA}, ANY, ANY, "planned"),
        ("2024-05-22", "At the invitation of Foreign Minister Cho Tae-yul, Japanese Foreign Minister Yoko Kamikawa will visit Seoul on Sunday for talks.", {CHO_TY, KAMIKAWA}, "2024-05-26", "Seoul", "planned"),
        ("2024-05-27", "Li Qiang and Yoon Suk Yeol met at the presidential office on Sunday, a day before the trilateral summit, the office said.", {LI_QIANG, YOON}, "2024-05-26", ANY, "occurred"),
        ("2024-05-27", "The meeting between Yoon Suk Yeol and Li Qiang took place at the presidential office in Seoul on Sunday.", {YOON, LI_QIANG}, "2024-05-26", "Seoul", "occurred"),
        ("2024-05-27", "Yoon Suk Yeol and Li Qiang met for the first time since Li became premier.", {YOON, LI_QIANG}, ANY, ANY, "occurred"),
        ("2024-05-27", "Yoon Suk Yeol received a delegation led by Chinese Premier Li Qiang at the presidential office in Seoul on Sunday.", {YOON, LI_QIANG}, "2024-05-26", "Seoul", "occurred"),
        ("2024-05-27", "Yoon Suk Yeol had a 50-minute meeting with Li Qiang in Seoul on Sunday.", {YOON, LI_QIANG}, "2024-05-26", "Seoul", "occurred"),
        ("2024-05-27", "Yoon Suk Yeol and Li Qiang exchanged views on North Korea in Seoul on Sunday.", {YOON, LI_QIANG}, "2024-05-26", "Seoul", "occurred"),
        ("2024-05-26", "Yoon Suk Yeol and Li Qiang are meeting in Seoul today.", {YOON, LI_QIANG}, "2024-05-26", "Seoul", "occurred"),
        ("2024-05-25", "Yoon Suk Yeol will sit down with Li Qiang in Seoul on Sunday.", {YOON, LI_QIANG}, "2024-05-26", "Seoul", "planned"),
        ("2024-05-25", "Yoon Suk Yeol is to meet Li Qiang in Seoul on Sunday.", {YOON, LI_QIANG}, "2024-05-26", "Seoul", "planned"),
        ("2024-05-27", "Yoon Suk Yeol did not meet Li Qiang on Sunday, contrary to earlier reports.", {YOON, LI_QIANG}, ANY, ANY, "cancelled"),
        ("2024-06-03", "Defense Minister Shin Won-sik held talks with his Japanese counterpart Minoru Kihara on the sidelines of the Shangri-La Dialogue on Saturday.", {SHIN, KIHARA}, "2024-06-01", "Singapore", "occurred"),
        ("2024-02-11", "Foreign Minister Cho Tae-yul met Yoko Kamikawa on the margins of the Munich Security Conference on Saturday.", {CHO_TY, KAMIKAWA}, "2024-02-10", "Munich", "occurred"),
        ("2024-07-11", "Xi and Kim Jong Un held talks at the Kumsusan State Guesthouse on Wednesday.", {XI, KIM_JU}, "2024-07-10", "Pyongyang", "occurred"),
        ("2023-10-20", "Kim Jong Un traveled to Russia last month to meet President Vladimir Putin.", {KIM_JU, PUTIN}, "2023-09", ANY, "occurred"),
        ("2023-10-20", "Kim Jong Un will travel to Russia next month to meet President Vladimir Putin.", {KIM_JU, PUTIN}, "2023-11", ANY, "planned"),
        ("2023-08-19", "President Joe Biden hosted President Yoon Suk Yeol and Prime Minister Fumio Kishida at Camp David on Friday for the first standalone summit of the three countries. Biden also held separate meetings with Yoon and Kishida.", {BIDEN, KISHIDA}, "2023-08-18", ANY, "occurred"),
        ("2023-05-25", "On the sidelines of the trilateral meeting, Foreign Minister Park Jin held bilateral talks with Antony Blinken and Yoshimasa Hayashi in Bangkok on Thursday.", {PARK_JIN, BLINKEN}, "2023-05-25", "Bangkok", "occurred"),
        ("2023-10-20", "Pyongyang, October 19 (KCNA) -- Kim Jong Un received Sergey Lavrov, foreign minister of the Russian Federation, on October 19.", {KIM_JU, LAVROV}, "2023-10-19", "Pyongyang", "occurred"),
        ("2023-10-20", "SEOUL, Oct. 19 (Yonhap) -- North Korean leader Kim Jong Un received Sergey Lavrov, Russia's foreign minister, on Thursday.", {KIM_JU, LAVROV}, "2023-10-19", None, "occurred"),
        ("2024-12-20", "President Joe Biden called Acting President Choi Sang-mok on Thursday to reaffirm the alliance.", {BIDEN, "Choi Sang-mok"}, "2024-12-19", None, "occurred"),
        ("2024-12-20", "Japanese Prime Minister Shigeru Ishiba phoned Acting President Choi Sang-mok on Thursday.", {ISHIBA, "Choi Sang-mok"}, "2024-12-19", None, "occurred"),
        ("2024-12-20", "President Joe Biden called Acting President Choi Sang-mok a reliable partner.", None, ANY, ANY, "occurred"),
        # no meeting
        ("2024-05-22", "Foreign Minister Cho Tae-yul told reporters in Seoul that the trilateral summit would be held soon.", None, ANY, ANY, "occurred"),
    ]],
    # --- en-news4 (issue 13): styles the rows above lack: 'speaking after talks with', 'X, who met Y', 'during a
    # meeting with', 'in talks with', a call between A and B, video summits, 'was received by', "X's meeting with
    # Y", 'the meeting between', joint press conferences, margins and sidelines, views exchanged, phone
    # discussions, planned / cancelled / postponed, title lists, datelines (abroad: the dateline's city; a call or
    # a video meeting: none), weekdays across a month boundary, venues, object pronouns, 'a day after holding',
    # 'have not met since', headline abbreviations, envoys of two states ----------------------------------------
    *[row(p, t, s, w, pl, st, xfail=''.join(x)) for p, t, s, w, pl, st, *x in [
        ("2024-11-12", "Speaking to reporters after talks with Japanese Foreign Minister Takeshi Iwaya in Tokyo on Monday, Foreign Minister Cho Tae-yul said the two countries would stay in close contact.", {CHO_TY, IWAYA}, "2024-11-11", "Tokyo", "occurred"),
        ("2024-11-13", "Takeshi Iwaya, who met Foreign Minister Cho Tae-yul in Seoul on Tuesday, said Japan valued the partnership.", {IWAYA, CHO_TY}, "2024-11-12", "Seoul", "occurred"),
        ("2024-11-13", "Foreign Minister Cho Tae-yul voiced concern over North Korean troops in Russia during a meeting with Australian Foreign Minister Penny Wong in Canberra on Tuesday.", {CHO_TY, WONG_P}, "2024-11-12", "Canberra", "occurred"),
        ("2024-11-14", "In talks with Chinese Foreign Minister Wang Yi in Beijing on Wednesday, Foreign Minister Cho Tae-yul asked China to play a constructive role.", {CHO_TY, WANG}, "2024-11-13", "Beijing", "occurred"),
        ("2024-10-08", "A phone call between President Yoon Suk Yeol and Japanese Prime Minister Shigeru Ishiba took place on Monday.", {YOON, ISHIBA}, "2024-10-07", None, "occurred"),
        ("2024-10-10", "President Yoon Suk Yeol held a video summit with Japanese Prime Minister Shigeru Ishiba on Wednesday.", {YOON, ISHIBA}, "2024-10-09", None, "occurred"),
        ("2024-11-15", "Foreign Minister Cho Tae-yul was received by Chinese Foreign Minister Wang Yi at the Diaoyutai State Guesthouse in Beijing on Thursday.", {CHO_TY, WANG}, "2024-11-14", "Beijing", "occurred"),
        ("2024-11-15", "Cho Tae-yul's meeting with Wang Yi in Beijing on Thursday lasted two hours.", {CHO_TY, WANG}, "2024-11-14", "Beijing", "occurred"),
        ("2024-11-19", "The meeting between Cho Tae-yul and Antonio Tajani was held in Rome on Sunday.", {CHO_TY, TAJANI}, "2024-11-17", "Rome", "occurred"),
        ("2024-11-19", "Antonio Tajani spoke at a joint press conference with Cho Tae-yul in Rome on Sunday after their talks.", {CHO_TY, TAJANI}, "2024-11-17", "Rome", "occurred"),
        ("2024-11-19", "Yoon Suk Yeol and Keir Starmer met in Auckland on Friday, their first in-person meeting since Starmer took office.", {YOON, "Keir Starmer"}, "2024-11-15", "Auckland", "occurred"),
        ("2024-11-18", "President Yoon Suk Yeol held talks with Australian Prime Minister Anthony Albanese on the margins of the Pacific summit in Auckland on Friday.", {YOON, "Anthony Albanese"}, "2024-11-15", "Auckland", "occurred"),
        ("2024-11-18", "Yoon Suk Yeol and Anthony Albanese met on the sidelines of the Pacific summit in Auckland on Friday.", {YOON, "Anthony Albanese"}, "2024-11-15", "Auckland", "occurred"),
        ("2024-10-12", "Foreign Minister Cho Tae-yul and Japanese Foreign Minister Takeshi Iwaya exchanged views on North Korea in Vientiane on Friday.", {CHO_TY, IWAYA}, "2024-10-11", "Vientiane", "occurred"),
        ("2024-10-03", "Foreign Minister Cho Tae-yul and Japanese Foreign Minister Takeshi Iwaya discussed bilateral ties over the phone on Wednesday.", {CHO_TY, IWAYA}, "2024-10-02", None, "occurred"),
        ("2024-10-12", "Foreign Minister Cho Tae-yul met Takeshi Iwaya in Vientiane on Friday. The two ministers agreed to meet again soon.", {CHO_TY, IWAYA}, "2024-10-11", "Vientiane", "occurred"),
        ("2024-11-20", "Foreign Minister Cho Tae-yul will hold talks with Chinese Foreign Minister Wang Yi in Seoul on Friday.", {CHO_TY, WANG}, "2024-11-22", "Seoul", "planned"),
        ("2024-11-20", "President Yoon Suk Yeol is scheduled to receive Japanese Prime Minister Shigeru Ishiba at the presidential office on Thursday.", {YOON, ISHIBA}, "2024-11-21", ANY, "planned"),
        ("2024-11-20", "Australian Foreign Minister Penny Wong plans to visit Seoul next week to meet Foreign Minister Cho Tae-yul.", {WONG_P, CHO_TY}, "2024-11", "Seoul", "planned"),
        ("2024-12-05", "Japanese Foreign Minister Takeshi Iwaya canceled his planned talks with Foreign Minister Cho Tae-yul in Seoul.", {IWAYA, CHO_TY}, ANY, ANY, "cancelled"),
        ("2024-12-05", "The meeting between Cho Tae-yul and Takeshi Iwaya has been postponed indefinitely.", {CHO_TY, IWAYA}, ANY, ANY, "cancelled"),
        ("2024-11-16", "President Yoon Suk Yeol, President Emmanuel Macron and Prime Minister Keir Starmer held a trilateral summit in Auckland on Friday.", {YOON, "Emmanuel Macron", "Keir Starmer"}, "2024-11-15", "Auckland", "occurred"),
        ("2024-11-16", "Foreign Minister Cho Tae-yul, Australian Foreign Minister Penny Wong and Japanese Foreign Minister Takeshi Iwaya held a trilateral meeting in Manila on Friday.", {CHO_TY, WONG_P, IWAYA}, "2024-11-15", "Manila", "occurred"),
        ("2024-11-26", "The foreign ministers of South Korea, China and Japan met in Tokyo on Monday.", {CHO_TY, WANG, IWAYA}, "2024-11-25", "Tokyo", "occurred"),
        ("2024-07-29", "The defense chiefs of the United States, South Korea and Japan held talks in Tokyo on Sunday.", {SHIN, AUSTIN, KIHARA}, "2024-07-28", "Tokyo", "occurred"),
        # datelines: a meeting in person that names no place is in the dateline's city; a call or a video meeting is nowhere
        ("2024-11-04", "SEOUL, Nov. 4 (Yonhap) -- Foreign Minister Cho Tae-yul held talks with visiting Japanese Foreign Minister Takeshi Iwaya on Monday.", {CHO_TY, IWAYA}, "2024-11-04", "Seoul", "occurred"),
        ("2024-11-05", "TOKYO, Nov. 5 (Yonhap) -- Foreign Minister Cho Tae-yul and Japanese Foreign Minister Takeshi Iwaya held talks on Tuesday.", {CHO_TY, IWAYA}, "2024-11-05", "Tokyo", "occurred"),
        ("2024-11-05", "BEIJING (AP) — Chinese Foreign Minister Wang Yi met his South Korean counterpart Cho Tae-yul on Tuesday.", {WANG, CHO_TY}, "2024-11-05", "Beijing", "occurred"),
        ("2024-11-05", "CANBERRA, Nov. 4 (Yonhap) -- Foreign Minister Cho Tae-yul spoke by phone with Australian Foreign Minister Penny Wong on Monday.", {CHO_TY, WONG_P}, "2024-11-04", None, "occurred"),
        ("2024-11-05", "TOKYO, Nov. 5 (Yonhap) -- Foreign Minister Cho Tae-yul and Takeshi Iwaya held a video conference on Tuesday.", {CHO_TY, IWAYA}, "2024-11-05", None, "occurred"),
        ("2024-11-05", "SEOUL, Nov. 5 (Yonhap) -- Foreign Minister Cho Tae-yul met Takeshi Iwaya in Tokyo on Tuesday.", {CHO_TY, IWAYA}, "2024-11-05", "Tokyo", "occurred"),
        ("2024-11-05", "SEOUL, Nov. 5 (Yonhap) -- North Korean leader Kim Jong Un received Sergey Lavrov on Monday, state media said.", {KIM_JU, LAVROV}, "2024-11-04", None, "occurred"),
        ("2024-11-05", "SEOUL, Nov. 5 (Yonhap) -- North Korean leader Kim Jong Un met Sergey Lavrov on Monday, the Korean Central News Agency said.", {KIM_JU, LAVROV}, "2024-11-04", None, "occurred"),
        # weekdays across a month boundary, past and ahead; dates written out
        ("2024-12-02", "Foreign Minister Cho Tae-yul met Chinese Foreign Minister Wang Yi in Beijing on Friday.", {CHO_TY, WANG}, "2024-11-29", "Beijing", "occurred"),
        ("2024-12-03", "Cho Tae-yul held talks with Takeshi Iwaya in Tokyo on Saturday.", {CHO_TY, IWAYA}, "2024-11-30", "Tokyo", "occurred"),
        ("2024-09-30", "Foreign Minister Cho Tae-yul will meet Chinese Foreign Minister Wang Yi in Beijing on Thursday.", {CHO_TY, WANG}, "2024-10-03", "Beijing", "planned"),
        ("2024-10-01", "Cho Tae-yul met Wang Yi in Seoul on Monday.", {CHO_TY, WANG}, "2024-09-30", "Seoul", "occurred"),
        ("2024-11-29", "Cho Tae-yul will hold talks with Takeshi Iwaya in Tokyo on Monday.", {CHO_TY, IWAYA}, "2024-12-02", "Tokyo", "planned"),
        ("2024-11-25", "Cho Tae-yul met Wang Yi in Beijing last Thursday.", {CHO_TY, WANG}, "2024-11-21", "Beijing", "occurred"),
        ("2024-11-25", "Cho Tae-yul will meet Takeshi Iwaya in Tokyo next Tuesday.", {CHO_TY, IWAYA}, "2024-12-03", "Tokyo", "planned"),
        ("2024-11-05", "Cho Tae-yul met Takeshi Iwaya in Tokyo on Nov. 1.", {CHO_TY, IWAYA}, "2024-11-01", "Tokyo", "occurred"),
        ("2024-11-05", "Cho Tae-yul and Takeshi Iwaya held talks in Tokyo on October 30.", {CHO_TY, IWAYA}, "2024-10-30", "Tokyo", "occurred"),
        # venues standing for their city
        ("2024-11-15", "Chinese Foreign Minister Wang Yi met Foreign Minister Cho Tae-yul at the Great Hall of the People on Thursday.", {WANG, CHO_TY}, "2024-11-14", "Beijing", "occurred"),
        ("2024-11-05", "Russian President Vladimir Putin received North Korean Foreign Minister Choe Son-hui at the Kremlin on Monday.", {PUTIN, CHOE}, "2024-11-04", "Moscow", "occurred"),
        ("2024-11-13", "President Joe Biden met President Yoon Suk Yeol in the Oval Office on Tuesday.", {BIDEN, YOON}, "2024-11-12", "Washington", "occurred"),
        # a later verb phrase's day; a day after holding; object pronouns; no meeting since
        ("2024-11-01", "Choe Son-hui arrived in Moscow on Thursday and is scheduled to hold talks with Sergey Lavrov on Friday.", {CHOE, LAVROV}, "2024-11-01", "Moscow", "planned"),
        ("2024-11-02", "Choe Son-hui left Moscow on Saturday, a day after holding talks with Sergey Lavrov.", {CHOE, LAVROV}, "2024-11-01", ANY, "occurred"),
        ("2024-11-16", "Cho Tae-yul returned home on Saturday, two days after his talks with Wang Yi in Beijing.", {CHO_TY, WANG}, "2024-11-14", "Beijing", "occurred"),
        ("2024-11-13", "Takeshi Iwaya arrived in Seoul on Monday. Foreign Minister Cho Tae-yul held talks with him on Tuesday.", {IWAYA, CHO_TY}, "2024-11-12", "Seoul", "occurred"),
        ("2024-11-13", "Choe Son-hui flew to Moscow on Monday. Russian President Vladimir Putin received her on Tuesday.", {CHOE, PUTIN}, "2024-11-12", "Moscow", "occurred"),
        ("2024-11-13", "Sergey Lavrov greeted Choe Son-hui at the airport and held talks with her on Tuesday.", {LAVROV, CHOE}, "2024-11-12", ANY, "occurred"),
        ("2024-11-13", "Yoon Suk Yeol and Xi Jinping have not met since November 2022.", None, ANY, ANY, "occurred"),
        ("2024-11-13", "Cho Tae-yul and Wang Yi have yet to hold formal talks this year.", None, ANY, ANY, "occurred"),
        ("2024-11-16", "Cho Tae-yul and Wang Yi have never met in Seoul.", None, ANY, ANY, "occurred"),
        ("2024-11-13", "Foreign Minister Cho Tae-yul met U.S. Ambassador Philip Goldberg in Seoul on Tuesday ahead of his visit to Washington next week.", {CHO_TY, "Philip Goldberg"}, "2024-11-12", "Seoul", "occurred"),
        ("2024-11-13", "Foreign Minister Cho Tae-yul met U.S. Ambassador Philip Goldberg on Tuesday ahead of his visit to Washington next week.", {CHO_TY, "Philip Goldberg"}, "2024-11-12", None, "occurred"),
        ("2024-11-13", "Foreign Minister Cho Tae-yul met U.S. Ambassador Philip Goldberg on Tuesday before his trip to Tokyo.", {CHO_TY, "Philip Goldberg"}, "2024-11-12", None, "occurred"),
        # headlines with abbreviated titles; envoys of two states
        ("2024-11-05", "FM Cho holds talks with Japanese counterpart Takeshi Iwaya in Tokyo", {CHO_TY, IWAYA}, ANY, "Tokyo", "occurred"),
        ("2024-07-29", "DM Shin meets Japanese counterpart Minoru Kihara in Tokyo", {SHIN, KIHARA}, ANY, "Tokyo", "occurred"),
        ("2024-11-15", "Cho Tae-yul, Wang Yi hold talks in Beijing", {CHO_TY, WANG}, ANY, "Beijing", "occurred"),
        ("2024-03-16", "The nuclear envoys of Japan and South Korea met in Seoul on Friday.", {"Lee Jun-il", "Hiroyuki Namazu"}, "2024-03-15", "Seoul", "occurred"),
        # phone and video
        ("2024-10-03", "President Yoon Suk Yeol held a phone conversation with Japanese Prime Minister Shigeru Ishiba on Wednesday and discussed North Korea.", {YOON, ISHIBA}, "2024-10-02", None, "occurred"),
        ("2024-10-03", "Yoon Suk Yeol and Shigeru Ishiba talked over the phone on Wednesday.", {YOON, ISHIBA}, "2024-10-02", None, "occurred"),
        ("2024-11-08", "Yoon Suk Yeol and Shigeru Ishiba held a virtual meeting on Thursday.", {YOON, ISHIBA}, "2024-11-07", None, "occurred"),
        ("2024-11-08", "Japanese Prime Minister Shigeru Ishiba called President Yoon Suk Yeol on Thursday to discuss North Korea.", {ISHIBA, YOON}, "2024-11-07", None, "occurred"),
        # hosts, welcomes, courtesy calls, working meals
        ("2024-11-13", "Chinese Foreign Minister Wang Yi welcomed Foreign Minister Cho Tae-yul to Beijing on Wednesday.", {WANG, CHO_TY}, "2024-11-13", "Beijing", "occurred"),
        ("2024-11-13", "Foreign Minister Cho Tae-yul hosted a dinner for Japanese Foreign Minister Takeshi Iwaya in Seoul on Tuesday.", {CHO_TY, IWAYA}, "2024-11-12", "Seoul", "occurred"),
        ("2024-11-15", "Cho Tae-yul sat down with Wang Yi for a working lunch in Beijing on Thursday.", {CHO_TY, WANG}, "2024-11-14", "Beijing", "occurred"),
        ("2024-11-15", "During their talks in Beijing on Thursday, Cho Tae-yul and Wang Yi exchanged views on the Korean Peninsula.", {CHO_TY, WANG}, "2024-11-14", "Beijing", "occurred"),
        ("2024-11-15", "In a meeting with Cho Tae-yul in Beijing on Thursday, Wang Yi called for stable ties.", {CHO_TY, WANG}, "2024-11-14", "Beijing", "occurred"),
        ("2024-11-15", "Cho Tae-yul held talks with Wang Yi in Beijing on Thursday. The two sides agreed to resume their strategic dialogue.", {CHO_TY, WANG}, "2024-11-14", "Beijing", "occurred"),
        ("2024-11-15", "Talks between Cho Tae-yul and Wang Yi took place in Beijing on Thursday.", {CHO_TY, WANG}, "2024-11-14", "Beijing", "occurred"),
        ("2024-11-15", "Cho Tae-yul and Wang Yi met for the second time this year in Beijing on Thursday.", {CHO_TY, WANG}, "2024-11-14", "Beijing", "occurred"),
        ("2024-10-11", "Foreign Minister Cho Tae-yul held a bilateral meeting with Russian Foreign Minister Sergey Lavrov on the sidelines of the ASEAN meetings in Vientiane on Friday.", {CHO_TY, LAVROV}, "2024-10-11", "Vientiane", "occurred"),
        ("2024-10-11", "On the margins of the ASEAN meetings in Vientiane, Cho Tae-yul met Takeshi Iwaya on Thursday.", {CHO_TY, IWAYA}, "2024-10-10", "Vientiane", "occurred"),
        # planned, expected, set; cancelled and called off
        ("2024-11-20", "Cho Tae-yul is expected to meet Wang Yi in Busan on Saturday.", {CHO_TY, WANG}, "2024-11-23", "Busan", "planned"),
        ("2024-11-20", "Cho Tae-yul and Takeshi Iwaya are set to hold talks in Tokyo later this month.", {CHO_TY, IWAYA}, "2024-11", "Tokyo", "planned"),
        ("2024-11-20", "Cho Tae-yul will meet Takeshi Iwaya in Busan on Saturday, a day before the trilateral meeting.", {CHO_TY, IWAYA}, "2024-11-23", "Busan", "planned"),
        ("2024-11-20", "Cho Tae-yul was supposed to meet Wang Yi in Beijing on Monday, but the trip was called off.", {CHO_TY, WANG}, ANY, ANY, "cancelled"),
        ("2024-11-20", "Japan called off the planned talks between Takeshi Iwaya and Cho Tae-yul.", {CHO_TY, IWAYA}, ANY, ANY, "cancelled"),
        # a second en-news4 round: relative clauses, banquets, 'held in', apposition after the party, calls at the
        # scene, 'for talks with X on Monday', video links, 'had been scheduled to', 'here' under a dateline
        ("2024-11-19", "Cho Tae-yul and Antonio Tajani, who held talks in Rome on Sunday, agreed to keep close communication.", {CHO_TY, TAJANI}, "2024-11-17", "Rome", "occurred"),
        ("2024-11-19", "North Korean leader Kim Jong Un hosted a banquet for Russian Foreign Minister Sergey Lavrov in Pyongyang on Monday.", {KIM_JU, LAVROV}, "2024-11-18", "Pyongyang", "occurred"),
        ("2024-11-19", "The summit between Yoon Suk Yeol and Keir Starmer, held in Auckland on Friday, lasted 30 minutes.", {YOON, "Keir Starmer"}, "2024-11-15", "Auckland", "occurred"),
        ("2024-11-13", "Yoon Suk Yeol is set to meet Keir Starmer, the British prime minister, at the Pacific summit in Auckland on Friday.", {YOON, "Keir Starmer"}, "2024-11-15", "Auckland", "planned"),
        ("2024-10-05", "Yoon Suk Yeol and Shigeru Ishiba agreed during a 25-minute phone call on Friday to cooperate on North Korea.", {YOON, ISHIBA}, "2024-10-04", None, "occurred"),
        ("2024-11-15", "Cho Tae-yul, who is on a three-day trip to Beijing, met Wang Yi on Thursday.", {CHO_TY, WANG}, "2024-11-14", "Beijing", "occurred"),
        ("2024-11-15", "Wang Yi told Cho Tae-yul at their talks in Beijing on Thursday that China opposed confrontation.", {CHO_TY, WANG}, "2024-11-14", "Beijing", "occurred"),
        ("2024-11-15", "Japanese Foreign Minister Takeshi Iwaya and his South Korean counterpart Cho Tae-yul held talks in Tokyo on Thursday.", {CHO_TY, IWAYA}, "2024-11-14", "Tokyo", "occurred"),
        ("2024-11-15", "Cho Tae-yul will travel to Tokyo on Sunday for talks with Takeshi Iwaya on Monday.", {CHO_TY, IWAYA}, "2024-11-18", "Tokyo", "planned"),
        ("2024-11-20", "Yoon Suk Yeol's talks with Shigeru Ishiba, originally set for Friday, were postponed.", {YOON, ISHIBA}, ANY, ANY, "cancelled"),
        ("2024-11-20", "Cho Tae-yul and Takeshi Iwaya will hold talks via video link on Tuesday.", {CHO_TY, IWAYA}, "2024-11-26", None, "planned"),
        ("2024-11-19", "Cho Tae-yul met with Wang Yi on the sidelines of the G20 meeting in Rio de Janeiro on Monday.", {CHO_TY, WANG}, "2024-11-18", "Rio de Janeiro", "occurred"),
        ("2024-11-15", "Cho Tae-yul is visiting Beijing this week. He met Wang Yi on Thursday.", {CHO_TY, WANG}, "2024-11-14", "Beijing", "occurred"),
        ("2024-11-15", "BEIJING, Nov. 14 (Yonhap) -- Cho Tae-yul, who is on a visit here, met Wang Yi on Thursday.", {CHO_TY, WANG}, "2024-11-14", "Beijing", "occurred"),
        ("2025-08-01", "Anita Anand met Cho Hyun in Ottawa on Tuesday.", {"Cho Hyun", "Anita Anand"}, "2025-07-29", "Ottawa", "occurred"),
        ("2025-08-01", "Anita Anand met Cho Hyun on Thursday, July 31, in Ottawa.", {"Cho Hyun", "Anita Anand"}, "2025-07-31", "Ottawa", "occurred"),
        ("2025-08-01", "Cho Hyun is slated to meet Anita Anand in Ottawa on Aug. 4.", {"Cho Hyun", "Anita Anand"}, "2025-08-04", "Ottawa", "planned"),
        ("2025-08-05", "Pete Hegseth hosted Ahn Gyu-back at the Pentagon on Monday.", {"Ahn Gyu-back", "Pete Hegseth"}, "2025-08-04", "Washington", "occurred"),
        ("2025-08-05", "WASHINGTON, Aug. 4 (Yonhap) -- Defense Minister Ahn Gyu-back held talks with his U.S. counterpart Pete Hegseth on Monday.", {"Ahn Gyu-back", "Pete Hegseth"}, "2025-08-04", "Washington", "occurred"),
        ("2025-08-05", "Ahn Gyu-back talked with Pete Hegseth over a working breakfast in Washington on Monday.", {"Ahn Gyu-back", "Pete Hegseth"}, "2025-08-04", "Washington", "occurred"),
        ("2025-08-05", "Ahn Gyu-back's talks with Pete Hegseth at the Pentagon on Monday focused on deterrence.", {"Ahn Gyu-back", "Pete Hegseth"}, "2025-08-04", "Washington", "occurred"),
        ("2025-08-05", "Pete Hegseth and Ahn Gyu-back held their first face-to-face talks in Washington on Monday.", {"Ahn Gyu-back", "Pete Hegseth"}, "2025-08-04", "Washington", "occurred"),
        ("2025-08-05", "Ahn Gyu-back will hold talks with Pete Hegseth in Washington next week.", {"Ahn Gyu-back", "Pete Hegseth"}, "2025-08", "Washington", "planned"),
        ("2025-08-05", "Ahn Gyu-back had been scheduled to meet Pete Hegseth on Monday, but the meeting was canceled.", {"Ahn Gyu-back", "Pete Hegseth"}, ANY, ANY, "cancelled"),
        ("2025-08-05", "Ahn Gyu-back met Pete Hegseth and Marco Rubio separately in Washington on Monday.", {"Ahn Gyu-back", "Marco Rubio"}, "2025-08-04", "Washington", "occurred"),
        ("2025-08-05", "The foreign and defense ministers of South Korea and Australia met in Canberra on Monday.", {"Ahn Gyu-back", "Richard Marles", "Cho Hyun", WONG_P}, "2025-08-04", "Canberra", "occurred"),
        # whole short articles: a headline over a datelined lead, a dateline's city for a courtesy meeting at home,
        # 'said Tuesday he met X last week', a weekday back across a month boundary under a dateline
        ("2024-11-16", "Yoon, Starmer hold talks in Auckland\n\nAUCKLAND, Nov. 15 (Yonhap) -- President Yoon Suk Yeol and British Prime Minister Keir Starmer held talks on Friday on the sidelines of the Pacific summit.\n\nThe two leaders agreed to strengthen cooperation.", {YOON, "Keir Starmer"}, "2024-11-15", "Auckland", "occurred"),
        ("2024-11-16", "FM Cho meets Australian counterpart Penny Wong\n\nFM Cho Tae-yul met Australian Foreign Minister Penny Wong in Auckland on Friday.", {CHO_TY, WONG_P}, "2024-11-15", "Auckland", "occurred"),
        ("2024-11-15", "Yoon to meet Macron in Auckland\n\nPresident Yoon Suk Yeol will hold a summit with French President Emmanuel Macron in Auckland on Saturday, his office said.", {YOON, "Emmanuel Macron"}, "2024-11-16", "Auckland", "planned"),

        ("2024-11-19", "TOKYO, Nov. 18 (Yonhap) -- Cho Tae-yul arrived in Tokyo on Sunday.\n\nOn Monday, Cho met Takeshi Iwaya and discussed North Korea. He also met Shigeru Ishiba.", {CHO_TY, ISHIBA}, "2024-11-18", "Tokyo", "occurred"),
        ("2024-11-19", "SEOUL, Nov. 19 (Yonhap) -- Foreign Minister Cho Tae-yul said Tuesday he met Italian Foreign Minister Antonio Tajani in Rome last week.", {CHO_TY, TAJANI}, "2024-11", "Rome", "occurred"),
        ("2024-12-02", "SEOUL, Dec. 2 (Yonhap) -- Foreign Minister Cho Tae-yul held talks with Japanese Foreign Minister Takeshi Iwaya in Tokyo on Friday.", {CHO_TY, IWAYA}, "2024-11-29", "Tokyo", "occurred"),
        ("2024-11-02", "MOSCOW, Nov. 1 (AFP) - Russian President Vladimir Putin met North Korean Foreign Minister Choe Son-hui on Monday, the Kremlin said.", {PUTIN, CHOE}, "2024-10-28", "Moscow", "occurred"),
        ("2024-11-15", "Cho Tae-yul, speaking after meeting Wang Yi in Beijing on Thursday, said ties were improving.", {CHO_TY, WANG}, "2024-11-14", "Beijing", "occurred"),
        ("2024-11-15", "Cho Tae-yul, after talks with Wang Yi in Beijing on Thursday, said ties were improving.", {CHO_TY, WANG}, "2024-11-14", "Beijing", "occurred"),
        ("2024-11-15", "Cho Tae-yul received a phone call from Wang Yi on Thursday.", {CHO_TY, WANG}, "2024-11-14", None, "occurred"),
        ("2024-11-15", "The two foreign ministers, Cho Tae-yul and Wang Yi, met in Beijing on Thursday.", {CHO_TY, WANG}, "2024-11-14", "Beijing", "occurred"),
        ("2024-11-15", "Wang Yi is scheduled to sit down with Cho Tae-yul in Seoul on Nov. 22.", {CHO_TY, WANG}, "2024-11-22", "Seoul", "planned"),
        ("2024-11-15", "Cho Tae-yul paid a visit to Shigeru Ishiba in Tokyo on Thursday.", {CHO_TY, ISHIBA}, "2024-11-14", "Tokyo", "occurred"),
        ("2024-11-15", "Cho Tae-yul will make a four-day trip to Beijing from Sunday, during which he will meet Wang Yi.", {CHO_TY, WANG}, ANY, "Beijing", "planned"),
        ("2024-11-15", "Cho Tae-yul met Wang Yi, the ministry said on Thursday.", {CHO_TY, WANG}, "2024-11-15", None, "occurred"),
        # KCNA wording: long title chains, 'had a talk with', 'an in-depth exchange of views'
        ("2024-11-30", "Kim Jong Un, general secretary of the Workers' Party of Korea and president of the State Affairs of the DPRK, met Andrei Belousov, defense minister of the Russian Federation, on Friday.", {KIM_JU, BELOUSOV}, "2024-11-29", ANY, "occurred"),
        ("2024-11-30", "Kim Jong Un had a talk with Andrei Belousov on November 29.", {KIM_JU, BELOUSOV}, "2024-11-29", ANY, "occurred"),
        ("2024-11-30", "Kim Jong Un and Andrei Belousov had an in-depth exchange of views on Friday.", {KIM_JU, BELOUSOV}, "2024-11-29", ANY, "occurred"),
        ("2024-11-30", "PYONGYANG, November 30 (KCNA) -- Kim Jong Un met Andrei Belousov on Friday.", {KIM_JU, BELOUSOV}, "2024-11-29", "Pyongyang", "occurred"),
        ("2024-11-30", "Choe Son-hui held talks with Sergey Lavrov in Moscow on Friday, the Korean Central News Agency reported Saturday.", {CHOE, LAVROV}, "2024-11-29", "Moscow", "occurred"),
        # a 'when' clause of a journey happens with the meeting: its time and place are the meeting's
        ("2024-11-15", "Cho Tae-yul plans to hold talks with Wang Yi when he visits Beijing next week.", {CHO_TY, WANG}, "2024-11", "Beijing", "planned"),
        ("2024-11-15", "Cho Tae-yul will meet Wang Yi when he travels to Beijing on Monday.", {CHO_TY, WANG}, "2024-11-18", "Beijing", "planned"),
        ("2024-11-15", "Cho Tae-yul met Wang Yi on Thursday when he visited Beijing.", {CHO_TY, WANG}, "2024-11-14", "Beijing", "occurred"),
        ("2024-11-15", "Cho Tae-yul met Wang Yi in Seoul on Thursday, when North Korea fired a missile.", {CHO_TY, WANG}, "2024-11-14", "Seoul", "occurred"),
        # the officials of 2025
        ("2025-07-30", "Foreign Minister Cho Hyun held talks with German Foreign Minister Johann Wadephul in Berlin on Tuesday.", {"Cho Hyun", "Johann Wadephul"}, "2025-07-29", "Berlin", "occurred"),
        ("2025-07-30", "Johann Wadephul, who met Cho Hyun in Berlin on Tuesday, said the partnership was strong.", {"Cho Hyun", "Johann Wadephul"}, "2025-07-29", "Berlin", "occurred"),

        ("2025-09-30", "President Lee Jae-myung held a summit with Japanese Prime Minister Shigeru Ishiba in Seoul on Sunday.", {"Lee Jae-myung", ISHIBA}, "2025-09-28", "Seoul", "occurred"),
        ("2025-09-24", "Defense Minister Ahn Gyu-back held talks with Japanese Defense Minister Gen Nakatani in Seoul on Monday.", {"Ahn Gyu-back", "Gen Nakatani"}, "2025-09-22", "Seoul", "occurred"),
        ("2025-09-24", "Defense Minister Ahn Gyu-back spoke by phone with U.S. Defense Secretary Pete Hegseth on Tuesday.", {"Ahn Gyu-back", "Pete Hegseth"}, "2025-09-23", None, "occurred"),
        ("2025-09-24", "National Security Adviser Wi Sung-lac will visit Washington next month to meet Secretary of State Marco Rubio.", {"Wi Sung-lac", "Marco Rubio"}, "2025-10", "Washington", "planned"),
    ]],
    # --- en-acts6 (issue 15): appeals and warnings that name no one, pledges, fire, warning shots, regret ------
    *[act(t, k, a, r, w, s, x) for t, k, a, r, w, s, x in [
        # an appeal or warning naming no addressee answers the acts just reported (the sentence before, or
        # its own "after" clause); their actors, or the recipients of the speaker's own act
        ("North Korea fired two ballistic missiles into the East Sea on Thursday. China called on all parties to exercise restraint.", "REQUEST", {"CHN"}, set(), ANY, "occurred", ""),  # restraint35
        ("Japan called for restraint after North Korea fired a ballistic missile on Thursday.", "REQUEST", {"JPN"}, {"PRK"}, ANY, "occurred", ""),
        ("South Korea and the United States staged joint air drills on Monday. North Korea warned of stern consequences.", "THREATEN", {"PRK"}, {"KOR", "USA"}, ANY, "occurred", ""),  # acts57b: the warning answers the joint drills
        ("North Korea fired a ballistic missile on Thursday. Japan condemned the launch and urged restraint.", "REQUEST", {"JPN"}, {"PRK"}, ANY, "occurred", ""),
        ("North Korea fired a ballistic missile on Thursday. China did not call for restraint.", "REQUEST", None, None, ANY, "occurred", ""),
        # a statement still to be made is no statement (as for named addressees)
        ("North Korea fired a ballistic missile on Thursday. Russia said it would call for restraint at the council.", "REQUEST", None, None, ANY, "occurred", ""),
        # a named addressee that is no state keeps the appeal from the context ("urged residents")
        ("North Korea fired a ballistic missile on Thursday. Japan urged residents of Okinawa to take shelter.", "REQUEST", {"JPN"}, {"JPN"}, ANY, "occurred", ""),
        # a pledge to help or defend a state is a promise made to it (AGREE with its recipient)
        ("Japan vowed to support Ukraine for as long as it takes.", "AGREE", {"JPN"}, {"UKR"}, ANY, "occurred", ""),
        ("The United States did not pledge to defend Taiwan.", "AGREE", None, None, ANY, "occurred", ""),
        # fire at a target is an attack; near a place, at no one, a show of force
        ("North Korea fired artillery shells at a South Korean border island on Friday.", "ASSAULT", {"PRK"}, {"KOR"}, ANY, "occurred", ""),
        ("North Korea fired artillery shells into the sea near a border island on Friday.", "ASSAULT", None, None, ANY, "occurred", ""),
        ("North Korea did not fire artillery shells at the island.", "ASSAULT", None, None, ANY, "occurred", ""),
        # warning shots: a show of force aimed at the side warned (MOBILIZE, force9), as 경고사격 in Korean; shots at someone: ASSAULT
        ("South Korean troops fired warning shots at North Korean soldiers who crossed the border.", "MOBILIZE", {"KOR"}, {"PRK"}, ANY, "occurred", ""),
        ("South Korean troops fired warning shots at North Korean soldiers who crossed the border.", "ASSAULT", None, None, ANY, "occurred", ""),
        ("The Philippine coast guard did not fire warning shots at the Chinese vessel.", "MOBILIZE", None, None, ANY, "occurred", ""),
        ("South Korean troops fired shots at North Korean soldiers who crossed the border.", "ASSAULT", {"KOR"}, {"PRK"}, ANY, "occurred", ""),
        # regret expressed to a state (or for one's own act) is an apology, CONCEDE; regret over its act, ACCUSE
        ("Japan's prime minister expressed regret to South Korea for the wartime forced labor.", "CONCEDE", {"JPN"}, {"KOR"}, ANY, "occurred", ""),
        ("Japan's prime minister expressed regret to South Korea for the wartime forced labor.", "ACCUSE", None, None, ANY, "occurred", ""),
        # a condemnation of an act named without its author answers the acts just reported
        ("North Korea fired a ballistic missile toward the East Sea on Wednesday. Japan condemned the launch as an outrage.", "ACCUSE", {"JPN"}, {"PRK"}, ANY, "occurred", ""),
        ("Japan condemned the launch as an outrage.", "ACCUSE", None, None, ANY, "occurred", ""),
        ("North Korea fired a ballistic missile on Wednesday. Japan did not condemn the launch.", "ACCUSE", None, None, ANY, "occurred", ""),
        # a vow to build up one's own forces is no pledge to cooperate; a pledge with a partner stays AGREE
        ("North Korea vowed to bolster its nuclear deterrent.", "AGREE", None, None, ANY, "occurred", ""),
        ("Japan pledged to strengthen its defense cooperation with South Korea.", "AGREE", {"JPN", "KOR"}, None, ANY, "occurred", ""),
        # two verbs joined by "and": the first's object does not act in the second
        ("Japan condemned North Korea and urged China to use its influence over Pyongyang.", "REQUEST", {"JPN"}, {"CHN"}, ANY, "occurred", ""),
        ("China expressed strong dissatisfaction with the United States over its arms sales to Taiwan.", "ACCUSE", {"CHN"}, {"USA"}, ANY, "occurred", ""),
        ("Moscow warned Seoul against supplying weapons to Ukraine.", "AID", None, None, ANY, "occurred", ""),
        ("South Korea's military fired warning shots after about 20 North Korean soldiers crossed the military demarcation line.", "MOBILIZE", {"KOR"}, {"PRK"}, ANY, "occurred", ""),
        ("Japan has not expressed regret to South Korea.", "CONCEDE", None, None, ANY, "occurred", ""),
    ]],
    # --- en-acts9 (issues 13/15): headline criticism, inverted conditions, pledges of support, office groups,
    # forces and ministries meeting as their states, negotiations that prepare a meeting --------------------
    *[act(t, k, a, r, w, s, x) for t, k, a, r, w, s, x in [
        ("Seoul blasts Tokyo over export curbs", "ACCUSE", {"KOR"}, {"JPN"}, ANY, "occurred", ""),
        ("China raps the United States for its arms sales to Taiwan", "ACCUSE", {"CHN"}, {"USA"}, ANY, "occurred", ""),
        ("South Korean troops blasted North Korean positions over the weekend.", "ACCUSE", None, None, ANY, "occurred", ""),
        ("Should North Korea conduct a nuclear test, Japan would impose new sanctions.", "MOBILIZE", None, None, ANY, "occurred", ""),
        # a conditional threat is made as it is reported (en36: the manual's THREATEN; was planned)
        ("China said that should Taiwan declare independence, it would blockade the island.", "THREATEN", {"CHN"}, None, ANY, "occurred", ""),
        ("The United States pledged support for South Korea's efforts to hold talks with North Korea.", "CONSULT", None, None, ANY, "occurred", ""),  # a meeting as the goal of efforts: none
    ]],
    row("2019-10-28", "Seoul and Tokyo are in talks on holding a summit between Moon Jae-in and Shinzo Abe next month.", {MOON, ABE}, ANY, ANY, "planned"),
    row("2024-06-12", "South Korean police met their Japanese counterparts in Seoul on Tuesday.", {"KOR", "JPN"}, "2024-06-11", "Seoul"),
    # --- en10 (issues 13/15): promises of support, unnamed home ministries, compounds before office words and
    # summits, prepared meetings, conditions after 'said that,', home datelines, airport welcomes, venues, remote manner
    *[act(t, k, a, r, w, s, x) for t, k, a, r, w, s, x in [
        # a promise of support 'for' X approves X now: SUPPORT for X (the efforts' owner, not their partner); one
        # promised 'to' X is a promise of future cooperation: AGREE (the manual; dev gold); one event either way
        ("Germany pledged support for France's efforts to restart negotiations with Algeria.", "SUPPORT", {"DEU"}, {"FRA"}, ANY, "occurred", ""),
        ("Germany pledged support for France's efforts to restart negotiations with Algeria.", "AGREE", None, None, ANY, "occurred", ""),
        ("Turkey promised full support to Azerbaijan.", "AGREE", {"TUR"}, None, ANY, "occurred", ""),
        ("Turkey promised full support to Azerbaijan.", "SUPPORT", None, None, ANY, "occurred", ""),
        ("Spain offered its backing to Portugal on the water dispute.", "AGREE", {"ESP"}, None, ANY, "occurred", ""),
        ("Spain offered its backing to Portugal on the water dispute.", "SUPPORT", None, None, ANY, "occurred", ""),
        ("Japan pledged support to further strengthen its security cooperation with Australia.", "SUPPORT", None, None, ANY, "occurred", ""),
        ("Turkey agreed to provide full support to Azerbaijan.", "AGREE", {"TUR"}, {"AZE"}, ANY, "occurred", ""),
        # 'X said that, if ..., it would ...': X acts, the condition's subject does not; the sanction stated under a
        # condition is a threat made now (en36; was a planned SANCTION)
        ("Poland said that, if Belarus moved troops to the border, it would impose sanctions on Minsk.", "THREATEN", {"POL"}, {"BLR"}, ANY, "occurred", ""),
        # ... and a hostile act under 'unless' is a threat, the condition before or after it (en11)
        ("Greece warned that, unless Turkey withdrew its ships, it would impose sanctions on Ankara.", "THREATEN", {"GRC"}, {"TUR"}, ANY, "occurred", ""),
        # a welcomed or greeted guest is no SUPPORT; a welcomed decision is
        ("Kim Jong Un welcomed Lao President Thongloun Sisoulith at the airport on Wednesday.", "SUPPORT", None, None, ANY, "occurred", ""),
        ("Peru welcomed Chile's decision to reopen the border.", "SUPPORT", {"PER"}, {"CHL"}, ANY, "occurred", ""),
        # documents leaders adopt together are an agreement of every listed state
        ("The leaders of Chile, Peru and Colombia adopted a set of principles on Friday.", "AGREE", {"CHL", "PER", "COL"}, None, ANY, "occurred", ""),
    ]],
    # every state listed in an office group is a party: the state itself where no one holder of the office is known
    row("2024-05-28", "The leaders of South Korea, Japan and Tuvalu held a summit in Tokyo on Monday.",
        {YOON, KISHIDA, "TUV"}, "2024-05-27", "Tokyo"),
    row("2024-05-28", "The foreign ministers of South Korea, Japan and Tuvalu met in Tokyo on Monday.",
        {CHO_TY, KAMIKAWA, "TUV"}, "2024-05-27", "Tokyo"),
    *[act(t, k, a, r, w, s, x) for t, k, a, r, w, s, x in [
        ("The leaders of South Korea, Japan and Tuvalu adopted a joint declaration at their summit.", "AGREE", {"KOR", "JPN", "TUV"}, None, ANY, "occurred", ""),
    ]],
    # a state body named without its state acts for the state of the dateline
    row("2019-05-17", "SEOUL, May 17 (Yonhap) -- The foreign ministry summoned the Japanese ambassador to protest Tokyo's "
        "territorial claims.", {"KOR"}, ANY, ANY, kind="ACCUSE", recipients={"JPN"}),
    row("2023-03-02", "MANILA, March 2 (AFP) - The foreign ministry on Thursday summoned the Chinese ambassador over the "
        "water cannon incident.", {"PHL"}, ANY, ANY, kind="ACCUSE", recipients={"CHN"}),
    row("2019-05-17", "The foreign ministry summoned the Chinese ambassador to Manila over the water cannon incident.",
        {"PHL"}, ANY, ANY, kind="ACCUSE", recipients={"CHN"}),
    # a country compound before an office word or a summit names the holders of those states
    row("2024-07-29", "The U.S.-Japan defense ministers' meeting was held in Tokyo on Sunday.", {AUSTIN, KIHARA}, "2024-07-28", "Tokyo"),
    row("2024-05-28", "The China-Japan-South Korea foreign ministers' talks took place in Busan on Saturday.", {CHO_TY, KAMIKAWA, WANG}, "2024-05-25", "Busan"),
    row("2024-05-28", "The South Korea-Japan summit was held in Seoul on Sunday.", {YOON, KISHIDA}, "2024-05-26", "Seoul"),
    # a meeting held to prepare another: two meetings, the prepared one planned (its date: not judged)
    row("2024-05-10", "Cho Tae-yul and Yoko Kamikawa met in Tokyo on Monday to prepare a summit between Yoon Suk Yeol "
        "and Fumio Kishida.", {CHO_TY, KAMIKAWA}, "2024-05-06", "Tokyo"),
    row("2024-05-10", "Cho Tae-yul and Yoko Kamikawa met in Tokyo on Monday to prepare a summit between Yoon Suk Yeol "
        "and Fumio Kishida.", {YOON, KISHIDA}, ANY, None, "planned"),
    row("2024-05-10", "South Korean and Japanese officials held talks in Tokyo on Monday to prepare a summit between Yoon "
        "Suk Yeol and Fumio Kishida.", {"KOR", "JPN"}, "2024-05-06", "Tokyo"),  # enconsult46: states.elsewhere_persons
    # a home dateline is no place for a meeting the story places abroad: a departure, the sidelines of a conference
    row("2024-05-10", "SEOUL, May 10 (Yonhap) -- Foreign Minister Cho Tae-yul left for Washington on Wednesday.\n\nCho "
        "met Secretary of State Antony Blinken on Thursday.", {CHO_TY, BLINKEN}, "2024-05-09", "Washington"),
    row("2024-07-12", "SEOUL, July 12 (Yonhap) -- President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida on "
        "Thursday on the sidelines of the NATO summit.", {YOON, KISHIDA}, "2024-07-11", None),
    row("2024-10-11", "VIENTIANE, Oct. 11 (Yonhap) -- Foreign Minister Cho Tae-yul met Russian Foreign Minister Sergey "
        "Lavrov on Friday on the sidelines of the ASEAN meetings.", {CHO_TY, LAVROV}, "2024-10-11", "Vientiane"),
    # a welcome at the airport is part of the visit, no meeting of its own (PLOVER CONSULT codes the visit's talks)
    row("2024-05-10", "Foreign Minister Cho Tae-yul arrived in Tokyo on Thursday and was greeted by Japanese Foreign "
        "Minister Yoko Kamikawa at the airport.", None),
    # venues that stand for their city
    row("2024-05-10", "German Chancellor Olaf Scholz met Chinese Premier Li Qiang at the Bellevue Palace on Monday.",
        {"Olaf Scholz", LI_QIANG}, "2024-05-06", "Berlin"),
    row("2024-05-10", "Indian Prime Minister Narendra Modi held talks with Fumio Kishida at Hyderabad House on Monday.",
        {"Narendra Modi", KISHIDA}, "2024-05-06", "New Delhi"),
    # a remote manner anywhere in the meeting's clause: no place, not even the dateline's
    row("2024-05-10", "TOKYO, May 10 (Yonhap) -- Cho Tae-yul held talks with Yoko Kamikawa on Friday via video link.",
        {CHO_TY, KAMIKAWA}, "2024-05-10", None),
    row("2024-05-10", "Yoon Suk Yeol held a virtual summit with Joe Biden from Seoul on Friday.", {YOON, BIDEN}, "2024-05-10", None),
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
