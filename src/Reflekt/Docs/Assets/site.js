// The docs site's only script: index search and filters, and the version picker of event pages. No dependencies.
(function () {
  "use strict";
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]; }); }

  // Where each of count lines of text starts, and one more entry past the end.
  function lineStarts(text, count) {
    var starts = new Int32Array(count + 1), at = 0;
    for (var i = 0; i < count; i++) { starts[i] = at; at = text.indexOf("\n", at) + 1 || text.length + 1; }
    starts[count] = text.length + 1;
    return starts;
  }

  // A text column of the index (one line per entry), read by line number without splitting it into strings.
  function lines(text, count) {
    var starts = lineStarts(text, count), lower = null, lowerStarts = null;
    return {
      at: function (i) { return text.slice(starts[i], starts[i + 1] - 1); },
      // Sets hit[i] for every line i that contains term (lower case): one scan of the lower-cased text per term.
      mark: function (term, hit) {
        if (!lower) { lower = text.toLowerCase(); lowerStarts = lower.length === text.length ? starts : lineStarts(lower, count); }
        var line = 0, pos = lower.indexOf(term);
        while (pos >= 0) {
          while (lowerStarts[line + 1] <= pos) line++;
          hit[line] = 1;
          pos = lower.indexOf(term, lowerStarts[line + 1]);
        }
      }
    };
  }

  // A comma-separated number column, decoded on first use.
  function numbers(text) {
    var values = null;
    return function () {
      if (!values) {
        values = new Int32Array(text ? text.split(",").length : 0);
        for (var i = 0, n = 0, v = 0; i <= text.length; i++) {
          var c = i < text.length ? text.charCodeAt(i) : 44;
          if (c === 44) { values[n++] = v; v = 0; } else v = v * 10 + c - 48;
        }
      }
      return values;
    };
  }

  // ix: the index SearchIndex.cs writes (text columns one line per entry, number columns comma-separated).
  function index(ix) {
    var q = document.getElementById("q"), list = document.getElementById("results"), count = document.getElementById("count"), more = document.getElementById("more");
    var filters = Array.prototype.slice.call(document.querySelectorAll("select[data-filter]"));
    // A page of results is about three screens: the rows are laid out and painted on every keystroke, so fewer is
    // faster; "Show more", or the keyboard reaching the last row, adds the next page.
    var page = 30, shown = page, total = ix.events, found = new Int32Array(0), n = 0;
    var texts = lines(ix.texts, ix.textCount), slug = lines(ix.slug, total), name = lines(ix.name, total), folder = lines(ix.folder, total), description = lines(ix.description, total);
    var pairs = numbers(ix.pairs), props = numbers(ix.props), owner = numbers(ix.owner), columns = { folder: numbers(ix.group), owner: owner, lint: numbers(ix.lint), freshness: numbers(ix.freshness) };
    var lists = null;
    // Per event, whether it matches term: 1 by its name, folder, description or owner; p + 2 by the pair p of its
    // property list (the first that does); 0 not at all.
    function matches(term) {
      var hit = new Uint8Array(total), textHit = new Uint8Array(ix.textCount), listHit = new Int32Array(lists.length), why = new Int32Array(total), p = pairs(), o = owner(), l = props();
      name.mark(term, hit); folder.mark(term, hit); description.mark(term, hit); texts.mark(term, textHit);
      for (var k = 0; k < lists.length; k++) {
        for (var j = 0; j < lists[k].length; j++) if (textHit[p[2 * lists[k][j]]] || textHit[p[2 * lists[k][j] + 1]]) { listHit[k] = lists[k][j] + 2; break; }
      }
      for (var i = 0; i < total; i++) why[i] = hit[i] || textHit[o[i]] ? 1 : listHit[l[i]];
      return why;
    }
    function textNumber(value) {
      for (var t = 0; t < ix.textCount; t++) if (texts.at(t) === value) return t;
      return -1;
    }
    function search() {
      var terms = q.value.toLowerCase().split(/\s+/).filter(Boolean), active = [];
      if (terms.length && !lists) lists = ix.lists.split(";").map(function (s) { return numbers(s)(); });
      var hits = terms.map(matches);
      filters.forEach(function (f) { if (f.value !== "*") active.push([columns[f.dataset.filter](), textNumber(f.value)]); });
      found = new Int32Array(2 * total); n = 0;
      outer: for (var i = 0; i < total; i++) {
        for (var k = 0; k < active.length; k++) if (active[k][0][i] !== active[k][1]) continue outer;
        var why = -1;
        for (var t = 0; t < terms.length; t++) {
          var h = hits[t][i];
          if (h === 0) continue outer;
          if (h > 1 && why < 0) why = h - 2;
        }
        found[2 * n] = i; found[2 * n + 1] = why; n++;
      }
      shown = 0; list.textContent = "";
      count.textContent = n + (n === 1 ? " event" : " events");
      show();
    }
    // Appends the next page of results to the list.
    function show() {
      var html = [], p = pairs(), end = Math.min(n, shown + page);
      for (var r = shown; r < end; r++) {
        var e = found[2 * r], w = found[2 * r + 1], d = description.at(e);
        html.push('<li><a href="events/' + slug.at(e) + '.html">' + esc(name.at(e)) + '</a> <span class="muted">' + esc(folder.at(e)) + '</span>' +
          (w >= 0 ? '<span class="why">property <code>' + esc(texts.at(p[2 * w])) + '</code>: ' + esc(texts.at(p[2 * w + 1])) + '</span>' : (d ? '<span class="why">' + esc(d) + '</span>' : '')) + '</li>');
      }
      list.insertAdjacentHTML("beforeend", html.join(""));
      shown = end;
      more.hidden = n <= shown;
    }
    q.addEventListener("input", search);
    filters.forEach(function (f) { f.addEventListener("change", search); });
    more.addEventListener("click", function () {
      var next = list.children.length;
      show();
      if (list.children[next]) list.children[next].querySelector("a").focus();
    });
    // Tab from the last row reaches the next event: the keyboard walks every result without pressing "Show more".
    list.addEventListener("focusin", function (e) { if (shown < n && e.target.parentNode === list.lastElementChild) show(); });
    search();
  }

  // The version picker: every pair's verdict and changes are rendered in the page (EventPage.DiffResult) as
  // templates; picking two versions shows that pair's, oldest first.
  function eventPage(section) {
    var from = document.getElementById("diff-from"), to = document.getElementById("diff-to"), out = document.getElementById("diff-result");
    var pairs = Array.prototype.slice.call(section.querySelectorAll("template[data-from]"));
    function pair(a, b) { return pairs.filter(function (t) { return t.dataset.from === a && t.dataset.to === b; })[0]; }
    function draw() {
      var forward = pair(from.value, to.value), chosen = forward || pair(to.value, from.value);
      out.textContent = "";
      out.appendChild((chosen || document.getElementById("diff-same")).content.cloneNode(true));
      if (chosen && !forward) out.insertBefore(document.getElementById("diff-reversed").content.cloneNode(true), out.firstElementChild.nextSibling);
    }
    from.addEventListener("change", draw); to.addEventListener("change", draw);
  }

  if (window.REFLEKT_INDEX && document.getElementById("results")) index(window.REFLEKT_INDEX);
  var diff = document.getElementById("diff");
  if (diff) eventPage(diff);
})();
