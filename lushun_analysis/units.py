"""The genre's vocabulary: units, counted nouns, number words, qualifiers and topics.

Split from ``numbers`` and ``extract`` so that the tables a reader extends most
often (a new unit, a new word for visitors) sit in one place, apart from the logic
that uses them; the words of change ("up 5%") are in ``changes``. Values are turned
into the base units of the labelling conventions here: hectares and mu are areas in
m², yields are kilograms per hectare, whatever the release wrote. The small functions at the end
read a unit or a counted noun off the text with these tables.
"""

from __future__ import annotations

import re

PERSON_NOUNS = frozenset("""
    people persons person person-times man-times person-time man-time
    visitor visitors tourist tourists
    tourist-times visitor-times passenger-times traveler travelers traveller travellers
    holidaymakers sightseers vacationers
    resident residents student students pupil pupils teacher teachers doctor doctors
    nurse nurses worker workers employee employees staff trainee trainees patient
    patients farmer farmers peasant peasants elders elderly senior seniors citizen
    citizens children kids volunteer volunteers passenger passengers talent talents
    graduate graduates member members participant participants attendee attendees
    villager villagers inhabitant inhabitants migrant migrants entrepreneur
    entrepreneurs expert experts scholar scholars athlete athletes guest guests
    customer customers consumer consumers jobseekers job-seekers laborers labourers
    individuals men women diners fishermen runners spectators audiences
    learners apprentices beneficiaries recipients retirees pensioners veterans
    researchers professionals practitioners technicians engineers officials
    cadres soldiers infants babies newborns orphans tenants buyers
    owners youth youths adults teenagers juveniles minors girls boys mothers widows
    widowers caregivers immigrants designers planners managers leaders instructors
    lawyers artists artisans craftsmen performers drivers couriers inspectors
    supervisors mentors tutors officers guides interpreters journalists herdsmen
    herders growers breeders workforce audience labors labours deputies delegates legislators
    moviegoers followers
    purchasers pickers persontimes laureates viewers businessmen businesswomen businesspeople
    tradesmen salesmen
    representatives
""".split())
PERSON_TAILS = tuple(noun for noun in PERSON_NOUNS if len(noun) >= 6 and noun.endswith("s"))
# Person nouns that are plural without "-s": heads of their phrase, like "tourists".
PLURAL_PEOPLE = frozenset({"people", "children", "men", "women"})
HOUSEHOLD_NOUNS = frozenset({"household", "households", "family", "families"})
# "2.15 million rural labor forces": a labour force is counted in people.
PERSON_PHRASE_RE = re.compile(
    r"\b(?:labou?r|work)[\s-]?forces?$|\bpopulations?$|\boverseas\s+Chinese$", re.IGNORECASE)
# "86 million trips" are person-times when the sentence names people, and "2 million
# tourist arrivals" visits by people, counted as people.
VISIT_NOUNS = frozenset({"trips", "arrivals", "visits"})
PERSON_VISITS = VISIT_NOUNS | {"times", "person-times"}
# Words that end a noun phrase after a number: the number then counts nothing named.
STOP_WORDS = frozenset("""
    a an the of in on at to for from by with and or but as such than that which who
    was were is are be been has have had will would can could may might should this
    these those it its their his her our each every per into over under about above
    below after before during since until up down including respectively while when
    where year-on-year one two three four five six seven eight nine ten between among within
    through throughout via against across
""".split())

# Numbers written as words, and words that date an amount rather than name it.
SMALL_NUMBERS = ("two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
TENS_NUMBERS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES = {word: value for value, word in enumerate(SMALL_NUMBERS, 2)} | {
    word: 10 * value for value, word in enumerate(TENS_NUMBERS, 2)}
UNIT_WORDS = {"one": 1, **{w: v for w, v in WORD_VALUES.items() if v < 10}}
WORD_NUMBER = (rf"\b(?:{'|'.join(TENS_NUMBERS)})(?:-(?:one|{'|'.join(SMALL_NUMBERS[:8])}))?\b"
                rf"|\b(?:{'|'.join(SMALL_NUMBERS)})\b")
DATING_WORDS = frozenset({"last", "next", "past", "previous", "same", "whole"})
DATING = "|".join(sorted(STOP_WORDS | DATING_WORDS))

# Words around a number that bound it: its qualifier.
# "Up to" is missing on purpose: in these translations it means "reached".
QUALIFIER_WORDS = {
    "at_least": r"(?:more\s+than|over)(?:\s+an?(?=\s))?|above|at\s+least"
                r"|(?:was|were|is|are)\s+higher\s+than"  # "the growth rate was higher than 25%"
                r"|(?:exceed|surpass)(?:ed|es|ing|s)?(?:\s+the(?:\s+(?:value|mark|level)\s+of)?)?"
                r"|no\s+less\s+than"
                r"|topp(?:ed|ing)|to\s+top|br(?:eaks?|eaking|oke)\s+through"
                r"|(?:cross(?:ed|es|ing)?\s+)?the\s+(?:threshold|mark)\s+of|breakthrough\s+of"
                r"|club\s+of"
                r"|not\s+less\s+than|(?:no|not)\s+fewer\s+than|upwards\s+of|in\s+excess\s+of"
                r"|older\s+than|(?:over|above)\s+the\s+age\s+of",  # "people older than 60"
    # "about a 350,000 square meter area": an estimate may keep its article.
    "approx": r"(?:about|around|nearly|approximately|approx\.|almost|roughly|close\s+to|some)"
              r"(?:\s+an?(?=\s))?",
    "at_most": r"less\s+than|fewer\s+than|under|below|at\s+most|no\s+more\s+than"
               r"|not\s+more\s+than|not\s+exceeding|within"
               r"|younger\s+than|under\s+the\s+age\s+of",
}
# A qualifier between the words that lead to a figure and the figure: "grew by more than
# 5%", "an increase of above 8 percent", "a capacity of over 10,000 tons".
QUALIFIER_GAP = (r"(?:(?:about|around|nearly|approximately|almost|roughly|close\s+to|some|over"
                 r"|more\s+than|above|at\s+least|in\s+excess\s+of|less\s+than|under|within|below)\s+)")
# "at least another 3 million sq m": an addition may sit between qualifier and number.
QUALIFIER_BEFORE = [(qualifier, re.compile(
                        rf"\b(?:{words})(?:\s+(?:another|an\s+additional|a\s+further))?\s*$",
                        re.IGNORECASE))
                    for qualifier, words in QUALIFIER_WORDS.items()]
# "jurisdiction over 14 towns", "presides over", "spread over": "over" is a preposition.
OVER_PREPOSITION_RE = re.compile(
    r"(?i:\b(?:jurisdiction|presid(?:e|es|ed|ing)|spread(?:s|ing)?|authority|control"
    r"|govern(?:s|ed|ing)?|rule(?:s|d)?))\s+over\s*$"
    r"|(?i:\b(?:revolv|cent(?:er|re)|focus|built|organi[sz])(?:e|es|ed|ing|s)?\s+around)\s*$")
QUALIFIER_AFTER = [
    # "six businesses and over 30 multinationals": "over" there qualifies the next number.
    ("at_least", re.compile(r"\s*(?:or|and)\s+(?:more|above|over|higher)\b(?!\s+than)"
                            rf"(?!\s+(?:an?\s+)?(?:\d|(?:{WORD_NUMBER})\b))", re.IGNORECASE)),
    ("at_most", re.compile(r"\s*(?:or|and)\s+(?:less|below|under|fewer|lower)\b", re.IGNORECASE)),
    ("approx", re.compile(r"\s*or\s+so\b", re.IGNORECASE)),
    ("at_least", re.compile(r"[-\s]odd\b(?!-)", re.IGNORECASE)),  # "91,000-odd enterprises"
]
CURRENCY_BEFORE_RE = re.compile(
    r"(?:(?<![A-Za-z])(?:US\s?\$|USD|HK\$|HKD|RMB|Rmb|CNY|EUR)|\$|¥|￥|€)\s*$"
    r"|(?<![A-Za-z])(?:Yuan|yuan)\s+$")
# "yuan" may be glued by a hyphen: "10 million-yuan projects".
CURRENCY_AFTER_RE = re.compile(
    r"(?:\s*|-)(?:(?i:yuan)|RMB|CNY|(?i:(?:US|U\.S\.)\s+dollars?)|(?i:dollars?)|USD"
    r"|(?i:euros?)|EUR|(?i:HK\s+dollars?)|HKD)(?![A-Za-z])")
# "50-million-yuan projects": a size class written as one hyphenated word.
HYPHEN_MONEY_RE = re.compile(
    r"-(?i:(hundred[-\s]million|ten[-\s]thousand|thousand|million|billion|trillion))"
    r"(?:-|\s+)(?i:(yuan|RMB|CNY|(?:US[-\s])?dollars?|USD))(?![A-Za-z])")

_PER_AREA = r"\s*(?:/|(?i:per|a|an|each)\s+)\s*"
_HECTARE = r"(?i:hectares?|ha)(?![a-z])"
_KILO = r"(?i:kilos?|kilograms?|kgs?)"
# (pattern, unit, factor to base units): tried in order right after the number and
# its scale, so compound units come before the units they start with.
UNIT_PATTERNS: list[tuple[str, str, float]] = [
    # "5 pct" is lower case; upper-case "PCT" is the Patent Cooperation Treaty.
    (r"(?:\s*(?:%|％|(?i:per\s?cent(?![a-z]))|pct\b)|-(?i:percent)\b"
     r"|\s(?i:percentage)(?=\s+(?i:increase|growth|rise|decrease|decline|drop)))"
     r"(?!\s*(?i:points?))", "percent", 1),  # "a 20.6-percent growth", "6.5 percentage increase"
    # The change of a share: kept apart so it is never read as a growth rate, and
    # written out as ``percent`` (see ``extract``).
    (r"(?:\s*|-)(?i:percentage[\s-]*points?)", "percentage_point", 1),
    (r"\s*(?:‰|(?i:per\s+(?:thousand|mille)|permille)(?![a-z]))", "permille", 1),
    # "2.49 per 1,000 newborns", "7.87 / 100,000": rates per thousand, in permille.
    (r"\s*(?:/|(?i:per))\s*1,?000(?![\d,])", "permille", 1),
    (r"\s*(?:/|(?i:per))\s*10,?000(?![\d,])", "permille", 0.1),
    (r"\s*(?:/|(?i:per))\s*100,?000(?![\d,])", "permille", 0.01),
    # A yield per hectare is a unit of its own; "400 kilograms per mu" is read as the mass
    # in tons with the mu left to the sentence, which is how the labelled releases record it.
    (rf"\s*{_KILO}{_PER_AREA}{_HECTARE}", "kg_per_ha", 1),
    (rf"\s*(?i:(?:metric\s+)?(?:tons?|tonnes?)){_PER_AREA}{_HECTARE}", "kg_per_ha", 1000),
    (r"\s*(?i:tons?|tonnes?)[-\s](?i:km|kilomet(?:er|re)s?)(?![a-z])", "ton_km", 1),
    (r"\s*(?i:person|passenger)s?[-\s](?i:km|kilomet(?:er|re)s?)(?![a-z])", "person_km", 1),
    (r"\s*(?i:(?:metric\s+)?(?:tons?|tonnes?))(?![a-z])", "ton", 1),
    (r"\s*(?i:TEUs?|twenty-foot\s+equivalent\s+units?|standard\s+containers?)(?![a-z])", "teu", 1),
    (r"\s*(?:(?i:square[\s-]+kilomet(?:er|re)s?)|sq\.?[\s-]?km|km2|km²)(?![a-z])", "km2", 1),
    (r"\s*(?:(?i:square[\s-]+met(?:er|re)s?)|sq\.?[\s-]?m|sqm|m2|m²)(?![a-z])", "m2", 1),
    (r"\s*(?:(?i:cubic\s+met(?:er|re)s?)|m3|m³)(?![a-z])", "m3", 1),
    (r"\s*(?i:kilowatt[-\s]hours?|kwh)(?![a-z])", "kwh", 1),
    (r"\s*(?i:gigabits?\s+per\s+second|gbps)(?![a-z])", "gbps", 1),
    (r"\s*(?i:mwh)(?![a-z])", "kwh", 1e3),
    (r"\s*(?i:gwh)(?![a-z])", "kwh", 1e6),
    (r"\s*(?i:twh)(?![a-z])", "kwh", 1e9),
    (r"\s*(?i:kilowatts?|kw)(?![a-z])", "kw", 1),  # "KW" as printed, too
    (r"\s*(?:(?i:kilomet(?:er|re)s?)|km)(?![a-z])", "km", 1),
    (r"\s*(?i:met(?:er|re)s?)(?![a-z])", "km", 0.001),  # "above 1,000 meters"
    (r"\s*(?i:hectares?|ha\b\.?)(?![a-z])", "m2", 10_000),
    (r"\s*(?:(?i:decibels?)|dB)(?![a-zA-Z])", "db", 1),
    (r"\s*(?:[μµu]\s?g\s?/\s?m(?:3|³)|(?i:micrograms?\s+per\s+cubic\s+met(?:re|er)))", "ug_m3", 1),
    (r"\s*(?i:acres?)(?![a-z])", "m2", 4046.8564224),
    (r"\s*mu(?![a-z])", "m2", 10_000 / 15),  # 1 mu is exactly 1/15 hectare
    (rf"\s*{_KILO}(?![a-z])", "ton", 0.001),
    (r"\s*(?:(?i:catty|catties)|jin)(?![a-z])", "ton", 0.0005),  # 1 catty (jin) = 0.5 kg
    (r"\s*(?i:years?\s+old|years?\s+of\s+age)(?![a-z])", "year", 1),
    (r"\s*(?:℃|°\s?C\b|(?i:degrees?\s+(?:Celsius|centigrade)))", "celsius", 1),
    (r"\s*(?:μg|ug|(?i:micrograms?))\s?(?:/\s?|(?i:per\s+))(?:m3|m³|(?i:cubic\s+met(?:er|re)))",
     "ug_m3", 1),
]
UNIT_RES = [(re.compile(pattern), unit, factor) for pattern, unit, factor in UNIT_PATTERNS]
# "57 over 50-million-yuan projects": the size class sits between a count and its noun.
_THRESHOLD = (r"(?:RMB\s?|US\$\s?|[$¥￥])?\d[\d,]*(?:\.\d+)?"
              r"(?:[-\s](?:hundred[-\s]million|ten[-\s]thousand|thousand|million|billion))?"
              r"[-\s]?(?:yuan|RMB|CNY|dollars?)(?:[-\s]or[-\s](?:more|above))?")
THRESHOLD_GAP_RE = re.compile(
    r"(?i:(?:\s*,?\s*(?:(?:and|or)\s+)?(?:over|above|more\s+than|below|under|less\s+than"
    rf"|exceeding)\s+{_THRESHOLD})+)(?=\s+[A-Za-z])")
# "three 50,000-ton deep-water berths", "three 5A scenic spots", "51 under construction
# projects": a class, grade or state between a count and its noun.
SIZE_CLASS_GAP_RE = re.compile(
    r"[ \t]+(?:\d[\d,]*(?:\.\d+)?-[A-Za-z]+|\d[A-Z]{1,2}(?:-[a-z]+)?"
    r"|(?i:under[-\s](?:construction|way)))"
    r"(?=[ \t]+[A-Za-z])")
# "aged over 60", "older than 60", "ageing from 90 to": the number is an age. A bound
# right after people ("people over 60", "those under 70") is their age, too.
AGE_BEFORE_RE = re.compile(
    r"(?i:\bag(?:ed|e?ing)|\b(?:older|younger)\s+than|\bages?\s+of|\b(?:those|"
    + "|".join(sorted(PERSON_NOUNS)) + r")(?=\s+(?:over|above|under|below)\s))\s+"
    r"(?i:(?:over|above|under|below|more\s+than|less\s+than|at\s+least|between|from)\s+)?"
    r"(?:\d{1,3}\s*(?i:to|and|-|–)\s*)?$")  # "aged 3 to 6": both ends are ages
PERSON_CONTEXT_RE = re.compile(r"\bpopulation\b|\blabou?r\s+forces?\b"
                               r"|\b(?:expatriate|export|migrant|surplus)\s+labou?rs?\b|\b(?:"
                               + "|".join(sorted(PERSON_NOUNS)) + r")\b", re.IGNORECASE)
# Nouns that make a bare amount money: "GDP reached 41,798".
# "The gross value of farm output was 12 billion" is money too.
MONEY_NOUNS = (r"GDP|revenue|income|investment|expenditure|output\s+value|added\s+value"
               r"|(?:total|gross|production)\s+value|value\s+of\s+(?:[a-z-]+\s+){0,2}?"
               r"(?:output|production|products|goods|sales|trade|exports|imports)"
               r"|funds?|sales|turnover|tax(?:es)?|profits?|wages?|salar(?:y|ies)|budget|spending"
               r"|deposits?|loans?|earnings?|turnover|retail")
# "29.2 billion in housing provident funds", "5 million of investment": named after it,
# the money noun closing the phrase ("300 of the sales staff" counts staff).
MONEY_AFTER_RE = re.compile(
    rf"\s+(?:in|of)\s+(?:[a-z-]+\s+){{0,3}}?(?:{MONEY_NOUNS})(?=\s*[.,;:)]|\s+(?:was|were"
    r"|is|are|has|have|had|will|for|to|from|in|on|at|with|by|and|or)\b)", re.IGNORECASE)
# What the sentence says a bare number is; the mention nearest the number wins.
CONTEXT_UNITS = [
    (re.compile(r"exchange\s+rate", re.IGNORECASE), "cny_per_usd"),
    # "plans to invest 8.5 million in ...": the verb makes the amount money, too.
    (re.compile(rf"\b(?:{MONEY_NOUNS}|invest(?:s|ed|ing)?)\b", re.IGNORECASE), "CNY"),
    # "imports were valued at 31.04 billion", "have handed out 7.4 million": money verbs.
    (re.compile(r"\b(?:valued\s+at|worth|handed\s+out|paid|allocated|spent|earned)\s+"
                rf"{QUALIFIER_GAP}?$", re.IGNORECASE), "CNY"),
    (re.compile(r"\bTEUs?\b|\btwenty-foot\s+equivalent\s+units?\b"
                r"|\bcontainer\s+throughput\s+(?:of\s+|was\s+|reached\s+)?$", re.IGNORECASE),
     "teu"),
    (PERSON_CONTEXT_RE, "person"),
    # "a competitiveness index of 0.5012", "confidence index were 130.7 and 130.3": index points.
    (re.compile(r"\bindex(?:es)?\b(?:\s+of\s+[a-z][a-z\s-]{0,30}?)?"
                r"\s+(?:of|was|were|is|are|reached|stood\s+at|hit)\s+"
                r"(?:\d+(?:\.\d+)?\s+and\s+)?$", re.IGNORECASE), "index"),
    # "a daily reception of 400,000": visitors received.
    (re.compile(r"\breception\s+of\s+$", re.IGNORECASE), "person"),
    # "the city balcony welcomed 252,800": a place receives visitors.
    (re.compile(rf"\b(?:welcom|attract|receiv|host)(?:ed|ing)\s+{QUALIFIER_GAP}?$",
                re.IGNORECASE), "person"),
    (re.compile(r"\b(?:" + "|".join(sorted(HOUSEHOLD_NOUNS)) + r")\b(?!['’])", re.IGNORECASE),
     "household"),
    (re.compile(r"\bnumber\s+of\b", re.IGNORECASE), "count"),
]
PER_YEAR_AFTER_RE = re.compile(r"\s+(?:a|per|each)\s+year\b|\s+annually\b", re.IGNORECASE)
PEOPLE_AFTER_RE = re.compile(r"\s+(?:were|are)\s+(?:[a-z-]+\s+){0,2}?(?:"
                             + "|".join(sorted(PERSON_NOUNS)) + r")\b", re.IGNORECASE)
# "5.56 million were lifted out of poverty", "benefited 579,000": what happens to people.
PEOPLE_VERB_AFTER_RE = re.compile(
    r"\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?:lifted\s+out"
    r"|resettled|relocated|re-employed|reemployed|employed|hired|trained|vaccinated|treated"
    r"|rescued|evacuated|enrolled|insured|covered\s+by\s+(?:basic\s+)?(?:medical|pension))\b",
    re.IGNORECASE)
PEOPLE_VERB_BEFORE_RE = re.compile(r"\b(?:benefit(?:ed|ing|s)?|employ(?:ed|ing|s)?|hir(?:ed|ing)"
                                   r"|lift(?:ed|ing)?\s+out\s+of\s+poverty)\s+$", re.IGNORECASE)
THINGS_AFTER_RE = re.compile(r"\s+(?:are|were)\s+(?:[a-z-]+\s+){0,2}?([a-z]+s)\b(?!\s+(?:of|by)\b)")
PREPOSITION_NEXT_RE = re.compile(r"\s+(?:in|at|to|from|on|up|out)\b", re.IGNORECASE)
TEU_CONTEXT_RE = re.compile(r"\bTEUs?\b|twenty-foot|\bcontainers?\b", re.IGNORECASE)
TOURISM_RE = re.compile(r"\b(?:touris[mt]s?|scenic|sightseeing|travell?ers?|visitors?)\b",
                        re.IGNORECASE)
# Visits to a website or an app are clicks, not people.
ONLINE_RE = re.compile(r"\b(?:online|websites?|web\s?pages?|page\s+views|apps?|platforms?|clicks"
                       r"|internet|live[-\s]?stream\w*|accounts?)\b", re.IGNORECASE)
# A population of animals is counted, not people.
LIVESTOCK_RE = re.compile(r"\b(?:livestock|cattle|cows?|pigs?|hogs?|sheep|goats?|poultry|herds?"
                          r"|horses?|camels?|yaks?)\b", re.IGNORECASE)
LIVESTOCK_POPULATION_RE = re.compile(r"\bpopulation\b", re.IGNORECASE)
# People or households that are not what a number counts: the agents in "cattle sold or
# killed by owners was 445,800", the unit of "each household received 2,000".
NOT_COUNTED_BEFORE_RE = re.compile(
    r"(?:\b(?:each|per|every)|\b(?:[a-z]+ed|sold|held|run|built|made|taken|given|owned|paid"
    r"|kept|bought|led|done)\s+by(?:\s+(?:the|their|its))?)\s+$", re.IGNORECASE)
# "50% off tickets": a price cut; "5% off the previous year" is a change.
PRICE_CUT_RE = re.compile(r"[ \t]+off\b(?![ \t]+(?:the\s+)?(?:last|previous|same|its|their)\b)",
                          re.IGNORECASE)
ENERGY_RE = re.compile(r"generat|electricity|consum|power\s+suppl", re.IGNORECASE)
CAPACITY_RE = re.compile(r"\bcapacity\b", re.IGNORECASE)

# Rates and ages never carry a growth rate of their own.
NOT_GROWING = {"percent", "percentage_point", "permille", "cny_per_usd", "year"}
CURRENCIES = {"CNY", "USD", "HKD", "EUR"}
COUNTED = {"count", "person", "household"}

# First match wins, so specific topics come before broad ones. Extend freely.
TOPIC_KEYWORDS = {
    "fiscal": ["fiscal", "financial revenue", "financial expenditure", "tax", "budget"],
    "tourism": ["touris", "visitor", "scenic", "hostel", "hotel", "holiday"],
    "education": ["school", "education", "student", "teacher", "universit", "college",
                  "kindergarten"],
    "health": ["hospital", "medical", "health", "patient", "clinic", "doctor", "cataract",
               "physical examination"],
    "welfare": ["pension", "elder", "senior citizen", "subsid", "welfare", "poverty",
                "social security", "employment", "training", "polic", "livelihood"],
    "innovation": ["research", "laborator", "innovation", "patent", "high-tech", "technolog",
                   "r&d", "science"],
    "transport": ["port", "cargo", "container", "teu", "railway", "road", "throughput",
                  "logistic", "airport", "passenger", "highway", "vehicle", "locomotive"],
    "trade": ["export", "import", "trade", "foreign"],
    "energy": ["power", "electricity", "kilowatt", "crude oil", "natural gas"],
    "investment": ["investment", "fixed-asset", "fixed asset", "capital"],
    "projects": ["project"],
    "industry": ["industr", "enterprise", "manufactur", "output", "production", "factory",
                 "steel", "cement", "compan", "sales", "bearings"],
    "agriculture": ["agricultur", "farm", "grain", "fishery", "fishing"],
    "environment": ["environment", "emission", "energy conservation", "forest"],
}
# Keywords match at the start of a word: "port" is not in "proportion".
TOPIC_RES = [(topic, re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + ")", re.IGNORECASE))
             for topic, words in TOPIC_KEYWORDS.items()]
GENERIC_TOPICS = ("investment", "projects")
FALLBACK_TOPIC = "economy"


def match_unit(text: str, end: int, line_end: int) -> tuple[int, str, float] | None:
    """The unit written right after a number: where it ends, its code, its factor."""
    for pattern, unit, factor in UNIT_RES:
        found = pattern.match(text, end, line_end)
        if found:
            return found.end(), unit, factor
    if text.startswith("-", end) and text[end + 1:end + 2].isalpha():
        joined = match_unit(text, end + 1, line_end)  # "a 149.75 million-square meter area"
        if joined is None or joined[1] == "percent":
            return None  # "20.6-percent" is read by its own pattern
        # After digits only an area is a measure: "a 50,000-ton berth" is a class of berth.
        return joined if text[end - 1:end].isalpha() or joined[1] in ("m2", "km2", "km") else None
    return None


def currency_code(written: str) -> str:
    """"US$", "dollars" and "USD" are US dollars; "RMB", "yuan", "CNY" and "¥" yuan."""
    word = "".join(written.split()).lower()
    if word.startswith(("hk", "hkd")):
        return "HKD"
    if "$" in word or "usd" in word or "dollar" in word:
        return "USD"
    if "eur" in word or "€" in word:
        return "EUR"
    return "CNY"


def person_unit(word: str) -> str | None:
    """"person" or "household" when the word counts people, else None.

    Compounds of a listed plural ("homebuyers", "outpatients") and plurals in "-ians"
    ("centenarians", "librarians") count people too, so the list need not hold them all.
    """
    lowered = word.lower()
    if lowered in PERSON_NOUNS or lowered.endswith("ians") or any(
            lowered.endswith(tail) for tail in PERSON_TAILS):
        return "person"
    return "household" if lowered in HOUSEHOLD_NOUNS else None


# "21 in the secondary industry worth 9.89 billion yuan": the money follows, the number counts.
WORTH_AFTER_RE = re.compile(r"\s+in\s+[^,;\d]{1,40}?\s+(?:worth|valued\s+at)\s", re.IGNORECASE)
# A bare number that things "numbered", or that "were valued at" an amount, counts them.
NUMBERED_BEFORE_RE = re.compile(r"\bnumbered\s+$", re.IGNORECASE)
VALUED_AFTER_RE = re.compile(r"\s+(?:were|are|was|is)\s+(?:each\s+)?(?:valued|worth|priced)\b",
                             re.IGNORECASE)


def unit_in_context(written: str | None, before: str, sentence: str, noun: str = "",
                    after: str = "") -> str:
    """The unit of a quantity (``written`` after it, or None) once its sentence is known.

    A bare number takes it from the nearest telling word before it ("per capita GDP
    reached 41,798" is yuan, an amount with no currency word in these releases);
    "kilowatts" of generated or consumed electricity are kilowatt-hours, but a
    capacity stays in kilowatts. "People made 86 million trips" counts person-times.
    """
    if written == "kw":  # "generated 44.19 billion kilowatts" is energy, "a reserve of" power
        clause = re.split(r"[,;]|\band\b", before)[-1] + " " + re.split(r"[,;]|\band\b", after)[0]
        energy = ENERGY_RE.search(clause) and not CAPACITY_RE.search(clause)
        return "kwh" if energy or PER_YEAR_AFTER_RE.match(after) else "kw"
    head = noun.lower().split()[-1:]
    if written == "count" and head == ["units"] and TEU_CONTEXT_RE.search(sentence):
        return "teu"  # "1.269 million units" of containers
    if written == "count" and head and head[0] in VISIT_NOUNS:  # "28.81 million trips by tourists"
        visits = PERSON_CONTEXT_RE.search(before) or TOURISM_RE.search(sentence) or (
            head == ["visits"] and not ONLINE_RE.search(sentence))  # "received 171 million visits"
        return "person" if visits else "count"
    if written is not None:
        return written
    things = THINGS_AFTER_RE.match(after)
    if (written is None and things and is_plural(things.group(1).lower())
            and not PEOPLE_AFTER_RE.match(after)
            and not re.fullmatch(rf"(?i:{MONEY_NOUNS})", things.group(1))):
        return "count"  # "255 are industrial projects with a total investment of 219.2 billion"
    if PEOPLE_AFTER_RE.match(after) or PEOPLE_VERB_AFTER_RE.match(after) or (
            PEOPLE_VERB_BEFORE_RE.search(before[-40:]) and not noun
            and not re.match(r"\s?[-–~]\s?\d", after)):  # "hired 1500-2000 enterprises"
        return "person"  # "0.946 million were overnight tourists", "benefited 579,000"
    if LIVESTOCK_RE.search(sentence):
        before = LIVESTOCK_POPULATION_RE.sub(" ", before)  # "the dairy cow population": animals
    best, best_end = "count", -1
    for pattern, unit in CONTEXT_UNITS:
        for match in pattern.finditer(before):
            if match.end() > best_end and not _not_counted(before, match, unit):
                best, best_end = unit, match.end()
    if best == "CNY" and (NUMBERED_BEFORE_RE.search(before) or VALUED_AFTER_RE.match(after)
                          or WORTH_AFTER_RE.match(after)):
        return "count"  # "projects ... numbered 146, among which 61 were valued at 1 billion"
    own_phrase = re.fullmatch(r"\s+of\s+[^,;\d]*", before[best_end:])  # "turnover of contracts was"
    if best == "CNY" and re.search(r"\b[a-z]{3,}s\b(?<!ss)", before[best_end:]) and not own_phrase:
        return "count"  # "investment projects reached 30": the plural noun is counted
    return best


def _not_counted(before: str, match: re.Match[str], unit: str) -> bool:
    """Whether a telling word before a number does not tell its unit: people named as
    agents ("sold by owners") or per-unit ("each household").
    """
    return unit in COUNTED and NOT_COUNTED_BEFORE_RE.search(before, 0, match.start()) is not None


def counted_noun(text: str, end: int) -> tuple[str, int, str | None]:
    """The noun phrase a bare number counts, and whether it counts people or households.

    Returns unit None when no noun follows: only the sentence can then say
    whether the number is money ("per capita GDP reached 41,798") or a count.
    """
    skip = THRESHOLD_GAP_RE.match(text, end) or SIZE_CLASS_GAP_RE.match(text, end)
    if skip is not None:  # the unit comes from the noun after the size class
        noun, noun_end, unit = counted_noun(text, skip.end())
        if unit is not None:
            return text[end:noun_end].strip(), noun_end, unit
    words: list[str] = []
    position = noun_end = end
    line = text[end:end + 80].split("\n", 1)[0]  # a fact box's next line names another figure
    if re.match(r"\s*year\s+(?:on|over|to)\s+year\b", line, re.IGNORECASE):
        return "", -1, None  # "an increase of 151,000 year on year": no noun, a change
    for word in re.finditer(r"\s*[“\"']?([A-Za-z][A-Za-z'’-]*)[”\"']?", line):
        if word.start() != position - end:
            break
        token, lowered = word.group(1), word.group(1).lower()
        position = end + word.end()
        if lowered in ("and", "or") and words and not is_plural(words[-1].lower()):
            continue  # "domestic and overseas tourists"
        participle = lowered.endswith("ing") and not words and PREPOSITION_NEXT_RE.match(
            text, position) is not None  # "2.8 million bringing in revenue"
        if lowered in STOP_WORDS or lowered in DATING_WORDS or participle or (
                lowered.endswith("ed") and not _noun_follows(text, position)):
            break  # a verb or a preposition: the number names no noun
        words.append(token)
        noun_end = position
        unit = person_unit(lowered)
        if PERSON_PHRASE_RE.search(" ".join(words)):
            unit = "person"  # "rural labor forces"
        if unit is not None and not _modifies_next(text, lowered, position):
            return text[end:noun_end].strip(), noun_end, unit
        if is_plural(lowered) or len(words) == 4:
            break
    if not words:
        return "", -1, None
    return text[end:noun_end].strip(), noun_end, "count"


def _modifies_next(text: str, word: str, position: int) -> bool:
    """A person noun before another noun may be a modifier: the number counts things.

    A singular modifies any noun ("5 tourist hotels", "one passenger rolling berth"), a
    word with no plural only a phrase closed by a plural thing ("11 elderly service
    centers"); "450 youth who", "500 people attending" and "tourists coming" count people.
    """
    token = r"[ \t]+([A-Za-z][A-Za-z'’-]*)"
    following = re.match(rf"{token}(?:{token})?", text[position:])
    after = [found.lower() for found in following.groups() if found] if following else []
    if not after or after[0] in STOP_WORDS or after[0] in PERSON_VISITS \
            or after[0].endswith("ed"):
        return False
    if f"{word}s" in PERSON_NOUNS:
        return True
    if is_plural(word) or word in PLURAL_PEOPLE or after[0].endswith("ing"):
        return False
    return any(is_plural(noun) and person_unit(noun) is None and noun not in STOP_WORDS
               for noun in after)


def _noun_follows(text: str, position: int) -> bool:
    """Whether an "-ed" word is an adjective: "18 thousand newly added households".

    It is when a plural or a person noun follows within two words, not counting an
    "or"/"and" joining two adjectives ("2,000 retired or laid-off women");
    otherwise it is the verb ("12 projects started", "the number reached 30 compared").
    """
    token = r"([A-Za-z][A-Za-z'’-]*)"
    following = re.match(rf"\s+{token}(?:\s+{token})?(?:\s+{token})?", text[position:])
    words = [word.lower() for word in following.groups() if word] if following else []
    if len(words) == 3 and words[0] not in ("or", "and"):
        words = words[:2]
    for lowered in words:
        if lowered in ("or", "and"):
            continue
        if lowered in STOP_WORDS:
            return False
        if person_unit(lowered) is not None or is_plural(lowered):
            return True
    return False


def is_plural(word: str) -> bool:
    """A plural ends the noun phrase; a possessive ("people's designers") modifies."""
    return (len(word) > 3 and word.endswith("s") and word != "overseas"
            and not word.endswith(("ss", "us", "is", "'s", "’s")))


def first_topic(text: str) -> str | None:
    return next((topic for topic, pattern in TOPIC_RES if pattern.search(text)), None)
