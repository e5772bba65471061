(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var PAGE = 50;
  var state = { view: "meetings", q: "", country: "", from: "", to: "", status: "", review: "", sort: "date", desc: false, offset: 0, doc: "", nq: "", top: "60" };
  var lastPage = null; // the page of the index shown

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === "text") e.textContent = attrs[k];
        else if (k === "class") e.className = attrs[k];
        else if (k.slice(0, 2) === "on") e.addEventListener(k.slice(2), attrs[k]);
        else if (attrs[k] !== undefined && attrs[k] !== null && attrs[k] !== false) e.setAttribute(k, attrs[k]);
      });
    }
    (children || []).forEach(function (c) { if (c !== null && c !== undefined) e.append(c); });
    return e;
  }

  function say(text, isError) {
    var m = $("msg");
    m.hidden = !text;
    m.textContent = text || "";
    m.className = isError ? "error" : "";
  }

  // State lives in the address, so that a reload shows the same view.
  function readHash() {
    var p = new URLSearchParams(location.hash.slice(1));
    Object.keys(state).forEach(function (k) {
      if (!p.has(k)) return;
      var v = p.get(k);
      state[k] = k === "desc" ? v === "1" : k === "offset" ? (parseInt(v, 10) || 0) : v;
    });
  }
  function writeHash() {
    var p = new URLSearchParams();
    Object.keys(state).forEach(function (k) {
      var v = state[k];
      if (k === "desc") v = v ? "1" : "";
      if (v !== "" && v !== 0 && !(k === "view" && v === "meetings") && !(k === "sort" && v === "date") && !(k === "top" && v === "60")) p.set(k, v);
    });
    var h = p.toString();
    history.replaceState(null, "", h ? "#" + h : location.pathname);
  }

  async function api(path, body) {
    var opts = body ? { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) } : {};
    var r = await fetch(path, opts);
    var data = await r.json();
    if (!r.ok) {
      var err = new Error(data.error || r.statusText);
      err.status = r.status;
      throw err;
    }
    return data;
  }

  // ---- Meetings index ----

  function controlsFromState() {
    $("f-person").value = state.q; $("f-country").value = state.country;
    $("f-from").value = state.from; $("f-to").value = state.to;
    $("f-status").value = state.status; $("f-review").value = state.review;
  }

  var seq = 0; // answers to older requests are dropped
  async function loadMeetings() {
    var p = new URLSearchParams({ q: state.q, country: state.country, from: state.from, to: state.to, status: state.status, review: state.review, sort: state.sort, desc: state.desc ? "1" : "", offset: state.offset, limit: PAGE });
    var my = ++seq;
    try {
      var page = await api("api/meetings?" + p);
      if (my !== seq) return;
      renderMeetings(page);
    } catch (e) {
      say(e.message, true);
    }
  }

  function renderMeetings(page) {
    lastPage = page;
    var sel = $("f-country");
    var have = Array.prototype.slice.call(sel.options, 1).map(function (o) { return o.value; }).join(" ");
    if (have !== page.countries.join(" ")) {
      sel.replaceChildren.apply(sel, [sel.options[0]].concat(page.countries.map(function (c) { return el("option", { text: c }); })));
      sel.value = state.country;
    }
    var tb = $("meetings-table").tBodies[0];
    tb.replaceChildren.apply(tb, page.rows.map(meetingRow));
    $("f-count").value = page.total + " of " + page.meetings + " meetings" + (page.rejected ? " (" + page.rejected + " rejected apart)" : "");
    $("p-range").textContent = page.total ? (page.offset + 1) + "–" + Math.min(page.offset + page.rows.length, page.total) + " of " + page.total : "no meeting";
    $("p-prev").disabled = page.offset === 0;
    $("p-next").disabled = page.offset + page.rows.length >= page.total;
    Array.prototype.forEach.call(document.querySelectorAll("#meetings-table th[data-key]"), function (th) {
      if (th.dataset.key === state.sort) th.setAttribute("aria-sort", state.desc ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    });
  }

  function meetingRow(m) {
    var tr = el("tr", { "data-id": m.id, class: m.review ? "rv-" + m.review : "" });
    tr.append(el("td", null, [m.date || "–", m.date_basis === "published" ? el("small", { title: "publication date: the text gives no date", text: " (pub.)" }) : null]));
    tr.append(el("td", null, [el("ul", { class: "actors" }, m.participants.map(function (a) {
      return el("li", null, [
        el("a", { href: "#", class: "person", "data-person": a.id, title: a.id, text: a.name, onclick: function (ev) { ev.preventDefault(); setFilter({ q: a.id }); } }),
        " ", el("span", { lang: "ar", dir: "rtl", text: a.name_ar || "" }),
        " ", el("small", { text: (a.country || "–") + " · " + a.role })
      ]);
    }))]));
    var pl = m.place;
    tr.append(el("td", null, pl ? [pl.name, " ", el("span", { lang: "ar", dir: "rtl", text: pl.name_ar || "" }), " ", el("small", { text: pl.country || "" })] : ["–"]));
    tr.append(el("td", { title: m.cameo_name }, [m.cameo, " ", el("small", { text: m.cameo_name })]));
    tr.append(el("td", null, [m.status, m.review ? el("span", { class: "rv rv-" + m.review, text: m.review }) : null]));
    tr.append(el("td", null, [el("ol", { class: "sources" }, m.sources.map(function (s) {
      return el("li", null, [
        el("a", { href: "#", class: "docid", "data-doc": s.document, text: s.document, onclick: function (ev) { ev.preventDefault(); openDoc(s.document, s.event); } }),
        s.source ? el("small", { text: " " + s.source }) : null,
        el("div", { class: "evidence", dir: "auto", text: s.evidence.text.length > 160 ? s.evidence.text.slice(0, 160) + "…" : s.evidence.text })
      ]);
    }))]));
    var act = el("td", { class: "actions" });
    if (m.review !== "rejected") act.append(el("button", { type: "button", class: "confirm", title: "confirm every report of this meeting", text: "✓ confirm", onclick: function () { markMeeting(m, "confirmed"); } }));
    if (m.review !== "rejected") act.append(el("button", { type: "button", class: "reject", title: "reject every report of this meeting", text: "✗ reject", onclick: function () { markMeeting(m, "rejected"); } }));
    if (m.review) act.append(el("button", { type: "button", class: "clear", title: "remove the review marks", text: "undo", onclick: function () { markMeeting(m, ""); } }));
    act.append(el("button", { type: "button", class: "correct", title: "open the document to correct the meeting", text: "correct…", onclick: function () { openDoc(m.sources[0].document, m.sources[0].event); } }));
    tr.append(act);
    return tr;
  }

  async function markMeeting(m, status) {
    var done = 0;
    for (var i = 0; i < m.sources.length; i++) {
      var s = m.sources[i];
      try {
        await api("api/review", { document: s.document, version: s.version, kind: "event", id: s.event, status: status });
        done++;
      } catch (e) {
        say(s.document + ": " + e.message, true);
        loadMeetings();
        return;
      }
    }
    say(status ? done + " report(s) marked " + status : "marks removed from " + done + " report(s)");
    loadMeetings();
    if (state.doc) openDoc(state.doc);
  }

  function setFilter(f) {
    Object.assign(state, f, { offset: 0 });
    if (state.view !== "meetings") showView("meetings");
    controlsFromState();
    writeHash();
    loadMeetings();
  }

  var typing;
  $("f-person").addEventListener("input", function () {
    clearTimeout(typing);
    typing = setTimeout(function () { setFilter({ q: $("f-person").value.trim() }); }, 150);
  });
  [["f-country", "country"], ["f-from", "from"], ["f-to", "to"], ["f-status", "status"], ["f-review", "review"]].forEach(function (p) {
    $(p[0]).addEventListener("change", function () { var f = {}; f[p[1]] = $(p[0]).value; setFilter(f); });
  });
  $("f-clear").addEventListener("click", function () { setFilter({ q: "", country: "", from: "", to: "", status: "", review: "" }); });
  Array.prototype.forEach.call(document.querySelectorAll("#meetings-table th[data-key] button"), function (b) {
    b.addEventListener("click", function () {
      var key = b.parentNode.dataset.key;
      if (state.sort === key) state.desc = !state.desc;
      else { state.sort = key; state.desc = false; }
      state.offset = 0;
      writeHash();
      loadMeetings();
    });
  });
  $("p-prev").addEventListener("click", function () { state.offset = Math.max(0, state.offset - PAGE); writeHash(); loadMeetings(); });
  $("p-next").addEventListener("click", function () { state.offset += PAGE; writeHash(); loadMeetings(); });

  // ---- Document panel ----

  var current = null; // the document shown

  async function openDoc(id, eventID) {
    state.doc = id;
    writeHash();
    try {
      var d = await api("api/doc?id=" + encodeURIComponent(id));
      renderDoc(d, eventID);
    } catch (e) {
      say(e.message, true);
    }
  }

  function closeDoc() {
    $("doc").hidden = true;
    state.doc = "";
    current = null;
    writeHash();
  }
  $("doc-close").addEventListener("click", closeDoc);
  document.addEventListener("keydown", function (ev) { if (ev.key === "Escape" && !$("doc").hidden) closeDoc(); });

  function names(d) {
    var n = {};
    d.entities.forEach(function (e) { n[e.id] = e.name; });
    return n;
  }

  function renderDoc(d, eventID) {
    current = d;
    var n = names(d);
    var box = $("doc-body");
    var body = el("div", { class: "text" + (d.has_text ? "" : " excerpts"), dir: d.dir, lang: d.dir === "rtl" ? "ar" : "en" });
    body.innerHTML = d.body; // marked up and escaped by the server
    var events = el("ol", { class: "events" }, (d.events || []).map(function (e) {
      var li = el("li", { id: "event-" + e.id, class: "event" + (e.review ? " rv-" + e.review.status : "") + (e.id === eventID ? " current" : "") });
      li.append(el("b", { text: e.id }), " " + e.status + " ");
      if (e.review) li.append(el("span", { class: "rv rv-" + e.review.status, text: e.review.status }), e.review.note ? el("q", { text: e.review.note }) : "", " ");
      li.append(": " + e.participants.map(function (p) { return (n[p.entity] || p.entity) + " (" + p.role + ")"; }).join(", "));
      if (e.location) li.append(" · in " + (n[e.location.entity] || e.location.entity));
      if (e.date && e.date.value) li.append(" · " + e.date.value);
      li.append(" · ", el("a", { href: "#", text: "trigger", onclick: function (ev) { ev.preventDefault(); show("tr-" + e.id); } }));
      li.append(actions(d, "event", e, function (done) { return eventForm(d, e, done); }));
      return li;
    }));
    var ents = el("table", { class: "entities" }, [el("tbody", null, d.entities.map(function (e) {
      return el("tr", { class: e.review ? "rv-" + e.review.status : "", "data-entity": e.id }, [
        el("td", null, [el("span", { class: "ent " + e.type, text: e.type })]),
        el("td", { text: e.id }), el("td", { text: e.name }), el("td", { lang: "ar", dir: "rtl", text: e.name_ar }),
        el("td", { text: e.country || "" }), el("td", { text: String(e.mentions.length) }),
        el("td", null, [e.review ? el("span", { class: "rv rv-" + e.review.status, text: e.review.status }) : null, e.review && e.review.note ? " " + e.review.note : null,
          actions(d, "entity", e, function (done) { return entityForm(d, e, done); })])
      ]);
    }))]);
    box.replaceChildren.apply(box, [
      el("h2", { dir: "auto", text: d.title || d.id }),
      el("p", null, [el("span", { class: "docid", text: d.id }), " ", el("small", { text: d.published + " " + d.source }), d.url ? el("div", { class: "url", text: d.url }) : null]),
      d.writable ? null : el("p", { class: "note", text: "Read only: the run is a JSON Lines file." }),
      d.has_text ? null : el("p", { class: "note", text: "The text is not in the results (start the review with -text); the evidence sentences:" }),
      body,
      el("h3", { text: "Meetings" }), events,
      el("h3", { text: d.entities.length + " entities" }), ents
    ].filter(function (c) { return c !== null; }));
    $("doc").hidden = false;
    if (eventID) show("tr-" + eventID);
    else $("doc").scrollTop = 0;
  }

  function show(id) {
    var t = document.getElementById(id);
    if (t) t.scrollIntoView({ block: "center" });
  }

  // actions returns the buttons that mark a record; form makes its
  // correction form.
  function actions(d, kind, rec, form) {
    var span = el("span", { class: "rec-actions" });
    if (!d.writable) return span;
    var note = el("input", { class: "note", type: "text", placeholder: "note (optional)", value: rec.review && rec.review.note ? rec.review.note : "" });
    var send = function (status, fix) {
      var m = { document: d.id, version: d.version, kind: kind, id: rec.id, status: status };
      if (status && note.value.trim()) m.note = note.value.trim();
      if (fix) m[kind] = fix;
      postMark(m);
    };
    span.append(" ", el("button", { type: "button", class: "confirm", text: "✓ confirm", onclick: function () { send("confirmed"); } }),
      el("button", { type: "button", class: "reject", text: "✗ reject", onclick: function () { send("rejected"); } }),
      el("button", { type: "button", class: "correct", text: "correct…", onclick: function () {
        var f = span.querySelector("form.fix");
        if (f) { f.remove(); return; }
        span.append(form(function (fix) { send("corrected", fix); }));
      } }),
      note);
    if (rec.review) note.before(el("button", { type: "button", class: "clear", text: "undo", onclick: function () { send(""); } }));
    return span;
  }

  async function postMark(m) {
    try {
      var d = await api("api/review", m);
      say(m.kind + " " + m.id + (m.status ? " marked " + m.status : ": mark removed"));
      renderDoc(d, m.kind === "event" ? m.id : "");
      loadMeetings();
    } catch (e) {
      say(e.message, true);
    }
  }

  function eventForm(d, e, done) {
    {
      var n = names(d);
      var status = el("select", null, ["occurred", "planned"].map(function (s) { return el("option", { text: s, selected: s === e.status }); }));
      var date = el("input", { type: "text", placeholder: "YYYY-MM-DD", pattern: "\\d{4}-\\d{2}-\\d{2}", value: e.date && e.date.value ? e.date.value : "" });
      var loc = el("select", null, [el("option", { value: "", text: "– none –" })].concat(d.entities.filter(function (x) { return x.type !== "person"; }).map(function (x) {
        return el("option", { value: x.id, text: x.name + " (" + x.type + ")", selected: e.location && e.location.entity === x.id });
      })));
      var role = {};
      e.participants.forEach(function (p) { role[p.entity] = p.role; });
      var parts = d.entities.filter(function (x) { return x.type === "person" || role[x.id]; }).map(function (x) {
        var cb = el("input", { type: "checkbox", value: x.id, checked: !!role[x.id] });
        var r = el("select", null, ["participant", "host", "guest"].map(function (s) { return el("option", { text: s, selected: s === (role[x.id] || "participant") }); }));
        return { cb: cb, r: r, label: el("label", null, [cb, " " + (n[x.id] || x.id) + " ", r]) };
      });
      return el("form", { class: "fix", onsubmit: function (ev) {
        ev.preventDefault();
        done({ status: status.value, date: date.value.trim(), location: loc.value,
          participants: parts.filter(function (p) { return p.cb.checked; }).map(function (p) { return { entity: p.cb.value, role: p.r.value }; }) });
      } }, [
        el("label", null, ["Status ", status]), el("label", null, ["Date ", date]), el("label", null, ["Place ", loc]),
        el("div", { class: "parts" }, ["Participants: "].concat(parts.map(function (p) { return p.label; }))),
        el("div", null, [el("button", { type: "submit", text: "Save correction" })])
      ]);
    }
  }

  function entityForm(d, e, done) {
    {
      var name = el("input", { type: "text", value: e.name, required: true });
      var ar = el("input", { type: "text", dir: "rtl", value: e.name_ar || "" });
      var country = el("input", { type: "text", value: e.country || "", size: 3, pattern: "[A-Z]{2}", placeholder: "SY" });
      return el("form", { class: "fix", onsubmit: function (ev) {
        ev.preventDefault();
        done({ name: name.value.trim(), name_ar: ar.value.trim(), country: country.value.trim().toUpperCase() });
      } }, [el("label", null, ["Name ", name]), el("label", null, ["Arabic ", ar]), el("label", null, ["Country ", country]),
        el("div", null, [el("button", { type: "submit", text: "Save correction" })])]);
    }
  }

  // ---- Network ----

  var view = { x: 0, y: 0, w: 1000, h: 700 };
  function setViewBox() { $("net-svg").setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" ")); }
  function zoom(f, cx, cy) {
    if (cx === undefined) { cx = view.x + view.w / 2; cy = view.y + view.h / 2; }
    view.x = cx - (cx - view.x) * f; view.y = cy - (cy - view.y) * f;
    view.w *= f; view.h *= f;
    setViewBox();
  }
  $("n-in").addEventListener("click", function () { zoom(1 / 1.3); });
  $("n-out").addEventListener("click", function () { zoom(1.3); });
  var home = { x: 0, y: 0, w: 1000, h: 700 }; // the view that fits the picture
  $("n-reset").addEventListener("click", function () { view = Object.assign({}, home); setViewBox(); });
  $("net-svg").addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var svg = $("net-svg"), r = svg.getBoundingClientRect();
    zoom(ev.deltaY < 0 ? 1 / 1.15 : 1.15, view.x + (ev.clientX - r.left) / r.width * view.w, view.y + (ev.clientY - r.top) / r.height * view.h);
  }, { passive: false });
  var drag = null;
  $("net-svg").addEventListener("pointerdown", function (ev) { if (ev.target.closest(".node")) return; drag = { x: ev.clientX, y: ev.clientY }; });
  window.addEventListener("pointerup", function () { drag = null; });
  $("net-svg").addEventListener("pointermove", function (ev) {
    if (!drag) return;
    var r = $("net-svg").getBoundingClientRect();
    view.x -= (ev.clientX - drag.x) / r.width * view.w; view.y -= (ev.clientY - drag.y) / r.height * view.h;
    drag = { x: ev.clientX, y: ev.clientY };
    setViewBox();
  });

  // layout places the nodes by a force simulation from a circle, the
  // same for the same graph.
  function layout(net) {
    var N = net.nodes.length, idx = {};
    var pos = net.nodes.map(function (n, i) {
      idx[n.id] = i;
      var a = 2 * Math.PI * i / Math.max(N, 1);
      return { x: 500 + 300 * Math.cos(a), y: 350 + 250 * Math.sin(a) };
    });
    var k = Math.sqrt(1000 * 700 / Math.max(N, 1)) * 0.7;
    for (var it = 0; it < 300; it++) {
      var disp = pos.map(function () { return { x: 0, y: 0 }; });
      for (var i = 0; i < N; i++) for (var j = i + 1; j < N; j++) {
        var dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y, d2 = Math.max(dx * dx + dy * dy, 1), f = k * k / d2;
        disp[i].x += dx * f; disp[i].y += dy * f; disp[j].x -= dx * f; disp[j].y -= dy * f;
      }
      net.edges.forEach(function (e) {
        var a = idx[e.from], b = idx[e.to], dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y, d = Math.max(Math.sqrt(dx * dx + dy * dy), 1), f = d / k;
        disp[a].x -= dx * f; disp[a].y -= dy * f; disp[b].x += dx * f; disp[b].y += dy * f;
      });
      var t = 30 * (1 - it / 300) + 1;
      for (i = 0; i < N; i++) {
        disp[i].x += (500 - pos[i].x) * 0.01; disp[i].y += (350 - pos[i].y) * 0.01;
        var l = Math.max(Math.sqrt(disp[i].x * disp[i].x + disp[i].y * disp[i].y), 1e-9);
        pos[i].x += disp[i].x / l * Math.min(l, t); pos[i].y += disp[i].y / l * Math.min(l, t);
        // Within the frame: pieces of the network not joined to the
        // rest would drift away.
        pos[i].x = Math.min(980, Math.max(20, pos[i].x)); pos[i].y = Math.min(680, Math.max(20, pos[i].y));
      }
    }
    return { pos: pos, idx: idx };
  }

  var NS = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, text) {
    var e = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  async function loadNetwork() {
    try {
      var net = await api("api/network?" + new URLSearchParams({ q: state.nq, top: state.top }));
      renderNetwork(net);
    } catch (e) {
      say(e.message, true);
    }
  }

  function renderNetwork(net) {
    var L = layout(net), g = $("net-svg");
    var edges = svg("g", { class: "edges" }), nodes = svg("g", { class: "nodes" });
    net.edges.forEach(function (e) {
      var a = L.pos[L.idx[e.from]], b = L.pos[L.idx[e.to]];
      var line = svg("line", { x1: a.x.toFixed(1), y1: a.y.toFixed(1), x2: b.x.toFixed(1), y2: b.y.toFixed(1), "stroke-width": (1 + 1.5 * Math.log2(e.weight)).toFixed(1), "data-from": e.from, "data-to": e.to });
      line.append(svg("title", null, net.nodes[L.idx[e.from]].name + " – " + net.nodes[L.idx[e.to]].name + ": " + e.weight));
      edges.append(line);
    });
    var most = Math.max.apply(null, net.nodes.map(function (n) { return n.meetings; }).concat([1]));
    var box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
    net.nodes.forEach(function (n, i) {
      var p = L.pos[i], r = 4 + 22 * Math.sqrt(n.meetings / most);
      box.x0 = Math.min(box.x0, p.x - r - 60); box.x1 = Math.max(box.x1, p.x + r + 60);
      box.y0 = Math.min(box.y0, p.y - r - 18); box.y1 = Math.max(box.y1, p.y + r + 6);
      var node = svg("g", { class: "node" + (n.match ? " match" : ""), "data-person": n.id, tabindex: "0" });
      node.append(svg("circle", { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1), fill: n.colour }),
        svg("text", { x: p.x.toFixed(1), y: (p.y - r - 3).toFixed(1) }, n.name),
        svg("title", null, n.name + " · " + (n.name_ar || "") + " · " + (n.country || "–") + " · " + n.meetings + " meetings"));
      node.addEventListener("click", function () { setFilter({ q: n.id }); });
      nodes.append(node);
    });
    g.replaceChildren(edges, nodes);
    // Fit the picture, keeping the frame's proportions.
    if (net.nodes.length) {
      var w = box.x1 - box.x0, h = box.y1 - box.y0, scale = Math.max(w / 1000, h / 700);
      home = { w: 1000 * scale, h: 700 * scale };
      home.x = box.x0 - (home.w - w) / 2; home.y = box.y0 - (home.h - h) / 2;
      view = Object.assign({}, home);
      setViewBox();
    }
    $("net-legend").replaceChildren.apply($("net-legend"), net.legend.map(function (l) {
      return el("li", { "data-country": l.country }, [el("span", { class: "sw", style: "background:" + l.colour }), (l.country ? l.name + " (" + l.country + ")" : l.name) + " · " + l.people]);
    }));
    $("n-count").value = net.edges.length + " of " + net.pairs + " pairs, " + net.nodes.length + " people";
  }

  var netTyping;
  $("n-search").addEventListener("input", function () {
    clearTimeout(netTyping);
    netTyping = setTimeout(function () { state.nq = $("n-search").value.trim(); writeHash(); loadNetwork(); }, 200);
  });
  $("n-top").addEventListener("change", function () { state.top = $("n-top").value; writeHash(); loadNetwork(); });

  // ---- Views ----

  function showView(v) {
    state.view = v;
    $("meetings").hidden = v !== "meetings";
    $("network").hidden = v !== "network";
    Array.prototype.forEach.call(document.querySelectorAll("#tabs button"), function (b) { b.setAttribute("aria-pressed", String(b.dataset.view === v)); });
    writeHash();
    if (v === "network") loadNetwork();
  }
  Array.prototype.forEach.call(document.querySelectorAll("#tabs button"), function (b) {
    b.addEventListener("click", function () { showView(b.dataset.view); });
  });

  readHash();
  controlsFromState();
  $("n-search").value = state.nq;
  $("n-top").value = state.top;
  showView(state.view);
  loadMeetings();
  if (state.doc) openDoc(state.doc);
})();
