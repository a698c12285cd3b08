# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: setup run ask index sources eval test test-cluster test-full bench clean fonts bytecode

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test,bench,cluster]"
	touch $(STAMP)

setup: $(STAMP)

# The main job: the Telegram bot when TELEGRAM_BOT_TOKEN is set, else questions at a prompt.
run: $(STAMP) bytecode
	@if [ -n "$${TELEGRAM_BOT_TOKEN:-}" ]; then \
		$(BIN)/danvan bot; \
	else \
		echo "TELEGRAM_BOT_TOKEN chưa được đặt: chạy hỏi đáp trên dòng lệnh."; \
		echo "Để chạy bot: export TELEGRAM_BOT_TOKEN=<token từ @BotFather> rồi chạy lại 'make run'."; \
		$(BIN)/danvan ask; \
	fi

# make ask Q="câu hỏi"; without Q, questions at a prompt.
ask: $(STAMP) bytecode
	@$(BIN)/danvan ask $(if $(Q),"$(Q)",)

index: $(STAMP)
	$(BIN)/danvan index

sources: $(STAMP)
	$(BIN)/danvan sources

# Quality figures on the sets in eval/ (tune on *_tune, report *_test; rounds 13, 17 and 19 on
# their own corpora, eval/corpus13, eval/corpus17 and eval/corpus19, each with an index of its own); viquad_dev
# (VIQUAD=../shared/eval/viquad_dev by default) only when it is there.
VIQUAD ?= ../shared/eval/viquad_dev
eval: $(STAMP)
	$(BIN)/danvan eval --questions eval/seed_questions_dev.jsonl
	$(BIN)/danvan eval --questions eval/seed_questions_dev.jsonl --strip-accents
	@for set in answerable slips near_misses off_topic smalltalk answerable2 slips2 near_misses2 off_topic2 smalltalk2 answerable3 slips3 near_misses3 off_topic3 smalltalk3 answerable4 slips4 near_misses4 off_topic4 smalltalk4 answerable5 slips5 near_misses5 off_topic5 smalltalk5 answerable6 answerable7 slips7 near_misses7 off_topic7 smalltalk7 answerable8 slips8 near_misses8 off_topic8 smalltalk8 slips9 near_misses9 off_topic9 answerable10 slips10 near_misses10 off_topic10 smalltalk10 answerable11 slips11 near_misses11 off_topic11 smalltalk11 answerable12 slips12 near_misses12 off_topic12 smalltalk12 answerable14 slips14 near_misses14 off_topic14 smalltalk14 answerable15 slips15 near_misses15 off_topic15 smalltalk15 answerable16 slips16 near_misses16 off_topic16 smalltalk16 answerable18 slips18 near_misses18 off_topic18 smalltalk18; do \
		$(BIN)/danvan eval --questions eval/$${set}_test.jsonl || exit 1; \
	done
	$(BIN)/danvan eval --questions eval/answerable_test.jsonl --strip-accents
	$(BIN)/danvan eval --questions eval/answerable2_test.jsonl --strip-accents
	$(BIN)/danvan eval --questions eval/answerable3_test.jsonl --strip-accents
	$(BIN)/danvan eval --questions eval/answerable4_test.jsonl --strip-accents
	$(BIN)/danvan eval --questions eval/answerable5_test.jsonl --strip-accents
	$(BIN)/danvan eval --questions eval/answerable6_test.jsonl --strip-accents
	$(BIN)/danvan eval --questions eval/answerable7_test.jsonl --strip-accents
	$(BIN)/danvan eval --questions eval/answerable8_test.jsonl --strip-accents
	$(BIN)/danvan eval --questions eval/answerable10_test.jsonl --strip-accents
	$(BIN)/danvan eval --questions eval/answerable11_test.jsonl --strip-accents
	$(BIN)/danvan eval --questions eval/answerable12_test.jsonl --strip-accents
	$(BIN)/danvan eval --questions eval/answerable14_test.jsonl --strip-accents
	$(BIN)/danvan eval --questions eval/answerable15_test.jsonl --strip-accents
	$(BIN)/danvan eval --questions eval/answerable16_test.jsonl --strip-accents
	$(BIN)/danvan eval --questions eval/answerable18_test.jsonl --strip-accents
	@for set in answerable13 slips13 near_misses13 off_topic13 smalltalk13; do \
		$(BIN)/danvan eval --corpus eval/corpus13 --index-dir .cache/index-corpus13 --questions eval/$${set}_test.jsonl || exit 1; \
	done
	$(BIN)/danvan eval --corpus eval/corpus13 --index-dir .cache/index-corpus13 --questions eval/answerable13_test.jsonl --strip-accents
	@for set in answerable17 near_misses17 off_topic17; do \
		$(BIN)/danvan eval --corpus eval/corpus17 --index-dir .cache/index-corpus17 --questions eval/$${set}_test.jsonl || exit 1; \
	done
	$(BIN)/danvan eval --corpus eval/corpus17 --index-dir .cache/index-corpus17 --questions eval/answerable17_test.jsonl --strip-accents
	@for set in answerable19 slips19 near_misses19 off_topic19 smalltalk19; do \
		$(BIN)/danvan eval --corpus eval/corpus19 --index-dir .cache/index-corpus19 --questions eval/$${set}_test.jsonl || exit 1; \
	done
	$(BIN)/danvan eval --corpus eval/corpus19 --index-dir .cache/index-corpus19 --questions eval/answerable19_test.jsonl --strip-accents
	@if [ -d "$(VIQUAD)" ]; then \
		$(BIN)/danvan eval --corpus $(VIQUAD)/corpus.jsonl --questions $(VIQUAD)/questions.jsonl && \
		$(BIN)/danvan eval --corpus $(VIQUAD)/corpus.jsonl --questions $(VIQUAD)/questions.jsonl --strip-accents && \
		$(BIN)/danvan eval --questions $(VIQUAD)/questions.jsonl --unanswerable; \
	else echo "viquad_dev not found at $(VIQUAD): skipped (set VIQUAD=...)"; fi

# The PDF fixtures of tests/documents need the DejaVu fonts (Debian: fonts-dejavu-core);
# without them, and without apt-get to install them, those tests are skipped.
FONT := /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf
fonts:
	@if [ ! -f $(FONT) ] && command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && apt-get install -y -qq fonts-dejavu-core >/dev/null; \
	fi

# Every core: the suite waits on subprocesses and a local Bot API server as much as it computes;
# worksteal: a worker done early takes tests queued for the other (the index-damage and load
# tests are long, and a plain split left one worker idle at the end: 3 min 01-11 s vs 2 min 41 s-3 min 01 s).
# The builds on a Dask cluster are left to make test-cluster.
test: $(STAMP) fonts bytecode
	$(BIN)/python -m pytest -q -n auto --dist worksteal -m "not cluster"

# The project's own modules as bytecode: an editable install is not byte-compiled, and
# where PYTHONDONTWRITEBYTECODE is set nothing ever writes it, so every `danvan` process
# (the suite starts about a hundred) would compile some 90 modules again (~0.3 s each
# time). Python still checks each source's time, so a stale file is never used.
bytecode: $(STAMP)
	@$(BIN)/python -m compileall -q retrieval bot tests >/dev/null

# Builds on a LocalCluster of two worker processes (tests/analysis/test_distributed.py), one
# test at a time: each cluster already takes both cores. 30–55 s on 2 cores.
test-cluster: $(STAMP) bytecode
	$(BIN)/python -m pytest -q -m cluster

# The load and fuzz tests at full size (100 users x 10 questions; 2,425 fuzz examples).
test-full: $(STAMP) fonts
	DANVAN_FULL_TESTS=1 $(BIN)/python -m pytest -q -n auto

bench: $(STAMP)
	$(BIN)/python bench/bench_scale.py

clean:
	rm -rf .cache $(VENV)
