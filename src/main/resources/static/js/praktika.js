// Small behaviours of the UI shell; everything works without JavaScript too.
document.addEventListener("DOMContentLoaded", () => {
  const toggle = document.querySelector(".nav-toggle");
  const nav = document.getElementById("site-nav");
  if (toggle && nav) {
    toggle.addEventListener("click", () => {
      const open = nav.classList.toggle("open");
      toggle.setAttribute("aria-expanded", String(open));
    });
  }
  // repeatable rows of forms: a button marked data-remove-row removes its row
  document.body.addEventListener("click", (event) => {
    const button = event.target.closest("[data-remove-row]");
    if (button) {
      const row = button.closest("[data-row]");
      if (row) {
        row.remove();
      }
    }
  });
  // one click takes a suggested national and federal project into the link rows of the card form
  document.body.addEventListener("click", (event) => {
    const button = event.target.closest("[data-take-suggestion]");
    if (!button) {
      return;
    }
    const rows = Array.from(document.querySelectorAll("#links-rows .links-row"));
    const row = rows.find((r) => !r.querySelector("select[name$='.nationalProject']").value
        && !r.querySelector("select[name$='.federalProject']").value) || rows[rows.length - 1];
    if (row) {
      row.querySelector("select[name$='.nationalProject']").value = button.dataset.np;
      row.querySelector("select[name$='.federalProject']").value = button.dataset.fp || "";
      row.scrollIntoView({ behavior: "smooth", block: "center" });
    }
  });
  // htmx requests carry the CSRF token of the page
  document.body.addEventListener("htmx:configRequest", (event) => {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
});
