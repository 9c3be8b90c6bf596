# Two commands do all the set-up on a fresh Debian machine with Python 3.11:
#   make briefing   install everything into .venv, then brief seeds/ into output/DATE/
#   make test       install the same way, then run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := espeak-ng

.PHONY: briefing test setup system bench clean

briefing: setup
	$(BIN)/briefing run seeds/ --all

test: setup
	$(BIN)/python -m pytest

setup: $(VENV)/.installed

system:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

# torch is pinned and installed first: an unpinned torch pulls a multi-GB CUDA build.
$(VENV)/.installed: pyproject.toml Makefile | system
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e '.[test,piper]'
	touch $@

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf output .pytest_cache
