"""Find the quantities written in a release, with their values in base units.

This module answers "what number is written here, and of what?" for the English
that Chinese local governments publish: scale words glued to numbers
("50million", "billionCNY"), currency on both sides ("RMB 3010.77 million Yuan"),
numbers written as words, share ratios ("15.70:40.04:44.26"). It also drops what
is not a figure (years, dates, ordinals, list numbers, names, durations), so the
caller only has to decide which figure each quantity is (see ``extract``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

WORD_VALUES = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
UNIT_WORDS = {"one": 1, **{w: v for w, v in WORD_VALUES.items() if v < 10}}
SCALES = {
    "hundred million": 1e8, "ten thousand": 1e4, "hundred": 1e2, "thousand": 1e3,
    "million": 1e6, "mln": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12,
}
PERSON_NOUNS = frozenset("""
    people persons person person-times man-times visitor visitors tourist tourists
    resident residents student students pupil pupils teacher teachers doctor doctors
    nurse nurses worker workers employee employees staff trainee trainees patient
    patients farmer farmers peasant peasants elders elderly senior seniors citizen
    citizens children kids volunteer volunteers passenger passengers talent talents
    graduate graduates member members participant participants attendee attendees
    villager villagers inhabitant inhabitants migrant migrants entrepreneur
    entrepreneurs expert experts scholar scholars athlete athletes guest guests
    customer customers consumer consumers jobseekers laborers labourers individuals
    men women diners fishermen runners spectators
""".split())
HOUSEHOLD_NOUNS = frozenset({"household", "households", "family", "families"})
# Words that end a noun phrase after a number: the number then counts nothing named.
STOP_WORDS = frozenset("""
    a an the of in on at to for from by with and or but as such than that which who
    was were is are be been has have had will would can could may might should this
    these those it its their his her our each every per into over under about above
    below after before during since until up down including respectively while when
    where year-on-year
""".split())

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October"
          r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
_WORD_NUMBER = (r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
                r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?\b"
                r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\b")
# "one" alone is mostly a pronoun ("one after another"); "one million" is a number.
NUMBER_RE = re.compile(
    r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])"
    rf"|(?i:{_WORD_NUMBER})|(?i:\btwice\b)"
    r"|(?i:\bone(?=\s+(?:hundred|thousand|million|billion|trillion)\b))"
)
CURRENCY_BEFORE_RE = re.compile(
    r"(?:(?<![A-Za-z])(?:US\s?\$|USD|HK\$|HKD|RMB|Rmb|CNY|EUR)|\$|¥|￥|€)\s*$")
SCALE_RE = re.compile(
    r"\s?(?i:(hundred million|ten thousand|hundred|thousand|million|billion|trillion"
    r"|bn|mln|mn))s?(?![a-z])")
CURRENCY_AFTER_RE = re.compile(
    r"\s*(?:(?i:yuan)|RMB|CNY|(?i:(?:US|U\.S\.)\s+dollars?)|(?i:dollars?)|USD"
    r"|(?i:euros?)|EUR|(?i:HK\s+dollars?)|HKD)(?![A-Za-z])")
# (pattern, unit): tried in order right after the number and its scale.
UNIT_PATTERNS = [
    (r"\s*(?:%|％|(?i:per\s?cent(?![a-z])|pct\b))(?!\s*(?i:points?))", "percent"),
    (r"\s*(?i:percentage\s+points?)", "percentage_point"),
    (r"\s*(?:‰|(?i:per\s+(?:thousand|mille)|permille)(?![a-z]))", "permille"),
    (r"\s*(?i:(?:metric\s+)?(?:tons?|tonnes?))(?![a-z])", "ton"),
    (r"\s*(?i:TEUs?)(?![a-z])", "teu"),
    (r"\s*(?:(?i:square\s+kilomet(?:er|re)s?)|sq\.?\s?km|km2|km²)(?![a-z])", "km2"),
    (r"\s*(?:(?i:square\s+met(?:er|re)s?)|sq\.?\s?m|sqm|m2|m²)(?![a-z])", "m2"),
    (r"\s*(?:(?i:cubic\s+met(?:er|re)s?)|m3|m³)(?![a-z])", "m3"),
    (r"\s*(?:(?i:kilowatt[-\s]hours?)|kWh|kwh)(?![a-z])", "kwh"),
    (r"\s*(?:(?i:kilowatts?)|kW)(?![a-z])", "kw"),
    (r"\s*(?:(?i:kilomet(?:er|re)s?)|km)(?![a-z])", "km"),
    (r"\s*(?i:hectares?)(?![a-z])", "hectare"),
    (r"\s*mu(?![a-z])", "mu"),
    (r"\s*(?i:years?\s+old|years?\s+of\s+age)(?![a-z])", "year"),
    (r"\s*(?:℃|°\s?C\b|(?i:degrees?\s+(?:Celsius|centigrade)))", "celsius"),
    (r"\s*(?:μg|ug|(?i:micrograms?))\s?(?:/\s?|(?i:per\s+))(?:m3|m³|(?i:cubic\s+met(?:er|re)))",
     "ug_m3"),
]
UNIT_RES = [(re.compile(pattern), unit) for pattern, unit in UNIT_PATTERNS]
DURATION_RE = re.compile(
    r"\s*(?i:(?:(?:working|consecutive|successive|straight|full)\s+)?"
    r"(?:days?|weeks?|months?|quarters?|years?|hours?|minutes?|decades?|centur(?:y|ies)))"
    r"(?![a-z])")
DATE_BEFORE_RE = re.compile(rf"\b{_MONTH}\s*,?\s*$")
DATE_AFTER_RE = re.compile(rf"(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTH}(?![a-z])")
ORDINAL_AFTER_RE = re.compile(r"(?:st|nd|rd|th)\b")
NAME_BEFORE_RE = re.compile(
    r"\b(?:No|Nos|Number|Line|Route|Phase|Grade|Level|Class|Building|Block|Room|Gate"
    r"|Exit|Terminal|Berth|Article|Chapter|Section|Item|Lot|Highway|Expressway|Metro"
    r"|Bus|Platform|Version|Vol|Page|Hall|Fortune|Top|top|Industry|Web)\.?\s*#?$"
    r"|\bamong\s+(?:the\s+)?$")
LIST_ITEM_RE = re.compile(r"(?:^|\n)[ \t\u00a0]*$")
SET_PHRASE_BEFORE_RE = re.compile(r"(?i:\b(?:the|first|last|next|past|top|every|these|those)\s+)$")
# "1.5 times that of last year", "twice as many", "grew 2.3 times": ratios, not counts.
MULTIPLIER_AFTER_RE = re.compile(
    r"\s*(?i:times\s+)(?i:as|that|than|higher|larger|more|bigger|greater|over|the)\b")
GROWN_BEFORE_RE = re.compile(r"(?i:increased?|grew|grown|rose|risen|up|expanded|by)\s*$")
TWICE_MULTIPLIER_RE = re.compile(r"\s*(?i:as|that|than|the|over)\b")
# "3.1, 5.9 and 12.7 percent": the unit is written once, on the last number of a list.
LIST_TAIL_RE = re.compile(r"(?:\s*,\s*\d[\d,]*(?:\.\d+)?)*\s*,?\s*(?:and|or|to)\s+(?=\d)")
RATIO_RE = re.compile(r"(?<![\d.:])\d+(?:\.\d+)?(?:\s?:\s?\d+(?:\.\d+)?)+(?![\d:])")
FRACTION_RE = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])")
RATIO_CONTEXT_RE = re.compile(r"(?i)proportion|ratio|structure|share")
# "Up to" is missing on purpose: in these translations it means "reached".
QUALIFIER_WORDS = {
    "at_least": r"more\s+than|over|above|exceed(?:ed|ing|s)?|at\s+least|no\s+less\s+than"
                r"|not\s+less\s+than|upwards\s+of|in\s+excess\s+of",
    "approx": r"about|around|nearly|approximately|approx\.|almost|roughly|close\s+to|some",
    "at_most": r"less\s+than|fewer\s+than|under|below|at\s+most|no\s+more\s+than"
               r"|not\s+more\s+than|not\s+exceeding|within",
}
QUALIFIER_BEFORE = [(qualifier, re.compile(rf"\b(?:{words})\s*$", re.IGNORECASE))
                    for qualifier, words in QUALIFIER_WORDS.items()]
QUALIFIER_AFTER = [
    ("at_least", re.compile(r"\s*(?:or|and)\s+(?:more|above|over|higher)\b", re.IGNORECASE)),
    ("at_most", re.compile(r"\s*(?:or|and)\s+(?:less|below|under|fewer|lower)\b", re.IGNORECASE)),
]
# What the sentence says a bare number is; the mention nearest the number wins.
CONTEXT_UNITS = [
    (re.compile(r"exchange\s+rate", re.IGNORECASE), "cny_per_usd"),
    (re.compile(r"\b(?:GDP|revenue|income|investment|expenditure|output\s+value|added\s+value"
                r"|funds?|sales|tax(?:es)?|profits?|wages?|salar(?:y|ies)|budget|spending"
                r"|deposits?|loans?|earnings?|turnover|retail)\b", re.IGNORECASE), "CNY"),
    (re.compile(r"\bpopulation\b|\b(?:" + "|".join(sorted(PERSON_NOUNS)) + r")\b", re.IGNORECASE),
     "person"),
    (re.compile(r"\bnumber\s+of\b", re.IGNORECASE), "count"),
    (re.compile(r"\baged\b", re.IGNORECASE), "year"),
]
ENERGY_RE = re.compile(r"generat|electricity|consum|power\s+suppl", re.IGNORECASE)


def tidy(value: float) -> float:
    """519.44 * 1e9 is 519440000000.00006 in binary; releases never print 13 digits."""
    return float(f"{value:.12g}")


@dataclass
class Quantity:
    """A number written in the text, before deciding which figure it is.

    ``unit`` is None when only the sentence can tell (a bare number after
    "per capita GDP reached" is yuan, after "institutions have reached" a count);
    ``noun`` is the phrase counted ("industrial enterprises") when one follows.
    """

    start: int
    end: int
    value: float
    unit: str | None
    noun: str = ""
    noun_end: int = -1
    qualifier: str = "exact"
    named_end: int = -1  # where the words before it end: the qualifier's start, or its own

    def __post_init__(self) -> None:
        self.value = tidy(self.value)
        self.named_end = self.start if self.named_end < 0 else self.named_end


def unit_in_context(quantity: Quantity, before: str, sentence: str) -> str:
    """The unit of a quantity once its sentence is known.

    A bare number takes it from the nearest telling word before it ("per capita GDP
    reached 41,798" is yuan, an amount with no currency word in these releases);
    "kilowatts" of generated or consumed electricity are kilowatt-hours.
    """
    if quantity.unit == "kw":
        return "kwh" if ENERGY_RE.search(sentence) else "kw"
    if quantity.unit is not None:
        return quantity.unit
    best, best_end = "count", -1
    for pattern, unit in CONTEXT_UNITS:
        for match in pattern.finditer(before):
            if match.end() > best_end:
                best, best_end = unit, match.end()
    if best == "CNY" and re.search(r"\b[a-z]{3,}s\b(?<!ss)", before[best_end:]):
        return "count"  # "investment projects reached 30": the plural noun is counted
    return best


def parse_number(token: str) -> float:
    """Digits with thousands commas, or a number written as English words."""
    word = token.lower()
    if word in ("twice", "one"):
        return 2.0 if word == "twice" else 1.0
    if word[:1].isalpha():
        tens, _, ones = word.partition("-")
        return float(WORD_VALUES[tens] + (UNIT_WORDS[ones] if ones else 0))
    return float(token.replace(",", ""))


def find_quantities(text: str) -> list[Quantity]:
    """Every figure-like quantity in text order, non-figures already dropped."""
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for special in (_ratio_quantities, _fraction_quantities):
        for span, quantities in special(text):
            taken.append(span)
            found.extend(quantities)
    for match in NUMBER_RE.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        quantity = _read_quantity(text, match)
        if quantity is not None:
            found.append(quantity)
    for quantity in found:
        _qualify(text, quantity)
    return sorted(found, key=lambda q: q.start)


def _qualify(text: str, quantity: Quantity) -> None:
    """"more than 40", "about RMB 42 million", "20 million yuan or more", "5 firms or more"."""
    before = text[max(0, quantity.start - 40):quantity.start]
    for qualifier, pattern in QUALIFIER_BEFORE:
        match = pattern.search(before)
        if match:
            quantity.qualifier = qualifier
            quantity.named_end = quantity.start - len(before) + match.start()
            return
    for end in (quantity.end, quantity.noun_end):
        for qualifier, pattern in QUALIFIER_AFTER:
            if end > 0 and pattern.match(text, end):
                quantity.qualifier = qualifier
                return


def _ratio_quantities(text: str) -> Iterator[tuple[tuple[int, int], list[Quantity]]]:
    """Sector shares are printed as ratios "16.30:41.0:42.70"; each part is a percent.

    Only ratios whose parts add up to about 100 are shares (loosely: a misprinted
    part must not hide the others); two parts also need a word like "proportion".
    """
    for match in RATIO_RE.finditer(text):
        parts = list(re.finditer(r"\d+(?:\.\d+)?", match.group()))
        total = sum(float(part.group()) for part in parts)
        context = RATIO_CONTEXT_RE.search(text, max(0, match.start() - 120), match.start())
        if not ((len(parts) >= 3 and 50 <= total <= 150) or (context and 90 <= total <= 110)):
            yield match.span(), []  # "1:500" scales, "1:1.5" proportions, clock times
            continue
        offset = match.start()
        yield match.span(), [Quantity(offset + part.start(), offset + part.end(),
                                      float(part.group()), "percent") for part in parts]


def _fraction_quantities(text: str) -> Iterator[tuple[tuple[int, int], list[Quantity]]]:
    """A share written "1/4" is 25 percent; other slashes (dates, codes) are no figure."""
    for match in FRACTION_RE.finditer(text):
        numerator, denominator = int(match.group(1)), int(match.group(2))
        if 0 < numerator < denominator <= 12:
            yield match.span(), [Quantity(*match.span(), 100 * numerator / denominator, "percent")]
        else:
            yield match.span(), []


def _read_quantity(text: str, match: re.Match[str]) -> Quantity | None:
    """Extend a number over its currency, scale and unit; None when it is no figure."""
    start, end = match.span()
    token = match.group()
    is_word = token[0].isalpha()
    if _is_not_a_figure(text, start, end, token, is_word):
        return None
    value = parse_number(token)
    currency = None
    line_start, line_end = _line(text, start)  # currency, scale and unit stay on its line
    before = CURRENCY_BEFORE_RE.search(text, max(line_start, start - 8), start)
    if before and not is_word:
        start = before.start()
        currency = _currency_code(before.group())
    scale = SCALE_RE.match(text, end, line_end)
    if scale:
        value *= SCALES[" ".join(scale.group(1).lower().split())]
        end = scale.end()
    after = CURRENCY_AFTER_RE.match(text, end, line_end)
    if after:
        currency = currency or _currency_code(after.group())
        end = after.end()
    if currency:
        return Quantity(start, end, value, currency)
    return _unit_or_noun(text, start, end, value, token, is_word, bool(scale))


def _unit_or_noun(text: str, start: int, end: int, value: float, token: str,
                  is_word: bool, scaled: bool) -> Quantity | None:
    """A physical unit, a duration (no figure), or the noun a bare number counts."""
    for pattern, unit in UNIT_RES:
        unit_match = pattern.match(text, end, _line(text, end)[1])
        if unit_match:
            return Quantity(start, unit_match.end(), value, unit)
    if DURATION_RE.match(text, end):
        return None
    if start > 0 and text[start - 1].isalpha():
        return None  # "G15", "September21": codes and dates, not quantities
    if re.match(r"[^\W_]|-[A-Za-z]", text[end:end + 2]):
        return None  # "5A", "eight-day", "50,000-ton berth": part of a word
    if _looks_like_year(token, scaled) and not _counts_people(text, end):
        return None
    grown = GROWN_BEFORE_RE.search(text, max(0, start - 20), start)
    if MULTIPLIER_AFTER_RE.match(text, end) or (grown and re.match(r"\s*times\b", text[end:])):
        return None
    shared = None if is_word or scaled else _shared_unit(text, end)
    if shared is not None:
        multiplier, unit = shared
        return Quantity(start, end, value * multiplier, unit)
    if token.lower() == "twice":
        return Quantity(start, end, value, "count")  # an adverb: it counts the verb's object
    noun, noun_end, unit = _counted_noun(text, end)
    return Quantity(start, end, value, unit, noun, noun_end)


def _shared_unit(text: str, end: int) -> tuple[float, str] | None:
    """The scale and unit a number borrows from the last item of its list, if any."""
    tail = LIST_TAIL_RE.match(text, end)
    last = NUMBER_RE.match(text, tail.end()) if tail else None
    if last is None:
        return None
    quantity = _read_quantity(text, last)
    if quantity is None or quantity.unit in (None, "count", "person", "household"):
        return None
    return quantity.value / parse_number(last.group()), quantity.unit


def _is_not_a_figure(text: str, start: int, end: int, token: str, is_word: bool) -> bool:
    """Dates, ordinals, list numbers, names and set phrases ("the three provinces")."""
    before = text[max(0, start - 40):start]
    after = text[end:end + 20]
    if DATE_BEFORE_RE.search(before) or DATE_AFTER_RE.match(after.lstrip()):
        return True
    if ORDINAL_AFTER_RE.match(after) or NAME_BEFORE_RE.search(before):
        return True
    if not is_word and re.match(r"[.)、．]\s", after) and LIST_ITEM_RE.search(before):
        return True
    if re.search(r"[(（]$", before) and re.match(r"[)）]", after):
        return True  # "(1)" numbering
    if re.match(r"\s?[-–~]\s?\d", after) or re.search(r"\d\s?[-–~]\s?$", before):
        return True  # ranges, 2016-2020 and phone numbers are not single figures
    if re.match(r"\s?[+×]", after) or re.search(r"[+×]\s?$", before):
        return True  # slogans like "1+N"
    if is_word:
        if SET_PHRASE_BEFORE_RE.search(before) or re.match(r"\s+or\s", after):
            return True
        mid_sentence = re.search(r"[^\s.!?\]]\s*$", before)
        if token[0].isupper() and mid_sentence and re.match(r"\s+[A-Z]", after):
            return True  # "the Four Comprehensives": a name, not a count
        if token.lower() == "twice" and TWICE_MULTIPLIER_RE.match(after):
            return True
    return bool(re.search(r"[A-Za-z]-$", before))  # "COVID-19", "two-way"


def _line(text: str, position: int) -> tuple[int, int]:
    end = text.find("\n", position)
    return text.rfind("\n", 0, position) + 1, len(text) if end < 0 else end


def _currency_code(written: str) -> str:
    """"US$", "dollars" and "USD" are US dollars; "RMB", "yuan", "CNY" and "¥" yuan."""
    word = "".join(written.split()).lower()
    if word.startswith(("hk", "hkd")):
        return "HKD"
    if "$" in word or "usd" in word or "dollar" in word:
        return "USD"
    if "eur" in word or "€" in word:
        return "EUR"
    return "CNY"


def _looks_like_year(token: str, scaled: bool) -> bool:
    return not scaled and re.fullmatch(r"(?:19|20)\d\d", token) is not None


def _counts_people(text: str, end: int) -> bool:
    return _counted_noun(text, end)[2] in ("person", "household")


def _counted_noun(text: str, end: int) -> tuple[str, int, str | None]:
    """The noun phrase a bare number counts, and whether it counts people or households.

    Returns unit None when no noun follows: only the sentence can then say
    whether the number is money ("per capita GDP reached 41,798") or a count.
    """
    words: list[str] = []
    position = noun_end = end
    for word in re.finditer(r"\s*[“\"']?([A-Za-z][A-Za-z'’-]*)[”\"']?", text[end:end + 80]):
        if word.start() != position - end:
            break
        token, lowered = word.group(1), word.group(1).lower()
        position = end + word.end()
        if lowered in ("and", "or") and words and not _is_plural(words[-1].lower()):
            continue  # "domestic and overseas tourists"
        if lowered in STOP_WORDS or lowered.endswith("ed"):
            break  # a verb or a preposition: the number names no noun
        words.append(token)
        noun_end = position
        if lowered in PERSON_NOUNS or lowered in HOUSEHOLD_NOUNS:
            unit = "person" if lowered in PERSON_NOUNS else "household"
            return text[end:noun_end].strip(), noun_end, unit
        if _is_plural(lowered) or len(words) == 4:
            break
    if not words:
        return "", -1, None
    return text[end:noun_end].strip(), noun_end, "count"


def _is_plural(word: str) -> bool:
    return (len(word) > 3 and word.endswith("s") and word != "overseas"
            and not word.endswith(("ss", "us", "is")))
