/* BrandPulse: small enhancements over pages that work without JavaScript.
   - brand filter: filters lists marked data-filter-item live (and from ?q= in the address);
   - sortable tables: header links to pre-rendered orderings become buttons that sort in place (aria-sort);
   - industry filter: a select that hides rows of other industries (links to industry pages without JS);
   - comparison: two brands side by side from data/rankings.json.
   No framework, no tracking, nothing sent anywhere. */
(function () {
  "use strict";

  function fold(text) {
    return (text || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  }

  function param(name) {
    var match = new RegExp("[?&]" + name + "=([^&#]*)").exec(window.location.search);
    return match ? decodeURIComponent(match[1].replace(/\+/g, " ")) : "";
  }

  /* Brand filter ---------------------------------------------------------------------------------------- */
  function initFilter(input) {
    var scope = document.getElementById(input.getAttribute("data-filter-input"));
    if (!scope) return;
    var items = Array.prototype.slice.call(scope.querySelectorAll("[data-filter-item]"));
    var groups = Array.prototype.slice.call(scope.querySelectorAll("[data-filter-group]"));
    var status = document.getElementById(input.getAttribute("aria-describedby"));
    function apply() {
      var q = fold(input.value), shown = 0;
      items.forEach(function (item) {
        var hit = !q || fold(item.getAttribute("data-filter-item")).indexOf(q) >= 0;
        item.hidden = !hit;
        if (hit) shown++;
      });
      groups.forEach(function (group) {
        group.hidden = !group.querySelector("[data-filter-item]:not([hidden])");
      });
      if (status) {
        status.textContent = q ? shown + " of " + items.length + " brands match “" + input.value.trim() + "”." : items.length + " brands.";
      }
    }
    input.value = param("q");
    input.addEventListener("input", apply);
    if (input.form) input.form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
    apply();
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
    if (label) label.textContent = (th.getAttribute("data-label") || th.textContent) + (ascending ? "" : ", descending");
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
      if (status) status.textContent = shown + " brands shown.";
    });
  }

  /* Comparison ------------------------------------------------------------------------------------------ */
  /* Durations and shares are written as BrandPulse.Statistics.Units writes them on the pages. */
  function duration(minutes) {
    if (minutes === null || minutes === undefined) return "not reached";
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
    return Math.floor((Math.round(share * 10000) + 50) / 100) + "%";
  }

  function interval(lower, upper) {
    return lower === null || lower === undefined ? "" : duration(lower) + " – " + duration(upper);
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function initCompare(root) {
    var selects = [document.getElementById("compare-a"), document.getElementById("compare-b")];
    var result = document.getElementById("compare-result");
    var channels = JSON.parse(root.getAttribute("data-channels") || "{}");
    var minShown = root.getAttribute("data-min-shown");
    root.hidden = false;
    var noscript = document.getElementById("compare-fallback");
    if (noscript) noscript.hidden = true;
    if (param("a")) selects[0].value = param("a");
    if (param("b")) selects[1].value = param("b");

    fetch(root.getAttribute("data-src")).then(function (r) {
      if (!r.ok) throw new Error(r.status);
      return r.json();
    }).then(function (data) {
      var rows = data.rows || [];
      function render() {
        var slugs = selects.map(function (s) { return s.value; });
        var names = selects.map(function (s) { return s.options[s.selectedIndex] ? s.options[s.selectedIndex].text : ""; });
        result.textContent = "";
        if (window.history && window.history.replaceState) {
          window.history.replaceState(null, "", "?a=" + encodeURIComponent(slugs[0]) + "&b=" + encodeURIComponent(slugs[1]));
        }
        var order = [];
        rows.forEach(function (r) { if (slugs.indexOf(r.slug) >= 0 && order.indexOf(r.channel) < 0) order.push(r.channel); });
        if (!order.length) { result.appendChild(el("p", "Neither brand has complaints yet.")); return; }
        order.forEach(function (channel) {
          var figures = slugs.map(function (slug) {
            return rows.filter(function (r) { return r.slug === slug && r.channel === channel; })[0] || null;
          });
          var table = el("table", undefined, "compare-table");
          table.appendChild(el("caption", channels[channel] || channel));
          var head = table.createTHead().insertRow();
          head.appendChild(el("th", "")).setAttribute("scope", "col");
          names.forEach(function (n) { var th = el("th", n, "num"); th.setAttribute("scope", "col"); head.appendChild(th); });
          var body = table.createTBody();
          function line(label, get) {
            var tr = body.insertRow();
            var th = el("th", label); th.setAttribute("scope", "row"); tr.appendChild(th);
            figures.forEach(function (f) {
              var text = !f ? "no complaints" : f.status === "too_few" && label !== "Complaints"
                ? "fewer than " + minShown + " complaints" : get(f);
              tr.appendChild(el("td", text, "num"));
            });
          }
          line("Complaints", function (f) { return String(f.complaints); });
          line("Answered", function (f) { return f.complaints ? percent(f.answered / f.complaints) : ""; });
          line("Median wait", function (f) { return duration(f.median_minutes) + (f.median_lower_minutes === null ? "" : " (" + interval(f.median_lower_minutes, f.median_upper_minutes) + ")"); });
          line("90% answered by", function (f) { return duration(f.p90_minutes); });
          line("Answered within 1 hour", function (f) { return percent(f.answered_within_1h); });
          line("Rank", function (f) { return f.rank === null ? "not ranked" : f.rank + (f.rank_lower === f.rank_upper ? "" : " (" + f.rank_lower + "–" + f.rank_upper + ")"); });
          line("Notes", function (f) {
            return [f.illustrative ? "illustrative data" : "", f.selected_because_answered ? "answered conversations only" : ""]
              .filter(Boolean).join("; ") || "–";
          });
          var wrap = el("div", undefined, "table-scroll");
          wrap.appendChild(table);
          result.appendChild(wrap);
        });
      }
      selects.forEach(function (s) { s.addEventListener("change", render); });
      render();
    }).catch(function () {
      result.textContent = "";
      var p = el("p", "The figures could not be loaded (a page opened from disk cannot read data files). Every figure is also in ");
      var link = el("a", "rankings.csv");
      link.href = root.getAttribute("data-src").replace(/\.json$/, ".csv");
      p.appendChild(link);
      p.appendChild(document.createTextNode("."));
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
        function () { button.textContent = "Copied"; },
        function () { button.textContent = "Copy failed: select the text above"; });
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
