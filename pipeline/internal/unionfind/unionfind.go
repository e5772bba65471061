// Package unionfind joins items into disjoint sets: the clusters of
// reports that share a report (dataset) and the groups of connected
// people (report).
package unionfind

// Sets holds the sets of items 0 … n-1; each set is named by its smallest
// item, so the result does not depend on the order of the joins.
type Sets []int

// New returns n items, each in a set of its own.
func New(n int) Sets {
	s := make(Sets, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// Find returns the smallest item of i's set.
func (s Sets) Find(i int) int {
	for s[i] != i {
		s[i] = s[s[i]] // path halving
		i = s[i]
	}
	return i
}

// Union joins the sets of a and b.
func (s Sets) Union(a, b int) {
	a, b = s.Find(a), s.Find(b)
	if a != b {
		s[max(a, b)] = min(a, b)
	}
}
