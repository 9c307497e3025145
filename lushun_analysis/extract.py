"""Turn a government release into rows of the indicator table.

``numbers.find_quantities`` says which numbers are written and of what; this
module decides which figure each one is: its unit in context, the growth rate
stated for it (placed by ``growth``: "up 16.6%", "... respectively", "flat
year-on-year"), a label from the words that name it, a topic and an id. The rules
follow the labelling
conventions of the extraction development set (``../shared/extraction``), written
for the genre, not for one text; ``benchmarks/eval_extract.py`` measures them.
"""

from __future__ import annotations

import bisect
import html
import logging
import math
import re
from itertools import pairwise
from pathlib import Path

import pandas as pd

from .changes import (
    CONVERSION_GAP_RE,
)
from .config import INDICATOR_COLUMNS
from .errors import InputError
from .figure import Figure
from .growth import assign_flat_growth, assign_growth
from .numbers import Quantity, find_quantities
from .shares import RATIO_RE
from .units import (
    CURRENCIES,
    FALLBACK_TOPIC,
    GENERIC_TOPICS,
    STOP_WORDS,
    first_topic,
    unit_in_context,
)

__all__ = ["extract_csv", "extract_figures", "infer_year", "read_release", "review_html",
           "split_sentences", "to_indicator_table"]

log = logging.getLogger(__name__)

SPAN_COLUMNS = ["start", "end", "text"]

# "In 2017, ...", "By the end of 2017", "Throughout the whole year of 2016" opening a sentence.
YEAR_PHRASE_RE = re.compile(
    r"(?:^|(?<=[.!?\n\]])\s*)(?:(?:In|During|Throughout|By\s+the\s+end\s+of)\s+"
    r"(?:the\s+(?:(?:first|second)\s+half|(?:first|second|third|fourth)\s+quarter|whole\s+year"
    r"|year)\s+(?:of\s+)?)?|The\s+year\s+(?:of\s+)?)((?:19|20)\d\d)\b(?!\s*[-–])")

# Reading a naming phrase right to left from the figure: words dropped at its end,
# and words where it starts.
TRAILING_WORDS = frozenset("""
    was were is are has have had been be reached reaching totaled totalled totaling amounted
    amounting to of at with by a an the total hit stood achieved realized recorded reported
    registered posted saw exceeded exceeding more than over about around nearly approximately
    above under less up down from some almost for in on between ranging ranged range ranges
    rose risen fell grew
    """.split())
PHRASE_BOUNDARY = frozenset("""
    was were is are has have had been reached saw reported recorded posted achieved realized
    realised with and by for on that which while when including included such as attending
    holding discussing signing totaled totalled hit there it they we where whose""".split())
DROPPED_WORDS = frozenset({"the", "a", "an", "annual", "its", "their"})
PRONOUNS = frozenset({"", "those", "these", "it", "they", "this", "that", "which", "who"})
ADMIN_TAIL_RE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:county|city|district|zone|province|area|region|town|country)\b.*$",
    re.IGNORECASE)
# Nouns that say how something is counted, not what: the label comes from before.
MEASURE_WORDS = frozenset({"times", "units", "sets", "pieces", "items", "boxes", "batches",
                           "kinds", "types", "cases", "pairs", "copies"})
RATIO_PART_RE = re.compile(r"\d\s?:\s?\d")
# A sentence ends at ". " before a capital, at a line break (unless the next line goes
# on in lower case, as a hard-wrapped copy does), and where a release glued two
# sentences after a figure ("up 8.2%.By the end of 2009").
SENTENCE_END_RE = re.compile(
    r"[.!?][\"”’)]*(?=\s+[\"“‘(\[]?[A-Z0-9])|(?<=[%\d])\.(?=[A-Z][a-z])|\n(?!\s*[a-z])")
ABBREVIATIONS = {"no", "nos", "co", "ltd", "mr", "mrs", "ms", "dr", "st", "inc", "jr", "vs",
                 "e.g", "i.e", "approx", "u.s", "u.k"}
# How far around a figure the words telling its unit or topic are looked for.
CONTEXT_WINDOW = 500
GROWTH_RATE_OF_RE = re.compile(r"growth\s+rate\s+of\s+(.+?)\s+(?:was|is|reached|stood|hit)\b",
                               re.IGNORECASE)



def read_release(path: str | Path) -> str:
    """Read a release as text, refusing files that would yield nonsense figures."""
    path = Path(path)
    name = f"Release text `{path}`"
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name} does not exist; check the path.") from None
    except IsADirectoryError:
        raise InputError(f"{name} is a folder, not a text file.") from None
    except OSError as error:
        raise InputError(f"{name} cannot be read: {error.strerror}.") from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name} is UTF-16, not UTF-8; re-save it as UTF-8 text.")
    if b"\x00" in raw:
        raise InputError(f"{name} looks binary (NUL byte at offset {raw.index(0)}); "
                         "give the plain-text release, saved as UTF-8.")
    bom = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    try:
        text = raw[bom:].decode("utf-8")
    except UnicodeDecodeError as error:
        offset = bom + error.start  # in the file, as a hex editor shows it
        raise InputError(f"{name} is not valid UTF-8 (byte 0x{raw[offset]:02x} at offset "
                         f"{offset}); re-save it as UTF-8 text.") from None
    if not text.strip():
        raise InputError(f"{name} is empty; there are no figures to extract.")
    if sum(ord(c) < 32 and c not in "\t\n\r\f" for c in text) > len(text) / 100:
        raise InputError(f"{name} looks binary (many control characters); "
                         "give the plain-text release, saved as UTF-8.")
    return text


def extract_figures(text: str, zone: str = "", year: int | None = None,
                    source: str = "") -> pd.DataFrame:
    """Every figure in the text as indicator rows, plus its span (start, end, text)."""
    sentences = split_sentences(text)
    figures = [_figure(text, quantity, sentences) for quantity in find_quantities(text)]
    _mark_conversions(text, figures)
    assign_growth(text, figures)
    assign_flat_growth(text, figures)
    kept = [figure for figure in figures if not figure.attached]
    for figure in kept:
        _describe(text, figure, figures)
    frame = pd.DataFrame([_row(text, figure, zone, source) for figure in kept],
                         columns=INDICATOR_COLUMNS + SPAN_COLUMNS)
    frame["indicator"] = _unique_ids(frame["label"].tolist())
    year = year if year is not None else infer_year(text)
    frame["year"] = pd.array([year] * len(frame), dtype="Int64")
    return frame.astype({"value": float, "growth_pct": float})


def extract_csv(path: str | Path, zone: str = "", year: int | None = None,
                source: str = "") -> str:
    """The indicator rows of a release file as CSV text, as `lushun extract` writes them.

    The data contract requires a year, so a release that does not name its reporting
    year unambiguously is refused until the user gives ``--year``. The source id
    defaults to the file's name.
    """
    path = Path(path)
    text = read_release(path)
    year = year if year is not None else infer_year(text)
    if year is None:
        named = sorted({int(y) for y in YEAR_PHRASE_RE.findall(text)})
        found = (f"it names {', '.join(map(str, named))}" if named
                 else 'no phrase like "In 2017, ..." names one')
        raise InputError(f"Cannot tell the reporting year of `{path}` ({found}); "
                         "give it with --year.")
    figures = extract_figures(text, zone=zone, year=year, source=source or _slug(path.stem))
    if figures.empty:
        log.warning("no figures found in %s", path)
    return to_indicator_table(figures).to_csv(index=False, lineterminator="\n")


def infer_year(text: str) -> int | None:
    """The reporting year when every "In 2017, ..." phrase names the same one, else None."""
    years = {int(year) for year in YEAR_PHRASE_RE.findall(text)}
    return years.pop() if len(years) == 1 else None


def to_indicator_table(figures: pd.DataFrame) -> pd.DataFrame:
    """The DESIGN.md columns in order, whole values written without ".0" in a CSV."""
    table = figures[INDICATOR_COLUMNS].copy()
    whole = [int(value) if float(value).is_integer() else value for value in table["value"]]
    table["value"] = pd.Series(whole, index=table.index, dtype=object)
    return table


def review_html(figures: pd.DataFrame, text: str) -> str:
    """Each figure with its sentence and the span marked, to check rows against the source.

    ``figures`` is what ``extract_figures`` returned for ``text``.
    """
    items = []
    for row in figures.itertuples(index=False):
        offset = row.start - text.rfind(row.quote, 0, row.start + len(row.quote))
        end = offset + len(row.text)
        growth = "" if pd.isna(row.growth_pct) else f", growth {row.growth_pct:g}%"
        items.append(
            f"<li><code>{html.escape(row.indicator)}</code> {html.escape(row.label)}: "
            f"{row.value:,.15g} {html.escape(row.unit)} ({html.escape(row.qualifier)}{growth})"
            f"<br>{html.escape(row.quote[:offset])}<mark>{html.escape(row.quote[offset:end])}"
            f"</mark>{html.escape(row.quote[end:])}</li>")
    return "<ol>\n" + "\n".join(items) + "\n</ol>"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans, trimmed of whitespace, so quotes are exact substrings of the text."""
    spans, start = [], 0
    for match in SENTENCE_END_RE.finditer(text):
        word = re.search(r"([A-Za-z.]+)\.$", text[max(0, match.start() - 8):match.start() + 1])
        if word and word.group(1).lower() in ABBREVIATIONS:
            continue
        if re.fullmatch(r"\s*\d{1,2}\.", text[start:match.end()]):
            continue  # "1." opening a list item belongs to its item
        spans.append(_trimmed(text, start, match.end()))
        start = match.end()
    spans.append(_trimmed(text, start, len(text)))
    return [span for span in spans if span[1] > span[0]]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    piece = text[start:end]
    return start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip())


def _figure(text: str, quantity: Quantity, sentences: list[tuple[int, int]]) -> Figure:
    """The quantity in its sentence. The words telling a bare number's unit are read from
    a window before it, so a run-on "sentence" of thousands of numbers stays linear."""
    index = bisect.bisect_right(sentences, (quantity.start, len(text) + 1)) - 1
    start, end = sentences[index] if index >= 0 and quantity.start < sentences[index][1] else (
        0, len(text))
    window = max(start, quantity.start - CONTEXT_WINDOW)
    unit = unit_in_context(quantity.unit, text[window:quantity.start],
                           text[window:min(end, quantity.end + CONTEXT_WINDOW)], quantity.noun,
                           text[quantity.end:min(end, quantity.end + 40)])
    if (quantity.unit is None and unit in CURRENCIES and quantity.value < 1000
            and not re.search(r"\d", text[quantity.start:quantity.end])):
        unit = "count"  # "and three exceed 10 billion yuan": a small sum is not put in words
    return Figure(quantity, (start, end), unit, quantity.qualifier, phrase_end=quantity.named_end)


def _mark_conversions(text: str, figures: list[Figure]) -> None:
    """An amount in brackets right after one restates it in another currency or unit.

    "around 2.7 billion yuan ($386.13 million)" converts an estimate, so the
    conversion is as approximate as the amount, unless it says otherwise. "156,600 mu
    (10,440 hectares)" restates an area: in base units both are the same value.
    """
    for previous, figure in pairwise(figures):
        if _bare_dollars(text, previous, figure):
            figure.unit = "USD"  # "251.57 billion yuan (34.98 billion)": yuan at about 7 a dollar
        money = figure.unit != previous.unit and {figure.unit, previous.unit} <= CURRENCIES
        same = figure.unit == previous.unit and math.isclose(
            figure.quantity.value, previous.quantity.value, rel_tol=0.01)
        if (money or same) and CONVERSION_GAP_RE.fullmatch(text, previous.end, figure.start):
            figure.conversion = True
            if figure.qualifier == "exact":
                figure.qualifier = previous.qualifier



BARE_AMOUNT_RE = re.compile(r"[\d.,]+(?: ?(?:million|billion|trillion))?")


def _bare_dollars(text: str, previous: Figure, figure: Figure) -> bool:
    """A bracketed amount with no currency after a yuan amount, at a rate the yuan has
    kept to against the dollar since 1994 (6 to 8.5), is that amount in dollars."""
    bare = BARE_AMOUNT_RE.fullmatch(text, figure.start, figure.end)
    if (previous.unit != "CNY" or figure.unit not in ("CNY", "count") or bare is None
            or figure.quantity.value <= 0 or not text.startswith(")", figure.end)
            or not CONVERSION_GAP_RE.fullmatch(text, previous.end, figure.start)):
        return False
    return 6.0 <= previous.quantity.value / figure.quantity.value <= 8.5


def _describe(text: str, figure: Figure, figures: list[Figure]) -> None:
    """A readable label from the words that name the figure, for review and ids."""
    sentence_start, sentence_end = figure.sentence
    if figure.conversion:
        previous = max((f for f in figures if f.end <= figure.start), key=lambda f: f.end)
        figure.label = f"{previous.label} ({figure.unit})"
        return
    if figure.is_rate:
        subject, _ = left_phrase(text, sentence_start, figure.phrase_end)
        named = GROWTH_RATE_OF_RE.match(text, figure.phrase_end, figure.start)
        if named and not subject:  # "The growth rate of retail sales was 6.2%"
            subject = cut_phrase(named.group(1).split())
        figure.label = capitalised(f"{subject or 'rate'} growth")
        return
    ratio = _first_ratio_start(text, figure)
    if ratio is not None:
        subject, _ = left_phrase(text, sentence_start, ratio)
        figure.label = capitalised(f"{subject or 'ratio'}, share")
        return
    noun = figure.quantity.noun.strip("“”\"'")
    after = text[figure.end:sentence_end]
    if figure.unit in CURRENCIES and re.search(r"\d-[a-z]", text[figure.start:figure.end]):
        classed = cut_phrase(words_until_stop(after)) or "project"
        figure.label = capitalised(f"{classed} size threshold")  # "over 50-million-yuan projects"
        return
    of_phrase = re.match(r"\s+of\s+(?:the\s+)?((?:[A-Za-z][\w'&-]*\s?){1,6})", after)
    phrase, owner = "", ""
    if noun and noun.lower() not in MEASURE_WORDS:
        phrase = noun
    elif figure.unit not in ("count", "person", "household"):
        if figure.unit == "percent" and re.match(r"\s+[a-z]", after):
            phrase = cut_phrase(words_until_stop(after))  # "100% market share"
        if not phrase and of_phrase:
            phrase = cut_phrase(words_until_stop(of_phrase.group(1)))  # "RMB10.55 billion of"
    if not phrase:
        phrase, owner = left_phrase(text, sentence_start, figure.phrase_end)
    phrase = phrase or cut_phrase(words_until_stop(after)) or figure.unit
    if re.match(r"\s*per\s+(?:capita|person|head)\b", after, re.IGNORECASE) and \
            "per capita" not in phrase.lower():
        phrase = f"{phrase} per capita"  # "42,000 yuan per capita": a per-person amount
    figure.label, figure.owner = capitalised(f"{phrase}, {owner}" if owner else phrase), owner


def _first_ratio_start(text: str, figure: Figure) -> int | None:
    """Where the first share ratio of the sentence starts, if the figure is part of one."""
    near = (max(0, figure.start - 2), figure.end + 2)
    if figure.unit != "percent" or not RATIO_PART_RE.search(text, *near):
        return None
    first = RATIO_RE.search(text, *figure.sentence)
    return first.start() if first else None


def _topic(text: str, figure: Figure) -> str:
    """Topic from the label; the clause around the figure refines a generic one.

    "Total investment" of a hospital project is health; examples after "such as" are
    left out, since "12 projects such as the ... Research Institute" are projects.
    """
    topic = first_topic(f"{figure.label} {figure.owner}")
    if topic is None or topic in GENERIC_TOPICS:
        window = max(figure.sentence[0], figure.start - CONTEXT_WINDOW)
        before = re.split(r"[,;:]", text[window:figure.start])[-1]
        after = re.split(r"[,;.]\s|\bsuch\s+as\b",
                         text[figure.end:min(figure.sentence[1], figure.end + CONTEXT_WINDOW)])[0]
        around = first_topic(f"{before} {after}")
        topic = around if around not in (None, *GENERIC_TOPICS) else topic or around
    return topic or FALLBACK_TOPIC


def _row(text: str, figure: Figure, zone: str, source: str) -> dict[str, object]:
    """One indicator row. A rate standing alone is its own figure: value and growth
    are the signed rate. Percentage points, the change of a share, are written as
    ``percent`` with no growth: the conventions have no unit of their own for them.
    """
    value = figure.growth_pct if figure.is_rate else figure.quantity.value
    unit = "percent" if figure.unit == "percentage_point" else figure.unit
    return {
        "zone": zone, "year": None, "topic": _topic(text, figure), "indicator": "",
        "label": figure.label, "value": value, "unit": unit,
        "qualifier": figure.qualifier, "growth_pct": figure.growth_pct, "source": source,
        "quote": text[slice(*figure.sentence)],
        "start": figure.start, "end": figure.end, "text": text[figure.start:figure.end],
    }


def _unique_ids(labels: list[str]) -> list[str]:
    """snake_case ids from labels, suffixed _2, _3 ... when two figures share a name."""
    ids: list[str] = []
    taken: set[str] = set()
    next_number: dict[str, int] = {}
    for label in labels:
        base = "_".join(re.sub(r"[^a-z0-9]+", " ", label.lower()).split()[:6]) or "figure"
        base = base if base[0].isalpha() else f"n_{base}"
        candidate, number = base, next_number.get(base, 2)
        while candidate in taken:
            candidate, number = f"{base}_{number}", number + 1
        next_number[base] = number
        taken.add(candidate)
        ids.append(candidate)
    return ids


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "release"


def words_until_stop(text: str) -> list[str]:
    """The words naming what follows a figure, up to a function word or punctuation."""
    words = []
    for raw in text.split()[:6]:
        word = raw.strip(".,;:()“”\"'")
        if not word or word.lower() in STOP_WORDS:
            break
        words.append(word)
        if raw.rstrip("“”\"'")[-1:] in ".,;:)":
            break
    return words


def left_phrase(text: str, start: int, end: int) -> tuple[str, str]:
    """The noun phrase before a figure ("The annual fiscal revenue was"), and its owner.

    The owner is the thing that has the figure in "Boyang Primary School upgrading
    project with a total investment of": the phrase before "with".
    """
    before = re.sub(r"\([^()]*\)", " ", text[start:end])
    for clause in reversed(re.split(r"[,;:()\[\]“”\"]|--|[–—]", before)):
        words = re.sub(r"\s+such\s+as\b.*$", "", clause).split()
        while words and (words[-1].lower() in TRAILING_WORDS or _is_participle_after_be(words)):
            words.pop()
        kept: list[str] = []
        while words and words[-1].lower() not in PHRASE_BOUNDARY and len(kept) < 7:
            kept.insert(0, words.pop())
        phrase = cut_phrase(kept)
        if phrase:
            owner = cut_phrase(words[-6:-1]) if words and words[-1].lower() == "with" else ""
            if owner.lower() in PRONOUNS or re.search(r"\d", owner):
                owner = ""
            return phrase, owner
    return "", ""


def _is_participle_after_be(words: list[str]) -> bool:
    """"was adjusted" in "The proportion ... was adjusted from": the verb, not the name."""
    return (len(words) > 1 and words[-1].lower().endswith("ed")
            and words[-2].lower() in {"was", "were", "is", "are", "been", "be"})


def cut_phrase(words: list[str]) -> str:
    """Drop articles, leading verbs and trailing place names from a naming phrase."""
    words = [word for word in words if word.lower() not in DROPPED_WORDS]
    while len(words) > 2 and words[0].lower().endswith("ing"):
        words.pop(0)  # "obtaining comprehensive income", but not "emerging markets"
    phrase = re.sub(r"^(?:number\s+)?of\s+", "", " ".join(words), flags=re.IGNORECASE)
    phrase = ADMIN_TAIL_RE.sub("", re.split(r"\s+in\s+", phrase)[0])
    phrase = re.sub(r"(?:\s+of(?:\s+[A-Z][\w'’&-]*)+|\s+\w+ed)+$", "", phrase)
    return phrase.strip(" .")


def capitalised(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]
