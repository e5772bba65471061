package resolve

import (
	"strings"

	"github.com/extract-news/extract/pipeline/gazetteer"
	"github.com/extract-news/extract/pipeline/normalize"
)

var (
	countryBoundHeads = lex.Set("countryBoundHeads")
	hostBoundHeads    = lex.Set("hostBoundHeads")
)

// BoundBody reports whether an organization's Arabic name, with the
// country the pipeline gave it (empty if none), names no one body: a
// mission named by its sending state (السفارة الأمريكية: one per host
// city), or a body every state has named by its head and one definite
// word with no country (وزارة الصحة، مجلس النواب). Such names are
// descriptions a gazetteer cannot hold.
func BoundBody(nameAr, country string) bool {
	f := gazetteer.FormTokens(normalize.String(nameAr))
	if len(f) == 0 {
		return false
	}
	if hostBoundHeads[f[0]] {
		return true
	}
	return country == "" && len(f) == 2 && countryBoundHeads[f[0]] && strings.HasPrefix(f[1], "ال")
}
