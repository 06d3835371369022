/* MOST Portal: the page behaviours every page shares, under the CSP (a file, no inline script).
 *
 * - The phone menu: the header's "Menu" button is a disclosure (aria-expanded) for the search
 *   box, the language switch and every link of the header, the account links included. Without
 *   this script (or on a wide screen) they are all simply shown.
 * - Filter panels (<details class="filter-panel">) start open on a wide screen; on a phone they
 *   stay folded behind their summary ("Filters (n)").
 * - A form that came back with errors puts the focus on its error summary.
 * - The province tile map shows the focused or touched province's name and count.
 *
 * Loaded in <head> without "defer" so that the "js" class is on <html> before the page is drawn
 * (no flash of the open menu); the rest waits for the document.
 */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");

  var WIDE = "(min-width: 48.01rem)";

  function setUpMenu() {
    var button = document.querySelector(".menu-toggle");
    var header = document.querySelector(".site-header");
    if (!button || !header) {
      return;
    }
    function setOpen(open) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      header.classList.toggle("is-open", open);
    }
    button.addEventListener("click", function () {
      setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    header.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && header.classList.contains("is-open")) {
        setOpen(false);
        button.focus();
      }
    });
  }

  function openFiltersOnWideScreens() {
    if (!window.matchMedia || !window.matchMedia(WIDE).matches) {
      return;
    }
    var panels = document.querySelectorAll("details.filter-panel");
    for (var i = 0; i < panels.length; i++) {
      panels[i].open = true;
    }
  }

  function focusErrorSummary() {
    // A form came back with errors: start at the summary, whose links lead to each field.
    var summary = document.querySelector(".error-summary");
    if (summary) {
      summary.focus();
    }
  }

  function setUpProvinceMap(map) {
    // The tile map names each province by its abbreviation; its full name and count show here
    // when a tile is focused or touched. A first touch only shows them, a second opens the page.
    var readout = map.querySelector(".province-map__readout");
    if (!readout) {
      return;
    }
    var text = readout.querySelector(".province-map__readout-text");
    var link = readout.querySelector(".province-map__readout-link");
    var selected = null;
    var touched = false;
    var wasSelected = false;
    function show(tile) {
      if (selected) {
        selected.classList.remove("is-selected");
      }
      selected = tile;
      tile.classList.add("is-selected");
      text.textContent = tile.getAttribute("aria-label") + " ";
      link.setAttribute("href", tile.getAttribute("href"));
      readout.hidden = false;
    }
    map.addEventListener("pointerdown", function (event) {
      // Before the tap focuses the tile: was it already the one shown?
      var tile = event.target.closest && event.target.closest(".province-map__tile");
      touched = event.pointerType === "touch" || event.pointerType === "pen";
      wasSelected = tile !== null && tile === selected;
    });
    map.addEventListener("focusin", function (event) {
      var tile = event.target.closest && event.target.closest(".province-map__tile");
      if (tile) {
        show(tile);
      }
    });
    map.addEventListener("click", function (event) {
      var tile = event.target.closest && event.target.closest(".province-map__tile");
      if (!tile) {
        return;
      }
      if (touched && !wasSelected) {
        event.preventDefault();
      }
      show(tile);
      touched = false;
    });
  }

  function ready() {
    setUpMenu();
    openFiltersOnWideScreens();
    focusErrorSummary();
    var maps = document.querySelectorAll(".province-map");
    for (var i = 0; i < maps.length; i++) {
      setUpProvinceMap(maps[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", ready);
  } else {
    ready();
  }
})();
