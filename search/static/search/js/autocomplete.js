/* Suggestions under the header search box: an ARIA 1.2 combobox with a listbox popup.
 * Without this script the box is a plain search form; with it, typing shows titles from
 * /sok/forslag/ that can be picked with the arrow keys and Enter, or with the mouse. */
(function () {
  "use strict";
  var input = document.getElementById("header-q");
  if (!input || !window.fetch || !input.dataset.autocompleteUrl) { return; }
  var url = input.dataset.autocompleteUrl;
  var form = input.form;
  var listId = "header-q-listbox";
  var list = document.createElement("ul");
  var status = document.createElement("div");
  var items = [];
  var active = -1;
  var timer = null;
  var latest = 0;

  list.id = listId;
  list.className = "autocomplete-list";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", input.dataset.autocompleteLabel || "Forslag");
  list.hidden = true;
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  input.parentNode.appendChild(list);
  input.parentNode.appendChild(status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listId);

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function setActive(index) {
    var options = list.querySelectorAll("[role=option]");
    if (!options.length) { return; }
    active = (index + options.length) % options.length;
    for (var i = 0; i < options.length; i++) {
      options[i].setAttribute("aria-selected", i === active ? "true" : "false");
    }
    input.setAttribute("aria-activedescendant", options[active].id);
    options[active].scrollIntoView({ block: "nearest" });
  }

  function pick(index) {
    if (items[index]) { window.location.href = items[index].url; }
  }

  function render(results) {
    items = results;
    list.textContent = "";
    active = -1;
    input.removeAttribute("aria-activedescendant");
    results.forEach(function (item, i) {
      var li = document.createElement("li");
      var title = document.createElement("span");
      var kind = document.createElement("span");
      li.id = listId + "-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      title.textContent = item.title;
      kind.className = "autocomplete-type";
      kind.textContent = " – " + item.type;
      li.appendChild(title);
      li.appendChild(kind);
      li.addEventListener("mousedown", function (event) { event.preventDefault(); });
      li.addEventListener("click", function () { pick(i); });
      list.appendChild(li);
    });
    if (results.length) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      status.textContent = results.length + " forslag, bruk pil opp og ned for å velge";
    } else {
      close();
      status.textContent = "";
    }
  }

  function lookup() {
    var q = input.value.trim();
    if (q.length < 2) { render([]); return; }
    var ticket = ++latest;
    fetch(url + "?format=json&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : { results: [] }; })
      .then(function (data) { if (ticket === latest) { render(data.results || []); } })
      .catch(function () { if (ticket === latest) { render([]); } });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(lookup, 150);
  });

  input.addEventListener("keydown", function (event) {
    var open = !list.hidden;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (!open && items.length) { list.hidden = false; input.setAttribute("aria-expanded", "true"); }
      setActive(active + 1);
    } else if (event.key === "ArrowUp") {
      if (open) { event.preventDefault(); setActive(active - 1); }
    } else if (event.key === "Enter") {
      if (open && active >= 0) { event.preventDefault(); pick(active); }
    } else if (event.key === "Escape") {
      if (open) { event.preventDefault(); close(); } else { input.value = ""; }
    }
  });

  input.addEventListener("blur", function () { setTimeout(close, 100); });
  if (form) { form.addEventListener("submit", close); }
})();
