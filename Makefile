# Two commands matter on a fresh clone: `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
BUNDLE := build/bundle
SOURCES := $(shell find content -type f 2>/dev/null)
# The interface translations: the .ts sources are committed, the .qm are built from them.
TS := $(wildcard resources/translations/handbook_*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint translations translations-check screenshots-languages typecheck architecture fuzz attack sockets walk mutate bench package package-test bundle fonts clean problems-doc screenshots shots translations-doc

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(BUNDLE)/manifest.json: $(STAMP) $(SOURCES)
	$(BIN)/handbook build content -o $(BUNDLE)

bundle: $(BUNDLE)/manifest.json

$(QM) &: $(TS) | $(STAMP)
	$(BIN)/python tools/translations.py release

# Read the interface's strings into every .ts (keeping their translations), compile the .qm,
# and print per language how many entries are finished (docs/translations.md).
translations: $(STAMP)
	$(BIN)/python tools/translations.py update

# Fails when a .ts lacks a string of the code; counts the unfinished entries per language.
translations-check: $(STAMP)
	$(BIN)/python tools/translations.py check

run: $(BUNDLE)/manifest.json $(QM)
	$(BIN)/handbook-app --allow-unsigned --bundle $(BUNDLE)

lint: $(STAMP) typecheck
	$(BIN)/ruff check handbook_app tests bench tools
	$(BIN)/ruff format --check handbook_app tests bench tools
	$(BIN)/python tools/imports.py

# mypy: strict for handbook_app and tools (pyproject.toml), relaxed for the tests (tests/mypy.ini).
typecheck: $(STAMP)
	$(BIN)/mypy
	$(BIN)/mypy --config-file tests/mypy.ini

# Redraws the import picture in docs/architecture.md from the code; checks the layers.
architecture: $(STAMP)
	$(BIN)/python tools/imports.py --update docs/architecture.md

test: $(STAMP) lint $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

# Start page, checklist, guide, country in light, dark and high contrast at three sizes,
# and in German, Polish and Ukrainian at 1366x768.
screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py

# The counter tasks by real key presses in a real X11 window (needs: apt-get install xvfb
# xdotool imagemagick); SHOTS=dir keeps a screen picture after each task.
walk: $(BUNDLE)/manifest.json $(QM)
	xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python tools/walk.py $(BUNDLE) $(if $(SHOTS),--shots $(SHOTS))

# Only the pages in German, Polish and Ukrainian (1366x768), to check longer words fit.
screenshots-languages: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py --languages

fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m 'not slow' tests/test_fuzz.py -p no:cacheprovider --hypothesis-show-statistics

# The attack suite (docs/security.md) at scale: larger hostile inputs, more examples.
attack: $(STAMP)
	HYPOTHESIS_PROFILE=attack HANDBOOK_ATTACK_SCALE=full QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m attack -p no:cacheprovider
	DURABILITY_KILLS=300 $(BIN)/python -m pytest -q tests/test_durability.py -p no:cacheprovider

# No sockets at the C level: the self-test and a scripted session under strace -f
# (also part of make test; skipped with the reason when strace is missing).
sockets: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -rs tests/test_sockets.py -p no:cacheprovider

# Mutation testing of the core, each module against its own tests (docs/testing.md);
# slow and CPU-heavy, so niced. MODULES=core/route.py picks modules.
mutate: $(STAMP)
	nice -n 10 $(BIN)/python tools/mutate.py $(MODULES)

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench.preview

# The table of every problem and its fix in docs/authoring.md, made from the builder's code.
problems-doc: $(STAMP)
	$(BIN)/handbook problems --update docs/authoring.md

# The coverage table of the translations in README.md (`handbook check --translations`).
translations-doc: $(STAMP)
	$(BIN)/handbook check content --translations --update README.md

# The one-folder app dist/handbook-app/, with a bundle built from content/ inside
# (signed when HANDBOOK_SIGNING_KEY names a key). See docs/packaging.md.
package: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	du -sh dist/handbook-app

package-test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m slow tests/test_package.py

# The phrasebook's fonts in resources/fonts/ (needs: apt-get install fonts-noto-core
# fonts-noto-cjk). Run again when the glyph test (tests/gui/test_fonts.py) fails.
fonts: $(STAMP)
	$(BIN)/python resources/fonts/subset.py content

# The Talk panel's screenshots in docs/screenshots/ (1366x768; pdftoppm for the card), and
# the same at 1920x1080 in build/shots-1920/ to check a larger screen.
shots: $(BUNDLE)/manifest.json
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/shots.py $(BUNDLE) docs/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/shots.py $(BUNDLE) build/shots-1920 --size 1920x1080

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
