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
        status.textContent = q
          ? t("filter.status_match", { shown: number(shown), total: number(items.length), query: input.value.trim() })
          : t("filter.status_all", { total: number(items.length) });
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
        if (!order.length) { result.appendChild(el("p", t("compare.none"))); return; }
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
          result.appendChild(wrap);
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
