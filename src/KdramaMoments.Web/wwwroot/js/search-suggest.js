// Suggestions as you type, for the header search box and for pickers (the merge page's fields).
// Progressive enhancement: without this script the header form still submits to /search and a picker's
// field still takes a name or an address that the server looks up. Follows the ARIA combobox pattern
// (list autocomplete): arrows move through the options, Enter takes one, Escape closes the list.
(function () {
    "use strict";
    var kinds = { moment: "Moment", drama: "Drama", actor: "Actor", character: "Character", tag: "Trope" };

    // options: listId, optionId (prefix), url(q) → address of the suggestions, render(item) → the option's content,
    // choose(item) → what taking an option does.
    function attach(input, options) {
        var list = document.createElement("ul");
        list.id = options.listId;
        list.className = "suggestions";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", options.label || "Suggestions");
        list.hidden = true;
        input.parentNode.classList.add("has-suggestions");
        input.parentNode.appendChild(list);
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", list.id);
        input.setAttribute("autocomplete", "off");

        var timer = 0, active = -1, latest = 0, shown = [];

        function close() {
            list.hidden = true;
            list.textContent = "";
            shown = [];
            active = -1;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
        }

        function highlight(index) {
            var items = list.querySelectorAll("[role=option]");
            items.forEach(function (o, i) { o.setAttribute("aria-selected", String(i === index)); });
            active = index;
            if (index >= 0 && items[index]) {
                input.setAttribute("aria-activedescendant", items[index].id);
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function choose(item) {
            close();
            options.choose(item);
        }

        function show(items) {
            // A later answer must not move the reader's arrow-key choice: keep it if it is still listed.
            var chosenUrl = active >= 0 && shown[active] ? shown[active].url : null;
            list.textContent = "";
            if (items.length === 0) { close(); return; }
            shown = items;
            items.forEach(function (item, i) {
                var li = document.createElement("li");
                li.id = options.optionId + i;
                li.setAttribute("role", "option");
                li.setAttribute("aria-selected", "false");
                li.appendChild(options.render(item)); // text nodes only, never HTML
                li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(item); });
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
                fetch(options.url(q), { headers: { Accept: "application/json" } })
                    .then(function (r) { return r.ok ? r.json() : []; })
                    .then(function (items) { if (ticket === latest) { show(items); } })
                    .catch(close);
            }, 150);
        });

        input.addEventListener("keydown", function (e) {
            var count = shown.length;
            if (e.key === "ArrowDown" && count) { e.preventDefault(); highlight((active + 1) % count); }
            else if (e.key === "ArrowUp" && count) { e.preventDefault(); highlight((active - 1 + count) % count); }
            else if (e.key === "Escape" && !list.hidden) {
                // First Escape closes the list; only a second one clears the field (the browser's own behaviour).
                e.preventDefault();
                close();
            }
            else if (e.key === "Enter" && active >= 0 && shown[active]) {
                e.preventDefault();
                choose(shown[active]);
            }
        });
        input.addEventListener("blur", function () { setTimeout(close, 100); });
    }

    function text(tag, className, value) {
        var element = document.createElement(tag);
        if (className) { element.className = className; }
        element.textContent = value;
        return element;
    }

    document.addEventListener("DOMContentLoaded", function () {
        if (!window.fetch) { return; }
        var search = document.getElementById("site-search");
        if (search) {
            attach(search, {
                listId: "site-search-suggestions",
                optionId: "suggestion-",
                url: function (q) { return "/api/search/suggest?q=" + encodeURIComponent(q); },
                render: function (item) {
                    var a = text("a", null, item.title);
                    a.href = item.url;
                    a.tabIndex = -1;
                    a.appendChild(text("span", "kind", kinds[item.kind] || item.kind));
                    return a;
                },
                choose: function (item) { window.location.href = item.url; },
            });
        }
        // A picker fills its field with the chosen entity's address; the kind comes from the select it names.
        document.querySelectorAll("input[data-pick-kind-from]").forEach(function (input) {
            var kind = document.getElementById(input.getAttribute("data-pick-kind-from"));
            attach(input, {
                listId: input.id + "-suggestions",
                optionId: input.id + "-option-",
                label: "Matching names",
                url: function (q) { return "/api/search/suggest?kind=" + encodeURIComponent(kind.value) + "&q=" + encodeURIComponent(q); },
                render: function (item) {
                    var span = text("span", "pick", item.title);
                    span.appendChild(text("span", "kind", item.context || item.slug));
                    return span;
                },
                choose: function (item) {
                    input.value = item.slug;
                    input.dispatchEvent(new Event("change", { bubbles: true }));
                },
            });
        });
    });
})();
