// Suggestions under the header search box. Progressive enhancement: without this script the
// form still submits to /search. Follows the ARIA combobox pattern (list autocomplete).
(function () {
    "use strict";
    document.addEventListener("DOMContentLoaded", function () {
        var input = document.getElementById("site-search");
        if (!input || !window.fetch) { return; }
        var form = input.form;
        var list = document.createElement("ul");
        list.id = "site-search-suggestions";
        list.className = "suggestions";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", "Suggestions");
        list.hidden = true;
        form.classList.add("has-suggestions");
        form.appendChild(list);
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", list.id);
        input.setAttribute("autocomplete", "off");

        var timer = 0, active = -1, latest = 0;
        var kinds = { moment: "Moment", drama: "Drama", actor: "Actor", character: "Character", tag: "Trope" };

        function close() {
            list.hidden = true;
            list.textContent = "";
            active = -1;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
        }

        function highlight(index) {
            var options = list.querySelectorAll("[role=option]");
            options.forEach(function (o, i) { o.setAttribute("aria-selected", String(i === index)); });
            active = index;
            if (index >= 0 && options[index]) {
                input.setAttribute("aria-activedescendant", options[index].id);
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function show(items) {
            // A later answer must not move the reader's arrow-key choice: keep it if it is still listed.
            var chosen = active >= 0 ? list.querySelectorAll("[role=option] a")[active] : null;
            var chosenUrl = chosen ? chosen.getAttribute("href") : null;
            list.textContent = "";
            if (items.length === 0) { close(); return; }
            items.forEach(function (item, i) {
                var li = document.createElement("li");
                li.id = "suggestion-" + i;
                li.setAttribute("role", "option");
                li.setAttribute("aria-selected", "false");
                var a = document.createElement("a");
                a.href = item.url;
                a.tabIndex = -1;
                a.textContent = item.title; // text, never HTML
                var kind = document.createElement("span");
                kind.className = "kind";
                kind.textContent = kinds[item.kind] || item.kind;
                a.appendChild(kind);
                li.appendChild(a);
                li.addEventListener("mousedown", function (e) { e.preventDefault(); window.location.href = item.url; });
                list.appendChild(li);
            });
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
            active = -1;
            if (chosenUrl) {
                var index = items.findIndex(function (item) { return item.url === chosenUrl; });
                if (index >= 0) { highlight(index); }
            }
        }

        input.addEventListener("input", function () {
            clearTimeout(timer);
            var q = input.value.trim();
            if (q.length < 2) { close(); return; }
            timer = setTimeout(function () {
                var ticket = ++latest;
                fetch("/api/search/suggest?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
                    .then(function (r) { return r.ok ? r.json() : []; })
                    .then(function (items) { if (ticket === latest) { show(items); } })
                    .catch(close);
            }, 150);
        });

        input.addEventListener("keydown", function (e) {
            var count = list.querySelectorAll("[role=option]").length;
            if (e.key === "ArrowDown" && count) { e.preventDefault(); highlight((active + 1) % count); }
            else if (e.key === "ArrowUp" && count) { e.preventDefault(); highlight((active - 1 + count) % count); }
            else if (e.key === "Escape" && !list.hidden) {
                // First Escape closes the list; only a second one clears the field (the browser's own behaviour).
                e.preventDefault();
                close();
            }
            else if (e.key === "Enter" && active >= 0) {
                e.preventDefault();
                window.location.href = list.querySelectorAll("[role=option] a")[active].href;
            }
        });
        input.addEventListener("blur", function () { setTimeout(close, 100); });
    });
})();
