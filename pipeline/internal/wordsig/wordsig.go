// Package wordsig is a filter over a small set of words: a word whose
// signature (its length, second and last byte) is not in the set is not
// one of its words, which costs less to find out than a map lookup. The
// stages use it before looking up short word lists in maps, since almost
// every word of a text is in none of them.
package wordsig

// Set is a set of word signatures in 4096 bits. The zero value is empty.
type Set [4096 / 64]uint64

func signature(w string) uint32 {
	if len(w) < 2 {
		return uint32(len(w))
	}
	h := uint32(len(w))*0x9E3779B1 ^ uint32(w[1])*0x85EBCA6B ^ uint32(w[len(w)-1])*0xC2B2AE35
	return h >> 20
}

// Add adds the signature of w.
func (s *Set) Add(w string) {
	h := signature(w)
	s[h/64] |= 1 << (h % 64)
}

// Of returns the set of the signatures of words.
func Of[M ~map[string]V, V any](words M) *Set {
	s := new(Set)
	for w := range words {
		s.Add(w)
	}
	return s
}

// MayHave reports whether w may be one of the words added: false means
// it is not.
func (s *Set) MayHave(w string) bool {
	h := signature(w)
	return s[h/64]&(1<<(h%64)) != 0
}
