package dataset

import (
	"cmp"
	"slices"
	"strings"
)

// Node is a person in the network.
type Node struct {
	ID      string
	Name    string
	NameAr  string
	Country string
	// Meetings counts the meetings the person took part in.
	Meetings int
}

// Edge joins two people who met; From < To.
type Edge struct {
	From, To string
	// Weight counts their meetings; Meetings lists their ids.
	Weight   int
	Meetings []string
}

// Graph is the who-met-whom network.
type Graph struct {
	Nodes []Node // sorted by id
	Edges []Edge // sorted by From, then To
}

// Network returns the who-met-whom network of ms: the people of the
// meetings that occurred (planned ones are left out), joined by an edge
// for each pair of people who met, weighted by the number of meetings.
func Network(ms []Meeting) Graph {
	nodes := map[string]*Node{}
	edges := map[[2]string]*Edge{}
	for _, m := range ms {
		if m.Status != "occurred" {
			continue
		}
		for i, a := range m.Actors {
			n := nodes[a.ID]
			if n == nil {
				n = &Node{ID: a.ID, Name: a.Name, NameAr: a.NameAr, Country: a.Country}
				nodes[a.ID] = n
			}
			n.Meetings++
			for _, b := range m.Actors[i+1:] {
				k := [2]string{a.ID, b.ID}
				if k[1] < k[0] {
					k[0], k[1] = k[1], k[0]
				}
				e := edges[k]
				if e == nil {
					e = &Edge{From: k[0], To: k[1]}
					edges[k] = e
				}
				e.Weight++
				e.Meetings = append(e.Meetings, m.ID)
			}
		}
	}
	var g Graph
	for _, n := range nodes {
		g.Nodes = append(g.Nodes, *n)
	}
	slices.SortFunc(g.Nodes, func(a, b Node) int { return strings.Compare(a.ID, b.ID) })
	for _, e := range edges {
		g.Edges = append(g.Edges, *e)
	}
	slices.SortFunc(g.Edges, func(a, b Edge) int {
		return cmp.Or(strings.Compare(a.From, b.From), strings.Compare(a.To, b.To))
	})
	return g
}
