// Package reviewserver serves the review of a run in the browser: the
// meetings index, paged, filtered and sorted on the server; each
// document's text with its entities and meetings marked, sent when it is
// opened; buttons that confirm, reject or correct an event or an entity
// by writing a review mark into the document's YAML file (see package
// review for the marks, and ApplyMark and swapFile for how they are
// written); and the who-met-whom network's top pairs. The page and its
// scripts are embedded: nothing is fetched from the network.
package reviewserver

import (
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/extract-news/extract/pipeline/doc"
	"github.com/extract-news/extract/pipeline/report"
)

//go:embed assets
var assets embed.FS

// Server is the HTTP handler of the review.
type Server struct {
	store *Store
	texts map[string]string
	log   *slog.Logger
	mux   *http.ServeMux
}

// New returns the server of store; texts maps document ids to their
// texts (those without one are shown through their evidence), and log
// receives diagnostics (slog.Default() when nil).
func New(store *Store, texts map[string]string, log *slog.Logger) *Server {
	if log == nil {
		log = slog.Default()
	}
	s := &Server{store: store, texts: texts, log: log, mux: http.NewServeMux()}
	static, err := fs.Sub(assets, "assets")
	if err != nil {
		panic(err) // the embedded directory is there
	}
	s.mux.Handle("GET /", http.FileServerFS(static))
	s.mux.HandleFunc("GET /report.css", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/css; charset=utf-8")
		w.Write([]byte(report.Stylesheet()))
	})
	s.mux.HandleFunc("GET /api/meetings", s.meetings)
	s.mux.HandleFunc("GET /api/doc", s.document)
	s.mux.HandleFunc("GET /api/network", s.network)
	s.mux.HandleFunc("POST /api/review", s.review)
	return s
}

// ServeHTTP serves the review. Requests must name the server by an IP
// address or as localhost: a page of another site whose name was made to
// resolve to this machine (DNS rebinding) names its own host, and is
// refused.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	host := r.Host
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	if net.ParseIP(strings.Trim(host, "[]")) == nil && host != "localhost" {
		s.fail(w, http.StatusForbidden, fmt.Errorf("host %q: open the review at the address extract review printed", r.Host))
		return
	}
	s.mux.ServeHTTP(w, r)
}

// meetings serves a page of the index (see ParseQuery for the
// parameters).
func (s *Server) meetings(w http.ResponseWriter, r *http.Request) {
	q, err := ParseQuery(r.URL.Query())
	if err != nil {
		s.fail(w, http.StatusBadRequest, err)
		return
	}
	if err := s.store.refresh(); err != nil {
		s.fail(w, http.StatusInternalServerError, err)
		return
	}
	s.reply(w, s.store.current().query(q))
}

// network serves the top pairs: parameters q (a person) and top (how
// many pairs, 60 by default, at most 1,000).
func (s *Server) network(w http.ResponseWriter, r *http.Request) {
	top := 60
	if t := r.URL.Query().Get("top"); t != "" {
		n, err := strconv.Atoi(t)
		if err != nil || n < 1 {
			s.fail(w, http.StatusBadRequest, errors.New("top: want a number ≥ 1"))
			return
		}
		top = min(n, 1000)
	}
	if err := s.store.refresh(); err != nil {
		s.fail(w, http.StatusInternalServerError, err)
		return
	}
	s.reply(w, topPairs(s.store.current().graph, r.URL.Query().Get("q"), top))
}

// DocView is a document as the browser shows it.
type DocView struct {
	doc.Meta
	// Version is that of the file the view was read from; a mark sent
	// from the view must find the file at that version.
	Version  string        `json:"version"`
	Writable bool          `json:"writable"`
	Dir      string        `json:"dir"`
	HasText  bool          `json:"has_text"`
	Body     template.HTML `json:"body"`
	Entities []doc.Entity  `json:"entities"`
	Events   []doc.Event   `json:"events"`
}

func (s *Server) view(e entry) DocView {
	r := e.result
	text, ok := s.texts[r.Document.ID]
	body, err := report.DocumentBody(r, text, ok)
	if err != nil {
		s.log.Warn("review: showing the evidence only", "err", err)
	}
	return DocView{
		Meta: r.Document, Version: e.version, Writable: s.store.Writable(), Dir: body.Dir,
		HasText: body.HasText, Body: body.HTML, Entities: r.Entities, Events: r.Events,
	}
}

// document serves one document: parameter id.
func (s *Server) document(w http.ResponseWriter, r *http.Request) {
	id := r.URL.Query().Get("id")
	e, ok, err := s.store.document(id)
	switch {
	case err != nil:
		s.fail(w, http.StatusInternalServerError, err)
	case !ok:
		s.fail(w, http.StatusNotFound, errors.New("document "+strconv.Quote(id)+": "+ErrNotFound.Error()))
	default:
		s.reply(w, s.view(e))
	}
}

// MarkRequest is the body of a POST to /api/review.
type MarkRequest struct {
	Document string `json:"document"`
	// Version is the version of the document's file the reviewer saw.
	Version string `json:"version"`
	Mark
}

// review writes a mark and answers with the document as written: 409
// Conflict when the file changed since the version the reviewer saw.
func (s *Server) review(w http.ResponseWriter, r *http.Request) {
	// A page of another site can post forms here but not JSON, and the
	// browser names its origin.
	if ct := r.Header.Get("Content-Type"); ct != "application/json" {
		s.fail(w, http.StatusUnsupportedMediaType, errors.New("send the mark as application/json"))
		return
	}
	if o := r.Header.Get("Origin"); o != "" {
		if u, err := url.Parse(o); err != nil || u.Host != r.Host {
			s.fail(w, http.StatusForbidden, errors.New("marks are accepted from the review page only"))
			return
		}
	}
	var req MarkRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		s.fail(w, http.StatusBadRequest, err)
		return
	}
	e, err := s.store.Apply(req.Document, req.Version, req.Mark)
	switch {
	case errors.Is(err, ErrChanged):
		s.fail(w, http.StatusConflict, err)
	case errors.Is(err, ErrReadOnly):
		s.fail(w, http.StatusForbidden, err)
	case errors.Is(err, ErrNotFound):
		s.fail(w, http.StatusNotFound, err)
	case errors.Is(err, ErrInvalid):
		s.fail(w, http.StatusBadRequest, err)
	case err != nil:
		s.fail(w, http.StatusInternalServerError, err)
	default:
		s.log.Info("review: mark written", "document", req.Document, "kind", req.Kind, "id", req.ID, "status", req.Status)
		s.reply(w, s.view(e))
	}
}

func (s *Server) reply(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if err := json.NewEncoder(w).Encode(v); err != nil {
		s.log.Warn("review: reply", "err", err)
	}
}

func (s *Server) fail(w http.ResponseWriter, code int, err error) {
	if code >= 500 {
		s.log.Error("review", "err", err)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
}
