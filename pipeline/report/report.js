(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var table = $("meetings-table");
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  rows.forEach(function (r, i) { r.dataset.order = i; });

  // fold makes a search insensitive to case, Arabic diacritics, tatweel
  // and the common letter variants.
  function fold(s) {
    return s.toLowerCase()
      .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
      .replace(/[\u0623\u0625\u0622\u0671]/g, "\u0627")
      .replace(/\u0649/g, "\u064A")
      .replace(/\u0629/g, "\u0647")
      .trim();
  }

  function apply() {
    var person = fold($("f-person").value);
    var country = $("f-country").value;
    var from = $("f-from").value, to = $("f-to").value;
    var status = $("f-status").value;
    var shown = 0;
    rows.forEach(function (r) {
      var d = r.dataset.date;
      var ok = (!person || r.dataset.search.split("|").some(function (s) { return fold(s).indexOf(person) >= 0; })) &&
        (!country || r.dataset.countries.split(" ").indexOf(country) >= 0) &&
        (!from || (d && d >= from)) && (!to || (d && d <= to)) &&
        (!status || r.dataset.status === status);
      r.hidden = !ok;
      if (ok) shown++;
    });
    $("f-count").value = shown + " of " + rows.length + " meetings";
    var nodes = document.querySelectorAll("#network-svg .node");
    Array.prototype.forEach.call(nodes, function (n) {
      n.classList.toggle("selected", !!person && (fold(n.dataset.name) === person || fold(n.dataset.person) === person));
    });
  }
  ["f-person", "f-country", "f-from", "f-to", "f-status"].forEach(function (id) {
    $(id).addEventListener("input", apply);
    $(id).addEventListener("change", apply);
  });
  $("f-clear").addEventListener("click", function () {
    ["f-person", "f-country", "f-from", "f-to", "f-status"].forEach(function (id) { $(id).value = ""; });
    apply();
  });

  function filterPerson(name) {
    $("f-person").value = name;
    apply();
    $("meetings").scrollIntoView();
  }
  table.addEventListener("click", function (e) {
    var a = e.target.closest("a.person");
    if (a) { e.preventDefault(); filterPerson(a.textContent); }
  });
  var svg = $("network-svg");
  if (svg) {
    svg.addEventListener("click", function (e) {
      var n = e.target.closest(".node");
      if (n) filterPerson(n.dataset.name);
    });
  }

  // Sorting: a click on a column head sorts by it, a second click
  // reverses; ties keep the previous order.
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  heads.forEach(function (th, col) {
    th.querySelector("button").addEventListener("click", function () {
      var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
      heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
      var numeric = th.dataset.key === "sources";
      var key = function (r) { var v = r.cells[col].dataset.sort || ""; return numeric ? Number(v) : v.toLowerCase(); };
      var sorted = rows.slice().sort(function (a, b) {
        var x = key(a), y = key(b);
        if (x !== y) {
          if (x === "") return 1;
          if (y === "") return -1;
          return (x < y ? -1 : 1) * dir;
        }
        return a.dataset.order - b.dataset.order;
      });
      var body = table.tBodies[0];
      sorted.forEach(function (r) { body.appendChild(r); });
      rows = sorted;
    });
  });

  // Links into a closed document open it.
  // A malformed #hash (a lone %) is taken as it is: it must not stop the
  // script.
  function reveal() {
    var id = location.hash.slice(1);
    try { id = decodeURIComponent(id); } catch (e) { /* keep it raw */ }
    var el = id && document.getElementById(id);
    if (!el) return;
    for (var p = el.parentElement; p; p = p.parentElement) {
      if (p.tagName === "DETAILS") p.open = true;
    }
    el.scrollIntoView({block: "center"});
  }
  window.addEventListener("hashchange", reveal);
  reveal();
  apply();
})();
