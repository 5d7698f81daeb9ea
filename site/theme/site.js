/* BrandPulse: small enhancements over pages that work without JavaScript.
   - brand filter: filters lists marked data-filter-item live (and from ?q= in the address);
   - sortable tables: header links to pre-rendered orderings become buttons that sort in place (aria-sort);
   - industry filter: a select that hides rows of other industries (links to industry pages without JS);
   - comparison: two brands side by side from data/rankings.json.
   No framework, no tracking, nothing sent anywhere.
   Every word it writes comes from the page's language: assets/strings.LANG.js (built from site/i18n/js.LANG.json)
   sets window.BrandPulseText before this script runs. It never compares visible text: what a cell or row is comes
   from data attributes and keys. */
(function () {
  "use strict";

  var text = window.BrandPulseText || {};

  /* A string of the page's language with its {placeholders} filled. */
  function t(key, values) {
    var s = text[key];
    if (s === undefined) return key;
    return s.replace(/\{([a-z_][a-z0-9_]*)\}/g, function (m, name) {
      return values && values[name] !== undefined ? String(values[name]) : m;
    });
  }

  /* A whole or decimal number as the page's language writes it ("31,052" / "31 052", "1.5" / "1,5"). */
  function number(n) {
    var parts = String(n).split("."), whole = parts[0].replace("-", ""), sign = parts[0].charAt(0) === "-" ? "-" : "";
    if (whole.length >= parseInt(t("format.group_min_digits"), 10)) {
      whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, t("format.group_separator"));
    }
    return sign + whole + (parts.length > 1 ? t("format.decimal_separator") + parts[1] : "");
  }

  function fold(text) {
    return (text || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }

  function param(name) {
    var match = new RegExp("[?&]" + name + "=([^&#]*)").exec(window.location.search);
    return match ? decodeURIComponent(match[1].replace(/\+/g, " ")) : "";
  }

  /* Brand filter ---------------------------------------------------------------------------------------- */
  /* A list on one page is filtered in place. A list split into pages (data-filter-all: more brands than one page holds)
     is searched in data/search.json instead: the page's own list hides and the brands of every page that match show as
     links in its place. */
  var MAX_RESULTS = 50;

  function initFilter(input) {
    var scope = document.getElementById(input.getAttribute("data-filter-input"));
    if (!scope) return;
    var items = Array.prototype.slice.call(scope.querySelectorAll("[data-filter-item]"));
    var groups = Array.prototype.slice.call(scope.querySelectorAll("[data-filter-group]"));
    var status = document.getElementById(input.getAttribute("aria-describedby"));
    var paged = input.hasAttribute("data-filter-all");
    var search = initSearch(input, items, status, paged);
    var pagers = Array.prototype.slice.call(document.querySelectorAll("nav.pager"));
    var results = null, initialStatus = status ? status.textContent : "";
    if (paged) {
      results = document.createElement("ul");
      results.id = "brand-results";
      results.className = "results";
      results.hidden = true;
      scope.parentNode.insertBefore(results, scope);
    }

    function applyAll(q) {
      var found = q ? search.matching(q) : [];
      scope.hidden = !!q;
      results.hidden = !q;
      pagers.forEach(function (nav) { nav.hidden = !!q; });
      results.textContent = "";
      found.slice(0, MAX_RESULTS).forEach(function (e) {
        var li = document.createElement("li"), a = document.createElement("a");
        a.href = search.href(e.s);
        a.textContent = e.n;
        li.appendChild(a);
        if (e.h.length) li.appendChild(document.createTextNode(" (@" + e.h.join(", @") + ")"));
        results.appendChild(li);
      });
      if (status) {
        status.textContent = q
          ? t("filter.status_match", { shown: number(found.length), total: number(search.count()), query: input.value.trim() })
            + (found.length > MAX_RESULTS ? " " + t("filter.results_first", { shown: number(MAX_RESULTS) }) : "")
          : initialStatus;
      }
      return found.length;
    }

    function apply() {
      var q = fold(input.value), shown = 0;
      if (paged && search.count() > 0) {
        shown = applyAll(q);
        search.suggest(input.value, shown > 0);
        return;
      }
      items.forEach(function (item) {
        var hit = !q || fold(item.getAttribute("data-filter-item")).indexOf(q) >= 0
          || fold(item.getAttribute("data-handles")).indexOf(q) >= 0;
        item.hidden = !hit;
        if (hit) shown++;
      });
      groups.forEach(function (group) {
        group.hidden = !group.querySelector("[data-filter-item]:not([hidden])");
      });
      if (status) {
        status.textContent = q
          ? t("filter.status_match", { shown: number(shown), total: number(items.length), query: input.value.trim() })
          : t("filter.status_all", { total: number(items.length) });
      }
      search.suggest(input.value, shown > 0);
    }
    input.value = param("q");
    /* Filtering from the address happens after the list is drawn: the list keeps its height until the reader types,
       so that what follows it does not jump up (layout shift). */
    if (input.value) {
      scope.style.minHeight = scope.offsetHeight + "px";
      input.addEventListener("input", function () { scope.style.minHeight = ""; }, { once: true });
    }
    input.addEventListener("input", apply);
    if (input.form) input.form.addEventListener("submit", function (e) { e.preventDefault(); if (!search.go(input.value)) apply(); });
    if (!paged) apply();
    search.load(function () { if (!search.go(input.value)) apply(); });
  }

  /* Search ------------------------------------------------------------------------------------------------ */
  /* On the brands index (where the header search leads): data/search.json adds each brand's support handles to what
     the filter matches; an exact name or handle ("Apple", "@AppleSupport") goes straight to the brand's page (the
     link in the list, so in the page's language); when nothing matches, near misses are suggested ("appel": Apple). */
  function siteFile(path) {
    var script = document.querySelector("script[src$='assets/site.js']");
    return new URL("../" + path, script ? script.src : window.location.href).href;
  }

  /* Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours, one edit each. */
  function distance(a, b) {
    var d = [], i, j;
    for (i = 0; i <= a.length; i++) { d.push([i]); }
    for (j = 1; j <= b.length; j++) d[0][j] = j;
    for (i = 1; i <= a.length; i++) {
      for (j = 1; j <= b.length; j++) {
        var cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length][b.length];
  }

  /* How many edits a query of this length may be from a name and still be suggested. */
  function tolerance(length) { return length < 4 ? 0 : length < 8 ? 2 : 3; }

  function handleOf(text) { return fold(text).replace(/^@/, ""); }

  function initSearch(input, items, status, paged) {
    var entries = [], links = {}, brandsBase = null;
    items.forEach(function (item) {
      var a = item.querySelector("a[href]");
      var m = a && /\/brands\/([^\/?#]+)\/(index\.html)?$/.exec(a.href);
      if (m) {
        links[m[1]] = a.href;
        item.setAttribute("data-slug", m[1]);
        if (!brandsBase) brandsBase = a.href.slice(0, a.href.length - m[0].length) + "/brands/";
      }
    });
    /* A brand's page in the page's language: the address of a brand listed here, with the slug changed. */
    function href(slug) { return links[slug] || (brandsBase ? brandsBase + slug + "/" : null); }

    /* The brands of every page whose name, slug or handle holds the query, in index order. */
    function matching(q) {
      return entries.filter(function (e) {
        return href(e.s) && (fold(e.n).indexOf(q) >= 0 || fold(e.s).indexOf(q) >= 0
          || e.h.some(function (h) { return handleOf(h).indexOf(handleOf(q)) >= 0; }));
      });
    }
    var suggestion = document.createElement("p");
    suggestion.className = "status";
    suggestion.id = "brand-suggest";
    suggestion.setAttribute("aria-live", "polite");
    if (status) status.parentNode.insertBefore(suggestion, status.nextSibling);

    function go(query) {
      var q = handleOf(query);
      if (!q) return false;
      for (var i = 0; i < entries.length; i++) {
        var e = entries[i], link = href(e.s);
        if (!link) continue;
        var hit = fold(e.n) === q || fold(e.s) === q || e.h.some(function (h) { return handleOf(h) === q; });
        if (hit) { window.location.replace(link); return true; }
      }
      return false;
    }

    function suggest(query, anyShown) {
      suggestion.textContent = "";
      var q = handleOf(query);
      if (!q || anyShown) return;
      var found = [];
      entries.forEach(function (e) {
        if (!href(e.s)) return;
        var best = { d: Infinity, handle: null };
        [e.n].concat(fold(e.n).split(/\s+/)).forEach(function (name) {
          var d = distance(q, fold(name));
          if (d < best.d) best = { d: d, handle: null };
        });
        e.h.forEach(function (h) {
          var d = distance(q, handleOf(h));
          if (d < best.d) best = { d: d, handle: h };
        });
        if (best.d <= tolerance(q.length)) found.push({ e: e, d: best.d, handle: best.handle });
      });
      found.sort(function (x, y) { return x.d - y.d || (fold(x.e.n) < fold(y.e.n) ? -1 : 1); });
      found = found.slice(0, 5);
      if (!found.length) return;
      var parts = t("search.did_you_mean").split("{brands}");
      suggestion.appendChild(document.createTextNode(parts[0]));
      found.forEach(function (f, n) {
        if (n > 0) suggestion.appendChild(document.createTextNode(t(n === found.length - 1 ? "search.last_separator" : "search.separator")));
        var a = document.createElement("a");
        a.href = href(f.e.s);
        a.textContent = f.handle ? t("search.brand_handle", { brand: f.e.n, handle: "@" + f.handle }) : f.e.n;
        suggestion.appendChild(a);
      });
      suggestion.appendChild(document.createTextNode(parts[1] || ""));
    }

    function load(then) {
      fetch(siteFile("data/search.json")).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      }).then(function (data) {
        entries = (data.brands || []).map(function (e) { return { s: e.s, n: e.n, h: e.h || [] }; });
        var handles = {};
        entries.forEach(function (e) { handles[e.s] = e.h.map(function (h) { return "@" + h + " " + h; }).join(" "); });
        items.forEach(function (item) {
          var slug = item.getAttribute("data-slug");
          if (slug && handles[slug]) item.setAttribute("data-handles", handles[slug]);
        });
        then();
      }).catch(function () { /* the filter works on names alone */ });
    }

    return {
      go: go, suggest: suggest, load: load, href: href, matching: matching,
      count: function () { return paged ? entries.length : items.length; }
    };
  }

  /* Sortable tables ------------------------------------------------------------------------------------- */
  function cellValue(row, index, numeric) {
    var cell = row.cells[index];
    var raw = cell ? (cell.getAttribute("data-value") !== null ? cell.getAttribute("data-value") : cell.textContent) : "";
    if (!numeric) return fold(raw);
    return raw === "" ? null : parseFloat(raw);
  }

  function sortBy(table, th, ascending) {
    var index = Array.prototype.indexOf.call(th.parentNode.cells, th);
    var numeric = th.getAttribute("data-sort") === "num";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows).map(function (row, i) { return { row: row, i: i, v: cellValue(row, index, numeric) }; });
    rows.sort(function (a, b) {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : (a.v === null ? 1 : -1); /* empty last */
      var d = numeric ? a.v - b.v : (a.v < b.v ? -1 : a.v > b.v ? 1 : 0);
      return (ascending ? d : -d) || a.i - b.i;
    });
    rows.forEach(function (r) { body.appendChild(r.row); });
    Array.prototype.forEach.call(th.parentNode.cells, function (other) { other.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var label = table.caption && table.caption.querySelector("[data-sort-label]");
    if (label) label.textContent = (th.getAttribute("data-label") || th.textContent) + (ascending ? "" : t("sort.descending_suffix"));
  }

  function initSortable(table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      if (!th.hasAttribute("data-sort")) return;
      var link = th.querySelector("a");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = link ? link.textContent : th.textContent;
      if (link) link.replaceWith(button); else { th.textContent = ""; th.appendChild(button); }
      button.addEventListener("click", function () {
        var current = th.getAttribute("aria-sort");
        var ascending = current ? current !== "ascending" : th.getAttribute("data-first") !== "descending";
        sortBy(table, th, ascending);
      });
    });
  }

  /* Industry filter ------------------------------------------------------------------------------------- */
  function initIndustryFilter(select) {
    var table = document.getElementById(select.getAttribute("data-industry-filter"));
    if (!table) return;
    var status = document.getElementById(select.getAttribute("aria-describedby"));
    select.closest("[hidden]") && (select.closest("[hidden]").hidden = false);
    select.addEventListener("change", function () {
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        row.hidden = !!select.value && row.getAttribute("data-industry") !== select.value;
        if (!row.hidden) shown++;
      });
      if (status) status.textContent = t("industry.status", { shown: number(shown) });
    });
  }

  /* Comparison ------------------------------------------------------------------------------------------ */
  /* Durations and shares are written as BrandPulse.Statistics.Units writes them on the pages. */
  function duration(minutes) {
    if (minutes === null || minutes === undefined) return t("figure.not_reached");
    var seconds = Math.round(minutes * 60);
    if (seconds < 60) return seconds + " s";
    var whole = Math.round(minutes);
    if (whole < 60) return Math.max(whole, 1) + " min";
    if (whole < 1440) { var h = Math.floor(whole / 60), m = whole % 60; return m ? h + " h " + m + " min" : h + " h"; }
    var hours = Math.round(minutes / 60), d = Math.floor(hours / 24), rh = hours % 24;
    return rh ? d + " d " + rh + " h" : d + " d";
  }

  function percent(share) {
    if (share === null || share === undefined) return "";
    return t("format.percent", { value: number(Math.floor((Math.round(share * 10000) + 50) / 100)) });
  }

  function interval(lower, upper) {
    return lower === null || lower === undefined ? "" : t("figure.interval", { lower: duration(lower), upper: duration(upper) });
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  /* The 95% percentile bootstrap interval of the ratio of two brands' medians, as BrandPulse.Statistics.ChannelGap
     .FromMedians gives it: replicate r of a over replicate r of b (each brand resampled on its own seeded stream), a
     median not reached counting as +infinity, undefined ratios (both not reached) left out; the ends are the k-th
     smallest and k-th largest of the sorted ratios, k = ceil(0.025 B). Null ends are unbounded. */
  function ratioInterval(a, b) {
    function value(m) { return m === null || m === undefined ? Infinity : m; }
    var ratios = [];
    var n = Math.min(a.bootstrap.length, b.bootstrap.length);
    for (var r = 0; r < n; r++) {
      var ratio = value(a.bootstrap[r]) / value(b.bootstrap[r]);
      if (!isNaN(ratio)) ratios.push(ratio);
    }
    var point = a.median !== null && b.median !== null && b.median > 0 ? a.median / b.median : null;
    if (!ratios.length) return { ratio: point, lower: null, upper: null };
    ratios.sort(function (x, y) { return x - y; });
    var k = Math.max(1, Math.floor((ratios.length * 25 + 999) / 1000));
    var low = ratios[k - 1], high = ratios[ratios.length - k];
    return { ratio: point, lower: isFinite(low) ? low : null, upper: isFinite(high) ? high : null };
  }

  /* "2.3": how many times, one decimal, in the page's language. */
  function times(x) { return number((Math.round(x * 10) / 10).toFixed(1)); }

  /* One end of the interval of a / b, said from the faster side: "Apple 3.1 times faster". */
  function end(ratio, names) {
    if (ratio === null) return t("compare.end_unbounded", { brand: names[1] });
    if (ratio === 0) return t("compare.end_unbounded", { brand: names[0] });
    if (Math.abs(ratio - 1) < 0.05) return t("compare.end_equal");
    return ratio < 1 ? t("compare.end_faster", { brand: names[0], times: times(1 / ratio) })
      : t("compare.end_faster", { brand: names[1], times: times(ratio) });
  }

  /* The sentence for one channel: which brand is faster, and whether the data make that clear. */
  function verdict(figures, medians, names, minRanked) {
    if (!figures[0] || !figures[1] || !medians[0] || !medians[1]) {
      return t("compare.verdict_missing", { min_ranked: number(minRanked) });
    }
    var gap = ratioInterval(medians[0], medians[1]);
    var why = [];
    ["illustrative", "selected_because_answered"].forEach(function (flag) {
      var key = flag === "illustrative" ? "compare.why_illustrative" : "compare.why_answered_only";
      if (figures[0][flag] && figures[1][flag]) why.push(t(key + "_both"));
      else figures.forEach(function (f, n) { if (f[flag]) why.push(t(key, { brand: names[n] })); });
    });
    if (gap.ratio === null) return t("compare.verdict_not_reached");
    var a = gap.ratio <= 1 ? 0 : 1, b = 1 - a;
    var values = {
      faster: names[a], slower: names[b], times: times(a === 0 ? 1 / gap.ratio : gap.ratio),
      faster_median: duration(figures[a].median_minutes), slower_median: duration(figures[b].median_minutes),
      /* from the faster brand's strongest end to the other */
      from: end(a === 0 ? gap.lower : gap.upper, names),
      to: end(a === 0 ? gap.upper : gap.lower, names),
    };
    var same = Math.abs(gap.ratio - 1) < 0.05;
    if (why.length) {
      values.why = why.join(t("compare.notes_separator"));
      return t(same ? "compare.verdict_same_caveated" : "compare.verdict_caveated", values);
    }
    if (same) return t("compare.verdict_same", values);
    var lower = gap.lower === null ? Infinity : gap.lower, upper = gap.upper === null ? Infinity : gap.upper;
    var clear = a === 0 ? upper < 1 : lower > 1;
    return t(clear ? "compare.verdict_clear" : "compare.verdict_unclear", values);
  }

  /* A small chart: each brand's median (dot) and its 95% interval (line), on a log time scale, the brand's name in
     full above its line; text stays >= 11 px from a 360 px screen (viewBox 320 wide, 12-unit text, shown 100% wide). */
  function compareChart(figures, names, label) {
    var ns = "http://www.w3.org/2000/svg", width = 320, left = 8, right = 306, row = 40, top = 4;
    var shown = [];
    figures.forEach(function (f, n) { if (f && f.status !== "too_few" && f.median_minutes !== null) shown.push({ f: f, name: names[n] }); });
    if (!shown.length) return null;
    var values = [];
    shown.forEach(function (s) { values.push(s.f.median_lower_minutes === null ? s.f.median_minutes : s.f.median_lower_minutes, s.f.median_upper_minutes === null ? s.f.median_minutes : s.f.median_upper_minutes); });
    var ticks = [0.25, 1, 5, 15, 60, 240, 1440, 10080, 43200, 525600];
    var lo = Math.min.apply(null, values), hi = Math.max.apply(null, values);
    var from = ticks[0], to = ticks[ticks.length - 1];
    ticks.forEach(function (tk) { if (tk <= lo) from = tk; });
    for (var i = ticks.length - 1; i >= 0; i--) if (ticks[i] >= hi) to = ticks[i];
    if (to <= from) to = from * 4;
    function x(m) { var v = Math.min(Math.max(m, from), to); return left + (Math.log(v) - Math.log(from)) / (Math.log(to) - Math.log(from)) * (right - left); }
    var height = top + shown.length * row + 24;
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    svg.setAttribute("width", width);
    svg.setAttribute("height", height);
    svg.setAttribute("role", "img");
    svg.setAttribute("aria-label", label);
    svg.setAttribute("font-size", "12");
    svg.setAttribute("class", "compare-chart");
    function add(tag, attrs, text) {
      var e = document.createElementNS(ns, tag);
      Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      if (text !== undefined) e.textContent = text;
      svg.appendChild(e);
      return e;
    }
    var inside = ticks.filter(function (tk) { return tk >= from && tk <= to; });
    while (inside.length > 4) inside = inside.filter(function (tk, n) { return n % 2 === 0; });
    var axis = top + shown.length * row;
    inside.forEach(function (tk, n) {
      add("line", { "class": "grid", x1: x(tk), x2: x(tk), y1: top, y2: axis });
      add("text", { x: x(tk), y: axis + 16, "text-anchor": n === 0 ? "start" : n === inside.length - 1 ? "end" : "middle" }, duration(tk));
    });
    shown.forEach(function (s, n) {
      var y = top + n * row + 28, f = s.f;
      add("text", { x: left, y: y - 12 }, s.name);
      var lower = f.median_lower_minutes === null ? f.median_minutes : f.median_lower_minutes;
      add("line", { "class": "ci" + (f.median_upper_minutes === null ? " open" : ""), x1: x(lower), x2: f.median_upper_minutes === null ? right : x(f.median_upper_minutes), y1: y, y2: y });
      add("circle", { "class": f.illustrative || f.selected_because_answered ? "dot hollow" : "dot", cx: x(f.median_minutes), cy: y, r: 5 });
    });
    return svg;
  }

  function initCompare(root) {
    var selects = [document.getElementById("compare-a"), document.getElementById("compare-b")];
    var result = document.getElementById("compare-result");
    var channels = JSON.parse(root.getAttribute("data-channels") || "{}");
    var minShown = root.getAttribute("data-min-shown");
    var minRanked = root.getAttribute("data-min-ranked");
    var bootstrap = {};

    /* The pickers: every brand with a row in rankings.json, by name; ?a= and ?b= (else the opening pair) chosen. */
    function fillPickers(rows) {
      var seen = {}, brands = [];
      rows.forEach(function (r) {
        if (!seen[r.slug]) { seen[r.slug] = true; brands.push({ slug: r.slug, name: r.brand }); }
      });
      var lang = document.documentElement.lang || "en";
      brands.sort(function (x, y) { return x.name.localeCompare(y.name, lang); });
      selects.forEach(function (s, i) {
        var keep = param(i ? "b" : "a") || s.value;
        s.textContent = "";
        brands.forEach(function (b) { var o = el("option", b.name); o.value = b.slug; s.appendChild(o); });
        if (seen[keep]) s.value = keep;
      });
    }

    /* A brand's bootstrap medians (none for a brand ranked nowhere: an empty object). */
    function mediansOf(slug) {
      if (!bootstrap[slug]) {
        bootstrap[slug] = fetch(root.getAttribute("data-bootstrap") + encodeURIComponent(slug) + ".json")
          .then(function (r) { return r.ok ? r.json() : { channels: {} }; })
          .catch(function () { return { channels: {} }; });
      }
      return bootstrap[slug];
    }

    fetch(root.getAttribute("data-src")).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).then(function (data) {
      var rows = data.rows || [];
      fillPickers(rows);
      var current = 0;
      function render() {
        var slugs = selects.map(function (s) { return s.value; });
        var names = selects.map(function (s) { return s.options[s.selectedIndex] ? s.options[s.selectedIndex].text : ""; });
        var ticket = ++current;
        if (window.history && window.history.replaceState) {
          window.history.replaceState(null, "", "?a=" + encodeURIComponent(slugs[0]) + "&b=" + encodeURIComponent(slugs[1]));
        }
        /* Everything is written at once, when both brands' medians are in: nothing moves in between. */
        Promise.all(slugs.map(mediansOf)).then(function (boot) {
          if (ticket !== current) return;
          result.textContent = "";
          var order = [];
          rows.forEach(function (r) { if (slugs.indexOf(r.slug) >= 0 && order.indexOf(r.channel) < 0) order.push(r.channel); });
          if (!order.length) { result.appendChild(el("p", t("compare.none"))); return; }
          order.forEach(function (channel) {
            var figures = slugs.map(function (slug) {
              return rows.filter(function (r) { return r.slug === slug && r.channel === channel; })[0] || null;
            });
            var medians = boot.map(function (b) { return (b.channels || {})[channel] || null; });
            var section = el("section", undefined, "compare-channel");
            section.setAttribute("data-channel", channel);
            section.appendChild(el("h2", channels[channel] || channel));
            var sentence = el("p", verdict(figures, medians, names, minRanked), "compare-verdict");
            section.appendChild(sentence);
            var chart = compareChart(figures, names, t("compare.chart_label", { channel: channels[channel] || channel }));
            if (chart) section.appendChild(chart);
            var table = el("table", undefined, "compare-table");
            table.appendChild(el("caption", channels[channel] || channel));
            var head = table.createTHead().insertRow();
            head.appendChild(el("th", "")).setAttribute("scope", "col");
            names.forEach(function (n) { var th = el("th", n, "num"); th.setAttribute("scope", "col"); head.appendChild(th); });
            var body = table.createTBody();
            /* One row: its key names it (compare.row_KEY); a row shown even for too few complaints says so. */
            function line(key, get, evenTooFew) {
              var tr = body.insertRow();
              tr.setAttribute("data-row", key);
              var th = el("th", t("compare.row_" + key)); th.setAttribute("scope", "row"); tr.appendChild(th);
              figures.forEach(function (f) {
                var cell = !f ? t("compare.no_complaints") : f.status === "too_few" && !evenTooFew
                  ? t("compare.too_few", { min_shown: number(minShown) }) : get(f);
                tr.appendChild(el("td", cell, "num"));
              });
            }
            line("complaints", function (f) { return number(f.complaints); }, true);
            line("answered", function (f) { return f.complaints ? percent(f.answered / f.complaints) : ""; });
            line("median", function (f) { return duration(f.median_minutes) + (f.median_lower_minutes === null ? "" : " (" + interval(f.median_lower_minutes, f.median_upper_minutes) + ")"); });
            line("p90", function (f) { return duration(f.p90_minutes); });
            line("within_1h", function (f) { return percent(f.answered_within_1h); });
            line("rank", function (f) {
              return f.rank === null ? t("compare.not_ranked")
                : f.rank_lower === f.rank_upper ? String(f.rank) : t("compare.rank_range", { rank: f.rank, lower: f.rank_lower, upper: f.rank_upper });
            });
            line("notes", function (f) {
              return [f.illustrative ? t("compare.note_illustrative") : "", f.selected_because_answered ? t("compare.note_answered_only") : ""]
                .filter(Boolean).join(t("compare.notes_separator")) || "–";
            });
            var wrap = el("div", undefined, "table-scroll");
            wrap.appendChild(table);
            section.appendChild(wrap);
            result.appendChild(section);
          });
        });
      }
      selects.forEach(function (s) { s.addEventListener("change", render); });
      render();
    }).catch(function () {
      result.textContent = "";
      var message = t("compare.load_failed").split("{link}");
      var p = el("p", message[0]);
      var link = el("a", "rankings.csv");
      link.href = root.getAttribute("data-src").replace(/\.json$/, ".csv");
      p.appendChild(link);
      p.appendChild(document.createTextNode(message.slice(1).join("")));
      result.appendChild(p);
    });
  }

  // "Copy citation": shown only where the clipboard can be written; copies the citation's text as one line.
  function initCopy(button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.textContent.replace(/\s+/g, " ").trim()).then(
        function () { button.textContent = t("copy.done"); },
        function () { button.textContent = t("copy.failed"); });
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("input[data-filter-input]"), initFilter);
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), initSortable);
    Array.prototype.forEach.call(document.querySelectorAll("select[data-industry-filter]"), initIndustryFilter);
    var compare = document.getElementById("compare");
    if (compare) initCompare(compare);
    Array.prototype.forEach.call(document.querySelectorAll("button[data-copy]"), initCopy);
    var header = document.getElementById("site-q");
    if (header && !header.value) header.value = param("q");
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
