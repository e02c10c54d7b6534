// The practice card form. Everything here is a convenience: the server renders the same choices and checks them.
(() => {
  // the regional-project select of a link row offers the regional projects of the row's federal project
  function narrow(row) {
    const all = document.getElementById("regional-project-options");
    const federal = row.querySelector("select[data-federal-select]");
    const regional = row.querySelector("select[data-regional-select]");
    if (!all || !federal || !regional) {
      return;
    }
    const chosen = regional.value;
    const empty = regional.options[0];
    regional.replaceChildren(empty);
    for (const option of all.content.querySelectorAll("option")) {
      if (!federal.value || option.dataset.federal === federal.value) {
        regional.append(option.cloneNode(true));
      }
    }
    regional.value = Array.from(regional.options).some((o) => o.value === chosen) ? chosen : "";
  }

  function start() {
    // a refused form: the summary takes the focus, so a screen reader reads it first; its links focus the field
    const summary = document.getElementById("error-summary");
    if (summary) {
      summary.focus();
      summary.addEventListener("click", (event) => {
        const link = event.target.closest("a[href^='#']");
        const target = link && document.getElementById(link.getAttribute("href").slice(1));
        if (target) {
          event.preventDefault();
          target.scrollIntoView({ block: "center" });
          const field = target.matches("input, select, textarea") ? target : target.querySelector("input, select, textarea");
          if (field) {
            field.focus({ preventScroll: true });
          }
        }
      });
    }
    document.body.addEventListener("change", (event) => {
      if (event.target.matches("select[data-federal-select]")) {
        narrow(event.target.closest(".links-row"));
      }
    });
    // a suggestion taken in one click sets the federal project without a change event
    document.body.addEventListener("click", (event) => {
      if (event.target.closest("[data-take-suggestion]")) {
        document.querySelectorAll("#links-rows .links-row").forEach(narrow);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
