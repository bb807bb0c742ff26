# Almanac: `make site` builds the example site into site/; `make test` runs every test.
SWIFT ?= swift
# Root installs directly; anyone else through sudo, and a clear message when there is no sudo to use.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
TEST_SITE := test-output/site
# A small French and Arabic site: axe, the layout checks and vnu on right-to-left pages and French numbers.
RTL_CONTENT := Tests/Browser/fixtures/rtl-content
RTL_SITE := test-output/site-rtl

.PHONY: site test unit-test browser-test deps test-tools goldens-png bench fuzz clean

## Install the C libraries Almanac links against (Debian: libcmark-dev, zlib1g-dev), if one is missing.
deps:
	@pkg-config --exists libcmark zlib 2>/dev/null || { \
		echo "Installing libcmark-dev and zlib1g-dev (CommonMark and zlib C libraries)…"; \
		scripts/can-install.sh "pkg-config libcmark-dev zlib1g-dev" && \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq pkg-config libcmark-dev zlib1g-dev; }

## Build the example content (content/) into site/ with a release build.
site: deps
	$(SWIFT) build -c release --product almanac
	$(SWIFT) run -c release --skip-build almanac build --content content --output site

## Every test: Swift unit, golden and whole-site tests, then the browser quality gates on the example site.
test: unit-test browser-test

unit-test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Builds the example site into test-output/site and checks it in headless Chromium (see Tests/Browser/README.md).
## Installs the browser stage's tools first when any is missing (quick when all are there).
browser-test: deps test-tools
	$(SWIFT) build --product almanac
	$(SWIFT) run --skip-build almanac build --quiet --content content --output $(TEST_SITE)
	scripts/browser-test.sh $(TEST_SITE)
	$(SWIFT) run --skip-build almanac build --quiet --content $(RTL_CONTENT) --output $(RTL_SITE)
	ALMANAC_CONTENT_DIR=$(RTL_CONTENT) ALMANAC_TEST_OUTPUT=test-output/rtl \
		scripts/browser-test.sh $(RTL_SITE) -k "accessibility or layout or html_validity"

## Installs what the browser stage needs (Chromium, Noto CJK fonts, Java, Python packages).
test-tools:
	scripts/install-test-tools.sh

## Renders the plotting goldens to PNG in test-output/goldens/ to look at them.
goldens-png:
	scripts/render-goldens.sh

## Build-speed benchmark on generated national-scale content (see Benchmarks/README.md).
bench: deps
	scripts/bench.sh

## libFuzzer targets on the content readers, FUZZ_SECONDS each (default 60); not part of `make test` (Fuzz/README.md).
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) scripts/fuzz.sh

clean:
	rm -rf .build .build-fuzz site test-output
