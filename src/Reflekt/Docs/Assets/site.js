// The docs site's only script: index search and filters, and the version picker of event pages. No dependencies.
(function () {
  "use strict";
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; }); }

  // ix: the interned index SearchIndex.cs writes (texts, pairs, lists, then one column per event field).
  function index(ix) {
    var q = document.getElementById("q"), list = document.getElementById("results"), count = document.getElementById("count"), more = document.getElementById("more");
    var filters = Array.prototype.slice.call(document.querySelectorAll("select[data-filter]"));
    var page = 100, shown = page, columns = { folder: "group", owner: "owner", lint: "lint", freshness: "freshness" }, total = ix.slug.length, texts = ix.texts, hay = null, pairHay = null;
    // Lower-cased text is built on the first search, not at load: the first paint needs none of it.
    function prepare() {
      hay = new Array(total); pairHay = new Array(ix.pairs.length / 2);
      for (var i = 0; i < total; i++) hay[i] = (ix.name[i] + " " + ix.folder[i] + " " + ix.description[i] + " " + texts[ix.owner[i]]).toLowerCase();
      for (var p = 0; p < pairHay.length; p++) pairHay[p] = (texts[ix.pairs[2 * p]] + " " + texts[ix.pairs[2 * p + 1]]).toLowerCase();
    }
    // Per term, the first pair of each property list that contains it (-1: none): each list is scanned once per keystroke.
    function listHits(term) {
      var hitPair = new Int8Array(pairHay.length), hits = new Int32Array(ix.lists.length);
      for (var p = 0; p < pairHay.length; p++) hitPair[p] = pairHay[p].indexOf(term) >= 0 ? 1 : 0;
      for (var l = 0; l < ix.lists.length; l++) {
        var pairs = ix.lists[l], hit = -1;
        for (var j = 0; j < pairs.length && hit < 0; j++) if (hitPair[pairs[j]]) hit = pairs[j];
        hits[l] = hit;
      }
      return hits;
    }
    function draw() {
      var terms = q.value.toLowerCase().split(/\s+/).filter(Boolean), found = [], active = [];
      if (terms.length && !hay) prepare();
      var hits = terms.map(listHits);
      filters.forEach(function (f) { if (f.value !== "*") active.push([ix[columns[f.dataset.filter]], f.value]); });
      outer: for (var i = 0; i < total; i++) {
        for (var k = 0; k < active.length; k++) if (texts[active[k][0][i]] !== active[k][1]) continue outer;
        var why = -1;
        for (var t = 0; t < terms.length; t++) {
          if (hay[i].indexOf(terms[t]) >= 0) continue;
          var hit = hits[t][ix.props[i]];
          if (hit < 0) continue outer;
          if (why < 0) why = hit;
        }
        found.push(i, why);
      }
      var html = [], n = found.length / 2;
      for (var r = 0; r < Math.min(n, shown); r++) {
        var e = found[2 * r], w = found[2 * r + 1], d = ix.description[e];
        html.push('<li><a href="events/' + ix.slug[e] + '.html">' + esc(ix.name[e]) + '</a> <span class="muted">' + esc(ix.folder[e]) + '</span>' +
          (w >= 0 ? '<span class="why">property <code>' + esc(texts[ix.pairs[2 * w]]) + '</code>: ' + esc(texts[ix.pairs[2 * w + 1]]) + '</span>' : (d ? '<span class="why">' + esc(d) + '</span>' : '')) + '</li>');
      }
      list.innerHTML = html.join("");
      count.textContent = n + (n === 1 ? " event" : " events");
      more.hidden = n <= shown;
    }
    q.addEventListener("input", function () { shown = page; draw(); });
    filters.forEach(function (f) { f.addEventListener("change", function () { shown = page; draw(); }); });
    more.addEventListener("click", function () { shown += page; draw(); });
    draw();
  }

  function verdict(impact) { return impact === "breaking" ? "breaking" : impact === "not_analysed" ? "not analysed (breaking)" : "non-breaking"; }

  // diffs: every ordered pair of versions, embedded in the page as JSON (<script type="application/json" id="diffs">).
  function eventPage(diffs) {
    var from = document.getElementById("diff-from"), to = document.getElementById("diff-to"), out = document.getElementById("diff-result");
    if (!from || !to) return;
    function draw() {
      var a = from.value, b = to.value, forward = true;
      var d = diffs.filter(function (x) { return x.from === a && x.to === b; })[0];
      if (!d) { d = diffs.filter(function (x) { return x.from === b && x.to === a; })[0]; forward = false; }
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
  var diffs = document.getElementById("diffs");
  if (diffs) eventPage(JSON.parse(diffs.textContent));
})();
