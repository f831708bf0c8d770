"""`tradeie extract FILE --format html` opened in headless Chromium: it renders, highlights and
shows the key text. Skipped when no browser is installed, unless TRADEIE_REQUIRE_BROWSER=1
(CI sets it, so a missing browser fails there instead of passing silently)."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import zlib
from collections import Counter
from pathlib import Path

import pytest

from tradeie.render import LABEL_COLORS

REPO = Path(__file__).resolve().parents[1]
ARTICLE = REPO / "examples" / "china_trade_2024.txt"
WIDTH, HEIGHT = 1200, 1600


def _browser() -> str | None:
    for candidate in (os.environ.get("TRADEIE_BROWSER"), "/usr/bin/chromium", "chromium",
                      "chromium-browser", "google-chrome", "google-chrome-stable"):
        if candidate and (found := shutil.which(candidate)):
            return found
    return None


BROWSER = _browser()
if BROWSER is None:
    if os.environ.get("TRADEIE_REQUIRE_BROWSER") == "1":
        raise RuntimeError("TRADEIE_REQUIRE_BROWSER=1 but no Chromium found (apt-get install "
                           "chromium, or set TRADEIE_BROWSER)")
    pytest.skip("no headless Chromium installed", allow_module_level=True)


def _chromium(tmp: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [BROWSER, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=180,
    )


def _report(tmp: Path, text_file: Path, published: str | None = "2025-01-13") -> Path:
    """Run the command as a user would, output redirected to a file."""
    out = tmp / "report.html"
    args = [sys.executable, "-m", "tradeie.cli", "extract", str(text_file), "--format", "html"]
    if published:
        args += ["--published", published]
    with out.open("w", encoding="utf-8") as handle:
        proc = subprocess.run(args, stdout=handle, stderr=subprocess.PIPE, text=True,
                              timeout=300, cwd=REPO)
    assert proc.returncode == 0, proc.stderr
    return out


def _png_pixels(data: bytes) -> tuple[int, int, list[tuple[int, ...]]]:
    """A minimal PNG reader (8-bit RGB/RGBA, not interlaced), to avoid needing Pillow."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    pixels = []
    for y in range(height):
        kind = raw[y * (stride + 1)]
        row = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(bpp, stride):
                row[i] = (row[i] + row[i - bpp]) & 0xFF
        elif kind == 2:
            row = bytearray((a + b) & 0xFF for a, b in zip(row, prev, strict=True))
        elif kind == 3:
            for i in range(stride):
                left = row[i - bpp] if i >= bpp else 0
                row[i] = (row[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = row[i - bpp] if i >= bpp else 0
                b, c = prev[i], prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                row[i] = (row[i] + pred) & 0xFF
        pixels.extend(tuple(row[i:i + 3]) for i in range(0, stride, bpp))
        prev = row
    return width, height, pixels


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return tuple(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))


def _near(pixel, target, tolerance: int = 8) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, target, strict=True))


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    return _report(tmp_path_factory.mktemp("report"), ARTICLE)


def test_report_renders_with_highlights(report, tmp_path):
    shot = tmp_path / "report.png"
    proc = _chromium(tmp_path, f"--screenshot={shot}", f"--window-size={WIDTH},{HEIGHT}",
                     report.as_uri())
    assert shot.is_file() and shot.stat().st_size > 10_000, proc.stderr[-2000:]
    width, height, pixels = _png_pixels(shot.read_bytes())
    assert (width, height) == (WIDTH, HEIGHT)
    counts = Counter(pixels)
    background, most = counts.most_common(1)[0]
    assert most / len(pixels) < 0.97, "the page is (almost) blank"
    assert len(counts) > 50  # text antialiasing alone gives hundreds of shades
    # the labels' colours are on screen: entity underlines, label boxes, table chips
    for label in ("MONEY", "PERCENT", "DATE", "AGENCY"):
        target = _rgb(LABEL_COLORS[label])
        hits = sum(n for colour, n in counts.items() if _near(colour, target))
        assert hits > 200, (label, hits)


def test_report_dom_has_the_key_text(report, tmp_path):
    proc = _chromium(tmp_path, "--dump-dom", report.as_uri())
    dom = proc.stdout
    assert "<body" in dom, proc.stderr[-2000:]
    for text in ("43.85 trillion yuan", "25.45 trillion yuan", "trade.exports",
                 "General Administration of Customs", "Consistency checks",
                 "exports + imports = total", "Facts in context", "published 2025-01-13"):
        assert text in dom, text


def test_article_markup_cannot_inject_into_the_report(tmp_path):
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "Exports rose 5 percent to $3 billion in 2024.<script>document.title='PWNED';"
        "document.body.innerHTML='PWNED'</script> Imports <img src=x onerror="
        "\"document.title='PWNED'\"> fell 2 percent, the Commerce Department said.",
        encoding="utf-8")
    report = _report(tmp_path, hostile)
    dom = _chromium(tmp_path, "--dump-dom", report.as_uri()).stdout
    assert "<body" in dom
    assert "<script" not in dom.lower() and "<img" not in dom.lower()
    assert "<title>hostile.txt</title>" in dom  # no script ran
    assert "&lt;script&gt;" in dom and "Consistency checks" in dom
