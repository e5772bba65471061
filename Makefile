# Convenience targets; the README gives the plain go commands they run.
.PHONY: seeds test bench corpus

seeds:
	go run ./cmd/extract

test:
	go test ./...

bench:
	go test -run XXX -bench . -benchmem ./pipeline/...
