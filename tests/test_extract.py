"""Tests for `lushun extract`: one short sentence per rule, then the 2017 release itself."""

from __future__ import annotations

import importlib.util
import json
import math
import re
import sys
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lushun_analysis import config
from lushun_analysis.errors import InputError
from lushun_analysis.extract import (
    extract_csv,
    extract_figures,
    infer_year,
    read_release,
    review_html,
    to_indicator_table,
)
from lushun_analysis.numbers import find_quantities, parse_number

RELEASE = config.data_dir() / "raw" / "lushun-2017-release.txt"
INDICATORS = config.data_dir() / "indicators.csv"


def found(text: str) -> list[tuple[float, str, str, float | None]]:
    """(value, unit, qualifier, growth_pct) of every row, in text order."""
    frame = extract_figures(text)
    return [
        (row.value, row.unit, row.qualifier, None if pd.isna(row.growth_pct) else row.growth_pct)
        for row in frame.itertuples()
    ]


def exact(value: float, unit: str, growth: float | None = None) -> tuple:
    return (value, unit, "exact", growth)


MONEY = [
    ("The annual fiscal revenue was RMB 1.21 billion.", [exact(1.21e9, "CNY")]),
    ("Enterprises achieved RMB10.55 billion of output value.", [exact(10.55e9, "CNY")]),
    ("The funds reached 62.86 billion yuan.", [exact(62.86e9, "CNY")]),
    ("The project has a total investment of RMB 88 million.", [exact(88e6, "CNY")]),
    ("Hostels earned 10,000 yuan.", [exact(1e4, "CNY")]),
    ("Foreign capital was US$ 3.5 million.", [exact(3.5e6, "USD")]),
    ("Exports were USD 2 billion.", [exact(2e9, "USD")]),
    ("The new hospital cost 100 million yuan.", [exact(1e8, "CNY")]),
    ("In the first seven months it arrives at 101.48 billionCNY.", [exact(101.48e9, "CNY")]),
    ("Each project invested 50million CNY.", [exact(5e7, "CNY")]),
    ("GDP was RMB 19,154.4 million Yuan.", [exact(19_154_400_000, "CNY")]),
    ("The added value in dollars was $34.96 billion.", [exact(34.96e9, "USD")]),
    ("Revenue was 519.44 billion yuan.", [exact(519_440_000_000, "CNY")]),
    ("Per capita GDP converted to US Dollar was USD 6804.", [exact(6804, "USD")]),
    ("Income totalled 2.97 billion US dollars.", [exact(2.97e9, "USD")]),
    ("Investment from Hong Kong was HK$ 2 billion.", [exact(2e9, "HKD")]),
    ("The added value was 248.59 billion yuan ($34.96 billion).",
     [exact(248.59e9, "CNY"), exact(34.96e9, "USD")]),
    # An amount with no currency word is yuan when the sentence speaks of money.
    ("The per capita GDP of the county reached 41,798.", [exact(41798, "CNY")]),
    ("The average wage was 65,432.", [exact(65432, "CNY")]),
    ("Based on the average exchange rate 6.1428 announced by the state.",
     [exact(6.1428, "cny_per_usd")]),
]

PERCENTAGES = [
    ("The market share reached 16.6%.", [exact(16.6, "percent")]),
    ("The market share reached 16.6 percent.", [exact(16.6, "percent")]),
    ("The market share reached 16.6 per cent.", [exact(16.6, "percent")]),
    ("The market share reached 10.50 %.", [exact(10.5, "percent")]),
    ("The auto dock accounted for 100% market share.", [exact(100, "percent")]),
    ("The proportion of the three industries was 15.70:40.04:44.26.",
     [exact(15.7, "percent"), exact(40.04, "percent"), exact(44.26, "percent")]),
    ("About 1/4 of the funds went to rural areas.", [(25.0, "percent", "approx", None)]),
    ("The birth rate was 8.5 per thousand.", [exact(8.5, "permille")]),
    ("The natural growth rate was 2.1‰.", [exact(2.1, "permille")]),
    # Percentage points, the change of a share, are a percent with no growth of their own.
    ("The share of services was 2.3 percentage points higher.", [exact(2.3, "percent")]),
    ("The proportion of services rose 3.3 percentage points.", [exact(3.3, "percent")]),
    # "pct" in lower case; "PCT" is the Patent Cooperation Treaty.
    ("Exports rose 5 pct.", [exact(5, "percent", 5)]),
    ("The district filed 40 PCT applications.", [exact(40, "count")]),
    # "off" a past level is no price cut.
    ("The price index was 5% off the previous year's level.", [exact(5, "percent")]),
]

GROWTH = [
    ("The annual fiscal revenue was RMB 1.21 billion, up 16.6%.", [exact(1.21e9, "CNY", 16.6)]),
    ("Steel production was 1.71 million tons, down 3%.", [exact(1.71e6, "ton", -3)]),
    ("Revenue was 5 billion yuan, an increase of 12 percent.", [exact(5e9, "CNY", 12)]),
    ("Cargo throughput reached 0.355 billion tons, with a year-on-year growth of 5.5%.",
     [exact(355e6, "ton", 5.5)]),
    ("The port handled 9.441 million TEU with a year-on-year increase of 1.5%.",
     [exact(9.441e6, "teu", 1.5)]),
    ("Its net income totaled 35.09 billion yuan, up 15.8 percent year-on-year.",
     [exact(35.09e9, "CNY", 15.8)]),
    ("Tax paid totaled 63.1 billion yuan, a decrease of 9 percent year-on-year.",
     [exact(63.1e9, "CNY", -9)]),
    ("Crude oil output was 22.34 million tons, dropping by 14.5 percent year-on-year.",
     [exact(22.34e6, "ton", -14.5)]),
    ("Income was 519.44 billion yuan in 2018, down 4.2 percent from 2017.",
     [exact(519.44e9, "CNY", -4.2)]),
    ("Exports rose by 8 percent to USD 2 billion.", [exact(2e9, "USD", 8)]),
    ("Imports fell by 4.5% to 3 billion yuan.", [exact(3e9, "CNY", -4.5)]),
    ("Crude steel production decreased by 17.6 percent year-on-year to 1.12 million metric tons.",
     [exact(1.12e6, "ton", -17.6)]),
    ("Cement production decreased 7.3 percent year-on-year to 6.43 million tons.",
     [exact(6.43e6, "ton", -7.3)]),
    ("Their total investment is 98.16 billion CNY increased by16.9%.",
     [exact(98.16e9, "CNY", 16.9)]),
    ("A total of 271 locomotives were produced, up 68.3 percent year-on-year.",
     [exact(271, "count", 68.3)]),
    ("Automotive production was 22,479 units, dropping 60 percent year-on-year.",
     [exact(22479, "count", -60)]),
    ("The revenue was 3 billion yuan, 12.5% higher than last year.", [exact(3e9, "CNY", 12.5)]),
    ("The district received 298,900 visitors, with a year-on-year growth of 40.07%.",
     [exact(298900, "person", 40.07)]),
    ("The added value was 248.59 billion yuan ($34.96 billion) in 2018, an increase of 9.5 "
     "percent.", [exact(248.59e9, "CNY", 9.5), exact(34.96e9, "USD")]),
    # A rate with no amount is its own row, the rate in both value and growth.
    ("Private enterprises recorded growth of 8.6 percent year-on-year.",
     [exact(8.6, "percent", 8.6)]),
    ("Sales of industrial products rose 98.58 percent on the previous year.",
     [exact(98.58, "percent", 98.58)]),
    ("The CPI fell 2.1%.", [exact(-2.1, "percent", -2.1)]),
    ("Exports saw negative growth of 3%.", [exact(-3, "percent", -3)]),
    ("The high-tech sector had a surge of 50.8 percent year-on-year.",
     [exact(50.8, "percent", 50.8)]),
    # The rate has a subject of its own, so the threshold before it keeps no growth.
    ("Manufacturers with annual sales of 20 million yuan or more -- saw added value "
     "increase by 11.2 percent year-on-year.",
     [(2e7, "CNY", "at_least", None), exact(11.2, "percent", 11.2)]),
    ("The added value of the primary industry was RMB 3010.77 million Yuan, the secondary "
     "industry RMB 7661.12 million Yuan and the tertiary industry RMB 8482.51 million Yuan, "
     "increased by 3.10%, 5.90% and 12.70% respectively.",
     [exact(3010.77e6, "CNY", 3.1), exact(7661.12e6, "CNY", 5.9), exact(8482.51e6, "CNY", 12.7)]),
    ("Output of the three industries grew by 3.1, 5.9 and 12.7 percent respectively.",
     [exact(3.1, "percent", 3.1), exact(5.9, "percent", 5.9), exact(12.7, "percent", 12.7)]),
    # An adverb inside the verb phrase, and less common nouns of change.
    ("GDP grew quarterly by 2%, 3% and 4% respectively.",
     [exact(2, "percent", 2), exact(3, "percent", 3), exact(4, "percent", 4)]),
    ("Tea output was 20 tons, an uptick of 5 percent.", [exact(20, "ton", 5)]),
    ("Sales were 3 billion yuan, a slump of 8 percent.", [exact(3e9, "CNY", -8)]),
    # Less common verbs of change, "narrowed" as a fall.
    ("Output narrowed by 4 percent to 2 billion yuan.", [exact(2e9, "CNY", -4)]),
    ("Profits slipped 2% to 300 million yuan.", [exact(3e8, "CNY", -2)]),
    ("Exports soared 30% to 5 billion yuan.", [exact(5e9, "CNY", 30)]),
    # Paired rates with no "respectively" go in order to exactly as many amounts before.
    ("Loans totalled 4.2 billion yuan, with 1.5 billion yuan going to farmers, down by 3 "
     "percent and 9 percent over the previous year.",
     [exact(4.2e9, "CNY", -3), exact(1.5e9, "CNY", -9)]),
    ("By the end of 2020, 800 thousand persons joined the scheme and the fund collected 2.1 "
     "billion yuan, up 4.5 percent and 7.2 percent over the previous year.",
     [exact(8e5, "person", 4.5), exact(2.1e9, "CNY", 7.2)]),
    # Three amounts, one amount, or a long clause with a verb between: no guess.
    ("Exports were 3 billion yuan, imports 2 billion yuan and re-exports 1 billion yuan, up 5% "
     "and 6%.", [exact(3e9, "CNY"), exact(2e9, "CNY"), exact(1e9, "CNY"),
                 exact(5, "percent", 5), exact(6, "percent", 6)]),
    ("Revenue was 5 billion yuan, up 3% and 4% in the two halves.",
     [exact(5e9, "CNY"), exact(3, "percent", 3), exact(4, "percent", 4)]),
    ("Exports were 3 billion yuan and imports 2 billion yuan, and the bureau said that trade "
     "with all of its many neighbours grew by 5% and 6%.",
     [exact(3e9, "CNY"), exact(2e9, "CNY"), exact(5, "percent", 5), exact(6, "percent", 6)]),
]

COUNTS = [
    ("The output value of 19 enterprises exceeded RMB100 million.",
     [exact(19, "count"), (1e8, "CNY", "at_least", None)]),
    ("12 projects have been completed and put into use.", [exact(12, "count")]),
    ("The agglomeration of four leading industries provided a strong impetus.",
     [exact(4, "count")]),
    # "the" N is a set phrase unless the release lists the members it counts.
    ("The output of the four pillar industries, including steel, chemicals and food, rose.",
     [exact(4, "count")]),
    ("The two key industries such as tourism and fishing grew fast.", [exact(2, "count")]),
    ("The research institutions in the Development Zone have reached 18.", [exact(18, "count")]),
    ("Ten enterprises signed contracts.", [exact(10, "count")]),
    ("Twenty-one parks were built.", [exact(21, "count")]),
    ("Dalian attended investment promotion activities twice held by the province.",
     [exact(2, "count")]),
    ("The city held investment promotion activities for 6 times.", [exact(6, "count")]),
    ("The relevant departments discussed 42 projects with 34 of them signed.",
     [exact(42, "count"), exact(34, "count")]),
    ("The number of new reserve projects reached 255.", [exact(255, "count")]),
    ("The auto dock transported 570 thousand commercial vehicles.", [exact(570e3, "count")]),
    ("Rolling bearings production totaled 1.08 billion sets.", [exact(1.08e9, "count")]),
    ("DVD production reached 1.88 million.", [exact(1.88e6, "count")]),
    ("The district received a total number of 298,900 visitors.", [exact(298900, "person")]),
    ("The company received 350 sea fishing tourists.", [exact(350, "person")]),
    ("It is planned to provide 2600 people with training.", [exact(2600, "person")]),
    ("The city received 89.06 million domestic and overseas tourists.",
     [exact(89.06e6, "person")]),
    ("The city's total population was 6.99 million.", [exact(6.99e6, "person")]),
    ("A total of 3,500 households benefited from the renovation.", [exact(3500, "household")]),
]

UNITS = [
    ("Cargo throughput reached 0.355 billion tons.", [exact(355e6, "ton")]),
    ("Crude steel output was 1.12 million metric tons.", [exact(1.12e6, "ton")]),
    ("Container throughput was 9.441 million TEU.", [exact(9.441e6, "teu")]),
    ("The warehouse holds 65 thousand cubic meters.", [exact(65e3, "m3")]),
    ("The zone covers 120 square kilometers.", [exact(120, "km2")]),
    ("The zone covers 120 square kilometres.", [exact(120, "km2")]),
    ("Old areas of 1.2 million square meters were renovated.", [exact(1.2e6, "m2")]),
    ("The district built 35 kilometres of roads.", [exact(35, "km")]),
    ("The district built 12.5 km of roads.", [exact(12.5, "km")]),
    ("Electricity consumption was 30.5 billion kWh.", [exact(30.5e9, "kwh")]),
    ("A total of 44.19 billion kilowatts power was generated.", [exact(44.19e9, "kwh")]),
    ("Installed capacity reached 5.6 million kilowatts.", [exact(5.6e6, "kw")]),
    # Areas are in m²: 1 hectare is 10,000 m², 1 mu exactly 10,000/15 m² (1/15 hectare).
    ("The afforestation area reached 3,000 hectares.", [exact(3e7, "m2")]),
    ("The sown area was 150,000 mu.", [exact(1e8, "m2")]),
    ("Reforestation covered 30 thousand mu.", [exact(2e7, "m2")]),
    ("The county planted 12.5 hectares of orchards.", [exact(125_000, "m2")]),
    ("The new district covers 45 square kilometres.", [exact(45, "km2")]),
    ("The average maize yield was 6,230 kilos per hectare.", [exact(6230, "kg_per_ha")]),
    ("The rice yield reached 7.5 tons per hectare.", [exact(7500, "kg_per_ha")]),
    ("Wheat yielded 400 kilograms per mu.", [exact(0.4, "ton")]),
    ("The oldest resident is 105 years old.", [exact(105, "year")]),
    ("The average temperature was 10.5 degrees Celsius.", [exact(10.5, "celsius")]),
]

# Rule: a size class written as one hyphenated word is a yuan threshold; the count
# before it takes its unit from the noun after it, not from the money word.
THRESHOLDS = [
    ("The district started 57 over 50-million-yuan projects this spring.",
     [exact(57, "count"), (5e7, "CNY", "at_least", None)]),
    ("Investment went into 4 above 10-billion-yuan projects with a total investment of "
     "60 billion yuan.",
     [exact(4, "count"), (1e10, "CNY", "at_least", None), exact(6e10, "CNY")]),
    ("The city launched a 100-million-yuan sports park.", [exact(1e8, "CNY")]),
    ("It lists 20 more than 100-million yuan projects.",
     [exact(20, "count"), (1e8, "CNY", "at_least", None)]),
    ("The target was more than 50 over 20-million-yuan and over 500-million-yuan projects "
     "each.", [(50, "count", "at_least", None), (2e7, "CNY", "at_least", None),
               (5e8, "CNY", "at_least", None)]),
]

# Rule: in a range the lower bound borrows the currency and scale written once on the
# upper bound; the lower bound is at_least, the upper at_most.
RANGES = [
    ("Eight projects are ranging from 2 billion to 5 billion yuan.",
     [exact(8, "count"), (2e9, "CNY", "at_least", None), (5e9, "CNY", "at_most", None)]),
    ("Grants range from 0.5 to 2 million yuan per company.",
     [(5e5, "CNY", "at_least", None), (2e6, "CNY", "at_most", None)]),
    ("Each loan is between 0.2 and 3 million yuan.",
     [(2e5, "CNY", "at_least", None), (3e6, "CNY", "at_most", None)]),
    ("The fee is between 3 and 5 percent.",
     [(3, "percent", "at_least", None), (5, "percent", "at_most", None)]),
    ("There are 12 projects below 0.5 billion yuan.",
     [exact(12, "count"), (5e8, "CNY", "at_most", None)]),
    # "rose from ... to" is a change, not a range: both ends are exact.
    ("Investment rose from 2 billion to 3 billion yuan.", [exact(2e9, "CNY"), exact(3e9, "CNY")]),
    ("Visitors grew from 1.2 million to 1.5 million tourists.",
     [exact(1.2e6, "person"), exact(1.5e6, "person")]),
]

# Rule: the nouns that count people or households, also after an "-ed" adjective.
PEOPLE = [
    ("The old town welcomed 1,820.4 thousand travellers.", [exact(1_820_400, "person")]),
    ("The scenic spots received 640 thousand travelers.", [exact(640_000, "person")]),
    ("The ferry carried 98,000 passengers.", [exact(98_000, "person")]),
    ("The clinic treated 3,400 patients and trained 260 trainees.",
     [exact(3400, "person"), exact(260, "person")]),
    ("The plan covers 18 thousand newly added households.", [exact(18_000, "household")]),
    ("The programme placed 450 laid-off workers.", [exact(450, "person")]),
    ("The district has 75 registered residents' committees.", [exact(75, "count")]),
    ("It now has 30 listed companies.", [exact(30, "count")]),
    ("12 projects started in May.", [exact(12, "count")]),
    ("Loans went to 1,300 shop owners.", [exact(1300, "person")]),
    ("The centre retrained 450 youth who had lost their jobs.", [exact(450, "person")]),
    ("Checkups were free for 2,000 retired or laid-off women.", [exact(2000, "person")]),
    ("The school enrolled 120 boys and 130 girls.", [exact(120, "person"), exact(130, "person")]),
    # A singular person noun before another noun only modifies it: the count is of things.
    ("The city built 5 tourist hotels.", [exact(5, "count")]),
    ("The ferry company has 2 passenger terminals.", [exact(2, "count")]),
    ("The town opened 3 youth hostels.", [exact(3, "count")]),
    # A person word with no plural modifies only a phrase a plural thing closes.
    ("The county renovated 12 elderly care centres.", [exact(12, "count")]),
    ("The firm built 3 staff canteens.", [exact(3, "count")]),
    ("The home looks after 500 elderly living alone.", [exact(500, "person")]),
    ("The home has 60 elderly residents.", [exact(60, "person")]),
    ("It helped 2,000 people find jobs.", [exact(2000, "person")]),
    ("The island had 2 million tourist arrivals.", [exact(2e6, "person")]),
    # Compounds of a person noun and plurals in "-ians" count people.
    ("The town has 12 centenarians.", [exact(12, "person")]),
    ("Loans went to 500 homebuyers and 40 outpatients.",
     [exact(500, "person"), exact(40, "person")]),
    # A list of amounts with one scale shares the noun of its last item.
    ("The three hotels received 17.5 thousand, 6.2 thousand and 3.1 thousand tourists "
     "respectively.", [exact(17_500, "person"), exact(6200, "person"), exact(3100, "person")]),
    # A series of three or more shares the currency even when the scales differ.
    ("Sales to Japan, Korea and Europe were 650 million, 1.2 billion and 3.4 billion yuan.",
     [exact(6.5e8, "CNY"), exact(1.2e9, "CNY"), exact(3.4e9, "CNY")]),
]

# Rule: an amount with no currency word is yuan when investing or an investment names it;
# a unit or a counted noun still wins.
BARE_MONEY = [
    ("The town plans to invest 8.5 million in road repairs.", [exact(8.5e6, "CNY")]),
    ("The school received an investment of 12 million.", [exact(1.2e7, "CNY")]),
    ("The county invested 3.2 billion in the new port.", [exact(3.2e9, "CNY")]),
    ("Investment rose while the port handled 2.5 million tons.", [exact(2.5e6, "ton")]),
    ("The city will invest in housing for 1.2 million people.", [exact(1.2e6, "person")]),
    ("The district invested in 14 projects.", [exact(14, "count")]),
    ("Investment projects reached 30.", [exact(30, "count")]),
    # The subject is a value of output: the amount with no currency word is yuan.
    ("The total value of output is expected to realize 4.2 billion.", [exact(4.2e9, "CNY")]),
    ("The gross value of farm output was 12 billion.", [exact(1.2e10, "CNY")]),
    ("The value of exports reached 4 billion.", [exact(4e9, "CNY")]),
    ("The total value of output is expected to realize 4.2 billion tons.", [exact(4.2e9, "ton")]),
    ("The county is expected to raise 9 billion seedlings.", [exact(9e9, "count")]),
    # A money noun after "in" or "of" names what the amount is in.
    ("A total of 3.5 billion in housing funds was lent.", [exact(3.5e9, "CNY")]),
    ("A total of 3,000 in the sales team were trained.", [exact(3000, "count")]),
]

# Rules: growth written after the rate ("8.3% year-on-year growth"), in apposition after
# the amount, linked forward by "recording"/"amounting to", stated for a rate itself,
# and a stated change of zero.
GROWTH_PLACEMENT = [
    ("The county received 1.5 million tourists from home and abroad with 8.3% year-on-year "
     "growth.", [exact(1.5e6, "person", 8.3)]),
    ("The museum received 20 thousand visitors with a 4% increase.", [exact(2e4, "person", 4)]),
    ("Tourism income reached 3.2 billion yuan, a 12.5% year-on-year increase.",
     [exact(3.2e9, "CNY", 12.5)]),
    ("The hotels took 800 guests with revenue rising to RMB 1,250,000, a 6.5% year on year "
     "decline.", [exact(800, "person"), exact(1_250_000, "CNY", -6.5)]),
    # A verb between the amount and "with": the rate belongs to the unnumbered income.
    ("The county received 1.5 million tourists and realized tourism income with an increase "
     "of 8.3%.", [exact(1.5e6, "person"), exact(8.3, "percent", 8.3)]),
    ("Exports saw a decrease of 4 percent, registering 2.1 billion US dollars.",
     [exact(2.1e9, "USD", -4)]),
    ("Imports posted growth of 6 percent, amounting to 1.2 billion yuan.",
     [exact(1.2e9, "CNY", 6)]),
    ("The service sector saw an increase of 7 percent, recording 4.4 billion yuan.",
     [exact(4.4e9, "CNY", 7)]),
    # "at" joins a rate to a measured amount, never to a count.
    ("Sales grew 5 percent at 30 enterprises.", [exact(5, "percent", 5), exact(30, "count")]),
    ("The occupancy rate reached about 85%, a year-to-year increase of 3%.",
     [(85, "percent", "approx", 3)]),
    ("The occupancy rate reached 85%, a year-on-year growth of 3%.", [exact(85, "percent", 3)]),
    ("Grain output was 1.1 million tons, flat year-on-year.", [exact(1.1e6, "ton", 0)]),
    ("Grain output was 1.1 million tons, unchanged year-on-year.", [exact(1.1e6, "ton", 0)]),
    ("The county had 120 schools, the same as last year.", [exact(120, "count", 0)]),
    ("It produced 0.5 billion yuan of fishing value with a flat year-on-year growth.",
     [exact(5e8, "CNY", 0)]),
    ("Output reached 5 million tons with zero growth.", [exact(5e6, "ton", 0)]),
    ("The ticket price was unchanged at 12 yuan.", [exact(12, "CNY")]),
    # A new subject after "and": its "unchanged" is not the amount's change.
    ("Revenue was 5 billion yuan and prices remained unchanged.", [exact(5e9, "CNY")]),
    ("Inbound visitors saw a rise of 4 percent, recording 75 thousand.",
     [exact(75e3, "person", 4)]),
    # A "with" phrase after a longer verbless modifier, names included.
    ("The park received 12 thousand visitors on the second day of the Spring Festival "
     "holiday, with a year-on-year increase of 6%.", [exact(12e3, "person", 6)]),
    # A rate opening its sentence goes to the amount its clause leads to.
    ("With an increase of 6 percent, the county's tax revenue was 2.1 billion yuan.",
     [exact(2.1e9, "CNY", 6)]),
    ("In 2018, with a rise of 3 percent, exports reached 5 billion yuan.",
     [exact(5e9, "CNY", 3)]),
    ("Exports grew 6 percent, and imports were 2 billion yuan.",
     [exact(6, "percent", 6), exact(2e9, "CNY")]),
    # Changes listed for as many shares go to them in order, unless amounts come first.
    ("Its exports and imports accounted for 20%, 15% and 5% of the province, respectively, "
     "with an increase of 1%, 2% and 0.5%.",
     [exact(20, "percent", 1), exact(15, "percent", 2), exact(5, "percent", 0.5)]),
    ("Farming, industry and services were 2, 5 and 3 billion yuan, accounting for 20%, 50% "
     "and 30% of GDP, with an increase of 3%, 6% and 8%.",
     [exact(2e9, "CNY"), exact(5e9, "CNY"), exact(3e9, "CNY"), exact(20, "percent"),
      exact(50, "percent"), exact(30, "percent"), exact(3, "percent", 3),
      exact(6, "percent", 6), exact(8, "percent", 8)]),
]

# Rule: rates listed "respectively" in a sentence of their own go, in order, to the
# amounts of an earlier sentence of the paragraph, only when the counts match: the
# sentence right before for "Each", "They"; for named nouns, the nearest of the last
# few sentences whose amounts share a word with them.
RESPECTIVELY_LATER = [
    ("Farming was 5 billion yuan, forestry 1 billion yuan and fishery 2 billion yuan. "
     "Each was up by 1 percent, 2 percent and 3 percent respectively.",
     [exact(5e9, "CNY", 1), exact(1e9, "CNY", 2), exact(2e9, "CNY", 3)]),
    ("Exports were 3 billion US dollars and imports 2 billion US dollars. They increased by "
     "5% and 6% respectively.", [exact(3e9, "USD", 5), exact(2e9, "USD", 6)]),
    ("Exports were 3 billion US dollars and imports 2 billion US dollars. Exports and imports "
     "grew by 5% and 6% respectively.", [exact(3e9, "USD", 5), exact(2e9, "USD", 6)]),
    ("Exports were 3 billion US dollars and imports 2 billion US dollars. The two indicators "
     "grew by 5% and 6% respectively.", [exact(3e9, "USD", 5), exact(2e9, "USD", 6)]),
    # A breakdown sentence in between has four amounts, so the totals before it are meant.
    ("A total of 12 projects were signed, with a total investment of 8 billion yuan. Among "
     "them, 5 projects were foreign-funded with 3 billion yuan and 7 were domestic with 5 "
     "billion yuan. The number of signed projects and total investment rose by 20% and 30% "
     "respectively.",
     [exact(12, "count", 20), exact(8e9, "CNY", 30), exact(5, "count"), exact(3e9, "CNY"),
      exact(7, "count"), exact(5e9, "CNY")]),
    ("Grain output was 3 million tons and vegetables 2 million tons. In 2018, the output of "
     "grain and vegetables rose 3% and 5% respectively.",
     [exact(3e6, "ton", 3), exact(2e6, "ton", 5)]),
    # Three amounts, two rates: no guess.
    ("Exports were 3 billion US dollars, imports 2 billion US dollars and re-exports 1 billion "
     "US dollars. They increased by 5% and 6% respectively.",
     [exact(3e9, "USD"), exact(2e9, "USD"), exact(1e9, "USD"), exact(5, "percent", 5),
      exact(6, "percent", 6)]),
    # The named nouns are not the amounts before.
    ("Exports were 3 billion US dollars and imports 2 billion US dollars. Wages and pensions "
     "grew by 5% and 6% respectively.",
     [exact(3e9, "USD"), exact(2e9, "USD"), exact(5, "percent", 5), exact(6, "percent", 6)]),
    # "They" must follow the amounts directly, in the same paragraph.
    ("Exports were 3 billion US dollars and imports 2 billion US dollars. The port was busy. "
     "They increased by 5% and 6% respectively.",
     [exact(3e9, "USD"), exact(2e9, "USD"), exact(5, "percent", 5), exact(6, "percent", 6)]),
    ("Exports were 3 billion US dollars and imports 2 billion US dollars.\n\nThey increased "
     "by 5% and 6% respectively.",
     [exact(3e9, "USD"), exact(2e9, "USD"), exact(5, "percent", 5), exact(6, "percent", 6)]),
]

# Rule: a rate printed before its amount ("rose 8 percent, with 1,200 registrations"),
# and a growth rate named as such ("The growth rate of ... is"), a row of its own.
RATE_FIRST = [
    ("The number of new firms rose 8 percent, with 1,200 registrations.",
     [exact(1200, "count", 8)]),
    ("Retail sales grew 9 percent year-on-year, with about 3 billion yuan.",
     [(3e9, "CNY", "approx", 9)]),
    # The count opens a clause of its own, or the rate already has its amount.
    ("Industrial output rose 8 percent, with 30 enterprises reporting losses.",
     [exact(8, "percent", 8), exact(30, "count")]),
    ("Revenue was 5 billion yuan, up 5 percent, with 300 enterprises.",
     [exact(5e9, "CNY", 5), exact(300, "count")]),
    ("The growth rate of retail sales was 6.2%.", [exact(6.2, "percent", 6.2)]),
    ("The growth rate of grain output in the county is 3.5 percent.",
     [exact(3.5, "percent", 3.5)]),
    ("Exports grew at a rate of 7%.", [exact(7, "percent", 7)]),
    ("Investment grew at an annual rate of 12 percent.", [exact(12, "percent", 12)]),
    # A natural growth rate is a demographic rate, not a change.
    ("The natural growth rate of population was 0.5%.", [exact(0.5, "percent")]),
]

# Rule: "one" counts where it continues a list of counts, never as a pronoun or article.
LISTED_ONES = [
    ("The harbour has three 50,000-ton berths, one 3,000-ton berth and one 10,000-ton "
     "passenger berth.", [exact(3, "count"), exact(1, "count"), exact(1, "count")]),
    ("The district hired two doctors and one nurse.", [exact(2, "person"), exact(1, "person")]),
    ("The district built two parks and one school.", [exact(2, "count"), exact(1, "count")]),
    ("The town built 3 clinics, and one free check-up is offered.", [exact(3, "count")]),
    ("It is one of the best ports, and one of the busiest.", []),
    ("One practical project was finished and one more is planned.", []),
    ("The city has 3 parks, and one is under construction.", [exact(3, "count")]),
]

# Rule: the noun that says what a number counts may stand before it ("the number of
# households was"), be quoted or possessive-modified after it, or be an age; agents
# ("by owners") and grades or states between a count and its noun ("5A", "under
# construction") do not change what is counted.
NOUNS_AROUND = [
    ("The total number of rural households was 945,400.", [exact(945_400, "household")]),
    ("The number of families reached 3,200.", [exact(3200, "household")]),
    ("The households' per capita income was 30,000.", [exact(30_000, "CNY")]),
    ("There are 2.15 million rural labor forces.", [exact(2.15e6, "person")]),
    ("The rural labour force was 1.9 million.", [exact(1.9e6, "person")]),
    ("The city selected 129 “people’s designers”.", [exact(129, "person")]),
    ("The city has 12 people's congresses.", [exact(12, "count")]),
    ("The number of cattle sold by owners was 45,800.", [exact(45_800, "count")]),
    ("The number of visits by tourists reached 3,000.", [exact(3000, "person")]),
    ("The city has two 4A scenic spots and three 5A scenic spots.",
     [exact(2, "count"), exact(3, "count")]),
    ("There are 8 projects worth over 10 million RMB and 40 under construction projects.",
     [exact(8, "count"), (1e7, "CNY", "at_least", None), exact(40, "count")]),
    ("People made a total of 86 million trips.", [exact(86e6, "person")]),
    ("The trains made 300 trips.", [exact(300, "count")]),
    ("About 13,000 people older than 65 live here.",
     [(13_000, "person", "approx", None), (65, "year", "at_least", None)]),
    ("Free checks go to residents aged over 60.", [(60, "year", "at_least", None)]),
    ("Residents over the age of 70 ride free.", [(70, "year", "at_least", None)]),
    # An age band is a range, as "aged between 3 and 5" is.
    ("Children aged 3 to 6 get free milk.",
     [(3, "year", "at_least", None), (6, "year", "at_most", None)]),
    ("Pensioners ageing from 80 to 89 years get 100 yuan.",
     [(80, "year", "at_least", None), (89, "year", "at_most", None), exact(100, "CNY")]),
    # A bound right after people is their age, unless a plural noun follows it.
    ("About 5,000 people over 60 live alone.",
     [(5000, "person", "approx", None), (60, "year", "at_least", None)]),
    ("Buses are free for those over 70 and half-price for residents under 65.",
     [(70, "year", "at_least", None), (65, "year", "at_most", None)]),
    ("The scheme reached farmers over 50 villages.", [(50, "count", "at_least", None)]),
    ("The scheme reached farmers over 5,000 times.", [(5000, "count", "at_least", None)]),
    ("People aged over 60 reached 1.2 million.",
     [(60, "year", "at_least", None), exact(1.2e6, "person")]),
]

# Rule: "KW" in any case, catties (0.5 kg) in tons, and a capacity stays in kilowatts.
MORE_UNITS = [
    ("The total capacity of farm machinery reached 4,471,400 KW.", [exact(4_471_400, "kw")]),
    ("Power consumption in rural areas reached 62.1 million KW.", [exact(62.1e6, "kwh")]),
    ("Installed generating capacity reached 5.6 million kilowatts.", [exact(5.6e6, "kw")]),
    ("Electricity consumption was 3 million KWH.", [exact(3e6, "kwh")]),
    ("The park sells over one thousand catties of cherries a day.",
     [(0.5, "ton", "at_least", None)]),
    ("Rice output was 300 jin.", [exact(0.15, "ton")]),
]

# Rule: the currency word may come first ("costing Yuan 35.6 million"), but "Yuan" after
# a name ("Qu Yuan") or closing an amount before is no currency.
CURRENCY_FIRST = [
    ("The new bridge cost Yuan 35.6 million.", [exact(35.6e6, "CNY")]),
    ("It required an investment of about Yuan 200 million.", [(2e8, "CNY", "approx", None)]),
    ("At the shrine of Qu Yuan 5,000 tourists gathered.", [exact(5000, "person")]),
    ("Sales were 3 million yuan 40 percent of which came online.",
     [exact(3e6, "CNY"), exact(40, "percent")]),
]

# Rule: "40, 000" is one number when one three-digit group follows a short one and no
# date or list is around it.
SPACED_THOUSANDS = [
    ("The park drew more than 25, 000 visitors.", [(25_000, "person", "at_least", None)]),
    ("Visitors reached 31, 500, up 4%.", [exact(31_500, "person", 4)]),
    ("The scores were 10, 200 and 300.", [exact(10, "count"), exact(200, "count"),
                                          exact(300, "count")]),
    ("The counts were 5, 10, 150 and 200.",
     [exact(5, "count"), exact(10, "count"), exact(150, "count"), exact(200, "count")]),
    ("On May 5, 300 people came.", [exact(300, "person")]),
]

# Rules: a growth rate in a sentence opened by "it"/"they" goes to the one amount just
# before; "3% lower" ends a clause as a change; a change stated for a percent by
# comparison with last year; a rate after an absolute change goes to the level changed;
# typos ("an increased of", "; increasing by", "4.5%.Output") do not hide a rate.
GROWTH_MORE = [
    ("The county received 80,000 tourists and earned 90 million yuan. According to the "
     "tourism bureau, it rose by 12% and 15% respectively.",
     [exact(80_000, "person", 12), exact(9e7, "CNY", 15)]),
    ("Spending on schools was about 1.5 billion yuan. They covered teaching and canteens, "
     "and were up 6 percent year-on-year.", [(1.5e9, "CNY", "approx", 6)]),
    ("GDP was 5 billion yuan. It grew 7% year on year.", [exact(5e9, "CNY", 7)]),
    ("GDP was 3 billion yuan. It rose 8 percent to 5 billion yuan.",
     [exact(3e9, "CNY"), exact(5e9, "CNY", 8)]),
    ("GDP was 5 billion yuan and exports 2 billion yuan. It grew 7%.",
     [exact(5e9, "CNY"), exact(2e9, "CNY"), exact(7, "percent", 7)]),
    ("GDP was 5 billion yuan. The port was busy. It grew 7%.",
     [exact(5e9, "CNY"), exact(7, "percent", 7)]),
    ("GDP reached 5 billion yuan. It is expected to grow by 7 percent next year.",
     [exact(5e9, "CNY"), exact(7, "percent", 7)]),
    ("Sales were 5 billion yuan, 3% lower, and profits were 1 billion yuan, 8% higher.",
     [exact(5e9, "CNY", -3), exact(1e9, "CNY", 8)]),
    ("The index reached 150.5%, 2.1% lower than the previous year.",
     [exact(150.5, "percent", -2.1)]),
    # A change printed right after a share, with no amount before, is the share's change.
    ("The share of services was 45%, up 3%.", [exact(45, "percent", 3)]),
    ("Machinery exports made up 38% of the total, up by 2%.", [exact(38, "percent", 2)]),
    ("Services took up 45% of GDP, and exports rose 3%.",
     [exact(45, "percent"), exact(3, "percent", 3)]),
    # "took up", "made up" state a share: no rise.
    ("High-tech firms took up 20% of output.", [exact(20, "percent")]),
    ("Grain output was 2,400,000 tons, increasing by 90,000 tons, with an increase of 3.9%.",
     [exact(2.4e6, "ton", 3.9), exact(90_000, "ton")]),
    # An absolute change takes no rate: the rate is the growth of exports, a row of its own.
    ("Output was 3 million tons and exports increased by 5,000 tons, with an increase of 3%.",
     [exact(3e6, "ton"), exact(5000, "ton"), exact(3, "percent", 3)]),
    ("Output of pears reached 12,000 tons with an increased of 4.5%.",
     [exact(12_000, "ton", 4.5)]),
    ("The number of sheep on hand was 120,000; increasing by 5.5%.",
     [exact(120_000, "count", 5.5)]),
    ("GDP reached 5 billion yuan; exports grew 6%.", [exact(5e9, "CNY"), exact(6, "percent", 6)]),
]

# Rule: a bracketed conversion is as approximate as the amount it converts; "almost X or
# Y" qualifies both estimates; "about a 120,000 square meter area" is approximate.
QUALIFIERS_SHARED = [
    ("Spending was around 2.1 billion yuan ($300 million).",
     [(2.1e9, "CNY", "approx", None), (3e8, "USD", "approx", None)]),
    ("Income will reach almost 5,000,000 or 6,000,000 yuan.",
     [(5e6, "CNY", "approx", None), (6e6, "CNY", "approx", None)]),
    ("5 or 6 projects started.", [exact(5, "count"), exact(6, "count")]),
    ("Restoration covered about a 120,000 square meter area.",
     [(120_000, "m2", "approx", None)]),
    # A bracketed restatement in another unit is a conversion: the growth is not its.
    ("Tea gardens covered about 15,000 mu (1,000 hectares), a growth of 2 percent.",
     [(1e7, "m2", "approx", 2), (1e7, "m2", "approx", None)]),
    ("Output was 300 tons (250 tons last year).", [exact(300, "ton"), exact(250, "ton")]),
    # "or more" after the bracket qualifies the amount and its conversion.
    ("Firms with revenue of 20 million yuan ($2.97 million) or more grew.",
     [(2e7, "CNY", "at_least", None), (2.97e6, "USD", "at_least", None)]),
    ("Pears sold at 3.6 yuan ($51 cents) per kilogram.",
     [exact(3.6, "CNY"), exact(0.51, "USD")]),
]

# Any qualifier word may stand between the words that lead to a figure and the figure:
# "above" reads as "more than" and "over" does.
QUALIFIER_GAPS = [
    ("Added value increased by above 5%.", [(5, "percent", "at_least", 5)]),
    ("Bulk cargo reached 43.86 million tons, a year-on-year increase of above 29 percent.",
     [exact(43.86e6, "ton", 29)]),
    ("Investment hit 10.19 billion yuan, an increase of more than 11 times.",
     [exact(10.19e9, "CNY", 1100)]),
    ("The port has 280 berths, 86 of which have a capacity of above 10,000 tons.",
     [exact(280, "count"), exact(86, "count")]),
    ("The park welcomed some 5,000 visitors.", [(5000, "person", "approx", None)]),
]

# Ranges written with a dash are bounds whatever the number's form, but a dash also joins
# years, phone numbers and periods, which are not figures.
DASHED_RANGES = [
    ("The park will bring in 800-1000 talents every year.",
     [(800, "person", "at_least", None), (1000, "person", "at_most", None)]),
    ("It hired 1500-2000 enterprises.",
     [(1500, "count", "at_least", None), (2000, "count", "at_most", None)]),
    ("It sold 20-30 tons.", [(20, "ton", "at_least", None), (30, "ton", "at_most", None)]),
    ("Investment of 44-146 million US dollars was made.",
     [(44e6, "USD", "at_least", None), (146e6, "USD", "at_most", None)]),
    ("During 2016-2020 enterprises grew.", []),
    ("Call 0411-8888 people.", []),
    ("It has five-10 people.", []),  # a word joined to digits is no range of counts
    ("The port will be built in 3-5 years.", []),
    ("GDP grew 6.5 percent-7 percent.",
     [(6.5, "percent", "at_least", 6.5), (7, "percent", "at_most", 7)]),
    ("GDP grew 6.5%-7%.", [(6.5, "percent", "at_least", 6.5), (7, "percent", "at_most", 7)]),
    # A rate in brackets after the amount's noun phrase is the amount's, as after a comma.
    ("Output included 6,215,000 tons of raw iron ore (up 2.4%); 17,657,000 tons of pig iron "
     "(down 6.7%).", [exact(6_215_000, "ton", 2.4), exact(17_657_000, "ton", -6.7)]),
    ("Visitors brought 1.2 billion yuan in tourism revenue (up 29.93 percent).",
     [exact(1.2e9, "CNY", 29.93)]),
    ("Xi'an achieved a 2.2-time year on year increase in education investment.",
     [exact(220, "percent", 220)]),
    # "and over" before a number qualifies that number, not the one before it.
    ("The fair drew six domestic businesses and over 30 multinationals.",
     [exact(6, "count"), (30, "count", "at_least", None)]),
]

# Constructions from the synthetic stress sets (benchmarks/synthetic*): each is a general
# way of writing a figure that no labelled real release happened to use.
STRESS_RULES = [
    ("The group achieved revenue of RMB10.55 billion, with a year-on-year increase of 8.3%, "
     "and total profits of 1.32billion yuan, up 15.6%.",
     [exact(10.55e9, "CNY", 8.3), exact(1.32e9, "CNY", 15.6)]),
    ("Iron ore reached 128.6 million tons, crude oil 56.7 million tons and grain 13.9 million "
     "tons, registering an increase of 3.2%, an increase of 9.8% and a decrease of 2.6% "
     "respectively.",
     [exact(128.6e6, "ton", 3.2), exact(56.7e6, "ton", 9.8), exact(13.9e6, "ton", -2.6)]),
    # Without "respectively" a second phrase states a second change of the same figure.
    ("In 2021, sales were 5 billion yuan, up 5% year on year, an increase of 3% compared "
     "with 2019.", [exact(5e9, "CNY", 5), exact(3, "percent")]),
    ("The area reached 330,000 mu, about one third of the national total, and the output was "
     "680,000 tons.", [exact(2.2e8, "m2"), (33.3333333333, "percent", "approx", None),
                       exact(680_000, "ton")]),
    ("Twenty-three of them have an investment of more than 1 billion yuan each, and three "
     "exceed 10 billion yuan.", [exact(23, "count"), (1e9, "CNY", "at_least", None),
                                 exact(3, "count"), (1e10, "CNY", "at_least", None)]),
    ("Five scenic spots each received more than one hundred thousand tourists.",
     [exact(5, "count"), (1e5, "person", "at_least", None)]),
    ("Among them are two 10-billion-yuan-level semiconductor projects.", [exact(2, "count")]),
    ("The city will focus on the following work: 1. extending the chain; 2. upgrading the "
     "steel industry; 3. developing wind power.", []),
    ("Zhangjiajie received 3.0862 million tourists, up 86.4 percent year-on-year and 12.7 "
     "percent higher than the same period of 2019.",
     [exact(3.0862e6, "person", 86.4), exact(12.7, "percent")]),
    ("In the first three quarters of 2023, trade rose. Compared with the same period of 2019, "
     "the total grew by 46.3 percent.", [exact(46.3, "percent")]),
    ("The port's container throughput was up to 5.03 million TEUs. The year-on-year growth "
     "rate was 4.9 percent.", [exact(5.03e6, "teu", 4.9)]),
    ("Imports were 5 billion yuan. The increase was 4 percent.", [exact(5e9, "CNY", 4)]),
    ("Taxes paid: 12.08 billion yuan (-3.2%)\nOperating revenue: 512.37 billion yuan (+24.8%)",
     [exact(12.08e9, "CNY", -3.2), exact(512.37e9, "CNY", 24.8)]),
    ("The 1+N system has 5 parts.", [exact(5, "count")]),
    ("The city allocated 8,650 ten thousand yuan to 126 enterprises.",
     [exact(86.5e6, "CNY"), exact(126, "count")]),
    ("In 2019, among the 35 industrial categories, 29 recorded year-on-year growth.",
     [exact(35, "count"), exact(29, "count")]),
    ("It lasted 5 months on end.", []),
    ("Coal carried by railway and by highway rose by 7.4 percent and fell by 2.1 percent to "
     "301.5 million tons and 168.3 million tons respectively.",
     [exact(301.5e6, "ton", 7.4), exact(168.3e6, "ton", -2.1)]),
    ("Zhaoqing aims to sign no fewer than 300 projects.", [(300, "count", "at_least", None)]),
    ("Projects of 500 million yuan or more numbered 146, among which 61 were valued at 1 "
     "billion yuan or more.", [(5e8, "CNY", "at_least", None), exact(146, "count"),
                               exact(61, "count"), (1e9, "CNY", "at_least", None)]),
    ("Among them, overnight tourists numbered 826,300.", [exact(826_300, "person")]),
    ("The city had 6.47 beds per thousand permanent residents.", [exact(6.47, "permille")]),
    ("Budget revenue totaled 30.36 billion yuan, 101.2% of the budget and an increase of 2.1% "
     "over the previous year.", [exact(30.36e9, "CNY", 2.1), exact(101.2, "percent")]),
    ("For 2020, budget revenue is arranged at 31.27 billion yuan, 3% higher than the actual "
     "figure of 2019.", [exact(31.27e9, "CNY", 3)]),
    ("Revenue is 31.27 billion yuan in 2022, 3% higher than the level of 2019.",
     [exact(31.27e9, "CNY"), exact(3, "percent")]),
    ("The average yield of wheat was 561.2 kilograms per mu, up 2.3 percent.",
     [exact(0.5612, "ton", 2.3)]),
]

# Rules from held-out sets 38 to 42.
HELDOUT_38_42 = [
    ("From January to June, 15,900 freight containers were shipped.", [exact(15900, "count")]),
    ("Assets totaled 8.38 trillion yuan, up 6.85 year on year.",
     [exact(8.38e12, "CNY", 6.85)]),
    ("Foreign trade in the first quarter shrank 10.3 year-on-year to 184.22 billion yuan.",
     [exact(184.22e9, "CNY", -10.3)]),
    ("The budget revenue was 7.146 billion yuan, an increase calculated at comparable caliber "
     "of 7.18%.", [exact(7.146e9, "CNY", 7.18)]),
    ("The added value reached RMB21.050 billion, and the growth at current price reached 11.2%.",
     [exact(21.05e9, "CNY", 11.2)]),
    ("The added value of finance rose 10 percent to top 124.5 billion yuan.",
     [(124.5e9, "CNY", "at_least", 10)]),
    ("Revenue came in at 10.87 billion yuan ($1.7 billion), topping 10 billion yuan for the first "
     "time and increasing by 14.3 percent year-on-year.",
     [exact(10.87e9, "CNY", 14.3), exact(1.7e9, "USD"), (10e9, "CNY", "at_least", None)]),
    ("Total retail sales topped 165 billion yuan.", [(165e9, "CNY", "at_least", None)]),
    ("Companies with an income above 20 million yuan ($3.3 million) had a combined output of 1.8 "
     "trillion yuan ($300 billion), in 2012, a year-on-year increase of 16.3 percent.",
     [(20e6, "CNY", "at_least", None), (3.3e6, "USD", "at_least", None),
      exact(1.8e12, "CNY", 16.3), exact(300e9, "USD")]),
    ("Output reached 624.72 billion yuan ($103 billion), 15.6 percent year on year, taking up "
     "96.2 percent of the total.",
     [exact(624.72e9, "CNY", 15.6), exact(103e9, "USD"), exact(96.2, "percent")]),
    ("Added value was 130.49 billion yuan, for a 5.8 percent year-on-year increase.",
     [exact(130.49e9, "CNY", 5.8)]),
    ("Group tourists numbered 10,909,600 person-times, which was about 5,898,700 person-times "
     "more than that of the same period in last year, with a year-on-year increase of 117.72%.",
     [exact(10909600, "person", 117.72), (5898700, "person", "approx", None)]),
    ("There were 91,000-odd newly registered enterprises.", [(91000, "count", "at_least", None)]),
    ("There are more than 10,000 foreign businessmen in Yiwu.",
     [(10000, "person", "at_least", None)]),
    ("In the first quarter, the province received 171 million visits.",
     [exact(171e6, "person")]),
    ("The website received 3,000 visits.", [exact(3000, "count")]),
    ("21.32 billion will be invested to build 35 hot spring projects.",
     [exact(21.32e9, "CNY"), exact(35, "count")]),
    ("The population aged 0-14 years is 2.267 million; 15.556 million are aged 15-59.",
     [(0, "year", "at_least", None), (14, "year", "at_most", None), exact(2.267e6, "person"),
      exact(15.556e6, "person"), (15, "year", "at_least", None), (59, "year", "at_most", None)]),
    ("Sales and output of cars achieved positive growth for the first time since 2019 at 0.2 "
     "percent and 5.7 percent respectively, with the total amounts reaching 98 billion yuan and "
     "96.8 billion yuan.", [exact(98e9, "CNY", 0.2), exact(96.8e9, "CNY", 5.7)]),
    ("It only took 56 working days from signing to commencement.", [exact(56, "day")]),
    ("It took more than 80 days to ship cargo; now it is reduced to about 30 days.",
     [(80, "day", "at_least", None), (30, "day", "approx", None)]),
    ("The festival lasted for 20 days.", []),
]

# Rules from held-out sets 43 to 47.
HELDOUT_43_47 = [
    ("It is estimated that at least another 3 million sq m will be developed.",
     [(3e6, "m2", "at_least", None)]),
    ("60.975 billion yuan is contributed by the four pillar industries, a year-on-year increase "
     "of 8.7%.", [exact(60.975e9, "CNY", 8.7), exact(4, "count")]),
    ("A total of 3,882,200 tourists visited the city's 38 major scenic spots on the list, an "
     "increase of 10.22% over the same period last year, which generated 353 million yuan "
     "revenue, 18.71% higher than that in 2018.",
     [exact(3882200, "person", 10.22), exact(38, "count"), exact(353e6, "CNY", 18.71)]),
    ("Output reached 5 billion yuan, and the district's 30 enterprises rose 10 percent.",
     [exact(5e9, "CNY"), exact(30, "count", 10)]),
    ("Imports and exports were valued at 321.89 billion yuan ($44.46 billion) during this "
     "period, which is fifth highest among cities nationwide and marks an 8.6 percent increase "
     "compared to the corresponding period last year.",
     [exact(321.89e9, "CNY", 8.6), exact(44.46e9, "USD")]),
    ("Private enterprises traded 237.7 billion yuan. The number reflects an uptick of 9.4 "
     "percent year-on-year.", [exact(237.7e9, "CNY", 9.4)]),
    ("The liquor industry increased in value by 7.5 percent.", [exact(7.5, "percent", 7.5)]),
    ("Tourists rose by 15.8 percent increasing tourism revenue by 27.7 percent.",
     [exact(15.8, "percent", 15.8), exact(27.7, "percent", 27.7)]),
    ("112,700 of the visits were from Europe, contributing 20.41 percent and up by 6 percent; "
     "96,200 were from America, contributing 17.41 percent and up by 27.31 percent.",
     [exact(112700, "count", 6), exact(20.41, "percent"), exact(96200, "count", 27.31),
      exact(17.41, "percent")]),
    ("5.56 million were lifted out of poverty.", [exact(5.56e6, "person")]),
    ("Poverty alleviation benefited 579,000.", [exact(579000, "person")]),
    ("The project benefited 30 villages.", [exact(30, "count")]),
    ("It ranked with a competitiveness index of 0.5012.", [exact(0.5012, "index")]),
    ("Shanxi welcomed 670,000 visitors from abroad and 560 million domestic tourists, a "
     "year-on-year increase of 6.4 percent and 26.5 respectively.",
     [exact(670000, "person", 6.4), exact(560e6, "person", 26.5)]),
    ("Among these, 4,366 are patents of invention, which accounts for one third of the park's "
     "total with a year-on-year growth of 6.2 percent.",
     [exact(4366, "count", 6.2), exact(33.3333333333, "percent")]),
    ("Gross product reached 1.28 trillion yuan in 2009. In terms of comparable prices, it grew by "
     "13.2 percent from last year.", [exact(1.28e12, "CNY", 13.2)]),
    ("Husbandry did well, with a 6.3 percent increase in meat production, resulting in 980,000 "
     "metric tons being produced.", [exact(980000, "ton", 6.3)]),
    ("In terms of industries, among 35 industrial categories, 30 industries have realized growth.",
     [exact(35, "count"), exact(30, "count")]),
]

# Rules from held-out sets 48 to 52.
HELDOUT_48_52 = [
    ("GDP reached 251.57 billion yuan (34.98 billion), a 6.1-percent increase year-on-year.",
     [exact(251.57e9, "CNY", 6.1), exact(34.98e9, "USD")]),
    ("Sales reached 300 million yuan (300 million).", [exact(300e6, "CNY"), exact(300e6, "CNY")]),
    ("One hundred and seventeen activities were launched.", [exact(117, "count")]),
    ("The industry contributed nearly half, with an added value of 31.6 billion yuan.",
     [(50, "percent", "approx", None), exact(31.6e9, "CNY")]),
    ("It is home to three fifths of research institutes and two thirds of universities.",
     [exact(60, "percent"), exact(66.6666666667, "percent")]),
    ("Trade grew 1.9 percent in the first three quarters of this year.",
     [exact(1.9, "percent", 1.9)]),
    ("The rises of the first, second and tertiary industries were 4.3%, 9.9% and 8.2% "
     "respectively.",
     [exact(4.3, "percent", 4.3), exact(9.9, "percent", 9.9), exact(8.2, "percent", 8.2)]),
    ("Added value reached 3.38 trillion yuan in 2021, up by 156 percent from the level in 2012.",
     [exact(3.38e12, "CNY"), exact(156, "percent")]),
    ("The province welcomed 49.9% more tourists.", [exact(49.9, "percent", 49.9)]),
    ("Cargo grew 20.9 percent from a year earlier to stand at 42.55 million tons.",
     [exact(42.55e6, "ton", 20.9)]),
    ("Throughput surged 34.2 percent during the same period to hit 423,000 containers.",
     [exact(423000, "count", 34.2)]),
    ("Output value grew by 13.7 percent and hit 376.9 billion yuan.",
     [exact(376.9e9, "CNY", 13.7)]),
    ("Exports reached $10.1 billion –– a rise of 14.1 percent.", [exact(10.1e9, "USD", 14.1)]),
    ("Budget revenue grew by 7.6%, 1.4% higher than the first two quarters.",
     [exact(7.6, "percent", 7.6), exact(1.4, "percent")]),
    ("Exports were down 36 percent compared to the first half of last year.",
     [exact(-36, "percent", -36)]),
    ("Turnover is to grow by more than 12 percent exceeding 500 million yuan.",
     [(500e6, "CNY", "at_least", 12)]),
    ("Revenue reached 52.66 billion yuan, a rise of 11.2%, 3.1% higher than that of the whole "
     "Guangxi.", [exact(52.66e9, "CNY", 11.2), exact(3.1, "percent")]),
    ("Industries went up by 7.1, 6.5, and 7.2 percent last year to 5.5 billion yuan ($863.8 "
     "million), 162.75 billion yuan ($25.55 billion), and 219.93 billion yuan ($34.52 billion) "
     "respectively.",
     [exact(5.5e9, "CNY", 7.1), exact(863.8e6, "USD"), exact(162.75e9, "CNY", 6.5),
      exact(25.55e9, "USD"), exact(219.93e9, "CNY", 7.2), exact(34.52e9, "USD")]),
    ("Rugao reported a rise in foreign trade of 1.9 percent for the first three quarters of this "
     "year, with its import and export volumes worth 18.29 billion yuan ($2.59 billion).",
     [exact(18.29e9, "CNY", 1.9), exact(2.59e9, "USD")]),
    ("The number of passengers reached 1.5 million between January and August.",
     [exact(1.5e6, "person")]),
    ("It crossed the threshold of 100 million tons and joined the club of 100 million tons.",
     [(1e8, "ton", "at_least", None), (1e8, "ton", "at_least", None)]),
    ("The port has 28 berths from 5 to 400,000 tons and received 1,221 ships with a tonnage "
     "exceeding 150,000 metric tons.", [exact(28, "count"), exact(1221, "count")]),
    ("Energy consumption by 10,000-yuan output fell by 8.5%.", [exact(-8.5, "percent", -8.5)]),
    ("Output of masks witnessed a year-on-year growth of 7.9 and 2.7 times.",
     [exact(790, "percent", 790), exact(270, "percent", 270)]),
    ("Incomes have increased by 158 times and 91 times compared with that of 1978.", []),
    ("Trade in 2020 increased 11 times compared with that of 2019.",
     [exact(1100, "percent", 1100)]),
    ("Average life expectancy is 72.05.", [exact(72.05, "year")]),
    ("The altitude varies from 1500 to 3000 meters.",
     [(1.5, "km", "at_least", None), (3, "km", "at_most", None)]),
    ("CPI growth rate declined 0.2% from last year.", [exact(0.2, "percent")]),
    ("Import and export growth rates increased by 32.5% year on year.",
     [exact(32.5, "percent", 32.5)]),
    ("The index grew 3.4 percent year-on-year with a month-on-month decrease of 1.1 percent.",
     [exact(3.4, "percent", 3.4), exact(-1.1, "percent")]),
]

# Rules from held-out sets 53 to 57.
HELDOUT_53_57 = [
    ("Wuxi attracted 7.88 million persontimes of tourists, up 8.9 percent compared to last year.",
     [exact(7.88e6, "person", 8.9)]),
    ("Trade rose 6.7 percent to 978.69 billion yuan, with exports expanding 7.3 percent to 640.7 "
     "billion yuan.", [exact(978.69e9, "CNY", 6.7), exact(640.7e9, "CNY", 7.3)]),
    ("GDP hit 175.25 billion yuan ($24.25 billion), representing a hefty year-on-year increase "
     "of 7.3 percent.", [exact(175.25e9, "CNY", 7.3), exact(24.25e9, "USD")]),
    ("On a month-on-month basis, the CPI decreased by 0.3%.", [exact(-0.3, "percent")]),
    ("Liunan reported 1.63 billion yuan ($265.7 million), for a rise of 28 percent year-on-year.",
     [exact(1.63e9, "CNY", 28), exact(265.7e6, "USD")]),
    ("Revenue increased by 8.3 percent, including 13.6 percent in tax revenue.",
     [exact(8.3, "percent", 8.3), exact(13.6, "percent", 13.6)]),
    ("Rural income rose to 8,804 yuan by nine percent.", [exact(8804, "CNY", 9)]),
    ("Equipment, electric, instruments and special equipment saw 26.9, 22.6, 21.6 and 10 percent "
     "growth, respectively.",
     [exact(26.9, "percent", 26.9), exact(22.6, "percent", 22.6), exact(21.6, "percent", 21.6),
      exact(10, "percent", 10)]),
    ("In the first quarter, the growth kept pace at 22.7 percent.",
     [exact(22.7, "percent", 22.7)]),
    ("There are 33,000 enterprises, of which 1,545 are above designated size, which refers to "
     "companies with an annual turnover of over 20 million yuan, a year-on-year increase of 13.2 "
     "percent and 9.5 percent respectively.",
     [exact(33000, "count", 13.2), exact(1545, "count", 9.5), (20e6, "CNY", "at_least", None)]),
    ("It is 47 nautical miles from Hong Kong and about 60km from the Shenzhen city center.", []),
    ("The expressway is 60 km long.", [exact(60, "km")]),
    ("Zhongshan's Purchasing Managers Index of key enterprises reached 50.4 in June.",
     [exact(50.4, "index")]),
    ("It has two Nobel laureates and drew 30,525 viewers.",
     [exact(2, "person"), exact(30525, "person")]),
    ("Value added reached 51.09 billion RMB, exceeding the value of 50 billion RMB.",
     [exact(51.09e9, "CNY"), (50e9, "CNY", "at_least", None)]),
    ("23 projects each with 1 to 5 billion CNY were introduced.",
     [exact(23, "count"), (1e9, "CNY", "at_least", None), (5e9, "CNY", "at_most", None)]),
    ("Of the projects, 255 are industrial projects with a total investment of 219.2 billion.",
     [exact(255, "count"), exact(219.2e9, "CNY")]),
    ("The funds were 5 billion, and 3 billion were loans.",
     [exact(5e9, "CNY"), exact(3e9, "CNY")]),
]

# Rules from held-out sets 58 to 62.
HELDOUT_58_62 = [
    ("Added value of state-owned firms grew by 4.1 percent; joint-stock enterprises by 8.5 "
     "percent; and private enterprises by 9 percent.",
     [exact(4.1, "percent", 4.1), exact(8.5, "percent", 8.5), exact(9, "percent", 9)]),
    ("Trade reached 315.64 billion yuan, an increase of 33.7 percent over the same period last "
     "year and up 36.2 percent over the same period in 2019.",
     [exact(315.64e9, "CNY", 33.7), exact(36.2, "percent")]),
    ("Tourists grew 10.22% over the same period last year, and revenue reached 353 million yuan, "
     "18.71% higher than that in 2018.",
     [exact(10.22, "percent", 10.22), exact(353e6, "CNY", 18.71)]),
    ("Profits surpassed one hundred billion yuan.", [(1e11, "CNY", "at_least", None)]),
    ("Investment reached 8.12 billion US dollars, increasing 5.1 times.",
     [exact(8.12e9, "USD", 510)]),
    ("Investment and output are 89 times and 43 times of the 1996 total respectively.", []),
    ("Incomes were 6.8 times and 7.2 times as much as in 1996.", []),
    ("Loans rose by 254.2 billion yuan, up 18.2 percent.",
     [exact(254.2e9, "CNY"), exact(18.2, "percent", 18.2)]),
    ("Sales in markets whose business volume is over 100 million yuan increased by 79%.",
     [(1e8, "CNY", "at_least", None), exact(79, "percent", 79)]),
    ("GDP went up 6.5 percent year on year in the first half of 2019 to about 5 trillion yuan.",
     [(5e12, "CNY", "approx", 6.5)]),
    ("There are 14 projects with a total investment of 5.58 billion yuan and 21 in the secondary "
     "industry worth 9.89 billion yuan.",
     [exact(14, "count"), exact(5.58e9, "CNY"), exact(21, "count"), exact(9.89e9, "CNY")]),
    ("It is the ancestral home for 3,200,000 overseas Chinese.", [exact(3.2e6, "person")]),
    ("It operates 185 berths, 90 of which are rated for vessels over 10,000 metric tons.",
     [exact(185, "count"), exact(90, "count")]),
    ("The waiting time has been reduced to 0.7 hours.", [exact(2520, "second")]),
    ("It takes only 6 hours by car from Chengdu to Panzhihua.", []),
    ("The process is shortened from 10.8 working days to just 2.5 working days.",
     [exact(10.8, "day"), exact(2.5, "day")]),
    ("Jieyang has a history of over 2,200 years.", [(2200, "year", "at_least", None)]),
    ("Goji has been planted there for more than 600 years.", [(600, "year", "at_least", None)]),
    ("The growth held for more than 10 years.", []),
    ("It has been built for above 1800 years.", [(1800, "year", "at_least", None)]),
    ("Ports received 1,221 ships with a tonnage exceeding 150 thousand metric tons.",
     [exact(1221, "count")]),
    ("It has 28 deep water berths from 5 to 400,000 metric tons.", [exact(28, "count")]),
    ("1.064 billion yuan is completed by logistic equipment and engineering machinery (up 5.6%).",
     [exact(1.064e9, "CNY", 5.6)]),
]

# Rules from held-out sets 63 to 67.
HELDOUT_63_67 = [
    ("Area: 11,347 sq km\nPopulation: 4,777,000\nGDP: 410.3 billion yuan",
     [exact(11347, "km2"), exact(4777000, "person"), exact(410.3e9, "CNY")]),
    ("Heavy industry output was 246.209 billion yuan, 12.0% up from a year earlier.",
     [exact(246.209e9, "CNY", 12)]),
    ("Output value reached 47.1 billion yuan, an improvement of 62.2%.",
     [exact(47.1e9, "CNY", 62.2)]),
    ("Chini, Shiling and Timian lead in year-over-year growth rate, reporting 24.2%, 22.8% and 20.9% "
     "respectively.",
     [exact(24.2, "percent", 24.2), exact(22.8, "percent", 22.8), exact(20.9, "percent", 20.9)]),
    ("China's GDP growth target has been set at around 5 percent.",
     [(5, "percent", "approx", 5)]),
    ("Hainan set its GDP growth target this year at around 9.5 percent.",
     [(9.5, "percent", "approx", 9.5)]),
    ("Retail sales were 73.55 billion yuan, down 11.4 percent, which narrowed 5 percent from that "
     "of the first quarter of the year.", [exact(73.55e9, "CNY", -11.4), exact(5, "percent")]),
    ("Output narrowed by 4 percent to 2 billion yuan.", [exact(2e9, "CNY", -4)]),
    ("Value added was 78.8 billion yuan, with an increase of 9.8%, 11.3 percent higher than the "
     "growth rate of Guangdong province, 7.4 percent higher than the national growth rate.",
     [exact(78.8e9, "CNY", 9.8), exact(11.3, "percent"), exact(7.4, "percent")]),
    ("Output is 467.1 billion yuan, an increase of 12.9% with a growth rate of 0.1% higher than "
     "last month.", [exact(467.1e9, "CNY", 12.9), exact(0.1, "percent")]),
    ("The towns had larger rates of increase, which were respectively 151.7%, 142.9% and 103.1%.",
     [exact(151.7, "percent", 151.7), exact(142.9, "percent", 142.9),
      exact(103.1, "percent", 103.1)]),
    ("Growth in secondary and tertiary industries was 5.8 percent and 7.5 percent, respectively.",
     [exact(5.8, "percent", 5.8), exact(7.5, "percent", 7.5)]),
    ("Output of high-tech industries doubled to 1.197 trillion yuan.",
     [exact(1.197e12, "CNY", 100)]),
    ("Container throughput reached 27.53 million standard containers.",
     [exact(27.53e6, "teu")]),
    ("The CPI had a controlled rise of within 2 percent.", [(2, "percent", "at_most", 2)]),
    ("The growth rate of Zaozhuang, Weifang and Binzhou was higher than 25 percent, reaching 107 "
     "percent, 40.8 percent and 26.7 percent, respectively.",
     [(25, "percent", "at_least", 25), exact(107, "percent", 107), exact(40.8, "percent", 40.8),
      exact(26.7, "percent", 26.7)]),
    ("Projects with individual funding topping 100 million yuan increased by 15.2 percent.",
     [(1e8, "CNY", "at_least", None), exact(15.2, "percent", 15.2)]),
    ("Some 474,000 rural laborers found work elsewhere, an increase of 151,000 year on year.",
     [(474000, "person", "approx", None), exact(151000, "person")]),
    ("Per capita GDP reached 85,114 yuan, an increase of 1,024 times than that of 1949 (83 "
     "yuan).", [exact(85114, "CNY"), exact(83, "CNY")]),
]

# Rules met in releases of the north and east: a month with no day, a per-unit
# denominator, the parts of a ratio, signed rates of last year, "folds", "ones", shared
# people nouns, visitors welcomed, animal populations, and rates placed further away.
MORE_RULES = [
    ("From January to May, 33 foreign-funded projects began.", [exact(33, "count")]),
    ("Water use was 7.30 tons per 10 thousand yuan of GDP.", [exact(7.3, "ton")]),
    ("The proportion of three industries was 0.4:41.6:58.0.",
     [exact(0.4, "percent"), exact(41.6, "percent"), exact(58.0, "percent")]),
    ("Private firms were up 22.3% and 40.2% respectively, compared with 13.2% and -4.5% in "
     "the same period last year.", [exact(22.3, "percent", 22.3), exact(40.2, "percent", 40.2),
                                    exact(13.2, "percent", 13.2), exact(-4.5, "percent", -4.5)]),
    ("Trade hit 2.87 billion yuan, up nearly 15 folds.", [exact(2.87e9, "CNY", 1500)]),
    ("The region received roughly 4.0 million overseas visitors and 263.0 million domestic ones.",
     [(4e6, "person", "approx", None), (2.63e8, "person", "approx", None)]),
    ("The park was visited by 35,800 and 76,700 tourists.",
     [exact(35_800, "person"), exact(76_700, "person")]),
    ("The city balcony welcomed 252,800.", [exact(252_800, "person")]),
    ("The dairy cow population reached 380,000.", [exact(380_000, "count")]),
    ("A firm invested 3.5 billion LNG base project.", [exact(3.5e9, "CNY")]),
    ("Output will surpass 800 billion yuan.", [(8e11, "CNY", "at_least", None)]),
    ("GDP was 11.65 billion yuan, with an average annual growth rate of 7.6 percent.",
     [exact(11.65e9, "CNY"), exact(7.6, "percent", 7.6)]),
    ("Industry edged up 1.9% with added value of 54.4 billion yuan, and services jumped 6% "
     "with added value of 36.5 billion yuan.",
     [exact(54.4e9, "CNY", 1.9), exact(36.5e9, "CNY", 6)]),
    ("The county received 7,200 tourists from across the country during the National Day "
     "holiday, a year-on-year increase of 44 percent.", [exact(7_200, "person", 44)]),
    ("It attracted 7,200 tourists – a year-on-year increase of 44 percent.",
     [exact(7_200, "person", 44)]),
    ("GDP was 245.6 billion yuan, representing a yearly growth of 6 percent.",
     [exact(245.6e9, "CNY", 6)]),
    ("The proportion of the service sector rose by 0.2% compared with 2016.",
     [exact(0.2, "percent")]),
    ("It exceeded the provincial average growth rate by 3.6 percent.", [exact(3.6, "percent")]),
    ("The region aims at an annual GDP growth target of 8.5 percent.",
     [exact(8.5, "percent", 8.5)]),
    # Releases of the centre, south and west.
    ("Optics Valley will bring in 80,000-100,000 talents every year.",
     [(80_000, "person", "at_least", None), (100_000, "person", "at_most", None)]),
    ("Revenue exceeded 80 billion yuan, marking a 20.6-percent growth.",
     [(8e10, "CNY", "at_least", 20.6)]),
    ("Trade with the EU and ASEAN saw clear increases of 55.8% and 39.9% respectively.",
     [exact(55.8, "percent", 55.8), exact(39.9, "percent", 39.9)]),
    ("Imports were RMB 55.09 billion, up 54.5% year on year; this growth rate is 49.8% faster "
     "than the national average.", [exact(55.09e9, "CNY", 54.5), exact(49.8, "percent")]),
    ("More than 61.4 million tourists came, generating 34.8 billion yuan of revenue. "
     "The two figures represented increase of 22.71 percent and 29.46 percent respectively.",
     [(61.4e6, "person", "at_least", 22.71), exact(34.8e9, "CNY", 29.46)]),
    ("The eight projects include the second headquarters of Iflytek.", [exact(8, "count")]),
    ("Incomes were 91 and 166 times that of 1980.", []),
    ("The office issued 2683 times of information.", [exact(2683, "count")]),
    ("Secondary and tertiary industry reached 65.27 billion yuan and 114.61 billion yuan, "
     "respectively, down 2.4 percent and 4.8 percent year on year.",
     [exact(65.27e9, "CNY", -2.4), exact(114.61e9, "CNY", -4.8)]),
    ("The growth of industrial output stood at 8.6 percent.", [exact(8.6, "percent", 8.6)]),
    ("The growth rate of investment is expected to reach more than 8 percent in 2021.",
     [(8, "percent", "at_least", 8)]),
    ("Foreign investment reached 3.22 billion US dollars, 15.7 percent more than in the same "
     "period of 2021.", [exact(3.22e9, "USD", 15.7)]),
    ("The meeting drew six domestic businesses and more than 30 multinationals.",
     [exact(6, "count"), (30, "count", "at_least", None)]),
    ("Retail sales reached 249.9 billion yuan (2.7% increase from last year).",
     [exact(249.9e9, "CNY", 2.7)]),
    ("Tax revenue achieves 101.1 billion yuan, yields an 5.51% increase.",
     [exact(101.1e9, "CNY", 5.51)]),
    ("The CPI has increased by 0.3%, shown 0.1% decline compared to the average.",
     [exact(0.3, "percent", 0.3), exact(-0.1, "percent")]),
    ("Room usage hit 61.73 percent, climbing by 13.79 percent year-on-year.",
     [exact(61.73, "percent", 13.79)]),
    ("Farm income rose by 26.1% and reaches 3,840 yuan.", [exact(3_840, "CNY", 26.1)]),
    ("The 702 attractions received 25.74 million tourists and ticket revenue of 345 million "
     "yuan. Compared with the same period in 2020, the number of tourists and ticket revenue "
     "increased by 13.04% and 15.21% respectively.",
     [exact(702, "count"), exact(25.74e6, "person", 13.04), exact(345e6, "CNY", 15.21)]),
    ("There are 25 projects worth RMB 5-10 billion.",
     [exact(25, "count"), (5e9, "CNY", "at_least", None), (1e10, "CNY", "at_most", None)]),
    ("Added value increased by 2.1 times year-on-year.", [exact(210, "percent", 210)]),
    ("There were 2.5949 million workers, up 232,100, 9.8 percent higher than the same period "
     "last year.", [exact(2_594_900, "person", 9.8), exact(232_100, "person")]),
    ("Revenue reached 401.5 billion yuan, achieving 6.5 percentage increase.",
     [exact(401.5e9, "CNY", 6.5)]),
    ("Revenue was 30.05 million yuan ($4.5 milion).", [exact(30.05e6, "CNY"), exact(4.5e6, "USD")]),
    ("The overall growth rate of fixed asset investment in the Changbai Mountain Protection and "
     "Development Zone is expected to reach more than 8 percent in 2021.",
     [(8, "percent", "at_least", 8)]),
    # Releases of Liaoning and the south-east coast.
    ("Jewelry sales totaled 1.51 billion yuan, a marginal increase of 0.8 percent.",
     [exact(1.51e9, "CNY", 0.8)]),
    ("The six major export destinations were East Asia, Japan, North America and the EU.",
     [exact(6, "count")]),
    ("The district has planted 6,000 acres of vegetables.", [exact(6000 * 4046.8564224, "m2")]),
    ("A total of 2.24 million tourists visited Jinpu New Area in Dalian, Liaoning province, "
     "during the festival, which concluded July 12, representing a year-on-year increase of "
     "10.1 percent.", [exact(2.24e6, "person", 10.1)]),
    ("Tourists spent 2.72 billion yuan, including 30 million yuan for tickets and more than 80 "
     "million for catering.",
     [exact(2.72e9, "CNY"), exact(3e7, "CNY"), (8e7, "CNY", "at_least", None)]),
    ("Investment was 159.3 billion yuan, accounting for over half of the city's total.",
     [exact(159.3e9, "CNY"), (50, "percent", "at_least", None)]),
    ("A total of 9.23 million visitors equated to a year-on-year growth of 11.5 percent.",
     [exact(9.23e6, "person", 11.5)]),
    ("Investment in industry reached 7.893 billion yuan, accounting for 25.4 percent of the "
     "total for an increase of 1.4 percent over the previous year.",
     [exact(7.893e9, "CNY", 1.4), exact(25.4, "percent")]),
    ("Nine projects are surpassing the 50 billion yuan mark.",
     [exact(9, "count"), (5e10, "CNY", "at_least", None)]),
    ("Firms with revenues of roughly $3.1 million or more grew.",
     [(3.1e6, "USD", "at_least", None)]),
    ("Sales reached 5.6 billion yuan\n\nin 2019, up 20.1 percent.", [exact(5.6e9, "CNY", 20.1)]),
    ("Contracts were signed for 217 projects, and 18 of them are 10 billion yuan level projects.",
     [exact(217, "count"), exact(18, "count")]),
    ("Output accounted for 24.67% of the total value of industry above designated size, up by "
     "1.41% on the previous year.", [exact(24.67, "percent", 1.41)]),
    # Health statistics, fractions in words, glued commas and more (Dalian, new areas).
    ("The number of beds per 1,000 registered residents was 7.71.", [exact(7.71, "permille")]),
    ("Maternal mortality was 7.87 / 100,000 and infant mortality 2.49 per 1,000 newborns.",
     [exact(0.0787, "permille"), exact(2.49, "permille")]),
    ("The films were watched by an audience of 17.26 million.", [exact(17.26e6, "person")]),
    ("The regional GDP grew at 6.5% as expected.", [exact(6.5, "percent", 6.5)]),
    ("It cultivated six \"one village, one product\" industries.", [exact(6, "count")]),
    ("Ten firms won the \"Outstanding Contribution\" prize, five firms won the \"Best\" prize.",
     [exact(10, "count"), exact(5, "count")]),
    ("Also,13 projects have started.", [exact(13, "count")]),
    ("And 120 of China's top 500 companies have invested in the area.", [exact(120, "count")]),
    ("Output was 16.48 billion yuan, rocketing 255.3 percent year-on-year.",
     [exact(16.48e9, "CNY", 255.3)]),
    ("The line has an annual output of 12GWh.", [exact(12e6, "kwh")]),
    ("Villages earn 100,000-yuan ($14,661.47) profit or more a year.",
     [(1e5, "CNY", "at_least", None), (14_661.47, "USD", "at_least", None)]),
    ("The growth target for imports and exports is set at 20 percent.",
     [exact(20, "percent", 20)]),
    ("The zone is eyeing a 16 percent year-on-year GDP growth.", [exact(16, "percent", 16)]),
    ("The added value was 167.8 billion yuan, accounting for 48.1 percent of the province's "
     "total with an increase of 12.8 percent.",
     [exact(167.8e9, "CNY", 12.8), exact(48.1, "percent")]),
    ("They created about a half of the total added value and a seventh of total exports.",
     [(50, "percent", "approx", None), exact(14.2857142857, "percent")]),
    ("Throughput exceeded 1 million twenty-foot equivalent units.",
     [(1e6, "teu", "at_least", None)]),
    ("In 2018, the average life expectancy in the city was 80.89 years.",
     [exact(80.89, "year")]),
    ("The goals are a 6.5%-7% increase in GDP.",
     [(6.5, "percent", "at_least", 6.5), (7, "percent", "at_most", 7)]),
    ("Energy consumption made by ten thousand yuan GDP will decline by 3.5%.",
     [exact(-3.5, "percent", -3.5)]),
    ("Port cargo was 57.087 million ton while the year-on-year growth rate was 21.1%.",
     [exact(57.087e6, "ton", 21.1)]),
    ("It signed four projects valued at 200–500 million yuan.",
     [exact(4, "count"), (2e8, "CNY", "at_least", None), (5e8, "CNY", "at_most", None)]),
    ("Kiwis can generate 400,000 yuan ($62,000) or so a year.",
     [(4e5, "CNY", "approx", None), (62_000, "USD", "approx", None)]),
    ("Trade reached 10.70 billion yuan and 5.18 billion yuan, respectively, with year-on-year "
     "growth rates of 23.8 percent and 25.2 percent.",
     [exact(10.7e9, "CNY", 23.8), exact(5.18e9, "CNY", 25.2)]),
    ("The authorities have already handed out 7.4 million.", [exact(7.4e6, "CNY")]),
    ("Imports were valued at 31.04 billion.", [exact(31.04e9, "CNY")]),
    ("The number of TEU exported reached 6,414.", [exact(6414, "teu")]),
    ("Dalian filed 13,784 patent applications, of which 6,103 were for inventions.",
     [exact(13_784, "count"), exact(6103, "count")]),
    ("The AQI went for 300 days above Grade 2, and the city had 166 excellent days.",
     [exact(300, "count"), exact(166, "count")]),
    ("The average sound level was 53.1 decibels.", [exact(53.1, "db")]),
    ("Heating served a 149.75 million-square meter area, an increase of 2.3 percent.",
     [exact(149.75e6, "m2", 2.3)]),
    ("The city had an average concentration of 23 μ g/m3.", [exact(23, "ug_m3")]),
    ("A total of 841 projects were launched, bringing total investment to 954.02 billion yuan. "
     "The project number increased 34.1 percent year on year.",
     [exact(841, "count", 34.1), exact(954.02e9, "CNY")]),
    ("Revenue was 5 billion yuan. Tax revenue rose 3%.",
     [exact(5e9, "CNY"), exact(3, "percent", 3)]),
    ("Bonded goods increased by a whopping 61.8 percent to 3.2 billion yuan.",
     [exact(3.2e9, "CNY", 61.8)]),
    ("Some 28.81 million trips by tourists were made, up 25.47 % year on year.",
     [(28.81e6, "person", "approx", 25.47)]),
    ("There were 318 thousand coaches put into service.", [exact(318_000, "count")]),
    ("More than 6 million rural population are involved.", [(6e6, "person", "at_least", None)]),
    ("Catering grew with an 82.5 percent year on year cumulative growth.",
     [exact(82.5, "percent", 82.5)]),
    ("Deposit balances were 1.07 trillion yuan, an increase of 4.2 percent over the beginning "
     "of the year.", [exact(1.07e12, "CNY"), exact(4.2, "percent")]),
    ("It covers a 6193.7-sq-km area.", [exact(6193.7, "km2")]),
    ("Mushrooms sell at 2-4 yuan per 500 grams.",
     [(2, "CNY", "at_least", None), (4, "CNY", "at_most", None)]),
    ("The number of applicable patents per 10,000 people was 16.27.", [exact(1.627, "permille")]),
    ("Dalian ranked 15th with an average monthly concentration of 23 μ g/m3.",
     [exact(23, "ug_m3")]),
    ("The port's container throughput was 1.269 million units.", [exact(1.269e6, "teu")]),
    ("The projects involve a dozen industries.", [(12, "count", "approx", None)]),
    ("Imports soared 127.2 percent to 2.68 billion yuan and exports, 64.6 percent to 2.56 "
     "billion yuan.", [exact(2.68e9, "CNY", 127.2), exact(2.56e9, "CNY", 64.6)]),
    ("Trade with them amounted to 13.27 billion yuan and 10.71 billion yuan, up 103.4 percent "
     "as well as 31.9 percent respectively.",
     [exact(13.27e9, "CNY", 103.4), exact(10.71e9, "CNY", 31.9)]),
    ("GDP was 10.87 billion yuan, a 10.1 percent yearonyear growth.",
     [exact(10.87e9, "CNY", 10.1)]),
    ("The rate was 6.5 percentagepoints higher.", [exact(6.5, "percent")]),
    ("Services contributed 99.9 percent of GDP growth.", [exact(99.9, "percent")]),
    ("Linde reported a 74.3 percent year-on-year sales revenue growth.",
     [exact(74.3, "percent", 74.3)]),
    ("The grain sown area was 332,000 hectares, an increase of 7,100 hectares or 2.2 percent.",
     [exact(3.32e9, "m2", 2.2), exact(7.1e7, "m2")]),
    ("However, the proportion of animal husbandry increased by 3.7 percent.",
     [exact(3.7, "percent")]),
    ("In 2015, 120 million tons of goods were shipped, an increase of 81.7% than that in 2010.",
     [exact(1.2e8, "ton"), exact(81.7, "percent")]),
    ("It covered an area of 70 mu (4.67 ha.).", [exact(46666.6666667, "m2"),
                                                  exact(46_700, "m2")]),
    ("In 2016, 38.08 million people commuted by road.67.62 million tons of goods went by road.",
     [exact(38.08e6, "person"), exact(67.62e6, "ton")]),
    ("The park saw more than a 100 percent increase in new firms.",
     [(100, "percent", "at_least", 100)]),
    ("Ore was 93.358 million tons and coal was 61.655 million tons, with their respective "
     "increases of 7.38% and 86.75% on year-on-year basis.",
     [exact(93.358e6, "ton", 7.38), exact(61.655e6, "ton", 86.75)]),
    ("Output increased by 3.1 percent yearly to 2.05 trillion yuan.",
     [exact(2.05e12, "CNY", 3.1)]),
    ("The four pillar industries grew quickly.", [exact(4, "count")]),
    ("Of 27 projects, 5 are over 1 billion and 2 are over 10 billion yuan.",
     [exact(27, "count"), exact(5, "count"), (1e9, "CNY", "at_least", None), exact(2, "count"),
      (1e10, "CNY", "at_least", None)]),
    ("Films drew an audience of 17.26 million and the box office take was 531 million yuan.",
     [exact(17.26e6, "person"), exact(531e6, "CNY")]),
    ("Suqian has succeeded in 21and the county passed.", [exact(21, "count")]),
    ("The zone covers 120 square kilometers, among which Shenyang accounts for 30 and Dalian 60.",
     [exact(120, "km2"), exact(30, "km2"), exact(60, "km2")]),
    ("The area is 60,000 mu in Zhuanghe and 30,000 in Jinpu.",
     [exact(4e7, "m2"), exact(2e7, "m2")]),
    ("The zone covers 268 square kilometers with a population of 520,000.",
     [exact(268, "km2"), exact(520_000, "person")]),
    ("The turnover of technology contracts was 14.68 billion.", [exact(14.68e9, "CNY")]),
    ("Liquor increased by 72.4%, graphite products by 54.1%, and cement by 4.3%.",
     [exact(72.4, "percent", 72.4), exact(54.1, "percent", 54.1), exact(4.3, "percent", 4.3)]),
    ("Revenue rose 5.3% to 25.68 billionyuan.", [exact(25.68e9, "CNY", 5.3)]),
    ("Sales reached 144 million yuan during the \"May 1st\" period with a year-on-year increase "
     "of 8.8 percent.", [exact(144e6, "CNY", 8.8)]),
    ("Output jumped by 11.4 percent year-on-year to 60 billion yuan.",
     [exact(60e9, "CNY", 11.4)]),
    ("Imports saw a slide of 1.4 percent to 29.81 billion yuan.", [exact(29.81e9, "CNY", -1.4)]),
    ("Its hydropower reserve is 413,900 kilowatts, and stations generate 300 million kilowatts "
     "a year.", [exact(413_900, "kw"), exact(3e8, "kwh")]),
    ("It signed 1,372 new projects, each worth more than 100 million yuan, a year-on-year rise "
     "of 35 percent.", [exact(1372, "count", 35), (1e8, "CNY", "at_least", None)]),
    ("Tourists stayed 2.88 days on average, which saw a year-on-year increase of 0.7 percent.",
     [exact(2.88, "day", 0.7)]),
    ("With a tourist count of 2.8116 million bringing in revenue at ¥2.072 billion, up 90.56% "
     "and 94.27% separately year-on-year.",
     [exact(2.8116e6, "person", 90.56), exact(2.072e9, "CNY", 94.27)]),
    ("A taskforce of 843 man-time inspected shops.", [exact(843, "person")]),
    ("The plan of the six-square-kilometer office area is complete.", [exact(6, "km2")]),
    ("The district leaders and 223 deputies joined the congress.", [exact(223, "person")]),
    ("The crop area declines 0.7 percent (1 mu [China] = 0.067 hectares) year-on-year to 85.1442 "
     "million mu.", [exact(85.1442e6 * 10_000 / 15, "m2", -0.7)]),
    ("Scenic spots such as Huangshan and Jiuhua Mountain received 69,000 and 77,000 visits "
     "respectively.",
     [exact(69_000, "person"), exact(77_000, "person")]),
    ("The expatriate labor reached 3,617, an increase of 23.6%.", [exact(3617, "person", 23.6)]),
    ("Output is estimated to have increased by 5.9 percent in 2020 to 340.6 billion yuan.",
     [exact(340.6e9, "CNY", 5.9)]),
    ("There are 280 berths, 86 of which have a capacity of more than 10,000 metric tons.",
     [exact(280, "count"), exact(86, "count")]),
    ("The port has 4 berths with an annual capacity of 6 million tons.",
     [exact(4, "count"), exact(6e6, "ton")]),
    ("The refund is 1250 yuan × 6 months = 7,500 yuan.",
     [exact(1250, "CNY"), exact(7500, "CNY")]),
    ("The tertiary industry was 19.96 billion yuan, lower by 6.8 percent.",
     [exact(19.96e9, "CNY", -6.8)]),
    ("The sectors reached 575 million yuan and 46.72 billion yuan, respectively – increasing "
     "5.6 percent and 7.9 percent year-on-year.",
     [exact(575e6, "CNY", 5.6), exact(46.72e9, "CNY", 7.9)]),
    ("Income was healthy, putting on 5.4 percent year-on-year to an annual average of 10,265 yuan.",
     [exact(10_265, "CNY", 5.4)]),
    ("Three sectors of the local economy showed robust growth.", []),
    ("The added value of firms – those with revenue of more than 20 million yuan – increased 1.2 "
     "percent.", [(2e7, "CNY", "at_least", None), exact(1.2, "percent", 1.2)]),
    ("Investment contributed to a 1.9-percentage-point increase.", [exact(1.9, "percent")]),
    ("Tourism raked in 52.5 billion yuan by welcoming 33 million visitors, representing a 13.8 "
     "percent and 8.4 percent growth year-on-year respectively.",
     [exact(52.5e9, "CNY", 13.8), exact(33e6, "person", 8.4)]),
    ("The port has operated since it first started in 1861.", []),
    ("GDP reached 46.16 billion yuan ($6.41 billion), accounting for 44.1 percent of the city's "
     "total and a 6.5 percent year-on-year increase.",
     [exact(46.16e9, "CNY", 6.5), exact(6.41e9, "USD"), exact(44.1, "percent")]),
    ("This growth rate surged by 11.2 percent compared to the same period last year.",
     [exact(11.2, "percent")]),
    ("Retail sales reached 10.04 billion yuan, up by 7.1 percent year-on-year and a 3.8 percent "
     "increase from the previous period.", [exact(10.04e9, "CNY", 7.1), exact(3.8, "percent")]),
    ("Throughput achieved 100.44% of the monthly plan, with a year-on-year growth of 5.07%.",
     [exact(100.44, "percent"), exact(5.07, "percent", 5.07)]),
    ("The primary industry saw a 4 percent increase year-on-year, reaching 23.2 billion yuan.",
     [exact(23.2e9, "CNY", 4)]),
    ("The added value of the 17 key industries in the city climbed by 12.7 percent.",
     [exact(17, "count"), exact(12.7, "percent", 12.7)]),
    ("Exports and imports increased by 31.8 percent and 31.2 percent to 72.90 billion yuan and "
     "14.83 billion yuan, respectively.",
     [exact(72.9e9, "CNY", 31.8), exact(14.83e9, "CNY", 31.2)]),
    ("Imports of steel and logs increased by 8.8 percent and 346 percent respectively, reaching "
     "1.95 billion yuan and 290 million yuan.",
     [exact(1.95e9, "CNY", 8.8), exact(2.9e8, "CNY", 346)]),
    ("Urban income was 19,333 yuan, up 5.9 percent, while that of rural residents was 8,205 "
     "yuan, 8.5 percent.", [exact(19_333, "CNY", 5.9), exact(8205, "CNY", 8.5)]),
    ("Visits grew year-on-year: City Wall 147,900, 12.98%; Beilin Museum 28,700, 45.8%.",
     [exact(147_900, "count", 12.98), exact(28_700, "count", 45.8)]),
    ("GDP was 5 billion yuan, 12% of the province.", [exact(5e9, "CNY"), exact(12, "percent")]),
    ("GDP increased by 9.6 percent, year-on-year, at 2.66 trillion yuan.",
     [exact(2.66e12, "CNY", 9.6)]),
    ("Xi'an launched 251 activities revolving around 12 major themes.",
     [exact(251, "count"), exact(12, "count")]),
    ("The growth rate of the CPI in 2018 was under control at about 2.5 percent.",
     [(2.5, "percent", "approx", 2.5)]),
    ("Cargo turnover was 448.78 billion ton-km; passenger flow was 14.54 billion person-km.",
     [exact(448.78e9, "ton_km"), exact(14.54e9, "person_km")]),
    ("Container throughput 4.525 million, up by 18.6 percent.", [exact(4.525e6, "teu", 18.6)]),
    ("The #17 and #18 berths became fully operational.", []),
    ("The number of export labors totals 13,000.", [exact(13_000, "person")]),
    ("Industry saw 24.85 billion yuan, up 15.8 percent, and the growth rate increased by 90 "
     "percent.", [exact(24.85e9, "CNY", 15.8), exact(90, "percent")]),
    ("It included 863 thousand tons of products fished from the sea, the same as that of the "
     "previous year.", [exact(863_000, "ton", 0.0)]),
    ("GDP was 91.7 billion yuan in the first half of the year - an increase of 6 percent "
     "year-on-year.", [exact(91.7e9, "CNY", 6)]),
    ("The sectors reached 35 billion yuan and 56.66 billion yuan - gaining by 7.7 percent and "
     "5.1 percent, respectively.", [exact(35e9, "CNY", 7.7), exact(56.66e9, "CNY", 5.1)]),
    ("Investments totaled 1.39 trillion yuan. This is up 9.1% year-on-year.",
     [exact(1.39e12, "CNY", 9.1)]),
    ("The structures were adjusted from 1.6/31.5/66.9 to 2.0/34.1/63.9.",
     [exact(v, "percent") for v in (1.6, 31.5, 66.9, 2.0, 34.1, 63.9)]),
    ("The high-tech sector's contribution rate to industrial growth hit 33.9 percent.",
     [exact(33.9, "percent")]),
    ("Exports of steel and garments achieved growth at 65.8 percent and 40 percent, "
     "respectively, reaching 2.75 billion yuan and 3.55 billion yuan.",
     [exact(2.75e9, "CNY", 65.8), exact(3.55e9, "CNY", 40)]),
    ("Firms grew to 9,439 in May, an increase of 7.2 percent compared with April.",
     [exact(9439, "count"), exact(7.2, "percent")]),
    ("The permanent population exceeded 5 million last year.",
     [(5e6, "person", "at_least", None)]),
    ("GDP grew by 480 times from 1.13 billion yuan in 1978.", [exact(1.13e9, "CNY")]),
    ("Infrastructure rose 49.1 percent to 53.06 billion yuan, while the growth rate fell by 28.4 "
     "percent.", [exact(53.06e9, "CNY", 49.1), exact(28.4, "percent")]),
    ("After deducting price factors, the real increase was 6.4 percent.",
     [exact(6.4, "percent", 6.4)]),
    ("Coal and gas output increased by 4.9 percent and by 6.7 percent, respectively.",
     [exact(4.9, "percent", 4.9), exact(6.7, "percent", 6.7)]),
    ("The top three in terms of growth rate of arrivals were Longquan City (46.72%) and Liandu "
     "District (31.37%).", [exact(46.72, "percent", 46.72), exact(31.37, "percent", 31.37)]),
    ("Among them, 0.946 million were overnight tourists.", [exact(946_000, "person")]),
    ("Tourists from Macao reached 16,000, an astonishing 77 percent rise.",
     [exact(16_000, "person", 77)]),
    ("Retail sales were 26.43 billion yuan, ranking fourth in Inner Mongolia and representing a "
     "year-on-year increase of 14.9 percent.", [exact(26.43e9, "CNY", 14.9)]),
    ("Xi'an achieved a 2.2-time year-on-year increase in education investment.",
     [exact(220, "percent", 220)]),
    ("·Primary industry-16.865 billion CNY (up 3.3%);", [exact(16.865e9, "CNY", 3.3)]),
    ("Wenzhou welcomed 14.34 million tourists during the holiday, doubling the previous year's "
     "figure.", [exact(14.34e6, "person", 100)]),
    ("Bandwidth rose from 4,000 gigabits per second to 17,000 Gbps.",
     [exact(4000, "gbps"), exact(17_000, "gbps")]),
    ("The areas had an average daily reception of 400,000.", [exact(400_000, "person")]),
    ("As of 8 pm on Feb 17, there were more than 1.33 million moviegoers.",
     [(1.33e6, "person", "at_least", None)]),
    ("The added value of companies - those with more than 20 million yuan in income - increased "
     "by 9.1 percent.", [(2e7, "CNY", "at_least", None), exact(9.1, "percent", 9.1)]),
    ("Individual travelers made up 60.3 percent of all visitors, which was 1.8 percent higher "
     "than last year.", [exact(60.3, "percent", 1.8)]),
    ("Of 48 projects, 30 exceed 20 billion yuan, with nine surpassing the 50 billion yuan mark.",
     [exact(48, "count"), exact(30, "count"), (2e10, "CNY", "at_least", None),
      exact(9, "count"), (5e10, "CNY", "at_least", None)]),
    ("Farm output totalled 2.789 billion yuan, which rose 6.1% year on year.",
     [exact(2.789e9, "CNY", 6.1)]),
    ("Income was 74.637 billion yuan, which went up by 8.5%.", [exact(74.637e9, "CNY", 8.5)]),
    ("GDP grew 8.2%, higher than the national growth rate (6.9%).",
     [exact(8.2, "percent", 8.2), exact(6.9, "percent", 6.9)]),
    ("Throughput reached 12.4 million tons, with a significant year-on-year increase of 11.68%.",
     [exact(12.4e6, "ton", 11.68)]),
    ("The company launched the ship \"Huada 607\" last year.", []),
    ("There are 3,573 peaks with an altitude above 1,000 meters.",
     [exact(3573, "count"), (1, "km", "at_least", None)]),
    ("Investment grew 5.1% higher than that in Guangdong Province.", [exact(5.1, "percent")]),
    ("GDP expanded by 4.9 percent year-on-year in the first quarter of this year to nearly "
     "339.18 billion yuan.", [(339.18e9, "CNY", "approx", 4.9)]),
    ("Exports were 162.06 billion yuan, a year-on-year (similarly hereinafter) increase of 6.7%.",
     [exact(162.06e9, "CNY", 6.7)]),
    ("Imports recorded 31.1 billion yuan, thereby representing a 12.5% decrease.",
     [exact(31.1e9, "CNY", -12.5)]),
    ("The city administers one State-level zone, one national zone and six provincial zones.",
     [exact(1, "count"), exact(1, "count"), exact(6, "count")]),
    # A scaled count with no noun of its own once crashed the money check.
    ("Firms invested 131 million of freight were dealt in ports.", [exact(131e6, "count")]),
]

# Rule: a change against another base than the same period of last year is a figure of
# its own with no growth_pct; "an increase of 1.7 times" is up 170 percent (增长1.7倍).
OTHER_BASES = [
    ("Imports reached 68.55 billion yuan, an increase of 1.7 times compared with the same "
     "time last year.", [exact(68.55e9, "CNY", 170)]),
    ("Processing trade rose 2.6 times.", [exact(260, "percent", 260)]),
    ("Exports reached 14.68 billion yuan, an increase of 42.2 percent on a month-on-month "
     "basis.", [exact(14.68e9, "CNY"), exact(42.2, "percent")]),
    ("The area received 290,500 visitors, a year-on-year growth of 144.9 percent, a rise of "
     "10.12 percent compared to 2019.",
     [exact(290_500, "person", 144.9), exact(10.12, "percent")]),
    ("In 2017, GDP grew 7 percent compared with 2016.", [exact(7, "percent", 7)]),
    ("Its GDP reached RMB24.32 billion Yuan in 2006, 10% up on a year-on-year basis.",
     [exact(24.32e9, "CNY", 10)]),
    ("Emerging industries saw 12.7 percent combined growth.", [exact(12.7, "percent", 12.7)]),
    # A group sized by "top" or listed after "of" is counted; a ranking is not.
    ("Among the district's top 20 foreign trade companies, 13 grew fast.",
     [exact(20, "count"), exact(13, "count")]),
    ("The four strategic and leading industries of bio-medicine, new energy and new materials "
     "grew.", [exact(4, "count")]),
]


@pytest.mark.parametrize(("sentence", "expected"), NOUNS_AROUND + MORE_UNITS + CURRENCY_FIRST
                         + SPACED_THOUSANDS + GROWTH_MORE + QUALIFIERS_SHARED + OTHER_BASES
                         + MORE_RULES + QUALIFIER_GAPS + DASHED_RANGES + STRESS_RULES
                         + HELDOUT_38_42 + HELDOUT_43_47
                         + HELDOUT_48_52 + HELDOUT_53_57
                         + HELDOUT_58_62 + HELDOUT_63_67)
def test_nouns_units_currency_growth_and_shared_qualifiers(sentence: str,
                                                           expected: list[tuple]) -> None:
    assert found(sentence) == expected


def test_a_per_household_amount_is_no_household_count() -> None:
    assert "household" not in set(extract_figures("Each household received 2,000.")["unit"])


def test_sentences_glued_after_a_figure_are_split() -> None:
    text = "Output of pears reached 12,000 tons, up 4.5%.Output of apples was 30,000 tons."
    assert extract_figures(text)["quote"].tolist() == [
        "Output of pears reached 12,000 tons, up 4.5%.", "Output of apples was 30,000 tons."]


QUALIFIERS = [
    ("More than 40 industrial enterprises joined.", "at_least"),
    ("The county received more than 40,000 tourists.", "at_least"),
    ("Projects of over 0.1 billion yuan were introduced.", "at_least"),
    ("The output value exceeded RMB100 million.", "at_least"),
    ("Examinations are free for senior citizens above 60 years old.", "at_least"),
    ("Manufacturers with annual sales of 20 million yuan or more are counted.", "at_least"),
    ("Villages with 100 households or more are counted.", "at_least"),
    ("The funds totalled about RMB 42 million.", "approx"),
    ("The hostels received around 300 tourists.", "approx"),
    ("Nearly 2,000 new jobs were created.", "approx"),
    ("The park cost approximately 5 billion yuan.", "approx"),
    ("The unemployment rate was less than 5%.", "at_most"),
    ("The fee was under 300 yuan.", "at_most"),
    # "Up to" in these translations means "reached".
    ("The container number was up to 9.441 million TEU.", "exact"),
    ("The expected investment is 5 billion yuan.", "exact"),
    # "over" as a preposition, not "more than".
    ("The district has jurisdiction over 14 towns.", "exact"),
    ("The county presides over 12 villages.", "exact"),
    ("The forest is spread over 120 square kilometers.", "exact"),
    ("The county presides over more than 12 villages.", "at_least"),
    ("Projects numbered 40 last year.", "exact"),
    ("The city is building 300 houses.", "exact"),
]

NOT_FIGURES = [
    "It includes the aforementioned 166 projects.",
    "The port handled cargo, ranking it among the world's top 20 ports by volume.",
    "It is 47 nautical miles from Hong Kong.",
    "Up to 8 o'clock of December 30, the wharves were busy.",
    "The port is back on the list of the nation's top 10 biggest ports.",
    "In June, among the 168 key cities in China, Dalian ranked 15th.",
    "It achieved high scores among China's 41 key cities.",
    "It grew fast, ranking second among 15 sub-provincial cities.",
    "Qingdao ranked among the top three of the 19 State-level new areas.",
    "Nearly 40 out of every 100 vehicles sold are NEVs.",
    "One in every five tourists came from abroad.",
    "Longhua took the 24th place, climbing four places from the 2024 ranking.",
    "The district rose to top 10 in the nation.",
    "In 2017, the zone took innovation as its guideline.",
    "The school will be put into use in March, 2018.",
    "On September21, the Second Phase Project was put into operation.",
    "On 20 October the fair opened.",
    "The fair opened on April 10 in Dalian.",
    "Both of the totals ranked first in Liaoning.",
    "Taiyanggou held the third Colorful-leaf Festival.",
    "The 2nd Dalian University Sailing Federation Championship was held.",
    "Patients in Jinzhou 4th People's Hospital will be subsidized.",
    "During the eight-day National Day holiday, tourism boomed.",
    "In the first seven months of this year, investment kept growing.",
    "Crude oil transfer stayed at the top for ten consecutive months.",
    "After five years of construction, the port opened.",
    "The projects inject vitality into the building of Dalian double-pilot area.",
    "Tourists came from the three northeastern provinces.",
    "The innovations have come out one after another.",
    "On the one hand, the port grew.",
    "The port built a 50,000-ton berth.",
    "Line 1 of the Metro opened.",
    "No.3 Middle School was upgraded.",
    "The G20 summit was held.",
    "The plan runs over 2016-2020.",
    "Tourism income was 1.5 times that of last year.",
    "Tourism income was twice that of last year.",
    "It follows the “1+N” policy.",
    "It ranked 3rd among the 14 cities of the province.",
    "The enterprise is one of the top 500 enterprises.",
    "The projects were invested in by Fortune Global 500 companies.",
    "It is 1 of the most influential hi-tech parks in China.",
    "The 2010 key projects feature “six increases”.",
    "Works began on rail transit line 4 and the 5 line north extension.",
    "Call 0411-8888 for details.",
    "Half of the visitors came by car.",
    "The city rose 5 places over the previous year.",
    "It strove to complete the tasks of ’1161’.",
    "Rudong ranked 37th, four positions higher than the previous year.",
    "The port rose four rankings on last year.",
    "It ranked 20th in the list of air quality changes in 168 key cities.",
    "The holiday lasted 7 days.",
    "Dozens of firms came to the fair.",
    "Shenyang released scenarios around \"one highland, one hub, four centers\" this year.",
    "The city lies between the latitudes of 26°29′N and 28°30′ N.",
    "The 500 kV transmission substation was built.",
    "It ranked NO.4 among the parks.",
    "The report was aired on channel 2 last night.",
    "It achieved high scores among China’s 41 key cities.",
    "It ranked among the top 10 in the province.",
    "Services on subway line 3 were increased.",
    "It applies the Four Comprehensives.",
    "The trains leave at 9:30 every day.",
    "The works are listed as follows:\n\n1. The repair of Zhenxing Road.\n\n2. The free project.",
    # References, back-references and activity titles.
    "Details of the exports are given in Table 4.",
    "The trend is shown in Figure 2 (Chart 1).",
    "The shares are listed in the annex (table 6).",
    "All four measures were welcomed by residents.",
    "The above two measures worked well.",
    "Residents joined the activity called “100 days of clean air” in May.",
    "The zoo held a festival themed “Four Seasons of joy” for families.",
    "The park held an event named“nine lucky nights” for children.",
    # Date ranges and numbers inside place names.
    "From May 3 to 5, the expo was held in Dalian.",
    "The fair ran from 18 to 20 November.",
    "Crowds gathered in 8 Riverside Peony Garden.",
    "The office is at 12 Zhongshan Road.",
    "The city opened a one-stop service center.",
    # Name words in lower case, and a duration with a describing word.
    "The phase two project started.",
    # Numbering in brackets, vague word numbers and numbers inside hyphenated names.
    "The tasks are (1) roads and (2) parks.",
    "Two or three parks were rebuilt.",
    "The three industries were adjusted, including farming.",
    # A price cut is no stated figure.
    "Tickets were sold at 30% off at the museum.",
    "The COVID-19 epidemic eased.",
    "The aquarium held the “7 happy days” for families.",
]


@pytest.mark.parametrize(("sentence", "expected"), MONEY)
def test_money_in_base_units(sentence: str, expected: list[tuple]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), PERCENTAGES)
def test_percentages_and_shares(sentence: str, expected: list[tuple]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), GROWTH)
def test_growth_is_attached_to_the_figure_it_modifies(sentence: str, expected: list[tuple]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), COUNTS)
def test_counts_of_things_and_people(sentence: str, expected: list[tuple]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), UNITS)
def test_physical_units(sentence: str, expected: list[tuple]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), THRESHOLDS)
def test_hyphenated_money_thresholds(sentence: str, expected: list[tuple]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), RANGES)
def test_range_bounds_take_the_upper_bounds_unit(sentence: str, expected: list[tuple]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), PEOPLE)
def test_people_and_households(sentence: str, expected: list[tuple]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), BARE_MONEY)
def test_bare_amounts_are_yuan_when_money_is_meant(sentence: str, expected: list[tuple]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), GROWTH_PLACEMENT)
def test_growth_placed_after_the_rate_or_the_amount(sentence: str, expected: list[tuple]) -> None:
    assert found(sentence) == expected


def test_threshold_and_range_labels_name_what_is_classed() -> None:
    frame = extract_figures("There are 9 over 30-million-yuan projects. "
                            "Subsidies range from 500 to 2,000 yuan per capita.")
    assert frame["label"].tolist() == ["Over 30-million-yuan projects", "Projects size threshold",
                                       "Subsidies", "Subsidies per capita"]


def test_a_quoted_project_name_keeps_its_quantity() -> None:
    assert found("The project named “10,000 trees” planted 3,000 trees.") == [
        exact(10_000, "count"), exact(3000, "count")]


@pytest.mark.parametrize(("sentence", "expected"), RESPECTIVELY_LATER)
def test_respectively_rates_in_a_later_sentence(sentence: str, expected: list[tuple]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), RATE_FIRST)
def test_rates_before_their_amount_or_alone(sentence: str, expected: list[tuple]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), LISTED_ONES)
def test_one_counts_only_in_a_list_of_counts(sentence: str, expected: list[tuple]) -> None:
    assert found(sentence) == expected


def test_named_places_and_dates_keep_neighbouring_counts() -> None:
    assert found("The district has 15 Pocket Parks and 12 pocket parks.") == [
        exact(15, "count"), exact(12, "count")]
    assert found("The fair ran from 18 to 20 November and drew 300 exhibitors.") == [
        exact(300, "count")]


def test_growth_rate_of_names_the_rate_row() -> None:
    frame = extract_figures("The growth rate of retail sales was 6.2%.")
    assert frame["label"].tolist() == ["Retail sales growth"]


@pytest.mark.parametrize(("sentence", "qualifier"), QUALIFIERS)
def test_qualifiers(sentence: str, qualifier: str) -> None:
    assert [row[2] for row in found(sentence)] == [qualifier]


@pytest.mark.parametrize("sentence", NOT_FIGURES)
def test_years_dates_ordinals_names_and_set_phrases_are_not_figures(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(("token", "value"), [
    ("1,234.5", 1234.5), ("12", 12.0), ("four", 4.0), ("Ten", 10.0), ("twenty-one", 21.0),
    ("ninety-nine", 99.0), ("twice", 2.0),
])
def test_parse_number(token: str, value: float) -> None:
    assert parse_number(token) == value


def test_a_list_longer_than_the_recursion_limit_is_read() -> None:
    """Each list item once looked ahead through the rest of the list, recursively."""
    frame = extract_figures("The counts were " + "1 and " * (sys.getrecursionlimit() + 200) + "2.")
    assert len(frame) == sys.getrecursionlimit() + 201


def test_spans_point_at_the_figure_inside_its_quote() -> None:
    text = RELEASE.read_text(encoding="utf-8")
    frame = extract_figures(text)
    for row in frame.itertuples():
        assert text[row.start:row.end] == row.text
        assert row.quote in text and row.text in row.quote
        assert text.index(row.quote) <= row.start


def test_quote_is_the_whole_sentence() -> None:
    text = "Tourism boomed. The county received 40,000 tourists.  It was a record."
    assert extract_figures(text)["quote"].tolist() == ["The county received 40,000 tourists."]


def test_label_and_indicator_come_from_the_phrase_measured() -> None:
    frame = extract_figures("The annual fiscal revenue was RMB 1.21 billion, up 16.6%.")
    assert frame[["indicator", "label", "topic"]].values.tolist() == [
        ["fiscal_revenue", "Fiscal revenue", "fiscal"]]


def test_indicators_are_unique_snake_case() -> None:
    frame = extract_figures("It discussed 214 projects and signed 141 projects. "
                            "The regions signed 107 projects.")
    assert frame["indicator"].tolist() == ["projects", "projects_2", "projects_3"]


@pytest.mark.parametrize(("sentence", "topic"), [
    ("The comprehensive tourism income was 104.6 million yuan.", "tourism"),
    ("The school has 1,200 students.", "education"),
    ("The hospital project has a total investment of RMB 200 million.", "health"),
    ("The research institutions have reached 18.", "innovation"),
    ("The port handled 45 million tons of cargo.", "transport"),
    ("The county's GDP was 5 billion yuan.", "economy"),
])
def test_topics_from_a_keyword_map(sentence: str, topic: str) -> None:
    assert extract_figures(sentence)["topic"].tolist() == [topic]


def test_zone_year_and_source_are_copied_to_every_row() -> None:
    frame = extract_figures("It has 12 parks and 3 ports.", zone="Z", year=2019, source="s")
    assert set(frame["zone"]) == {"Z"} and set(frame["source"]) == {"s"}
    assert set(frame["year"]) == {2019}


@pytest.mark.parametrize(("text", "year"), [
    ("In 2017, Lushun Development Zone took innovation as its guideline.", 2017),
    ("Throughout the whole year of 2016, throughput grew. In 2016, it rose.", 2016),
    ("[Economic Profile] In 2014, the county grew 8.3% from 2013.", 2014),
    ("By the end of 2018, the city had 12 parks.", 2018),
    ("In 2013, output fell. In 2014, it rose.", None),
    ("The county received 40,000 tourists.", None),
    ("The school opens in March, 2018.", None),
])
def test_infer_year_only_when_sure(text: str, year: int | None) -> None:
    assert infer_year(text) == year


def test_year_is_inferred_when_not_given() -> None:
    text = "In 2017, the zone built 12 parks."
    assert extract_figures(text)["year"].tolist() == [2017]
    assert extract_figures(text, year=2018)["year"].tolist() == [2018]


def test_release_2017_reproduces_indicators_csv() -> None:
    expected = pd.read_csv(INDICATORS)
    written = expected[expected["quote"].map(_writes_a_number)]
    frame = extract_figures(read_release(RELEASE), zone="Lushun Development Zone",
                            source="dl-gov-lushun-2017")
    assert len(written) < len(expected)  # the laboratories row is implied, not written
    assert sorted(_facts(frame)) == sorted(_facts(written))
    assert set(frame["quote"]) == set(written["quote"])
    assert set(frame["year"]) == {2017}


def _writes_a_number(quote: str) -> bool:
    return re.search(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|twice)\b", quote,
                     re.IGNORECASE) is not None


def _facts(frame: pd.DataFrame) -> list[tuple]:
    return [(float(row.value), row.unit, row.qualifier,
             None if pd.isna(row.growth_pct) else float(row.growth_pct))
            for row in frame.itertuples()]


def test_indicator_table_has_the_contract_columns_and_whole_values() -> None:
    table = to_indicator_table(extract_figures("Revenue was RMB 1.21 billion, up 16.6%. "
                                               "The rate was 6.1428.", year=2017))
    assert list(table.columns) == config.INDICATOR_COLUMNS
    assert table["value"].tolist() == [1210000000, 6.1428]
    assert isinstance(table["value"].iloc[0], int)


def test_extract_csv_writes_the_contract(tmp_path) -> None:
    csv = extract_csv(RELEASE, zone="Lushun Development Zone", source="dl-gov-lushun-2017")
    lines = csv.splitlines()
    assert lines[0] == ",".join(config.INDICATOR_COLUMNS)
    assert lines[1].startswith("Lushun Development Zone,2017,fiscal,fiscal_revenue,Fiscal revenue,"
                               "1210000000,CNY,exact,16.6,dl-gov-lushun-2017,")


def test_extract_csv_demands_a_year_it_cannot_infer(tmp_path) -> None:
    path = tmp_path / "release.txt"
    path.write_text("The county received 40,000 tourists.", encoding="utf-8")
    with pytest.raises(InputError, match=r"release\.txt.*--year"):
        extract_csv(path)
    assert extract_csv(path, year=2020).splitlines()[1].startswith(",2020,tourism,tourists,")


def test_review_html_marks_the_figure_and_escapes_text() -> None:
    text = "R&D <labs> received RMB 5 million."
    html = review_html(extract_figures(text), text)
    assert "R&amp;D &lt;labs&gt; received <mark>RMB 5 million</mark>." in html
    assert "<labs>" not in html


def test_read_release_strips_a_byte_order_mark(tmp_path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffIn 2017, revenue was RMB 1 billion.".encode("utf-8"))
    assert read_release(path).startswith("In 2017")


@pytest.mark.parametrize(("content", "message"), [
    (b"", r"empty"),
    (b"  \n\t \n", r"empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", r"binary.*offset 8"),
    ("In 2017, revenue was 5 billion yuan.".encode("utf-16"), r"UTF-16"),
    # "人民币" saved as GBK, as Chinese Windows exports do
    (b"Revenue was 5 billion yuan \xc8\xcb\xc3\xf1\xb1\xd2.", r"not valid UTF-8.*offset 27.*UTF-8"),
    (b"\xef\xbb\xbfRevenue \xff", r"byte 0xff at offset 11"),
])
def test_read_release_refuses_bad_files_naming_them(tmp_path, content: bytes, message: str) -> None:
    path = tmp_path / "bad-release.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as error:
        read_release(path)
    assert "bad-release.txt" in str(error.value)
    assert error.value.exit_code == 2


def test_read_release_refuses_a_missing_file(tmp_path) -> None:
    with pytest.raises(InputError, match=r"missing\.txt.*does not exist"):
        read_release(tmp_path / "missing.txt")


WORDS = ["In", "2017", ",", "revenue", "was", "RMB", "1.21", "billion", "up", "16.6%", "of",
         "19", "enterprises", "more than", "about", "four", "the", "three", ".", "\n", "March",
         "yuan", "tons", "-", "(", ")", ":", "1/4", "respectively", "and", "to", "decreased by"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=40))
def test_any_text_gives_consistent_rows(words: list[str]) -> None:
    text = " ".join(words)
    frame = extract_figures(text)
    assert frame["indicator"].is_unique
    for row in frame.itertuples():
        assert text[row.start:row.end] == row.text and row.text in row.quote
        assert row.unit and row.qualifier in config.QUALIFIERS
        assert math.isfinite(row.value)
    starts = [quantity.start for quantity in find_quantities(text)]
    assert starts == sorted(starts)


def _labelled_folder(folder: Path, labels: list[dict]) -> Path:
    (folder / "texts").mkdir(parents=True)
    (folder / "labels").mkdir()
    (folder / "texts" / "01_x.txt").write_text(
        "Revenue was RMB 2 billion, up 5%. The city has 3 parks.", encoding="utf-8")
    (folder / "labels" / "01_x.json").write_text(json.dumps(labels), encoding="utf-8")
    return folder


def _eval_script(monkeypatch, name: str = "eval_extract"):
    spec = importlib.util.spec_from_file_location(
        name, config.project_root() / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, name, module)
    spec.loader.exec_module(module)
    return module


def test_eval_script_scores_a_labelled_folder(tmp_path, capsys, monkeypatch) -> None:
    labels = [{"text": "RMB 2 billion", "value": 2e9, "unit": "CNY", "growth_pct": 5,
               "qualifier": "exact"},
              {"text": "7", "value": 7, "unit": "count", "growth_pct": None, "qualifier": "exact"}]
    assert _eval_script(monkeypatch).main([str(_labelled_folder(tmp_path, labels))]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert "recall 0.500" in last and "precision 0.500" in last
    assert "growth 1.000" in last and "qualifier 1.000" in last


def test_rewrite_script_finds_rewrites_that_change_the_figures(tmp_path, capsys,
                                                               monkeypatch) -> None:
    folder = _labelled_folder(tmp_path, [])
    module = _eval_script(monkeypatch, "rewrite_extract")
    assert module.main([str(folder)]) == 0
    out = capsys.readouterr().out.splitlines()
    lines = {line[:40].strip(): line[40:] for line in out}
    assert lines["RMB as yuan"].split()[:3] == ["0", "of", "1"]  # "RMB 2 billion" as yuan
    assert lines["up as an increase of"].split()[:3] == ["0", "of", "1"]
    assert out[-1].split()[:4] == ["overall", "0", "of", str(sum(
        len(re.findall(pattern, (folder / "texts" / "01_x.txt").read_text("utf-8")))
        for _, pattern, _ in module.RULES))]
    # A rewrite that changes the meaning is caught and shown.
    monkeypatch.setattr(module, "RULES", [("up as down", r"\bup\b", "down")])
    assert module.main([str(folder), "--show", "up as down"]) == 0
    out = capsys.readouterr().out
    assert "'up' -> 'down'" in out and "1 of     1 rewrites change" in out


def test_eval_script_scores_a_second_labelling_and_compares_areas_in_m2(
        tmp_path, capsys, monkeypatch) -> None:
    first = [{"text": "RMB 2 billion", "value": 2e9, "unit": "CNY", "growth_pct": 5,
              "qualifier": "exact"},
             {"text": "3", "value": 3, "unit": "km2", "growth_pct": None, "qualifier": "exact"}]
    second = [{**first[0], "growth_pct": None}, {**first[1], "value": 3e6, "unit": "m2"},
              {"text": "5%", "value": 5, "unit": "percent", "growth_pct": 5}]
    folder = _labelled_folder(tmp_path / "first", first)
    _labelled_folder(tmp_path / "second", second)
    module = _eval_script(monkeypatch)
    assert module.main([str(folder), "--second-labels", str(tmp_path / "second")]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert "labels   2  extracted   3" in last
    assert "recall 1.000" in last and "precision 0.667" in last and "growth 0.500" in last


def test_ingest_notebook_runs_headless_and_writes_the_csv(tmp_path, monkeypatch) -> None:
    papermill = pytest.importorskip("papermill")
    monkeypatch.chdir(tmp_path)  # paths come from the package, not the working directory
    output_csv = tmp_path / "extracted.csv"
    papermill.execute_notebook(
        str(config.notebooks_dir() / "ingest.ipynb"), str(tmp_path / "ingest.ipynb"),
        parameters={"output_csv": str(output_csv)}, kernel_name="python3", progress_bar=False)
    written = pd.read_csv(output_csv)
    assert list(written.columns) == config.INDICATOR_COLUMNS
    assert written["indicator"].iloc[0] == "fiscal_revenue"
