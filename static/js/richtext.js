/* A small rich-text editor for the admin's article body (textarea[data-richtext]).
 * The textarea stays the form field: the editor writes its HTML back on every change.
 * The server sanitises whatever arrives (news.html.clean_html), so this only has to be convenient. */
(function () {
  "use strict";
  var BUTTONS = [
    ["bold", "B", "Bold"], ["italic", "I", "Italic"],
    ["h2", "H2", "Heading"], ["h3", "H3", "Subheading"], ["p", "¶", "Paragraph"],
    ["insertUnorderedList", "•", "Bulleted list"], ["insertOrderedList", "1.", "Numbered list"],
    ["blockquote", "❝", "Quotation"], ["createLink", "Link", "Link"], ["unlink", "Unlink", "Remove link"],
    ["removeFormat", "⌫", "Clear formatting"], ["source", "</>", "HTML source"]
  ];
  var BLOCKS = { h2: "H2", h3: "H3", p: "P", blockquote: "BLOCKQUOTE" };

  function setup(textarea) {
    var wrapper = document.createElement("div");
    wrapper.className = "richtext";
    var toolbar = document.createElement("div");
    toolbar.className = "richtext__toolbar";
    toolbar.setAttribute("role", "toolbar");
    var editor = document.createElement("div");
    editor.className = "richtext__editor";
    editor.contentEditable = "true";
    editor.setAttribute("role", "textbox");
    editor.setAttribute("aria-multiline", "true");
    if (textarea.id) {
      var label = document.querySelector('label[for="' + textarea.id + '"]');
      if (label) { editor.setAttribute("aria-label", label.textContent.replace(/:$/, "")); }
    }
    editor.innerHTML = textarea.value || "<p><br></p>";
    textarea.parentNode.insertBefore(wrapper, textarea);
    wrapper.appendChild(toolbar);
    wrapper.appendChild(editor);
    wrapper.appendChild(textarea);
    textarea.classList.add("richtext__source");
    textarea.hidden = true;

    function sync() { textarea.value = editor.innerHTML; }
    document.execCommand("defaultParagraphSeparator", false, "p");

    BUTTONS.forEach(function (spec) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = spec[1];
      button.title = spec[2];
      button.setAttribute("aria-label", spec[2]);
      button.dataset.command = spec[0];
      toolbar.appendChild(button);
    });
    toolbar.addEventListener("mousedown", function (event) { event.preventDefault(); });
    toolbar.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button) { return; }
      var command = button.dataset.command;
      if (command === "source") {
        if (textarea.hidden) { sync(); textarea.hidden = false; editor.hidden = true; }
        else { editor.innerHTML = textarea.value; textarea.hidden = true; editor.hidden = false; }
        button.setAttribute("aria-pressed", String(!textarea.hidden));
        return;
      }
      editor.focus();
      if (BLOCKS[command]) {
        document.execCommand("formatBlock", false, BLOCKS[command]);
      } else if (command === "createLink") {
        var url = window.prompt("URL (https://…)");
        if (url && /^(https?:|mailto:|tel:|\/)/i.test(url.trim())) {
          document.execCommand("createLink", false, url.trim());
        }
      } else {
        document.execCommand(command, false, null);
      }
      sync();
    });
    editor.addEventListener("input", sync);
    editor.addEventListener("blur", sync);
    if (textarea.form) {
      textarea.form.addEventListener("submit", function () { if (textarea.hidden) { sync(); } });
    }
  }

  function init() {
    document.querySelectorAll("textarea[data-richtext]").forEach(function (textarea) {
      if (!textarea.closest(".empty-form")) { setup(textarea); }
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); }
  else { init(); }
})();
