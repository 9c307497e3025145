"""Every figure of the 2017 release is in the data, with the sentence that states it."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from lushun_analysis.data import load_dataset

from .conftest import RELEASE, ROOT

DATA = pd.read_csv(ROOT / "data" / "indicators.csv", keep_default_na=False)
TEXT = RELEASE.read_text(encoding="utf-8")
WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
SCALE = {"billion": 1e9, "million": 1e6}
NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(billion|million)?|\b(" + "|".join(WORDS) + r")\b", re.I)


def numbers_stated(sentence: str) -> list[float]:
    """Numbers in a sentence at face value and scaled, years left out."""
    found = []
    for m in NUMBER.finditer(sentence):
        if m.group(3):
            found.append(float(WORDS[m.group(3).lower()]))
        elif not re.fullmatch(r"(19|20)\d\d", m.group(1)):
            found.append(float(m.group(1)) * SCALE.get((m.group(2) or "").lower(), 1))
    return found


def test_the_raw_text_is_the_release_as_published() -> None:
    published = ROOT.parent / "shared" / "sources" / "lushun-2017-release.txt"
    if not published.is_file():
        pytest.skip("the shared release is not beside this checkout")
    assert TEXT == published.read_text(encoding="utf-8")


@pytest.mark.parametrize("index", range(len(DATA)))
def test_each_quote_is_a_sentence_of_the_release(index: int) -> None:
    quote = DATA.iloc[index]["quote"]
    assert quote in TEXT
    assert quote.rstrip().endswith(".")


@pytest.mark.parametrize("index", range(len(DATA)))
def test_each_value_is_stated_in_its_quote(index: int) -> None:
    figure = DATA.iloc[index]
    if figure["indicator"] == "municipal_laboratories_approved":
        assert "CRRC Dalian R&D" in figure["quote"] and "Huarui Heavy Industry" in figure["quote"]  # two named, no numeral
        return
    assert any(abs(n - float(figure["value"])) < 1e-6 * max(1, n) for n in numbers_stated(figure["quote"]))
    if figure["growth_pct"] != "":
        assert f"{float(figure['growth_pct']):g}%" in figure["quote"]


def test_every_number_in_the_release_reaches_the_data() -> None:
    sentences = re.split(r"(?<=\.)\s+", TEXT)
    values = set(DATA["value"].astype(float)) | set(DATA["growth_pct"].replace("", None).dropna().astype(float))
    missing = [(n, s) for s in sentences for n in numbers_stated(s) if n not in values]
    assert missing == []


def test_data_passes_its_own_validation() -> None:
    dataset = load_dataset(ROOT / "data" / "indicators.csv")
    assert len(dataset.indicators) == len(DATA) >= 12
