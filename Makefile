# stylelint — common tasks. `make test` is what CI runs.
GO          ?= go
STATICCHECK_VERSION := v0.7.0
BIN         := bin/stylelint
GOBIN       := $(CURDIR)/bin/tools
STATICCHECK := $(GOBIN)/staticcheck
FUZZTIME    ?= 30s
BENCHSTAT   := $(GOBIN)/benchstat
BENCHSTAT_VERSION := v0.0.0-20260908200009-22c9c6c9d4da
BENCHCOUNT  ?= 1

.PHONY: all build install test test-beam bench-smoke lint vet staticcheck bench benchstat fuzz generate model cvscore clean devset

all: build

# VERSION is stamped into the binary (stylelint --version, SARIF's
# tool.driver.version): the tag or commit, "-dirty" with local changes.
VERSION     ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS     := -X github.com/stylelint-dev/stylelint/internal/cli.Version=$(VERSION)

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/stylelint

# install puts stylelint in $(go env GOPATH)/bin (or $GOBIN), stamped.
install:
	$(GO) install -ldflags "$(LDFLAGS)" ./cmd/stylelint

$(STATICCHECK):
	GOBIN=$(GOBIN) $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)

vet:
	$(GO) vet ./...

staticcheck: $(STATICCHECK)
	$(STATICCHECK) ./...

lint: vet staticcheck
	@test -z "$$(gofmt -l .)" || { echo "gofmt needed:"; gofmt -l .; exit 1; }

# The trainers (tools/) refit every model to check that the committed ones
# reproduce byte for byte: numeric code the race detector slows six-fold
# (minutes in CI); the engine they drive is race-tested by the other
# packages, so they run without it.
test: lint
	$(GO) test -race $$($(GO) list ./... | grep -v /tools/)
	$(GO) test ./tools/...
	$(MAKE) bench-smoke
	$(MAKE) test-beam

# Every benchmark once: a benchmark checks what it measures (the findings
# it expects), and one that stopped working must fail here, not in the
# next make bench.
bench-smoke:
	$(GO) test -run '^$$' -bench . -benchtime 1x ./...

# The Beam pipeline (beam/) is a module of its own: the Beam SDK is large,
# so the CLI's build, `go test ./...` and `go install` never fetch it.
# test-beam vets it and runs its tests on Beam's embedded runner (prism).
test-beam: $(STATICCHECK)
	cd beam && $(GO) vet ./... && $(STATICCHECK) ./... && $(GO) test ./...

# bench runs every benchmark (per rule, lexicon, engine, CLI in process,
# one small file through the built binary) and prints MB/s; the raw output
# goes to bench.txt. To compare a change: cp bench.txt old.txt, change,
# make bench BENCHCOUNT=6, make benchstat OLD=old.txt.
bench:
	@nproc 2>/dev/null | sed 's/^/cores: /' || true
	$(GO) test -run '^$$' -bench . -benchmem -count $(BENCHCOUNT) ./... | tee bench.txt | grep -E '^Benchmark'

$(BENCHSTAT):
	GOBIN=$(GOBIN) $(GO) install golang.org/x/perf/cmd/benchstat@$(BENCHSTAT_VERSION)

benchstat: $(BENCHSTAT)
	$(BENCHSTAT) $(OLD) bench.txt

fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "== $$pkg $$t ($(FUZZTIME))"; \
	    $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

# generate regenerates the embedded data: the lexicon (needs apt-get, npm)
# and the boilerplate line model (needs ../shared/pool and ../shared/devset).
generate:
	$(GO) generate ./internal/wordclass ./internal/wordfreq ./internal/lexicon ./internal/furniture ./rules/... ./internal/config

model:
	$(GO) generate ./internal/furniture ./rules/...

# cvscore scores the pool's train half out of fold (tools/cvscore.sh): each
# site-grouped fold linted by models fitted without it, then each fold alone
# and the same builds on the validation half.
cvscore:
	tools/cvscore.sh --also ../shared/pool/validation ../shared/pool/train

clean:
	rm -rf bin bench.txt
