# The two commands a newcomer needs: `make run` and `make test`. Both create .venv and
# install the project (with its test extras) on first use.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
TS     := resources/translations/werkfit_nl.ts
QM     := resources/translations/werkfit_nl.qm

.PHONY: run test lint bench translations update-translations revision wheel clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
	touch $(STAMP)

# The Dutch translation is compiled at install time (and before building a wheel).
$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

translations: $(QM)

run: $(STAMP) $(QM)
	$(BIN)/werkfit $(ARGS)

test: $(STAMP) $(QM)
	$(BIN)/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check src tests migrations

# The benchmark suite (benches/): builds the large and huge databases once (cached in
# benches/.data/), measures every performance target and writes docs/performance.md.
bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benches.run $(BENCH_ARGS)

# After adding or changing user-visible strings: collect them into the .ts file.
update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete -locations none -source-language en -target-language nl \
		$$(find src/werkfit_desktop -name '*.py' | sort) -ts $(TS)

# A new migration, generated from the models (review it before committing).
revision: $(STAMP)
	$(BIN)/python -m werkfit_desktop.persistence.revision "$(m)"

wheel: $(STAMP) $(QM)
	$(BIN)/python -m pip wheel --no-deps --no-build-isolation --wheel-dir dist .

clean:
	rm -rf $(VENV) dist build .pytest_cache
