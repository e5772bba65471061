package dataset

import (
	"cmp"
	"github.com/extract-news/extract/pipeline/internal/unionfind"
	"slices"
	"strings"
	"time"

	"github.com/extract-news/extract/pipeline/doc"
)

// # Event identity
//
// Reports and references of one meeting are found pair by pair: every
// report goes to the group of each pair of its participants (a reference
// whose date is vague only to the group of its first two), each group is
// clustered on its own (Group), and the clusters of all groups that share
// a report are one meeting (Assemble). Build runs the groups in turn;
// the Beam pipeline groups by key and gets the same meetings.

// maxPairPeople bounds how many participants of a report make pairs, so
// that a long list of attendees costs at most 15 groups.
const maxPairPeople = 6

// Windows, in days, within which reports are one meeting: a stated date
// may be up to textWindow days after the first report of the meeting (a
// summit over three days), a publication date up to pubWindow days (the
// news of yesterday published today).
const (
	textWindow = 2
	pubWindow  = 3
)

// PairKeys returns the identity groups the events of r go to, each once,
// sorted. Events that are left out (rejected, fewer than two people) go
// nowhere.
func PairKeys(r *doc.Result) []string {
	var keys []string
	for _, rp := range reports(r, 0) {
		keys = append(keys, rp.pairKeys()...)
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// pairKeys returns the groups of rp: its status and a pair of its
// participant ids.
func (rp *report) pairKeys() []string {
	if rp.vague() {
		a, b := rp.actors[0].ID, rp.actors[1].ID
		if b < a {
			a, b = b, a
		}
		return []string{rp.ev.Status + "\x00" + a + "\x00" + b}
	}
	ids := rp.ids
	if len(ids) > maxPairPeople {
		ids = ids[:maxPairPeople]
	}
	var out []string
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			out = append(out, rp.ev.Status+"\x00"+ids[i]+"\x00"+ids[j])
		}
	}
	return out
}

// vague reports a reference that gives no day: it joins the latest
// earlier meeting that fits.
func (rp *report) vague() bool {
	return rp.kind == doc.Reference && rp.dated != doc.DatedExact
}

// ReportID names one event of one document, as Group and Assemble use it.
func ReportID(document, event string) string { return document + "\x00" + event }

// cluster is one meeting in one pair group.
type cluster struct {
	first     int      // days since 1970 of its first report
	ids       []string // participants of its first report
	countries map[string]bool
	members   []*report
	period    string // for a cluster of references dated by month or year
	// seen is len(members) when place and day were last computed
	// (placeAndDay): they change only when members are added.
	seen  int
	place *Place
	day   int
}

// Group clusters the reports of results that belong to pair group key
// (one of PairKeys) and returns each cluster as the ReportIDs of its
// members. The results may be in any order and may hold other reports:
// only those of key are taken.
func Group(key string, results []*doc.Result) [][]string {
	var reps []*report
	for _, r := range results {
		for _, rp := range reports(r, 0) {
			if slices.Contains(rp.pairKeys(), key) {
				reps = append(reps, rp)
			}
		}
	}
	return clusterIDs(nil, group(reps))
}

// clusterIDs appends to out each of clusters as the ReportIDs of its
// members.
func clusterIDs(out [][]string, clusters []*cluster) [][]string {
	for _, c := range clusters {
		ids := make([]string, len(c.members))
		for i, rp := range c.members {
			ids[i] = rp.id()
		}
		out = append(out, ids)
	}
	return out
}

func (rp *report) id() string { return ReportID(rp.src.Document, rp.src.Event) }

// compareReports orders reports by day, then document and event id.
func compareReports(a, b *report) int {
	return cmp.Or(cmp.Compare(a.day, b.day), strings.Compare(a.src.Document, b.src.Document), strings.Compare(a.src.Event, b.src.Event))
}

// group clusters the reports of one pair group (see the package
// documentation).
func group(reps []*report) []*cluster {
	var dated, vague []*report
	for _, rp := range reps {
		switch {
		case rp.vague():
			vague = append(vague, rp)
		case rp.hasDay:
			dated = append(dated, rp)
		}
	}
	slices.SortFunc(dated, compareReports)
	var clusters []*cluster
	for _, rp := range dated {
		var into *cluster
		// The clusters are in order of their first day: look back from
		// the latest while one may still hold rp.
		for k := len(clusters) - 1; k >= 0; k-- {
			c := clusters[k]
			if rp.day-c.first > pubWindow {
				break
			}
			if c.fits(rp) {
				into = c
				break
			}
		}
		if into == nil {
			into = newCluster(rp)
			clusters = append(clusters, into)
			continue
		}
		into.add(rp)
	}
	// A lone report dated only by its publication, when the same people
	// have an earlier meeting that several documents report, is taken for
	// a later mention of it (over the 2018 corpus, none of the known
	// meetings of well-covered pairs was such a row; 19 wrong rows were).
	kept := clusters[:0]
	for i, c := range clusters {
		// Only a report of two people, which is in this group alone: one
		// of more would join two meetings of different groups.
		if len(c.members) == 1 && c.members[0].basis == FromPublished && len(c.members[0].ids) == 2 {
			if into := latestSupported(clusters[:i], c.members[0]); into != nil {
				into.add(c.members[0])
				continue
			}
		}
		// A lone report of two people, at no place or the place of their
		// meeting that several documents report at most echoWindow days
		// before, whatever its date: a later mention of it (أعلنت
		// سنغافورة، الأحد، عن تكلفة استضافة القمة التي جمعت بين ترامب
		// وكيم, twelve days after the summit). A second meeting of a
		// well-covered pair so soon that one document alone tells is rare.
		if len(c.members) == 1 && len(c.members[0].ids) == 2 {
			cp, _ := c.placeAndDay()
			if into := echoed(clusters[:i], c.members[0], cp); into != nil {
				into.add(c.members[0])
				continue
			}
			// A week or less before a meeting that many documents
			// report: the same meeting told ahead of time (a plan read as
			// held: توجه الرئيس الكوري الجنوبي الجمعة … لعقد قمة, dated
			// the Friday before by a publication at night).
			if into := foretold(clusters[i+1:], c.members[0], cp); into != nil {
				into.add(c.members[0])
				continue
			}
		}
		kept = append(kept, c)
	}
	clusters = samePlace(echoes(kept))
	// References with a vague date, in order of publication: the latest
	// earlier meeting that fits, else (a month or a year) one of their
	// own.
	slices.SortFunc(vague, func(a, b *report) int {
		return cmp.Or(cmp.Compare(a.pubDay, b.pubDay), strings.Compare(a.src.Document, b.src.Document), strings.Compare(a.src.Event, b.src.Event))
	})
	var own []*cluster
	for _, rp := range vague {
		var into *cluster
		// The clusters are in order of their first day: start from the
		// last one before publication.
		end := len(clusters)
		if rp.hasPub {
			end, _ = slices.BinarySearchFunc(clusters, rp.pubDay+1, func(c *cluster, day int) int { return cmp.Compare(c.first, day) })
		}
		for k := end - 1; k >= 0; k-- {
			c := clusters[k]
			if !rp.inPeriod(c.first) {
				continue
			}
			if c.compatible(rp) {
				into = c
				break
			}
		}
		if into == nil && rp.period != "" {
			for _, c := range own {
				if c.period == rp.period && c.compatible(rp) {
					into = c
					break
				}
			}
			if into == nil {
				c := newCluster(rp)
				c.period = rp.period
				own = append(own, c)
				continue
			}
		}
		if into != nil {
			into.add(rp)
		}
	}
	return append(clusters, own...)
}

// supported is how many documents must report a meeting before a lone
// report of the same people dated by publication is taken for a mention
// of it.
const supported = 3

// latestSupported returns the latest of clusters, all starting before
// rp, that at least supported documents report and whose people fit rp;
// nil when none.
func latestSupported(clusters []*cluster, rp *report) *cluster {
	for k := len(clusters) - 1; k >= 0; k-- {
		c := clusters[k]
		if c.first >= rp.day || !c.compatible(rp) {
			continue
		}
		if c.docs() >= supported {
			return c
		}
	}
	return nil
}

// echoWindow is how many days after a meeting that several documents
// report a lone report of the same two people is taken for a mention of
// it.
const echoWindow = 14

// echoed returns the latest of clusters that at least supported
// documents report, whose day is at most echoWindow days before rp's,
// whose people fit rp and whose place is place (any, when place is nil);
// nil when none.
func echoed(clusters []*cluster, rp *report, place *Place) *cluster {
	for k := len(clusters) - 1; k >= 0; k-- {
		c := clusters[k]
		// A cluster may begin days before its meeting (a plan misread
		// as held): the day most members give counts.
		cp, day := c.placeAndDay()
		if day >= rp.day || rp.day-day > echoWindow || c.docs() < supported || !c.compatible(rp) || !atPlace(cp, place) {
			continue
		}
		return c
	}
	return nil
}

// foreWindow is how many days before a meeting that foreSupported
// documents report a lone report of the same two people is taken for
// that meeting told ahead of time.
const (
	foreWindow    = 7
	foreSupported = 10
)

// foretold returns the first of clusters, all starting at or after rp,
// that at least foreSupported documents report, whose day is at most
// foreWindow days after rp's, whose people fit rp and whose place is
// place (any, when place is nil); nil when none.
func foretold(clusters []*cluster, rp *report, place *Place) *cluster {
	for _, c := range clusters {
		cp, day := c.placeAndDay()
		if day <= rp.day || day-rp.day > foreWindow || c.docs() < foreSupported || !c.compatible(rp) || !atPlace(cp, place) {
			continue
		}
		return c
	}
	return nil
}

// atPlace reports whether a cluster's place cp is place, any place when
// place is nil.
func atPlace(cp, place *Place) bool {
	return place == nil || cp != nil && cp.ID == place.ID
}

// placeWindow is how many days apart the days of two clusters of the same
// people at the same place may be and still be one meeting (a summit over days,
// told day after day: Helsinki on the 16th, "at the Helsinki summit" on
// the 19th).
const placeWindow = 7

// samePlace folds into the earlier of two clusters of the same people
// whose meetings most reports place at the same place, when the days most
// of their reports give are within placeWindow days: one visit or summit
// told day after day, not two. (Two meetings of the same people at one place within a week are
// rarer than a summit's later reports dated by their own day; a missing
// row costs less than a wrong one.)
func samePlace(clusters []*cluster) []*cluster {
	kept := clusters[:0]
	for _, c := range clusters {
		var into *cluster
		if cp, day := c.placeAndDay(); cp != nil {
			for k := len(kept) - 1; k >= 0; k-- {
				e := kept[k]
				// A cluster may begin days before its meeting (a plan
				// misread as held): compare the days most members give.
				if c.first-e.first > placeReach {
					break
				}
				if ep, eday := e.placeAndDay(); ep != nil && ep.ID == cp.ID && abs(day-eday) <= placeWindow && e.compatible(c.members[0]) {
					into = e
					break
				}
			}
		}
		if into != nil {
			into.members = append(into.members, c.members...)
			continue
		}
		kept = append(kept, c)
	}
	return kept
}

// placeReach is how many days before a cluster samePlace looks for the
// one it may join.
const placeReach = 31

// placeAndDay returns the place most members of c name (meetingPlace)
// and the day most give (the earliest of a tie; c.first when none gives
// one), computed again only after members were added.
func (c *cluster) placeAndDay() (*Place, int) {
	if c.seen == len(c.members) {
		return c.place, c.day
	}
	count := map[int]int{}
	best, n := c.first, 0
	for _, m := range c.members {
		if !m.hasDay {
			continue
		}
		count[m.day]++
		if k := count[m.day]; k > n || k == n && m.day < best {
			best, n = m.day, k
		}
	}
	c.seen, c.place, c.day = len(c.members), meetingPlace(c.members), best
	return c.place, c.day
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// echoRatio is how many times more documents must report the earlier
// meeting than the later cluster before the later one is taken for
// mentions of it.
const echoRatio = 4

// echoes folds into an earlier meeting the clusters that are mentions of
// it with a misread date: fewer than supported documents, none of which
// tells it in its opening sentences, the same people, the earlier
// meeting's place or none, and an earlier meeting that at
// least supported and echoRatio times more documents report. Over the 2018
// corpus such clusters were the summit of Singapore told "after the
// summit" weeks later and dated by a day of the article (ويأتي الكشف بعد
// أسابيع من القمة … والسبت ذكر مسؤولون). A second meeting of the same
// people that few documents report is lost this way; a wrong row costs
// more than a missing one.
func echoes(clusters []*cluster) []*cluster {
	kept := clusters[:0]
	// targets are the kept clusters that supported documents report,
	// with their counts: only they can be echoed.
	var targets []*cluster
	var counts []int
	for _, c := range clusters {
		n := c.docs()
		if n < supported {
			if k := echoOf(targets, counts, c, n); k >= 0 {
				targets[k].members = append(targets[k].members, c.members...)
				counts[k] = targets[k].docs()
				continue
			}
		}
		kept = append(kept, c)
		if n >= supported {
			targets = append(targets, c)
			counts = append(counts, n)
		}
	}
	return kept
}

// echoOf returns the index of the meeting of targets (with counts
// documents each) that c, reported by n documents, echoes (see echoes):
// of those that fit, the one the most documents report, the latest of a
// tie; -1 when none.
func echoOf(targets []*cluster, counts []int, c *cluster, n int) int {
	for _, rp := range c.members {
		if rp.lead() {
			return -1
		}
	}
	best, bestDocs := -1, 0
	for k := len(targets) - 1; k >= 0; k-- {
		e, d := targets[k], counts[k]
		if e.first >= c.first || d < echoRatio*n || d <= bestDocs || !e.compatible(c.members[0]) || !placeFits(e, c) {
			continue
		}
		best, bestDocs = k, d
	}
	return best
}

// placeFits reports whether every report of c names the place of e's
// meeting or none.
func placeFits(e, c *cluster) bool {
	place, _ := e.placeAndDay()
	for _, rp := range c.members {
		if rp.place != nil && (place == nil || rp.place.ID != place.ID) {
			return false
		}
	}
	return true
}

// leadSentences is how many sentences open a document: a meeting they
// tell of is its news.
const leadSentences = 2

// lead reports a report told in the opening sentences of its document:
// the news of the article, not a mention further on.
func (rp *report) lead() bool {
	for _, ev := range rp.ev.Evidence {
		if ev.Sentence <= leadSentences {
			return true
		}
	}
	return false
}

// docs returns how many documents report the cluster's meeting.
func (c *cluster) docs() int {
	seen := make(map[string]bool, len(c.members))
	for _, m := range c.members {
		seen[m.src.Document] = true
	}
	return len(seen)
}

// inPeriod reports whether day fits what a vague reference says of its
// date.
func (rp *report) inPeriod(day int) bool {
	if rp.period == "" {
		return true
	}
	return strings.HasPrefix(dayString(day), rp.period)
}

func newCluster(rp *report) *cluster {
	c := &cluster{first: rp.day, ids: rp.ids, countries: map[string]bool{}}
	for _, a := range rp.actors {
		c.countries[a.Country] = true
	}
	c.members = []*report{rp}
	return c
}

func (c *cluster) add(rp *report) {
	c.members = append(c.members, rp)
}

// fits reports whether a dated report rp, no earlier than the cluster's
// first day, is the cluster's meeting: within the window of its basis,
// with compatible people.
func (c *cluster) fits(rp *report) bool {
	w := textWindow
	if rp.basis == FromPublished {
		w = pubWindow
	}
	if rp.day-c.first > w {
		return false
	}
	return c.compatible(rp)
}

// compatible reports whether rp names the cluster's people: at least two
// people in common, and not a principal on each side that the other
// lacks (an extra aide of a country already in the meeting is none).
func (c *cluster) compatible(rp *report) bool {
	shared := 0
	for _, id := range rp.ids {
		if _, ok := slices.BinarySearch(c.ids, id); ok {
			shared++
		}
	}
	if shared < 2 {
		return false
	}
	if extraPrincipal(rp.ids, c.ids, rp.actors, c.countries) && extraPrincipal(c.ids, rp.ids, c.members[0].actors, rp.countries()) {
		return false
	}
	return true
}

// extraPrincipal reports a participant of ids (actors) that other lacks
// and whose country is none of the other side's countries.
func extraPrincipal(ids, other []string, actors []Actor, countries map[string]bool) bool {
	for _, a := range actors {
		if _, ok := slices.BinarySearch(other, a.ID); ok {
			continue
		}
		if a.Country == "" || !countries[a.Country] {
			return true
		}
	}
	return false
}

func (rp *report) countries() map[string]bool {
	m := make(map[string]bool, len(rp.actors))
	for _, a := range rp.actors {
		m[a.Country] = true
	}
	return m
}

// Assemble makes the meetings of results from the clusters of the pair
// groups (Group): clusters that share a report are one meeting. Dated
// reports in no cluster are meetings of their own (those without a
// date); references with a vague date in no cluster are left out.
// Meetings are sorted by date (unknown dates last) and id.
func Assemble(results []*doc.Result, groups [][]string) []Meeting {
	_, reps := prepare(results)
	return assemble(reps, groups)
}

// assemble is Assemble over the reports of all results, prepared in
// order of document id (prepare).
func assemble(reps []*report, groups [][]string) []Meeting {
	index := make(map[string]int, len(reps))
	for i, rp := range reps {
		index[rp.id()] = i
	}
	sets := unionfind.New(len(reps))
	find := sets.Find
	placed := make([]bool, len(reps))
	for _, g := range groups {
		first := -1
		for _, id := range g {
			i, ok := index[id]
			if !ok {
				continue
			}
			placed[i] = true
			if first < 0 {
				first = i
				continue
			}
			sets.Union(first, i)
		}
	}
	members := map[int][]*report{}
	var roots []int
	for i, rp := range reps {
		if !placed[i] && rp.vague() {
			continue
		}
		r := find(i)
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], rp)
	}
	out := make([]Meeting, 0, len(roots))
	for _, r := range roots {
		ms := members[r]
		slices.SortStableFunc(ms, func(a, b *report) int {
			return cmp.Or(CompareDates(a.date, b.date), cmp.Compare(a.seq, b.seq))
		})
		out = append(out, meeting(ms))
	}
	slices.SortFunc(out, func(a, b Meeting) int {
		return cmp.Or(CompareDates(a.Date, b.Date), strings.Compare(a.ID, b.ID))
	})
	return out
}

// groups runs Group over every pair group of reps (the reports of the
// results in their given order), keys in order.
func groups(reps []*report) [][]string {
	byKey := map[string][]*report{}
	var keys []string
	for _, rp := range reps {
		for _, k := range rp.pairKeys() {
			if _, ok := byKey[k]; !ok {
				keys = append(keys, k)
			}
			byKey[k] = append(byKey[k], rp)
		}
	}
	slices.Sort(keys)
	var out [][]string
	for _, k := range keys {
		out = clusterIDs(out, group(byKey[k]))
	}
	return out
}

// epochDay returns the days since 1970-01-01 of t.
func epochDay(t time.Time) int { return int(t.Unix() / 86400) }

func dayString(d int) string { return time.Unix(int64(d)*86400, 0).UTC().Format(time.DateOnly) }
