# Quick start: `make run` (set up everything, open the workstation) and `make test` (set up, run all checks).
.PHONY: setup run test bundle bench clean

setup:
	@bash scripts/setup.sh

run: setup
	.venv/bin/workstation $(ARGS)

test: setup
	bash scripts/test.sh $(ARGS)

bundle: setup
	bash scripts/bundle.sh

bench: setup
	QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py

clean:
	rm -rf build dist .venv
