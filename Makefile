# Convenience targets; the README gives the plain go commands they run.
.PHONY: seeds test bench bench-corpus corpus

seeds:
	go run ./cmd/extract

test:
	go test ./...

# Per-stage benchmarks (MB/s of document text) on the seeds, and on a
# corpus sample when ../shared/corpus is there.
bench:
	go test -run XXX -bench . ./pipeline/...

# The whole corpus: -j 1 and -j 2, extraction only, YAML files and the
# Aho-Corasick baseline, in one run (scripts/bench.sh).
bench-corpus:
	bash scripts/bench.sh
