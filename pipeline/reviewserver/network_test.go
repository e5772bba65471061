package reviewserver

import (
	"fmt"
	"strings"
	"testing"

	"github.com/extract-news/extract/pipeline/dataset"
)

// graph is a network of n people of countries C0…C(k-1) in turn, each
// pair i, i+1 having met i+1 times.
func graph(n, k int) dataset.Graph {
	var g dataset.Graph
	for i := range n {
		g.Nodes = append(g.Nodes, dataset.Node{ID: fmt.Sprintf("p%02d", i), Name: fmt.Sprintf("Person %02d", i), Country: fmt.Sprintf("%c%c", 'A', 'A'+i%k), Meetings: i + 1})
	}
	for i := range n - 1 {
		g.Edges = append(g.Edges, dataset.Edge{From: g.Nodes[i].ID, To: g.Nodes[i+1].ID, Weight: i + 1})
	}
	return g
}

func TestTopPairs(t *testing.T) {
	tests := []struct {
		name       string
		g          dataset.Graph
		search     string
		limit      int
		wantEdges  string // from-to of the edges
		wantPairs  int
		wantLegend int // entries, "other" included
	}{
		{"heaviest first", graph(5, 2), "", 2, "p03-p04 p02-p03", 4, 2},
		{"search", graph(5, 2), "person 01", 10, "p01-p02 p00-p01", 2, 2},
		{"no match", graph(5, 2), "nobody", 10, "", 0, 0},
		{"more countries than colours", graph(20, 20), "", 100, "", 19, len(palette) + 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			net := topPairs(tt.g, tt.search, tt.limit)
			var edges []string
			for _, e := range net.Edges {
				edges = append(edges, e.From+"-"+e.To)
			}
			if tt.wantEdges != "" && strings.Join(edges, " ") != tt.wantEdges {
				t.Errorf("edges %v, want %s", edges, tt.wantEdges)
			}
			if net.Pairs != tt.wantPairs || len(net.Legend) != tt.wantLegend {
				t.Errorf("%d pairs, %d legend entries; want %d and %d", net.Pairs, len(net.Legend), tt.wantPairs, tt.wantLegend)
			}
			colours := map[string]string{}
			for _, l := range net.Legend {
				colours[l.Country] = l.Colour
			}
			for _, n := range net.Nodes {
				want, ok := colours[n.Country]
				if !ok {
					want = otherColour
				}
				if n.Colour != want {
					t.Errorf("%s of %s: colour %s, legend %s", n.ID, n.Country, n.Colour, want)
				}
				if tt.search != "" && n.Match != strings.Contains(strings.ToLower(n.Name), tt.search) {
					t.Errorf("%s: match %v", n.ID, n.Match)
				}
			}
		})
	}
	// One busy person's country is coloured before two quiet people's.
	g := dataset.Graph{
		Nodes: []dataset.Node{{ID: "a", Country: "AA", Meetings: 1}, {ID: "b", Country: "AA", Meetings: 1}, {ID: "c", Country: "ZZ", Meetings: 9}},
		Edges: []dataset.Edge{{From: "a", To: "c", Weight: 1}, {From: "b", To: "c", Weight: 1}},
	}
	if l := topPairs(g, "", 10).Legend; l[0].Country != "ZZ" {
		t.Errorf("legend %+v: want ZZ first", l)
	}
	if got := countryName("SY"); got != "Syria" {
		t.Errorf("countryName(SY) = %q", got)
	}
}
