#!/usr/bin/env python3
"""Renders the vault diagram page of `mvn dv:diagram` (target/dv/vault.html) to docs/tpch-vault.png.

    mvn dv:diagram && python3 docs/render_diagram.py          # from examples/tpch

The page draws each subject area (the folders under specs/) in a viewport you zoom and pan. This script lets
headless Chromium render the page, takes the rendered document, opens every area at its full size, keeps the
title, legend and diagrams (not the tools and the entity table), and screenshots that: one picture of every table
the plugin draws. Needs Chromium or Chrome on the PATH; nothing is downloaded.
"""
import os
import re
import shutil
import subprocess
import sys

EXAMPLE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGE = os.path.join(EXAMPLE, "target", "dv", "vault.html")
STATIC = os.path.join(EXAMPLE, "target", "dv", "vault-static.html")
PICTURE = os.path.join(EXAMPLE, "docs", "tpch-vault.png")
# Every area at full size and open; only the title, the legend and the diagrams are shown.
STATIC_CSS = """<style>
  .dv-viewport { height: auto !important; overflow: visible !important; }
  .dv-viewport .mermaid { transform: none !important; }
  .dv-area > summary button, .dv-tools, #diagram ~ * { display: none !important; }
</style>"""
MARGIN, TITLE_HEIGHT, AREA_HEIGHT = 60, 160, 70


def main():
    browser = next((b for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
    if browser is None:
        sys.exit("no Chromium or Chrome on the PATH")
    if not os.path.exists(PAGE):
        sys.exit(f"{PAGE} is missing: run mvn dv:diagram first")
    rendered = chromium(browser, "--dump-dom", "--virtual-time-budget=20000", "file://" + PAGE).stdout
    if 'data-dv-status="rendered"' not in rendered:
        sys.exit("the diagram page did not finish rendering")
    # the scripts ran already; without them the page stays as rendered
    static = re.sub(r"<script\b.*?</script>", "", rendered, flags=re.S)
    static = static.replace('<details class="dv-area"', '<details open class="dv-area"')
    static = static.replace("</head>", STATIC_CSS + "</head>", 1)
    with open(STATIC, "w", encoding="utf-8") as f:
        f.write(static)
    boxes = [tuple(float(v) for v in box.split()[2:]) for box in re.findall(
        r'<svg[^>]*class="erDiagram"[^>]*viewBox="([^"]+)"', static)]
    width = int(max(w for w, _ in boxes)) + 2 * MARGIN
    height = int(sum(h for _, h in boxes)) + TITLE_HEIGHT + AREA_HEIGHT * len(boxes)
    chromium(browser, "--hide-scrollbars", f"--window-size={width},{height}", "--screenshot=" + PICTURE,
             "file://" + STATIC)
    print(f"{PICTURE}: {len(boxes)} subject areas, {width} x {height} px")


def chromium(browser, *arguments):
    command = [browser, "--headless", "--disable-gpu", "--no-sandbox", *arguments]
    completed = subprocess.run(command, capture_output=True, text=True, timeout=180)
    if completed.returncode != 0:
        sys.exit(f"{browser} failed ({completed.returncode}): {completed.stderr[-2000:]}")
    return completed


if __name__ == "__main__":
    main()
