// Enhancement only: re-rank when a weight, region or year changes, without a full page load.
// Without JavaScript the form's submit button does the same with a normal GET request.
(function () {
  "use strict";
  var form = document.getElementById("tool-form");
  var results = document.getElementById("tool-results");
  var status = document.getElementById("tool-status");
  if (!form || !results || !window.fetch) return;
  var pending = null;
  var timer = null;

  function update() {
    var query = new URLSearchParams(new FormData(form)).toString();
    var url = form.action + "?" + query;
    if (pending) pending.abort();
    pending = new AbortController();
    fetch(url, { signal: pending.signal, headers: { "X-Requested-With": "fetch" } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.getElementById("tool-results");
        if (!fresh || doc.querySelector("main > .error-summary")) { form.submit(); return; }  // errors: the server page shows them
        results.innerHTML = fresh.innerHTML;
        history.replaceState(null, "", url);
        if (status) status.textContent = status.getAttribute("data-message");
      })
      .catch(function (error) { if (error.name !== "AbortError") form.submit(); });
  }

  form.addEventListener("change", function (event) {
    if (!event.target.matches("input, select")) return;
    if (!event.target.checkValidity()) return;
    clearTimeout(timer);
    timer = setTimeout(update, 150);
  });
})();
