// The docs site's only script: index search and filters, and the version picker of event pages. No dependencies.
(function () {
  "use strict";
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; }); }

  function index(entries) {
    var q = document.getElementById("q"), list = document.getElementById("results"), count = document.getElementById("count"), more = document.getElementById("more");
    var filters = Array.prototype.slice.call(document.querySelectorAll("select[data-filter]"));
    var page = 100, shown = page, keys = { folder: "g", owner: "o", lint: "l", freshness: "r" };
    entries.forEach(function (e) { e.hay = (e.n + " " + e.f + " " + e.d + " " + e.o).toLowerCase(); e.props = e.p.map(function (p) { return [p[0], p[1], (p[0] + " " + p[1]).toLowerCase()]; }); });
    function matches(e, terms) {
      var why = null;
      for (var i = 0; i < terms.length; i++) {
        if (e.hay.indexOf(terms[i]) >= 0) continue;
        var hit = null;
        for (var j = 0; j < e.props.length && !hit; j++) if (e.props[j][2].indexOf(terms[i]) >= 0) hit = e.props[j];
        if (!hit) return false;
        why = why || hit;
      }
      return { why: why };
    }
    function draw() {
      var terms = q.value.toLowerCase().split(/\s+/).filter(Boolean), found = [];
      entries.forEach(function (e) {
        for (var k = 0; k < filters.length; k++) { var f = filters[k]; if (f.value !== "*" && e[keys[f.dataset.filter]] !== f.value) return; }
        var m = matches(e, terms); if (m) found.push([e, m.why]);
      });
      var html = [];
      found.slice(0, shown).forEach(function (x) {
        var e = x[0], why = x[1];
        html.push('<li><a href="events/' + e.s + '.html">' + esc(e.n) + '</a> <span class="muted">' + esc(e.f) + '</span>' +
          (why ? '<span class="why">property <code>' + esc(why[0]) + '</code>: ' + esc(why[1]) + '</span>' : (e.d ? '<span class="why">' + esc(e.d) + '</span>' : '')) + '</li>');
      });
      list.innerHTML = html.join("");
      count.textContent = found.length + (found.length === 1 ? " event" : " events");
      more.hidden = found.length <= shown;
    }
    q.addEventListener("input", function () { shown = page; draw(); });
    filters.forEach(function (f) { f.addEventListener("change", function () { shown = page; draw(); }); });
    more.addEventListener("click", function () { shown += page; draw(); });
    draw();
  }

  function verdict(impact) { return impact === "breaking" ? "breaking" : impact === "not_analysed" ? "not analysed (breaking)" : "non-breaking"; }

  function eventPage(model) {
    var from = document.getElementById("diff-from"), to = document.getElementById("diff-to"), out = document.getElementById("diff-result");
    if (!from || !to) return;
    function draw() {
      var a = from.value, b = to.value, forward = true;
      var d = model.diffs.filter(function (x) { return x.from === a && x.to === b; })[0];
      if (!d) { d = model.diffs.filter(function (x) { return x.from === b && x.to === a; })[0]; forward = false; }
      if (!d) { out.innerHTML = '<p id="diff-verdict">Pick two different versions.</p>'; return; }
      var breaking = d.changes.filter(function (c) { return c.impact !== "non_breaking"; }).length;
      var html = '<p id="diff-verdict" class="verdict ' + (breaking ? "breaking" : "compatible") + '">' + esc(d.from) + ' → ' + esc(d.to) + ': ' +
        (d.changes.length === 0 ? "no changes" : breaking ? "breaking (" + breaking + " of " + d.changes.length + " changes)" : "compatible (" + d.changes.length + " changes, none breaking)") + '</p>';
      if (!forward) html += '<p class="muted">Shown from the older to the newer version.</p>';
      if (d.changes.length) {
        html += '<div class="scroll"><table class="changes"><caption>Changes from ' + esc(d.from) + ' to ' + esc(d.to) + '</caption><thead><tr><th scope="col">Verdict</th><th scope="col">Change</th><th scope="col">Where</th><th scope="col">Why</th></tr></thead><tbody>';
        d.changes.forEach(function (c) {
          var v = verdict(c.impact);
          html += '<tr><td><span class="badge ' + v.replace(/[()]/g, "").replace(/ /g, "-") + '">' + esc(v) + '</span></td><td><code>' + esc(c.kind) + '</code></td><td><code>' + esc(c.pointer || "/") + '</code></td><td>' + esc(c.explanation) + '</td></tr>';
        });
        html += '</tbody></table></div>';
      }
      out.innerHTML = html;
    }
    from.addEventListener("change", draw); to.addEventListener("change", draw);
  }

  if (window.REFLEKT_INDEX && document.getElementById("results")) index(window.REFLEKT_INDEX);
  if (window.REFLEKT_EVENT) eventPage(window.REFLEKT_EVENT);
})();
