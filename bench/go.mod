module github.com/extract-news/extract/bench

go 1.26.0

require (
	github.com/anknown/ahocorasick v0.0.0-20190904063843-d75dbd5169c0
	github.com/extract-news/extract v0.0.0
)

require (
	github.com/anknown/darts v0.0.0-20151216065714-83ff685239e6 // indirect
	github.com/deckarep/golang-set v1.7.1 // indirect
	github.com/jdkato/prose/v2 v2.0.0 // indirect
	github.com/klauspost/compress v1.20.3 // indirect
	github.com/mingrammer/commonregex v1.0.1 // indirect
	go.yaml.in/yaml/v3 v3.0.6 // indirect
	golang.org/x/text v0.43.0 // indirect
	gonum.org/v1/gonum v0.7.0 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)

replace github.com/extract-news/extract => ../
