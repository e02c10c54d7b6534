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
  // on a phone a table is a stack of rows: each cell carries its column's header as a label
  document.querySelectorAll("table.table").forEach((table) => {
    const headers = Array.from(table.querySelectorAll("thead th")).map((th) => th.textContent.trim());
    table.querySelectorAll("tbody tr").forEach((row) => {
      Array.from(row.children).forEach((cell, i) => {
        if (headers[i] && !cell.hasAttribute("data-label")) {
          cell.setAttribute("data-label", headers[i]);
        }
      });
    });
  });
  // a file chooser that speaks Russian whatever the browser's language: a button and the chosen file's name
  document.querySelectorAll("input[type=file]").forEach((input) => {
    if (input.dataset.enhanced) {
      return;
    }
    input.dataset.enhanced = "true";
    const wrap = document.createElement("span");
    wrap.className = "file-choice";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "button secondary";
    button.textContent = input.dataset.choose || (input.multiple ? "Выбрать файлы…" : "Выбрать файл…");
    const name = document.createElement("span");
    name.className = "file-name muted";
    name.textContent = "Файл не выбран";
    if (input.id) {
      name.id = input.id + "-chosen";
      input.setAttribute("aria-describedby", [input.getAttribute("aria-describedby"), name.id].filter(Boolean).join(" "));
    }
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    wrap.appendChild(button);
    wrap.appendChild(name);
    input.classList.add("visually-hidden");
    button.addEventListener("click", () => input.click());
    input.addEventListener("change", () => {
      const files = Array.from(input.files).map((f) => f.name);
      name.textContent = files.length ? files.join(", ") : "Файл не выбран";
    });
  });
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

// A form with data-confirm asks before it is sent (bulk decisions of the competition): the page's policy forbids
// inline handlers, so the question is asked here.
document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
        event.preventDefault();
    }
}, true);
