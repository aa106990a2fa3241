// The portal's few behaviours; pages work without them (forms post normally), they only add comfort.
(function () {
  "use strict";
  function csrf() {
    var header = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    return header && token ? [header.content, token.content] : null;
  }
  // htmx requests that change something carry the session's CSRF token as a header.
  document.addEventListener("htmx:configRequest", function (e) {
    var c = csrf();
    if (c) { e.detail.headers[c[0]] = c[1]; }
  });
  document.addEventListener("change", function (e) {
    if (e.target.classList && e.target.classList.contains("select-all")) {
      var form = e.target.closest("form");
      form.querySelectorAll('input[type="checkbox"][name="iccid"]').forEach(function (box) {
        box.checked = e.target.checked;
      });
    }
  });
  // Forms with data-confirm ask first; the server checks every action again in any case.
  document.addEventListener("submit", function (e) {
    var text = e.target.getAttribute && e.target.getAttribute("data-confirm");
    if (text && !window.confirm(text)) { e.preventDefault(); }
  });
  function charts(root) {
    if (typeof Chart === "undefined") { return; }
    root.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
      if (canvas.dataset.drawn) { return; }
      canvas.dataset.drawn = "1";
      var series = JSON.parse(canvas.dataset.series || "null");
      var datasets = series || [{ label: canvas.getAttribute("aria-label"), data: canvas.dataset.values.split(",").map(Number),
        backgroundColor: "#0b5cad" }];
      new Chart(canvas, {
        type: canvas.dataset.chart,
        data: { labels: canvas.dataset.labels.split(","), datasets: datasets },
        options: { responsive: true, maintainAspectRatio: false, animation: false,
          plugins: { legend: { display: !!series } }, scales: { y: { beginAtZero: true } } }
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () { charts(document); });
  document.addEventListener("htmx:afterSettle", function (e) { charts(e.target); });
})();
