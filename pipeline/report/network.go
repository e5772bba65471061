package report

import (
	"cmp"
	"fmt"
	"github.com/extract-news/extract/pipeline/internal/unionfind"
	"hash/fnv"
	"html"
	"math"
	"slices"
	"strings"

	"github.com/extract-news/extract/pipeline/dataset"
)

// Geometry of the network picture, in SVG user units.
const (
	netWidth  = 1000.0 // width of the picture
	netMargin = 20.0   // around the picture
	netPad    = 30.0   // around each group, for the names
	netUnit   = 80.0   // a group of n people gets a square of side netUnit·√n (at most the width)
	// With more than manyPeople, only the names of people in more than
	// one meeting are written; the others show on hover.
	manyPeople = 40
)

type point struct{ x, y float64 }

// layout places the nodes of g and returns their positions and the
// height of the picture. Each group of connected people is laid out on
// its own by a force-directed layout (Fruchterman and Reingold, 1991):
// people who met attract each other, more strongly the more often they
// met, and all repel each other. The groups, largest first, are then
// packed in rows. Every step is deterministic: the same graph always
// gets the same picture.
func layout(g dataset.Graph) ([]point, float64) {
	n := len(g.Nodes)
	pos := make([]point, n)
	if n == 0 {
		return pos, 2 * netMargin
	}
	index := make(map[string]int, n)
	for i, nd := range g.Nodes {
		index[nd.ID] = i
	}
	// Groups of connected people, by union-find.
	sets := unionfind.New(n)
	find := sets.Find
	for _, e := range g.Edges {
		sets.Union(index[e.From], index[e.To])
	}
	groupOf := map[int]int{}
	var groups [][]int
	for i := range n {
		r := find(i)
		gi, ok := groupOf[r]
		if !ok {
			gi = len(groups)
			groupOf[r] = gi
			groups = append(groups, nil)
		}
		groups[gi] = append(groups[gi], i)
	}
	slices.SortStableFunc(groups, func(a, b []int) int { return cmp.Compare(len(b), len(a)) })
	edgesOf := make([][]dataset.Edge, len(groups))
	for gi, members := range groups {
		for _, m := range members {
			groupOf[m] = gi
		}
	}
	for _, e := range g.Edges {
		gi := groupOf[index[e.From]]
		edgesOf[gi] = append(edgesOf[gi], e)
	}
	// Shelf packing: groups left to right, a new row when the width is
	// used up.
	// Few people get more room each.
	unit := netUnit * min(2, max(1, math.Sqrt(manyPeople/float64(n))))
	x, y, rowHeight := netMargin, netMargin, 0.0
	for gi, members := range groups {
		side := min(unit*math.Sqrt(float64(len(members))), netWidth-2*netMargin-2*netPad)
		box := side + 2*netPad
		if x+box > netWidth-netMargin && x > netMargin {
			x, y, rowHeight = netMargin, y+rowHeight, 0
		}
		local := forceLayout(members, edgesOf[gi], index)
		for k, m := range members {
			p := point{x + netPad + local[k].x*side, y + netPad + local[k].y*side}
			// Round so that the picture does not depend on the last bits.
			pos[m] = point{math.Round(p.x*10) / 10, math.Round(p.y*10) / 10}
		}
		x += box
		rowHeight = max(rowHeight, box)
	}
	return pos, y + rowHeight + netMargin
}

// forceLayout lays out one group of connected nodes (indexes into the
// graph's nodes) and returns their positions in the unit square, in the
// order of members. It starts from a circle and runs a fixed number of
// steps; a weak pull towards the centre keeps the group round.
func forceLayout(members []int, edges []dataset.Edge, index map[string]int) []point {
	n := len(members)
	pos := make([]point, n)
	switch n {
	case 1:
		pos[0] = point{0.5, 0.5}
		return pos
	case 2:
		pos[0], pos[1] = point{0, 0.5}, point{1, 0.5}
		return pos
	}
	local := make(map[int]int, n)
	for k, m := range members {
		local[m] = k
		a := 2 * math.Pi * float64(k) / float64(n)
		pos[k] = point{math.Cos(a), math.Sin(a)}
	}
	k := math.Sqrt(4.0 / float64(n)) // ideal distance in a 2×2 square
	const steps = 300
	disp := make([]point, n)
	for step := range steps {
		temp := 0.1 * (1 - float64(step)/steps)
		for i := range disp {
			disp[i] = point{-pos[i].x * k, -pos[i].y * k}
		}
		for i := range n {
			for j := i + 1; j < n; j++ {
				dx, dy := pos[i].x-pos[j].x, pos[i].y-pos[j].y
				d2 := max(dx*dx+dy*dy, 1e-6)
				f := k * k / d2
				disp[i].x += dx * f
				disp[i].y += dy * f
				disp[j].x -= dx * f
				disp[j].y -= dy * f
			}
		}
		for _, e := range edges {
			i, j := local[index[e.From]], local[index[e.To]]
			dx, dy := pos[i].x-pos[j].x, pos[i].y-pos[j].y
			d := math.Sqrt(dx*dx + dy*dy)
			f := d / k * (1 + math.Log(float64(e.Weight)))
			disp[i].x -= dx * f
			disp[i].y -= dy * f
			disp[j].x += dx * f
			disp[j].y += dy * f
		}
		for i := range pos {
			d := math.Sqrt(disp[i].x*disp[i].x + disp[i].y*disp[i].y)
			if d > temp {
				disp[i].x *= temp / d
				disp[i].y *= temp / d
			}
			pos[i].x += disp[i].x
			pos[i].y += disp[i].y
		}
	}
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pos {
		minX, maxX = min(minX, p.x), max(maxX, p.x)
		minY, maxY = min(minY, p.y), max(maxY, p.y)
	}
	scale := 1 / max(maxX-minX, maxY-minY, 1e-9)
	for i, p := range pos {
		pos[i] = point{(p.x - minX) * scale, (p.y - minY) * scale}
	}
	return pos
}

// palette colours nodes by country.
var palette = []string{"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"}

func countryColour(c string) string {
	if c == "" {
		return "#9ca3af"
	}
	h := fnv.New32a()
	h.Write([]byte(c))
	return palette[h.Sum32()%uint32(len(palette))]
}

// networkSVG draws g: a circle per person (its area grows with the
// number of meetings, its colour shows the country), a line per pair who
// met (its width grows with the number of meetings).
func networkSVG(g dataset.Graph) string {
	pos, height := layout(g)
	index := make(map[string]int, len(g.Nodes))
	for i, n := range g.Nodes {
		index[n.ID] = i
	}
	name := make([]string, len(g.Nodes))
	for i, n := range g.Nodes {
		name[i] = n.Name
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg id="network-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %g %g" role="img" aria-label="who met whom">`, netWidth, height)
	b.WriteString(`<g class="edges">`)
	for _, e := range g.Edges {
		i, j := index[e.From], index[e.To]
		fmt.Fprintf(&b, `<line x1="%g" y1="%g" x2="%g" y2="%g" stroke-width="%g" data-from="%s" data-to="%s" data-weight="%d"><title>%s – %s: %d</title></line>`,
			pos[i].x, pos[i].y, pos[j].x, pos[j].y, math.Round(10*(1+1.5*math.Log2(float64(e.Weight))))/10,
			html.EscapeString(e.From), html.EscapeString(e.To), e.Weight,
			shown(name[i]), shown(name[j]), e.Weight)
	}
	b.WriteString(`</g><g class="nodes">`)
	for i, n := range g.Nodes {
		r := math.Round(10*(4+3*math.Sqrt(float64(n.Meetings)))) / 10
		country := n.Country
		cls := "node"
		if len(g.Nodes) > manyPeople && n.Meetings < 2 {
			cls += " minor"
		}
		fmt.Fprintf(&b, `<g class="%s" data-person="%s" data-name="%s" tabindex="0"><circle cx="%g" cy="%g" r="%g" fill="%s"/><text x="%g" y="%g">%s</text><title>%s · %s · %s · %d</title></g>`,
			cls, html.EscapeString(n.ID), html.EscapeString(n.Name), pos[i].x, pos[i].y, r, countryColour(country),
			pos[i].x, pos[i].y-r-3, shown(n.Name),
			shown(n.Name), shown(n.NameAr), shown(orDash(country)), n.Meetings)
	}
	b.WriteString(`</g></svg>`)
	return b.String()
}

// shown escapes s for the text of the picture, without the characters
// that change the direction of the text after them (U+202A–U+202E,
// U+2066–U+2069): SVG text has no bdi to isolate them in.
func shown(s string) string {
	return html.EscapeString(strings.Map(func(r rune) rune {
		if r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069 {
			return -1
		}
		return r
	}, s))
}

func orDash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}
