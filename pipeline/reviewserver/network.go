package reviewserver

import (
	"cmp"
	"slices"
	"strings"

	"github.com/extract-news/extract/pipeline/dataset"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// palette holds distinct colours for the countries with the most people
// in view; the others share otherColour.
var palette = []string{
	"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
	"#e377c2", "#bcbd22", "#17becf", "#393b79", "#637939", "#843c39",
}

const otherColour = "#9ca3af"

// Network is the part of the who-met-whom network the view shows: the
// pairs who met most often (of those a search selects) and their people.
type Network struct {
	Nodes []NetNode `json:"nodes"`
	Edges []NetEdge `json:"edges"`
	// Legend lists the countries of the nodes, those whose people have
	// the most meetings first, with their colours; the last entry
	// (country "") gathers the rest.
	Legend []LegendEntry `json:"legend"`
	// Pairs counts the pairs selected, of which Edges are the first.
	Pairs int `json:"pairs"`
}

// NetNode is a person of the view.
type NetNode struct {
	ID       string `json:"id"`
	Name     string `json:"name"`
	NameAr   string `json:"name_ar,omitempty"`
	Country  string `json:"country,omitempty"`
	Meetings int    `json:"meetings"`
	Colour   string `json:"colour"`
	// Match is set for the people a search names.
	Match bool `json:"match,omitempty"`
}

// NetEdge is a pair who met Weight times.
type NetEdge struct {
	From   string `json:"from"`
	To     string `json:"to"`
	Weight int    `json:"weight"`
}

// LegendEntry is a country and its colour.
type LegendEntry struct {
	Country string `json:"country"`
	Name    string `json:"name"`
	Colour  string `json:"colour"`
	People  int    `json:"people"`
}

// topPairs returns the top pairs of g by number of meetings (then by
// names), at most limit of them; with a search, only the pairs of which
// a person matches it (by name, Arabic name or id).
func topPairs(g dataset.Graph, search string, limit int) Network {
	search = fold(strings.TrimSpace(search))
	nodes := make(map[string]dataset.Node, len(g.Nodes))
	match := map[string]bool{}
	for _, n := range g.Nodes {
		nodes[n.ID] = n
		if search != "" && strings.Contains(fold(n.ID+"\x00"+n.Name+"\x00"+n.NameAr), search) {
			match[n.ID] = true
		}
	}
	var edges []dataset.Edge
	for _, e := range g.Edges {
		if search == "" || match[e.From] || match[e.To] {
			edges = append(edges, e)
		}
	}
	slices.SortStableFunc(edges, func(a, b dataset.Edge) int {
		return cmp.Or(cmp.Compare(b.Weight, a.Weight),
			strings.Compare(nodes[a.From].Name, nodes[b.From].Name), strings.Compare(nodes[a.To].Name, nodes[b.To].Name))
	})
	net := Network{Pairs: len(edges), Nodes: []NetNode{}, Edges: []NetEdge{}, Legend: []LegendEntry{}}
	edges = edges[:min(limit, len(edges))]
	in := map[string]bool{}
	for _, e := range edges {
		net.Edges = append(net.Edges, NetEdge{From: e.From, To: e.To, Weight: e.Weight})
		for _, id := range []string{e.From, e.To} {
			if !in[id] {
				in[id] = true
				n := nodes[id]
				net.Nodes = append(net.Nodes, NetNode{ID: n.ID, Name: n.Name, NameAr: n.NameAr, Country: n.Country, Meetings: n.Meetings, Match: match[id]})
			}
		}
	}
	// Countries in order of their people's meetings, so that the
	// people at the centre of the picture get colours of their own.
	people, meetings := map[string]int{}, map[string]int{}
	for _, n := range net.Nodes {
		if n.Country != "" {
			people[n.Country]++
			meetings[n.Country] += n.Meetings
		}
	}
	var countries []string
	for c := range people {
		countries = append(countries, c)
	}
	slices.SortFunc(countries, func(a, b string) int {
		return cmp.Or(cmp.Compare(meetings[b], meetings[a]), cmp.Compare(people[b], people[a]), strings.Compare(a, b))
	})
	colour := map[string]string{}
	others := 0
	for i, c := range countries {
		if i < len(palette) {
			colour[c] = palette[i]
			net.Legend = append(net.Legend, LegendEntry{Country: c, Name: countryName(c), Colour: palette[i], People: people[c]})
		} else {
			others += people[c]
		}
	}
	for _, n := range net.Nodes {
		if n.Country == "" {
			others++
		}
	}
	if others > 0 {
		net.Legend = append(net.Legend, LegendEntry{Name: "other or unknown", Colour: otherColour, People: others})
	}
	for i := range net.Nodes {
		net.Nodes[i].Colour = cmp.Or(colour[net.Nodes[i].Country], otherColour)
	}
	return net
}

// countryName returns the English name of a two-letter country code, or
// the code.
func countryName(code string) string {
	r, err := language.ParseRegion(code)
	if err != nil {
		return code
	}
	if n := display.English.Regions().Name(r); n != "" {
		return n
	}
	return code
}
