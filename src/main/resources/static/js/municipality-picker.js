// The municipality picker: an ARIA combobox over /api/v1/municipalities. The visible field shows the name, type and
// district; the OKTMO code goes into the hidden input. Arrow keys move, Enter picks, Escape closes. Typing again
// forgets the code, so a name typed but not picked is reported by the server instead of being saved.
(() => {
  const PICKER = "[data-municipality-picker]";
  let timer = null;
  let counter = 0;

  function parts(element) {
    const picker = element.closest(PICKER);
    return picker && {
      picker,
      input: picker.querySelector("[role=combobox]"),
      code: picker.querySelector("[data-picker-code]"),
      list: picker.querySelector("[role=listbox]"),
      status: picker.querySelector("[data-picker-status]"),
    };
  }

  function region() {
    const select = document.querySelector("select[name=regionCode]:not([disabled])");
    const field = select || document.querySelector("input[name=regionCode]");
    return field ? field.value : "";
  }

  function close(p) {
    p.list.hidden = true;
    p.input.setAttribute("aria-expanded", "false");
    p.input.removeAttribute("aria-activedescendant");
  }

  function options(p) {
    return Array.from(p.list.querySelectorAll("[role=option]:not([aria-disabled=true])"));
  }

  function message(p, text) {
    p.list.replaceChildren();
    const li = document.createElement("li");
    li.setAttribute("role", "option");
    li.setAttribute("aria-disabled", "true");
    li.className = "combobox-message";
    li.textContent = text;
    p.list.append(li);
    p.list.hidden = false;
    p.input.setAttribute("aria-expanded", "true");
    p.status.textContent = text;
  }

  function render(p, items) {
    if (items.length === 0) {
      message(p, p.picker.dataset.none);
      return;
    }
    p.list.replaceChildren();
    items.forEach((m) => {
      const li = document.createElement("li");
      li.id = p.list.id + "-" + (++counter);
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.dataset.code = m.oktmo;
      li.dataset.label = m.label;
      li.textContent = m.label;
      p.list.append(li);
    });
    p.list.hidden = false;
    p.input.setAttribute("aria-expanded", "true");
    p.status.textContent = p.picker.dataset.found.replace("{0}", items.length);
  }

  function search(p) {
    const q = p.input.value.trim();
    if (q.length < 2) {
      close(p);
      return;
    }
    const r = region();
    if (!r) {
      message(p, p.picker.dataset.noRegion);
      return;
    }
    const url = p.picker.dataset.source + "?size=15&region=" + encodeURIComponent(r) + "&q=" + encodeURIComponent(q);
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : { items: [] }))
      .then((page) => {
        if (p.input.value.trim() === q && document.activeElement === p.input) {
          render(p, page.items || []);
        }
      })
      .catch(() => close(p));
  }

  function highlight(p, option) {
    options(p).forEach((o) => o.setAttribute("aria-selected", String(o === option)));
    if (option) {
      p.input.setAttribute("aria-activedescendant", option.id);
      option.scrollIntoView({ block: "nearest" });
    }
  }

  function move(p, step) {
    const all = options(p);
    if (all.length === 0) {
      return;
    }
    const current = all.findIndex((o) => o.getAttribute("aria-selected") === "true");
    const next = current < 0 ? (step > 0 ? 0 : all.length - 1) : (current + step + all.length) % all.length;
    highlight(p, all[next]);
  }

  function choose(p, option) {
    p.input.value = option.dataset.label;
    p.code.value = option.dataset.code;
    p.input.classList.remove("invalid");
    p.input.removeAttribute("aria-invalid");
    close(p);
  }

  document.addEventListener("input", (event) => {
    const p = event.target.matches("[role=combobox]") && parts(event.target);
    if (!p) {
      return;
    }
    p.code.value = "";
    clearTimeout(timer);
    timer = setTimeout(() => search(p), 250);
  });

  document.addEventListener("keydown", (event) => {
    const p = event.target.matches("[role=combobox]") && parts(event.target);
    if (!p) {
      return;
    }
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (p.list.hidden) {
        search(p);
      } else {
        move(p, event.key === "ArrowDown" ? 1 : -1);
      }
    } else if (event.key === "Enter" && !p.list.hidden) {
      const active = options(p).find((o) => o.getAttribute("aria-selected") === "true");
      event.preventDefault();
      if (active) {
        choose(p, active);
      }
    } else if (event.key === "Escape" && !p.list.hidden) {
      event.preventDefault();
      close(p);
    }
  });

  // mousedown, not click: the field keeps the focus, so the list is not closed by the blur first
  document.addEventListener("mousedown", (event) => {
    const option = event.target.closest(PICKER + " [role=option]:not([aria-disabled=true])");
    if (option) {
      event.preventDefault();
      choose(parts(option), option);
      return;
    }
    document.querySelectorAll(PICKER).forEach((picker) => {
      if (!picker.contains(event.target)) {
        close(parts(picker));
      }
    });
  });

  document.addEventListener("focusout", (event) => {
    const p = event.target.matches("[role=combobox]") && parts(event.target);
    if (p) {
      setTimeout(() => {
        if (!p.picker.contains(document.activeElement)) {
          close(p);
        }
      }, 0);
    }
  });
})();
