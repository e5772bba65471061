package extractbeam

import (
	"bytes"
	"context"
	"fmt"
	"hash/fnv"
	"log/slog"
	"runtime/debug"
	"slices"
	"testing/fstest"

	"github.com/extract-news/extract/gazetteers"
	"github.com/extract-news/extract/pipeline"
	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/input"
	"github.com/extract-news/extract/pipeline/output"
	"github.com/extract-news/extract/pipeline/run"
)

// familyKey keys a document by its id's family (input.Family): the ids
// that making ids unique has to see together.
func familyKey(d document) (string, document) { return input.Family(d.ID), d }

// makeUnique renames the duplicate ids of one family in reading order,
// as extract does over all its inputs.
func makeUnique(_ string, docs func(*document) bool, emit func(document)) {
	var all []document
	var d document
	for docs(&d) {
		all = append(all, d)
	}
	slices.SortFunc(all, func(a, b document) int {
		return comparePlaced(placed{File: a.File, Seq: a.Seq}, placed{File: b.File, Seq: b.Seq})
	})
	var ids input.IDs
	for _, d := range all {
		u := &doc.Document{ID: d.ID, Origin: d.Origin, Warnings: d.Warnings}
		ids.Unique(u)
		d.ID, d.Warnings = u.ID, u.Warnings
		emit(d)
	}
}

// processFn runs the per-document core. The gazetteers are compiled once
// per DoFn instance, in Setup.
type processFn struct {
	// Gazetteers are extra gazetteer files (Config.Gazetteers).
	Gazetteers map[string]string
	// Shards is the number of record shards.
	Shards int
	// Meetings says whether documents with meetings are sent on to the
	// meeting export.
	Meetings bool

	x *pipeline.Extractor
}

func (f *processFn) Setup() error {
	g, err := loadGazetteers(f.Gazetteers)
	if err != nil {
		return fmt.Errorf("gazetteers: %w", err)
	}
	f.x = pipeline.New(g)
	return nil
}

// ProcessElement emits the document's record keyed by its shard, or a
// dead letter, and its meetings for the export.
func (f *processFn) ProcessElement(ctx context.Context, e document, emit func(int, placed), fail func(placed), meetings func(placed)) error {
	d, err := e.toDocument()
	if err != nil {
		return err
	}
	deadLetter := func(err error) {
		errorsCounter.Inc(ctx, 1)
		reason := fmt.Sprintf("%s: %v", d.Origin, err)
		fail(placed{File: e.File, Seq: e.Seq, Line: failureLine(run.Failure{ID: d.ID, Origin: d.Origin, Reason: reason})})
	}
	res, err := process(ctx, f.x, d)
	if err != nil {
		if ctx.Err() != nil {
			return err
		}
		deadLetter(err)
		return nil
	}
	var line bytes.Buffer
	if err := (output.Lines{W: &line}).Write(res); err != nil {
		deadLetter(err)
		return nil
	}
	emit(shard(res.Document.ID, f.Shards), placed{File: e.File, Seq: e.Seq, Line: line.String()})
	documentsCounter.Inc(ctx, 1)
	entitiesCounter.Inc(ctx, int64(len(res.Entities)))
	meetingsCounter.Inc(ctx, int64(len(res.Events)))
	if f.Meetings && len(res.Events) > 0 {
		data, err := output.JSON(meetingResult(res))
		if err != nil {
			return err
		}
		meetings(placed{File: e.File, Seq: e.Seq, Line: string(data)})
	}
	return nil
}

// process calls p.Process, turning a panic into an error as extract's
// run does, so that one bad document does not fail the job.
func process(ctx context.Context, p run.Processor, d *doc.Document) (res *doc.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			slog.Error("internal error", "document", d.ID, "origin", d.Origin, "panic", r, "stack", string(debug.Stack()))
			res, err = nil, fmt.Errorf("internal error: %v", r)
		}
	}()
	return p.Process(ctx, d)
}

// shard returns the record shard of document id among n.
func shard(id string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % uint32(n))
}

// meetingResult returns what the meeting export reads of r: its
// document, its events and the entities they name, in r's order.
func meetingResult(r *doc.Result) *doc.Result {
	named := map[string]bool{}
	for _, ev := range r.Events {
		for _, p := range ev.Participants {
			named[p.Entity] = true
		}
		if ev.Location != nil {
			named[ev.Location.Entity] = true
		}
	}
	out := &doc.Result{Document: r.Document, Entities: []doc.Entity{}, Events: r.Events}
	for _, e := range r.Entities {
		if named[e.ID] {
			out.Entities = append(out.Entities, e)
		}
	}
	return out
}

// loadGazetteers compiles the built-in lists with the extra files over
// them.
func loadGazetteers(extra map[string]string) (*gazetteer.Compiled, error) {
	if len(extra) == 0 {
		return pipeline.LoadGazetteers(gazetteers.FS)
	}
	fsys := fstest.MapFS{}
	for name, data := range extra {
		fsys[name] = &fstest.MapFile{Data: []byte(data), Mode: 0o444}
	}
	return pipeline.LoadGazetteers(gazetteers.FS, fsys)
}
