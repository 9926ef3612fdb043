// Warden console: small progressive enhancement. Every page works without it.
"use strict";

// Expiry countdowns: <time datetime="…" data-countdown> shows "in 12 min" and keeps counting.
function countdown(el) {
  const at = Date.parse(el.getAttribute("datetime"));
  if (Number.isNaN(at)) return;
  const s = Math.round((at - Date.now()) / 1000);
  if (s <= 0) { el.textContent = "expired"; el.classList.add("expired"); return; }
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
  el.textContent = "in " + (h > 0 ? h + " h " + m + " min" : m > 0 ? m + " min " + sec + " s" : sec + " s");
  if (s < 300) el.classList.add("pending");
}

function tick() { document.querySelectorAll("time[data-countdown]").forEach(countdown); }

document.addEventListener("DOMContentLoaded", () => {
  tick();
  setInterval(tick, 1000);
  // Forms (or buttons) with data-confirm ask before they submit.
  document.querySelectorAll("form").forEach((form) => {
    form.addEventListener("submit", (ev) => {
      const button = ev.submitter;
      const text = (button && button.dataset.confirm) || form.dataset.confirm;
      if (text && !window.confirm(text)) ev.preventDefault();
    });
  });
  // "/" jumps to the first filter field, as in most consoles.
  document.addEventListener("keydown", (ev) => {
    if (ev.key !== "/" || ev.target.closest("input, textarea, select")) return;
    const field = document.querySelector("[data-slash]");
    if (field) { ev.preventDefault(); field.focus(); }
  });
});
