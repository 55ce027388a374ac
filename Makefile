# Two commands matter: `make demo` and `make test`. Both bootstrap everything they need.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin

# Shared libraries the Qt xcb/offscreen platform plugins load; a fresh Debian/Ubuntu lacks some.
QT_SYSTEM_LIBS := libEGL.so.1:libegl1 libGL.so.1:libgl1 libfontconfig.so.1:libfontconfig1 \
	libxkbcommon.so.0:libxkbcommon0 libxkbcommon-x11.so.0:libxkbcommon-x11-0 \
	libdbus-1.so.3:libdbus-1-3 libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 \
	libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-shape.so.0:libxcb-shape0 \
	libxcb-randr.so.0:libxcb-randr0 libxcb-render-util.so.0:libxcb-render-util0 \
	libxcb-image.so.0:libxcb-image0 libxcb-xkb.so.1:libxcb-xkb1 libX11-xcb.so.1:libx11-xcb1 \
	libglib-2.0.so.0:libglib2.0-0 libfreetype.so.6:libfreetype6 fonts-dejavu-core:fonts-dejavu-core

FORMS := $(wildcard ui/*.ui)
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: all demo test test-full lint bench bundle bundle-check forms translations lupdate clean system-deps pins \
	screenshots soak soak-sessions soak-outbox soak-starts

all: test

# A tool from Debian's packages, installed when its command is missing:
# $(call apt-on-demand,<command>,<packages>,<what it is for>)
apt-on-demand = command -v $(1) >/dev/null 2>&1 || { \
	echo "Installing $(3): $(2)"; \
	if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	$$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(2); }

system-deps: .stamp-system-deps
.stamp-system-deps:
	@missing=""; \
	for pair in $(QT_SYSTEM_LIBS); do \
	  lib=$${pair%%:*}; pkg=$${pair##*:}; \
	  if [ "$$lib" = "$$pkg" ]; then \
	    dpkg -s "$$pkg" >/dev/null 2>&1 || missing="$$missing $$pkg"; \
	  else \
	    ldconfig -p | grep -q "$$lib" || missing="$$missing $$pkg"; \
	  fi; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages Qt needs:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi
	@touch $@

# Every Python package at the version in constraints.txt: what ships is what was tested.
$(VENV)/.installed: pyproject.toml constraints.txt | .stamp-system-deps
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q -c constraints.txt pip
	$(PY) -m pip install -q -c constraints.txt -e '.[test,bundle]'
	@touch $@

# Refresh the pins: the newest versions pyproject.toml allows, installed in a throw-away venv and
# written to constraints.txt, then the whole suite on them. Read the diff before committing it.
PINS_VENV := build/pins-venv
pins:
	rm -rf $(PINS_VENV)
	$(PYTHON) -m venv $(PINS_VENV)
	$(PINS_VENV)/bin/python -m pip install -q --upgrade pip
	$(PINS_VENV)/bin/python -m pip install -q -e '.[test,bundle]'
	{ grep '^#' constraints.txt; \
	  $(PINS_VENV)/bin/python -m pip freeze --all --exclude-editable \
	    | grep -v '^\(setuptools\|wheel\)=='; } > constraints.txt.new
	mv constraints.txt.new constraints.txt
	rm -rf $(PINS_VENV)
	$(MAKE) test

venv: $(VENV)/.installed

translations: $(QM)

# New or moved tr() strings into the three .ts files (their translations are then written by
# hand; tests/qt/test_kiosk_i18n.py fails on any left unfinished).
lupdate: $(VENV)/.installed
	$(BIN)/pyside6-lupdate $$(git ls-files 'kiosk/qt/*.py' 'kiosk/selfcheck/*.py' 'ui/*.ui' \
	  | grep -v '^kiosk/qt/forms/') \
	  $(foreach ts,$(TS),-ts $(ts))
resources/translations/%.qm: resources/translations/%.ts $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

lint: $(VENV)/.installed
	$(BIN)/ruff check kiosk tests benchmarks
	$(BIN)/ruff format --check kiosk tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

# Two workers (the machines have 2 cores) that take tests from each other when one runs out;
# PYTEST_WORKERS=0 runs everything in this process.
PYTEST_WORKERS ?= 2
# Bytecode is written even where the environment says not to (PYTHONDONTWRITEBYTECODE): without it
# each of the run's processes compiles the package and rewrites every test module again.
# The person-view layout test (tests/qt/screens/test_person_view.py) is left out until the
# layouts pass it; make test-full runs it on the whole grid of sizes.
test: $(VENV)/.installed translations lint
	QT_QPA_PLATFORM=offscreen env -u PYTHONDONTWRITEBYTECODE \
	  $(BIN)/pytest -n $(PYTEST_WORKERS) --dist worksteal -m "not person_view"

# The person-view layout test on every size of the grid (1024x768 to 1920x1080 and 768x1024 to
# 1080x1920 in steps of 128 px) and forty drawn at random: about an hour on 2 cores.
test-full: $(VENV)/.installed translations
	KIOSK_LAYOUT_GRID=full QT_QPA_PLATFORM=offscreen env -u PYTHONDONTWRITEBYTECODE \
	  $(BIN)/pytest -n $(PYTEST_WORKERS) --dist worksteal -m person_view

demo: $(VENV)/.installed translations
	$(BIN)/kiosk --demo $(DEMO_ARGS)

# Every screen in every language at 1920x1080, 1080x1920 and 1024x768 (docs/screenshots/).
screenshots: $(VENV)/.installed translations
	QT_QPA_PLATFORM=offscreen $(PY) -m tests.support.screenshots


# The reference central's throughput is measured with Debian's wrk (a C load generator that is
# not itself the bottleneck); installed on demand like the other system packages.
.stamp-wrk:
	@$(call apt-on-demand,wrk,wrk,the HTTP load generator for make bench)
	@touch $@

# make bench times the kiosk's start beside headless Chromium showing a kiosk page: Debian's
# chromium, installed on demand like wrk.
.stamp-chromium:
	@$(call apt-on-demand,chromium,chromium,the browser make bench compares the start-up with)
	@touch $@

# Figures, not tests: nothing here is part of `make test`. BENCH_ARGS e.g. "--cycles 10000" or
# "--only start-up".
bench: $(VENV)/.installed translations .stamp-wrk .stamp-chromium
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run $(BENCH_ARGS)

# The long forms, not part of `make test` (which runs their short forms).
soak: soak-sessions soak-outbox soak-starts

# 10,000 visitors' sessions of every journey with faults mixed in; fails unless memory, threads,
# descriptors and the live QObjects of every class stay flat after the warm-up (about an hour
# on 2 cores). SOAK_ARGS e.g. "--sessions 2000" for a shorter run.
soak-sessions: $(VENV)/.installed translations
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.soak $(SOAK_ARGS)

# The activation outbox's crash test in full: 100+ SIGKILLs of the sender over 200 activations.
soak-outbox: $(VENV)/.installed
	KIOSK_SOAK=1 QT_QPA_PLATFORM=offscreen $(BIN)/pytest -p no:cacheprovider tests/core/cashier/test_outbox_crash.py

# 200 kiosk starts, each against an outbox replaying queued activations, with no failed fetch
# (the start-up import race); `make test` runs three.
soak-starts: $(VENV)/.installed translations
	KIOSK_SOAK=1 QT_QPA_PLATFORM=offscreen $(BIN)/pytest -p no:cacheprovider -n $(PYTEST_WORKERS) tests/qt/test_startup_imports.py

# pyside6-uic imports some thirty Qt classes into every form; the unused ones are removed, as
# PySide6 builds each class (and its enums) on first import: ~10 ms before the start screen.
# It also leaves setupUi and retranslateUi unannotated, so mypy would skip their bodies and take
# every widget of the form for Any: sed gives them the form's top widget class (the .ui's first
# <widget>, which uic imports) and "-> None", and the screens' uses of the form are checked.
forms: $(VENV)/.installed
	@for f in $(FORMS); do \
	  name=$$(basename $$f .ui); out=kiosk/qt/forms/ui_$$name.py; \
	  $(BIN)/pyside6-uic $$f -o $$out; \
	  top=$$(grep -m 1 -o '<widget class="[A-Za-z0-9_]*"' $$f | cut -d '"' -f 2); \
	  sed -i -E "s/^    def (setupUi|retranslateUi)\(self, (\w+)\):$$/    def \1(self, \2: $$top) -> None:/" $$out; \
	done
	$(BIN)/ruff check --isolated --select F401 --fix --quiet kiosk/qt/forms/ui_*.py

# The bundle swaps Qt's 32 MB ICU data for an empty stub compiled here (see build.spec).
.stamp-c-compiler:
	@$(call apt-on-demand,cc,gcc libc6-dev,a C compiler for the bundle's ICU stub)
	@touch $@

bundle: $(VENV)/.installed translations .stamp-c-compiler
	$(BIN)/pyinstaller --noconfirm --clean build.spec

# CI: build the bundle and run it: the self-check (demo central, resources, all translations,
# a demo card scan), then the kiosk itself up to its start screen, in demo and in production
# mode (against a central that does not answer).
bundle-check: bundle
	$(PY) -c 'import subprocess, tomllib; \
	  version = tomllib.load(open("pyproject.toml", "rb"))["project"]["version"]; \
	  shown = subprocess.run(["dist/kiosk/kiosk", "--version"], capture_output=True, text=True, check=True).stdout; \
	  assert shown.strip() == f"kiosk {version}", f"bundle says {shown!r}, pyproject {version}"'
	QT_QPA_PLATFORM=offscreen dist/kiosk/kiosk --self-check --demo
	QT_QPA_PLATFORM=offscreen KIOSK_EXIT_WHEN_READY=1 dist/kiosk/kiosk --demo
	printf '[central]\nurl = "http://127.0.0.1:9"\nterminal_id = "CI-01"\ntoken = "ci"\n' \
	  > build/ci-kiosk.toml
	QT_QPA_PLATFORM=offscreen KIOSK_EXIT_WHEN_READY=1 dist/kiosk/kiosk --config build/ci-kiosk.toml

clean:
	rm -rf build dist .stamp-* $(QM)
