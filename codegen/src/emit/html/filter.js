// Filter the entries by text and status, and show the texts of the chosen language. The
// choice is read from and written to the query string (`?q=idempotency&status=409&lang=nb`),
// so a filtered view can be linked to.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var q = document.getElementById("q");
  var status = document.getElementById("status");
  var count = document.getElementById("count");
  var empty = document.getElementById("empty");
  var entries = Array.prototype.slice.call(document.querySelectorAll("article.entry"));
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.api"));
  // Only a catalogue with translations has a language switch.
  var lang = document.getElementById("lang");
  var texts = Array.prototype.slice.call(document.querySelectorAll("[data-lang]"));

  function showLanguage() {
    if (!lang) return;
    texts.forEach(function (el) { el.hidden = el.getAttribute("data-lang") !== lang.value; });
    document.documentElement.lang = lang.value;
  }

  // Each tag labelled with its name in its own language, where the browser knows it.
  function nameLanguages() {
    if (!lang) return;
    Array.prototype.forEach.call(lang.options, function (option) {
      try {
        var name = new Intl.DisplayNames([option.value], { type: "language" }).of(option.value);
        if (name && name !== option.value) option.textContent = name + " (" + option.value + ")";
      } catch (e) {
        // No Intl.DisplayNames: the tag alone.
      }
    });
  }

  function statusMatches(want, have) {
    if (!want) return true;
    if (/^[1-5]xx$/.test(want)) return have.charAt(0) === want.charAt(0);
    return have === want;
  }

  function apply() {
    var words = q.value.toLowerCase().split(/\s+/).filter(Boolean);
    var want = status.value;
    var shown = 0;
    entries.forEach(function (el) {
      var text = el.getAttribute("data-text");
      var ok = statusMatches(want, el.getAttribute("data-status")) &&
        words.every(function (w) { return text.indexOf(w) !== -1; });
      el.hidden = !ok;
      if (ok) shown += 1;
    });
    sections.forEach(function (section) {
      section.hidden = !section.querySelector("article.entry:not([hidden])");
    });
    count.textContent = shown + " of " + entries.length + " shown";
    empty.hidden = shown !== 0;
    document.body.setAttribute("data-shown", String(shown));
  }

  function readUrl() {
    var params = new URLSearchParams(window.location.search);
    if (params.has("q")) q.value = params.get("q");
    if (params.has("status")) status.value = params.get("status");
    if (lang && params.has("lang")) {
      var wanted = params.get("lang");
      Array.prototype.forEach.call(lang.options, function (option) {
        if (option.value.toLowerCase() === wanted.toLowerCase()) lang.value = option.value;
      });
    }
  }

  function writeUrl() {
    var params = new URLSearchParams();
    if (q.value) params.set("q", q.value);
    if (status.value) params.set("status", status.value);
    if (lang && lang.selectedIndex > 0) params.set("lang", lang.value);
    var query = params.toString();
    try {
      history.replaceState(null, "", (query ? "?" + query : window.location.pathname) + window.location.hash);
    } catch (e) {
      // Some browsers refuse history changes on file: pages; the filter still works.
    }
  }

  q.addEventListener("input", function () { apply(); writeUrl(); });
  status.addEventListener("change", function () { apply(); writeUrl(); });
  if (lang) lang.addEventListener("change", function () { showLanguage(); writeUrl(); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  nameLanguages();
  readUrl();
  showLanguage();
  apply();
})();
