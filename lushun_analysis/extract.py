"""Turn a government release into rows of the indicator table.

``numbers.find_quantities`` says which numbers are written and of what; this
module decides which figure each one is: its qualifier ("more than", "or more"),
the growth rate stated for it ("up 16.6%", "decreased by 17.6 percent to ...",
"... respectively", "with 8.3% year-on-year growth", "flat year-on-year"), a
label, a topic and an id. The rules follow the labelling
conventions of the extraction development set (``../shared/extraction``), written
for the genre, not for one text; ``benchmarks/eval_extract.py`` measures them.
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pandas as pd

from .config import INDICATOR_COLUMNS
from .errors import InputError
from .numbers import (
    RATIO_RE,
    Quantity,
    capitalised,
    cut_phrase,
    find_quantities,
    left_phrase,
    split_sentences,
    words_until_stop,
)
from .units import (
    ADJACENT_GAP_RE,
    ARTICLE_BEFORE_RE,
    COMMA_GAP_RE,
    CONVERSION_GAP_RE,
    COUNTED,
    CURRENCIES,
    FALLBACK_TOPIC,
    GENERIC_TOPICS,
    FALLING,
    FLAT_RE,
    FORWARD_GAP_RE,
    GROWTH_AFTER_RE,
    GROWTH_CUE_RE,
    GROWTH_NOUN_AFTER_RE,
    LIST_GAP_RE,
    MEASURE_GAP_RE,
    MODIFIER_GAP_RE,
    NOT_GROWING,
    RESPECTIVELY_RE,
    VERB_WORDS,
    first_topic,
    unit_in_context,
)

__all__ = ["extract_csv", "extract_figures", "infer_year", "read_release", "review_html",
           "to_indicator_table"]

log = logging.getLogger(__name__)

SPAN_COLUMNS = ["start", "end", "text"]

# "In 2017, ...", "By the end of 2017", "Throughout the whole year of 2016" opening a sentence.
YEAR_PHRASE_RE = re.compile(
    r"(?:^|(?<=[.!?\n\]])\s*)(?:(?:In|During|Throughout|By\s+the\s+end\s+of)\s+"
    r"(?:the\s+(?:(?:first|second)\s+half|(?:first|second|third|fourth)\s+quarter|whole\s+year"
    r"|year)\s+(?:of\s+)?)?|The\s+year\s+(?:of\s+)?)((?:19|20)\d\d)\b(?!\s*[-–])")

# Nouns that say how something is counted, not what: the label comes from before.
MEASURE_WORDS = frozenset({"times", "units", "sets", "pieces", "items", "boxes", "batches",
                           "kinds", "types", "cases", "pairs", "copies"})
RATIO_PART_RE = re.compile(r"\d\s?:\s?\d")


@dataclass
class Figure:
    """One quantity while its meaning is worked out from the sentence around it."""

    quantity: Quantity
    sentence: tuple[int, int]
    unit: str
    qualifier: str = "exact"
    growth_pct: float | None = None
    is_rate: bool = False  # a percent introduced as a growth rate
    attached: bool = False  # a rate handed to the amount it modifies
    conversion: bool = False  # "($34.96 billion)" restating the amount before it
    phrase_end: int = 0  # where the words naming it end, before a qualifier or growth clause
    label: str = ""
    owner: str = ""

    @property
    def start(self) -> int:
        return self.quantity.start

    @property
    def end(self) -> int:
        return self.quantity.end


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
    _assign_growth(text, figures)
    _assign_flat_growth(text, figures)
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


def _figure(text: str, quantity: Quantity, sentences: list[tuple[int, int]]) -> Figure:
    start, end = next((s for s in sentences if s[0] <= quantity.start < s[1]), (0, len(text)))
    unit = unit_in_context(quantity.unit, text[start:quantity.start], text[start:end])
    return Figure(quantity, (start, end), unit, quantity.qualifier, phrase_end=quantity.named_end)


def _mark_conversions(text: str, figures: list[Figure]) -> None:
    """An amount in brackets right after one in another currency restates it."""
    for previous, figure in pairwise(figures):
        if (figure.unit != previous.unit and {figure.unit, previous.unit} <= CURRENCIES
                and CONVERSION_GAP_RE.fullmatch(text, previous.end, figure.start)):
            figure.conversion = True


def _assign_growth(text: str, figures: list[Figure]) -> None:
    """Give each growth rate to the figure it modifies; unattached rates stay rows."""
    for index, figure in enumerate(figures):
        if figure.unit != "percent" or figure.is_rate:
            continue
        cue = _growth_cue(text, figure)
        if cue is None:
            continue
        sign, cue_start = cue
        rates = _rate_list(text, figures, index)
        for rate in rates:
            rate.is_rate, rate.growth_pct = True, sign * rate.quantity.value
            rate.phrase_end = cue_start
        targets = _growth_targets(text, figures, index, cue_start, rates)  # [] when none
        for rate, target in zip(rates, targets, strict=False):
            target.growth_pct, rate.attached = rate.growth_pct, True


def _growth_cue(text: str, figure: Figure) -> tuple[float, int] | None:
    """The sign a cue gives the rate ("fell" is negative) and where the cue starts."""
    before = GROWTH_CUE_RE.search(text, figure.sentence[0], figure.start)
    if before is not None:
        word = before.group("negative") or before.group("noun") or before.group("verb") or ""
        return (-1.0 if word.lower().startswith(FALLING) else 1.0), before.start()
    after = GROWTH_AFTER_RE.match(text, figure.end) or GROWTH_NOUN_AFTER_RE.match(text, figure.end)
    if after is not None:
        article = ARTICLE_BEFORE_RE.search(text, figure.sentence[0], figure.start)
        start = article.start() if article else figure.start  # "with", "a" open the phrase
        return (-1.0 if after.group("word").lower().startswith(FALLING) else 1.0), start
    return None


def _rate_list(text: str, figures: list[Figure], index: int) -> list[Figure]:
    """"increased by 3.10%, 5.90% and 12.70%" is one cue for three rates."""
    rates = [figures[index]]
    for figure in figures[index + 1:]:
        if (figure.unit != "percent" or figure.sentence != rates[0].sentence
                or not LIST_GAP_RE.fullmatch(text, rates[-1].end, figure.start)):
            break
        rates.append(figure)
    return rates


def _growth_targets(text: str, figures: list[Figure], index: int, cue_start: int,
                    rates: list[Figure]) -> list[Figure]:
    """The amounts the rates belong to: listed "respectively", following "to", or before."""
    sentence = figures[index].sentence
    before = [figure for figure in figures[:index] if figure.sentence == sentence]
    if len(rates) > 1:
        candidates = [figure for figure in before if _can_grow(figure)]
        if RESPECTIVELY_RE.match(text, rates[-1].end) and len(candidates) >= len(rates):
            return candidates[-len(rates):]
        return []
    after = figures[index + 1] if index + 1 < len(figures) else None
    link = None if after is None else MEASURE_GAP_RE.fullmatch(text, rates[0].end, after.start)
    if after is not None and after.sentence == sentence and _can_grow(after) and (
            FORWARD_GAP_RE.fullmatch(text, rates[0].end, after.start)
            or (link is not None and not (link.group("at") and after.unit in COUNTED))):
        after.phrase_end = cue_start  # "Cement production decreased 7.3 percent ... to"
        return [after]
    previous = next((figure for figure in reversed(before) if not figure.conversion), None)
    if previous is None:
        return []
    if _can_grow(previous) and (_appositive(text, previous.end, cue_start)
                                or _modified_with(text, previous, cue_start)):
        return [previous]
    if _rate_with_change(text, previous, cue_start):
        return [previous]
    return []


def _can_grow(figure: Figure) -> bool:
    return figure.unit not in NOT_GROWING and not figure.conversion and figure.growth_pct is None


def _modified_with(text: str, previous: Figure, cue_start: int) -> bool:
    """"1.5 million tourists from home and abroad with 8.3% year-on-year growth".

    A "with" phrase modifies the amount (and the noun it counts) before it when only
    a short verbless modifier comes between; "tourists and realized tourism income with
    an increase of" has a verb, so the rate belongs to the unnumbered income.
    """
    if not re.match(r"with\b", text[cue_start:], re.IGNORECASE):
        return False
    return _short_modifier(text, max(previous.end, previous.quantity.noun_end), cue_start)


def _short_modifier(text: str, start: int, end: int, joined: bool = True) -> bool:
    """Only a few words, none a verb, lie between; with ``joined`` False none is "and"
    either, since in "5 billion yuan and prices remained unchanged" a new subject starts.
    """
    gap = text[start:end]
    words = re.findall(r"[a-z'’-]+", gap)
    conjunctions = () if joined else ("and", "but", "while", "whereas", "or")
    return (MODIFIER_GAP_RE.fullmatch(gap) is not None
            and not any(word in VERB_WORDS or word.endswith("ed") or word in conjunctions
                        for word in words))


def _rate_with_change(text: str, previous: Figure, cue_start: int) -> bool:
    """"reached about 85%, a year-on-year increase of 3%": the change stated for a rate.

    Only a rate that is not itself a growth rate, with nothing but a comma between
    and a growth noun in apposition ("a ... growth of"): in "a share of 45%, up 3%"
    the verb may well report the sector's own growth.
    """
    return (previous.unit == "percent" and not previous.is_rate and not previous.attached
            and previous.growth_pct is None
            and re.fullmatch(r"\s*,\s*", text[previous.end:cue_start]) is not None
            and re.match(r"(?:with\s+)?an?\s", text[cue_start:], re.IGNORECASE) is not None)


def _assign_flat_growth(text: str, figures: list[Figure]) -> None:
    """"0.5 billion yuan ... with a flat year-on-year growth": a stated change of zero."""
    for index, figure in enumerate(figures):
        if figure.attached or not _can_grow(figure):
            continue
        start = max(figure.end, figure.quantity.noun_end)
        limit = figures[index + 1].start if index + 1 < len(figures) else figure.sentence[1]
        flat = FLAT_RE.search(text, start, min(limit, figure.sentence[1]))
        if flat is not None and _short_modifier(text, start, flat.start(), joined=False):
            figure.growth_pct = 0.0


def _appositive(text: str, end: int, cue_start: int) -> bool:
    """A rate modifies the amount before it when only a short comma phrase comes between.

    "RMB 1.21 billion, up 16.6%" and "271 locomotives were produced, up 68.3 percent"
    qualify; "20 million yuan or more -- saw added value ... increase by 11.2 percent"
    does not: there the rate has a subject of its own.
    """
    gap = re.sub(r"\([^()]*\)", " ", text[end:cue_start])  # a conversion in brackets
    if ADJACENT_GAP_RE.fullmatch(gap):
        return True
    return "--" not in gap and len(gap.split()) <= 8 and COMMA_GAP_RE.fullmatch(gap) is not None


def _describe(text: str, figure: Figure, figures: list[Figure]) -> None:
    """A readable label from the words that name the figure, for review and ids."""
    sentence_start, sentence_end = figure.sentence
    if figure.conversion:
        previous = max((f for f in figures if f.end <= figure.start), key=lambda f: f.end)
        figure.label = f"{previous.label} ({figure.unit})"
        return
    if figure.is_rate:
        subject, _ = left_phrase(text, sentence_start, figure.phrase_end)
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
        before = re.split(r"[,;:]", text[figure.sentence[0]:figure.start])[-1]
        after = re.split(r"[,;.]\s|\bsuch\s+as\b", text[figure.end:figure.sentence[1]])[0]
        around = first_topic(f"{before} {after}")
        topic = around if around not in (None, *GENERIC_TOPICS) else topic or around
    return topic or FALLBACK_TOPIC


def _row(text: str, figure: Figure, zone: str, source: str) -> dict[str, object]:
    # A rate standing alone is its own figure: value and growth are the signed rate.
    value = figure.growth_pct if figure.is_rate else figure.quantity.value
    return {
        "zone": zone, "year": None, "topic": _topic(text, figure), "indicator": "",
        "label": figure.label, "value": value, "unit": figure.unit,
        "qualifier": figure.qualifier, "growth_pct": figure.growth_pct, "source": source,
        "quote": text[slice(*figure.sentence)],
        "start": figure.start, "end": figure.end, "text": text[figure.start:figure.end],
    }


def _unique_ids(labels: list[str]) -> list[str]:
    """snake_case ids from labels, suffixed _2, _3 ... when two figures share a name."""
    ids: list[str] = []
    for label in labels:
        base = "_".join(re.sub(r"[^a-z0-9]+", " ", label.lower()).split()[:6]) or "figure"
        base = base if base[0].isalpha() else f"n_{base}"
        candidate, number = base, 2
        while candidate in ids:
            candidate, number = f"{base}_{number}", number + 1
        ids.append(candidate)
    return ids


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "release"
