"""The one inline script of the article page: cards on hover, focus and tap, and the filters by kind.

It never parses markup: cards are copied from the notes with cloneNode, so article text stays text.
Its CSP hash is computed from this string when the page is written.
"""

from __future__ import annotations

ARTICLE_JS = """
(function () {
  "use strict";
  var pop = document.getElementById("pop");
  var current = null;
  var timer = 0;
  function hiddenKinds() {
    var hidden = {};
    document.querySelectorAll(".filters input").forEach(function (box) {
      if (!box.checked) { hidden[box.value] = true; }
    });
    return hidden;
  }
  function applyFilters() {
    var hidden = hiddenKinds();
    document.querySelectorAll("mark[data-k]").forEach(function (mark) {
      var kinds = mark.getAttribute("data-k").split(" ").filter(function (k) { return !hidden[k]; });
      mark.className = kinds.map(function (k) { return "k-" + k; }).join(" ");
      if (mark.hasAttribute("tabindex")) {
        var shown = kinds.some(function (k) { return k !== "hd" && k !== "bp"; });
        mark.tabIndex = shown ? 0 : -1;
      }
    });
    document.querySelectorAll("li.card").forEach(function (card) {
      card.hidden = Boolean(hidden[card.getAttribute("data-k")]);
    });
    hide();
  }
  function cardsFor(mark) {
    var doc = mark.closest("[data-p]");
    var prefix = doc ? doc.getAttribute("data-p") : "";
    var out = [];
    (mark.getAttribute("data-f") || "").split(" ").forEach(function (n) {
      var card = n ? document.getElementById(prefix + "n" + n) : null;
      if (card && !card.hidden) {
        var copy = card.cloneNode(true);
        copy.removeAttribute("id");
        var back = copy.querySelector(".back");
        if (back) { back.remove(); }
        out.push(copy);
      }
    });
    return out;
  }
  function place(mark) {
    if (window.innerWidth < 640) {
      pop.className = "sheet";
      // The sheet covers the bottom of the screen: keep the highlight in view above it.
      var rect = mark.getBoundingClientRect();
      var room = window.innerHeight - pop.offsetHeight - 8;
      if (rect.bottom > room) { window.scrollBy(0, rect.bottom - room); }
      return;
    }
    pop.className = "float";
    var r = mark.getBoundingClientRect();
    var width = pop.offsetWidth;
    var left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - width - 8));
    var top = r.bottom + 6;
    if (top + pop.offsetHeight > window.innerHeight && r.top - pop.offsetHeight - 6 > 0) {
      top = r.top - pop.offsetHeight - 6;
    }
    pop.style.left = (left + window.scrollX) + "px";
    pop.style.top = (top + window.scrollY) + "px";
  }
  function show(mark) {
    window.clearTimeout(timer);
    if (mark === current) { return; }
    var cards = cardsFor(mark);
    if (!cards.length) { hide(); return; }
    current = mark;
    pop.replaceChildren.apply(pop, cards);
    pop.hidden = false;
    place(mark);
  }
  function hide() {
    window.clearTimeout(timer);
    current = null;
    pop.hidden = true;
  }
  function later() {
    window.clearTimeout(timer);
    timer = window.setTimeout(hide, 200);
  }
  function markOf(node) {
    var mark = node && node.closest ? node.closest("mark[data-f]") : null;
    return mark && mark.className ? mark : null;
  }
  document.addEventListener("mouseover", function (e) {
    var mark = markOf(e.target);
    if (mark) { show(mark); } else if (pop.contains(e.target)) { window.clearTimeout(timer); }
  });
  document.addEventListener("mouseout", function (e) {
    if (markOf(e.target) || pop.contains(e.target)) { later(); }
  });
  document.addEventListener("focusin", function (e) {
    var mark = markOf(e.target);
    if (mark) { show(mark); } else { hide(); }
  });
  document.addEventListener("click", function (e) {
    var mark = markOf(e.target);
    if (mark) { show(mark); } else if (!pop.contains(e.target)) { hide(); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { hide(); }
  });
  window.addEventListener("resize", hide);
  document.querySelectorAll(".filters input").forEach(function (box) {
    box.addEventListener("change", applyFilters);
  });
  document.documentElement.classList.add("js");
  applyFilters();
})();
"""
