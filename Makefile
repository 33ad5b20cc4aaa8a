# stylelint — common tasks. `make test` is what CI runs.
GO          ?= go
STATICCHECK_VERSION := v0.7.0
BIN         := bin/stylelint
GOBIN       := $(CURDIR)/bin/tools
STATICCHECK := $(GOBIN)/staticcheck
FUZZTIME    ?= 30s

.PHONY: all build test lint vet staticcheck bench fuzz generate clean devset

all: build

build:
	$(GO) build -o $(BIN) ./cmd/stylelint

$(STATICCHECK):
	GOBIN=$(GOBIN) $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)

vet:
	$(GO) vet ./...

staticcheck: $(STATICCHECK)
	$(STATICCHECK) ./...

lint: vet staticcheck
	@test -z "$$(gofmt -l .)" || { echo "gofmt needed:"; gofmt -l .; exit 1; }

test: lint
	$(GO) test -race ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./... | tee bench.txt | grep -E 'Benchmark|MB/s' || true

fuzz:
	@for pkg in $$($(GO) list ./...); do \
	  for t in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "== $$pkg $$t ($(FUZZTIME))"; \
	    $(GO) test -run '^$$' -fuzz "^$$t$$" -fuzztime $(FUZZTIME) $$pkg || exit 1; \
	  done; \
	done

generate:
	$(GO) generate ./internal/lexicon

clean:
	rm -rf bin bench.txt
