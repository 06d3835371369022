// As the province types a title, show requests already filed that look similar.
(function () {
  "use strict";
  var box = document.getElementById("similar-requests");
  var title = document.getElementById("id_title");
  if (!box || !title || !window.fetch) { return; }
  var description = document.getElementById("id_description");
  var timer = null;
  function look() {
    var text = title.value + " " + (description ? description.value : "");
    if (text.trim().length < 4) { return; }
    fetch(box.dataset.url + "?q=" + encodeURIComponent(text.slice(0, 2000)), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : ""; })
      .then(function (html) { if (html) { box.innerHTML = html; } })
      .catch(function () {});
  }
  function later() { clearTimeout(timer); timer = setTimeout(look, 600); }
  title.addEventListener("input", later);
  if (description) { description.addEventListener("change", look); }
})();
