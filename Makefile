# Targets for building, running a local Dgraph, the demo and the tests.
# The Dgraph server is built from the version pinned in deploy/dgraph/go.mod.

DGRAPH_DIR ?= .dgraph
DEMO_STORE ?= file://$(CURDIR)/newsgraph-data
TESTFLAGS ?=
PKGS ?= ./...

.PHONY: all help build dgraph-build dgraph-up dgraph-down dgraph-purge demo test fuzz bench clean

all: build

## build: the newsgraph commands (ingest, query) into bin/
build:
	go build -o bin/ ./cmd/...

## dgraph-build: bin/dgraph, when missing or older than deploy/dgraph's pins
dgraph-build: bin/dgraph

bin/dgraph: deploy/dgraph/go.mod deploy/dgraph/go.sum deploy/dgraph/tools.go
	@echo "building bin/dgraph (about 5 minutes the first time)"
	cd deploy/dgraph && go build -o $(CURDIR)/bin/dgraph github.com/hypermodeinc/dgraph/v25/dgraph
	@touch $@ # go build leaves an up-to-date binary untouched

## dgraph-up: a local Dgraph in ./.dgraph, on 5080/8080/9080 when free
dgraph-up: dgraph-build
	deploy/local/dgraph-up.sh --standard-ports $(DGRAPH_DIR)

## dgraph-down: stop the local Dgraph, keeping its data
dgraph-down:
	deploy/local/dgraph-down.sh $(DGRAPH_DIR)

## dgraph-purge: stop the local Dgraph and delete its data
dgraph-purge:
	deploy/local/dgraph-down.sh --purge $(DGRAPH_DIR)

## demo: ingest one example article into ./newsgraph-data and query it
demo: build
	bin/ingest --dgraph $(DEMO_STORE) --published 2021-02-08 examples/ashkenazi-blinken.txt
	bin/query --dgraph $(DEMO_STORE) stats
	bin/query --dgraph $(DEMO_STORE) neighbors "Gabi Ashkenazi"

## test: go test ./... against a fresh Dgraph on free ports (PKGS, TESTFLAGS narrow it), then every fuzz target for a bounded count of inputs
test: dgraph-build
	PKGS='$(PKGS)' deploy/local/test.sh test $(TESTFLAGS)
	@if [ '$(PKGS)' = './...' ]; then deploy/local/fuzz.sh; fi

## fuzz: every fuzz target for a bounded count of inputs (FuzzExtract about 60 s, others about 10 s)
fuzz:
	deploy/local/fuzz.sh

## bench: every benchmark once, against a fresh Dgraph
bench: dgraph-build
	PKGS='$(PKGS)' deploy/local/test.sh bench $(TESTFLAGS)

## clean: remove bin/ (bin/dgraph takes minutes to rebuild) and the demo store
clean:
	rm -rf bin newsgraph-data

help:
	@sed -n 's/^## //p' $(MAKEFILE_LIST)
