"""Injection and escaping: text from a data set prints literally in the PDF and the HTML,
never runs as LaTeX, HTML, JavaScript or Markdown.

ONE briefing is built (papermill + nbconvert + XeLaTeX) from a data set whose zone name,
labels, quotes, source title and publisher carry hostile strings. The HTML is then
loaded in headless Chromium, driven over the DevTools protocol on a pipe (standard
library only), to see that no dialog opens, nothing is logged as an error and no
request leaves the file.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import select
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from pypdf import PdfReader

from lushun_analysis.build import output_stem

from .conftest import ROOT, Built, row, write_dataset

PWNED = Path("/tmp/pwned")
HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    r"\input{/etc/passwd}",
    r"\write18{touch /tmp/pwned}",
    r"$\x$",
    "50% & R&D #1 _a_ {b} ~c^",
    "**bold**",
    "旅顺经济开发区",
]
ZONE = "旅顺经济开发区 <script>alert(1)</script>"
TITLE = "Title " + " ".join(HOSTILE)
PUBLISHER = r"Publisher \input{/etc/passwd} 50% & R&D #1 _a_ {b} ~c^"


def hostile_rows() -> list[dict]:
    """One figure per hostile string, in its label and its quote; every second one with a growth
    rate, so the string also reaches chart titles, axis labels and alt text."""
    rows = []
    for i, text in enumerate(HOSTILE):
        rows.append(row(zone=ZONE, topic="fiscal" if i % 2 else "industry", indicator=f"figure_{i}",
                        label=f"Label {i} {text}", value=1000000 * (i + 1), unit="count" if i % 3 == 0 else "CNY",
                        growth_pct=round(i * 3.5 - 10, 1) if i % 2 else "", quote=f"Quote {i} says {text} plainly."))
    return rows


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Built:
    pwned_before = PWNED.exists()
    source = {"source": "test-release", "title": TITLE, "publisher": PUBLISHER, "url": "http://example.invalid/release",
              "published": "2020", "path": "raw/release.txt"}
    data = write_dataset(tmp_path_factory.mktemp("hostile-data"), hostile_rows(), [source])
    out = tmp_path_factory.mktemp("hostile")
    private_tmp = tmp_path_factory.mktemp("hostile-tmp")  # where a failed build keeps its notebook
    result = subprocess.run([sys.executable, "-m", "lushun_analysis.cli", "build", "--data", str(data), "--output-dir", str(out)],
                            capture_output=True, text=True, cwd=ROOT, timeout=600, stdin=subprocess.DEVNULL,
                            env=dict(os.environ, TMPDIR=str(private_tmp)))
    built = Built(result, out, output_stem(ZONE, 2019))
    built.pwned_before = pwned_before  # type: ignore[attr-defined]
    return built


def squeeze(text: str) -> str:
    """Text with all whitespace removed: PDF extraction breaks lines and spaces CJK freely."""
    return "".join(text.split())


def built_ok(hostile: Built) -> Built:
    assert hostile.result.returncode == 0, hostile.result.stderr
    return hostile


# --- the build and the PDF ------------------------------------------------------------------------

def test_hostile_build_succeeds(hostile: Built) -> None:
    built_ok(hostile)
    for ext in ("pdf", "html", "ipynb"):
        assert hostile.path(ext).is_file()
    assert re.fullmatch(r"script-alert-1-script-[0-9a-f]{8}-2019-briefing", hostile.stem)  # Chinese letters -> hash
    assert sorted(p.name for p in hostile.out.iterdir() if not p.name.startswith(".")) == sorted(
        f"{hostile.stem}.{ext}" for ext in ("html", "ipynb", "pdf"))
    assert not [p for p in hostile.out.rglob("*") if p.name.endswith(".tmp")]


def test_latex_commands_in_data_do_not_run(hostile: Built) -> None:
    built_ok(hostile)
    assert not hostile.pwned_before, "/tmp/pwned existed before the build; the check below proves nothing"  # type: ignore[attr-defined]
    assert not PWNED.exists()
    text = hostile.pdftotext
    assert "root:x:0:0" not in text and "/bin/bash" not in text and "nologin" not in text


@pytest.mark.parametrize("text", HOSTILE + [ZONE, TITLE, PUBLISHER])
def test_pdf_shows_each_string_literally(hostile: Built, text: str) -> None:
    pdf = squeeze(built_ok(hostile).pdftotext)
    assert squeeze(text) in pdf


@pytest.mark.parametrize("i", range(len(HOSTILE)))
def test_pdf_shows_every_label_and_quote(hostile: Built, i: int) -> None:
    pdf = squeeze(built_ok(hostile).pdftotext)
    assert squeeze(f"Label {i} {HOSTILE[i]}") in pdf
    assert squeeze(f"Quote {i} says {HOSTILE[i]} plainly.") in pdf


def test_pdf_title_block_and_metadata_are_literal(hostile: Built) -> None:
    text = built_ok(hostile).pdftotext
    assert ZONE in text  # the title block, on one line
    meta = PdfReader(hostile.path("pdf")).metadata
    assert meta.title == f"{ZONE}: 2019 briefing"
    assert meta.author == PUBLISHER


def test_pdf_embeds_a_noto_cjk_face(hostile: Built) -> None:
    fonts = subprocess.run(["pdffonts", str(built_ok(hostile).path("pdf"))], capture_output=True, text=True, check=True).stdout
    cjk = [line for line in fonts.splitlines() if re.search(r"Noto(Sans|Serif)CJK", line)]
    assert cjk, fonts
    assert all(line.split()[-5] == "yes" for line in cjk), fonts  # the "emb" column


# --- the HTML source ---------------------------------------------------------------------------------

class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_html_source_has_only_escaped_text(hostile: Built) -> None:
    html = built_ok(hostile).html
    parser = _Elements()
    parser.feed(html)
    tags = parser.tags
    assert not [t for t, _ in tags if t in ("script", "iframe", "object", "embed", "base", "form")]
    assert not [(t, a) for t, a in tags if any(name.startswith("on") for name in a)]
    assert not [(t, a) for t, a in tags if any((v or "").strip().lower().startswith("javascript:") for v in a.values())]
    assert all((a.get("src") or "").startswith("data:image/svg+xml;base64,") for t, a in tags if t == "img")
    assert "<script" not in html.lower()
    assert "<strong>bold</strong>" not in html and "<em>a</em>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert f"<title>{ZONE.replace('<', '&lt;').replace('>', '&gt;')}: 2019 briefing</title>" in html
    for text in ["[click](javascript:alert(1))", r"\input{/etc/passwd}", r"\write18{touch /tmp/pwned}", r"$\x$",
                 "50% &amp; R&amp;D #1 _a_ {b} ~c^", "**bold**", "旅顺经济开发区"]:
        assert text in html, text


# --- the HTML in a real browser ----------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
BASH = shutil.which("bash") or "/bin/bash"  # dash cannot redirect descriptors above 9


@dataclass
class PageVisit:
    """What happened while Chromium loaded a page: DevTools events and the final DOM."""

    events: list[dict] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    dom: dict = field(default_factory=dict)

    def of(self, *methods: str) -> list[dict]:
        return [e for e in self.events if e.get("method") in methods]

    @property
    def console_problems(self) -> list[str]:
        found = [json.dumps(e["params"])[:300] for e in self.of("Runtime.exceptionThrown")]
        found += [json.dumps(e["params"])[:300] for e in self.of("Runtime.consoleAPICalled")]
        found += [json.dumps(e["params"]["entry"])[:300] for e in self.of("Log.entryAdded")
                  if e["params"]["entry"].get("level") in ("error", "warning")]
        return found

    @property
    def requests(self) -> list[str]:
        return [e["params"]["request"]["url"] for e in self.of("Network.requestWillBeSent")]


DOM_PROBE = """(() => {
  const all = [...document.querySelectorAll('*')];
  return {
    scripts: document.querySelectorAll('script').length,
    handlers: all.filter(el => [...el.attributes].some(a => a.name.toLowerCase().startsWith('on'))).map(el => el.outerHTML.slice(0, 120)),
    jsLinks: all.filter(el => [...el.attributes].some(a => /^\\s*javascript:/i.test(a.value))).map(el => el.outerHTML.slice(0, 120)),
    images: [...document.images].map(img => img.getAttribute('src').slice(0, 30)),
    iframes: document.querySelectorAll('iframe,object,embed,base,form,meta[http-equiv=refresh]').length,
    strong: [...document.querySelectorAll('strong,b,em,i,a')].map(el => el.textContent),
    text: document.body.innerText,
    title: document.title,
  };
})()"""


def _above_ten(fd: int) -> int:
    """The same pipe end on a descriptor >= 10, so the shell's "3<&N 4>&M" can't overwrite one with the other."""
    high = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return high


def visit(url: str, profile: Path, settle: float = 1.0, timeout: float = 30) -> PageVisit:
    """Load ``url`` in headless Chromium over --remote-debugging-pipe (fd 3: to Chrome, fd 4: from Chrome,
    NUL-terminated JSON), recording dialogs, console messages, exceptions, log entries and requests."""
    to_chrome_r, to_chrome_w = os.pipe()
    from_chrome_r, from_chrome_w = os.pipe()
    to_chrome_r, from_chrome_w = _above_ten(to_chrome_r), _above_ten(from_chrome_w)
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
            f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"]
    chrome = subprocess.Popen([BASH, "-c", f'exec "$0" "$@" 3<&{to_chrome_r} 4>&{from_chrome_w}', CHROMIUM, *args],
                              pass_fds=(to_chrome_r, from_chrome_w), stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    os.close(to_chrome_r)
    os.close(from_chrome_w)
    page = PageVisit()
    buffer = b""
    next_id = 0
    session: str | None = None

    def send(method: str, params: dict | None = None, to_page: bool = True) -> int:
        nonlocal next_id
        next_id += 1
        message = {"id": next_id, "method": method, "params": params or {}}
        if to_page and session:
            message["sessionId"] = session
        os.write(to_chrome_w, json.dumps(message).encode() + b"\0")
        return next_id

    def pump(done, seconds: float) -> dict | None:
        nonlocal buffer
        end = time.monotonic() + seconds
        while True:
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                if "method" in message:
                    page.events.append(message)
                    if message["method"] == "Page.javascriptDialogOpening":
                        page.dialogs.append(message["params"].get("message", ""))
                        send("Page.handleJavaScriptDialog", {"accept": True})
                if done(message):
                    return message
            left = end - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([from_chrome_r], [], [], left)
            if ready:
                chunk = os.read(from_chrome_r, 1 << 16)
                if not chunk:
                    return None
                buffer += chunk

    def call(method: str, params: dict | None = None, to_page: bool = True) -> dict:
        sent = send(method, params, to_page)
        reply = pump(lambda m: m.get("id") == sent, timeout)
        assert reply is not None and "error" not in reply, (method, reply)
        return reply["result"]

    try:
        target = call("Target.createTarget", {"url": "about:blank"}, to_page=False)["targetId"]
        session = call("Target.attachToTarget", {"targetId": target, "flatten": True}, to_page=False)["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            call(f"{domain}.enable")
        call("Page.navigate", {"url": url})
        assert pump(lambda m: m.get("method") == "Page.loadEventFired", timeout), "the page never finished loading"
        pump(lambda m: False, settle)  # let timers and late errors show up
        result = call("Runtime.evaluate", {"expression": DOM_PROBE, "returnByValue": True})
        page.dom = result["result"]["value"]
        try:
            call("Browser.close", to_page=False)
        except AssertionError:
            pass
        chrome.wait(10)
    finally:
        if chrome.poll() is None:
            os.killpg(chrome.pid, 9)
            chrome.wait()
        os.close(to_chrome_w)
        os.close(from_chrome_r)
    return page


@pytest.fixture(scope="session")
def in_browser(hostile: Built, tmp_path_factory: pytest.TempPathFactory) -> PageVisit:
    if CHROMIUM is None:
        pytest.fail("chromium is not installed")
    built_ok(hostile)
    return visit(hostile.path("html").resolve().as_uri(), tmp_path_factory.mktemp("chromium-profile"))


def test_browser_harness_catches_injected_script(tmp_path: Path) -> None:
    """The harness itself can fail: a page that does run script, logs and fetches is caught."""
    page_file = tmp_path / "bad.html"
    page_file.write_text(
        "<!doctype html><html><head><title>bad</title></head><body><p>x</p>"
        "<script>alert('dialog'); console.error('oops'); fetch('http://127.0.0.1:9/leak').catch(() => {});</script>"
        "<img src=x onerror=\"console.log('onerror ran')\"></body></html>", encoding="utf-8")
    page = visit(page_file.as_uri(), tmp_path / "profile")
    assert page.dialogs == ["dialog"]
    assert any("oops" in p for p in page.console_problems)
    assert any("onerror ran" in p for p in page.console_problems)
    assert any(url.startswith("http://127.0.0.1:9/") for url in page.requests)
    assert page.dom["scripts"] == 1 and page.dom["handlers"]


def test_browser_opens_no_dialog(in_browser: PageVisit) -> None:
    assert in_browser.dialogs == []


def test_browser_logs_no_console_error_or_exception(in_browser: PageVisit) -> None:
    assert in_browser.console_problems == []


def test_browser_makes_no_network_request(in_browser: PageVisit) -> None:
    requests = in_browser.requests
    assert requests and requests[0].startswith("file://")
    assert [u for u in requests if not u.startswith(("file://", "data:"))] == []


def test_browser_dom_has_no_injected_element(in_browser: PageVisit) -> None:
    dom = in_browser.dom
    assert dom["scripts"] == 0
    assert dom["handlers"] == [] and dom["jsLinks"] == []
    assert dom["iframes"] == 0
    assert len(dom["images"]) >= 2 and all(src.startswith("data:image/svg+xml") for src in dom["images"])
    assert "bold" not in dom["strong"] and "click" not in dom["strong"] and "a" not in dom["strong"]


def test_browser_shows_the_text_literally(in_browser: PageVisit) -> None:
    text = " ".join(in_browser.dom["text"].split())
    assert in_browser.dom["title"] == f"{ZONE}: 2019 briefing"
    for string in HOSTILE + [ZONE, TITLE, PUBLISHER]:
        assert " ".join(string.split()) in text, string
