// Names for the admin's script-built controls, for screen readers and axe (tests/browser).
//
// Django's admin builds some controls in the browser without an accessible name: the autocomplete
// boxes (select2) are labelled by their own, often empty, value; a tabular inline's fields and
// delete boxes sit under a column heading instead of a <label>; the two-list chooser's search
// icons carry aria-label without a role. This names each one after the label or heading the
// person sees, whenever the admin (re)builds them.
(function () {
  "use strict";

  function labelFor(id) {
    var label = id && document.querySelector('label[for="' + id + '"]');
    if (!label) return null;
    if (!label.id) label.id = id + "-label";
    return label;
  }

  function nameAutocompletes() {
    document.querySelectorAll("select.admin-autocomplete").forEach(function (select) {
      var label = labelFor(select.id);
      var container = select.nextElementSibling;
      if (!label || !container || !container.classList.contains("select2")) return;
      var box = container.querySelector(".select2-selection");
      if (box) {
        var rendered = box.querySelector(".select2-selection__rendered");
        var ids = [label.id];
        if (rendered && rendered.id) {
          ids.push(rendered.id);
          if (rendered.getAttribute("role") === "textbox") rendered.setAttribute("aria-labelledby", label.id);
        }
        box.setAttribute("aria-labelledby", ids.join(" "));
      }
      container.querySelectorAll(".select2-search__field").forEach(function (field) {
        field.setAttribute("aria-label", label.textContent.replace(/:\s*$/, "").trim());
      });
      // select2 puts its "clear" button inside the list of chosen items: a list holds items only.
      container.querySelectorAll(".select2-selection__rendered > .select2-selection__clear").forEach(function (clear) {
        clear.parentNode.parentNode.insertBefore(clear, clear.parentNode);
      });
    });
    document.querySelectorAll(".select2-container--open .select2-search__field:not([aria-label])").forEach(function (field) {
      field.setAttribute("aria-label", document.documentElement.lang === "th" ? "ค้นหา" : "Search");
    });
  }

  function nameTabularFields() {
    document.querySelectorAll(".tabular table").forEach(function (table) {
      var headings = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
        return th.textContent.trim();
      });
      table.querySelectorAll("tbody tr").forEach(function (row) {
        Array.prototype.forEach.call(row.children, function (cell, index) {
          var heading = headings[index];
          if (!heading) return;
          cell.querySelectorAll("input:not([type=hidden]), select, textarea").forEach(function (control) {
            if (!control.hasAttribute("aria-label") && !labelFor(control.id)) {
              control.setAttribute("aria-label", heading);
            }
          });
        });
      });
    });
  }

  function nameIcons() {
    document.querySelectorAll(".help-tooltip[aria-label]:not([role])").forEach(function (icon) {
      icon.setAttribute("role", "img");
    });
    document.querySelectorAll("input.select-toggle:not([aria-label])").forEach(function (toggle) {
      var label = toggle.closest("label") || labelFor(toggle.id) ||
        document.querySelector('label[for="' + toggle.name + '"]');
      if (label) toggle.setAttribute("aria-label", label.textContent.trim());
    });
  }

  var pending = false;
  function fix() {
    pending = false;
    nameAutocompletes();
    nameTabularFields();
    nameIcons();
  }
  function schedule() {
    if (!pending) {
      pending = true;
      window.setTimeout(fix, 0);
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    fix();
    new MutationObserver(schedule).observe(document.body, { childList: true, subtree: true });
  });
  window.addEventListener("load", schedule);
})();
