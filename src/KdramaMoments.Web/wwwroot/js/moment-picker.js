// Search as you type for the editors' "Add a moment" field: fills its datalist with the moments the site search
// suggests (the option's value is the moment's address, which the server accepts). Without script the editor types
// the exact title instead.
(function () {
    "use strict";
    document.addEventListener("DOMContentLoaded", function () {
        var input = document.querySelector("[data-moment-picker]");
        var list = input && document.getElementById(input.getAttribute("list"));
        if (!input || !list || !window.fetch) { return; }
        var timer = 0, latest = 0;
        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            var q = input.value.trim();
            if (q.length < 2) { return; }
            timer = window.setTimeout(function () {
                var asked = ++latest;
                fetch("/api/search/suggest?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
                    .then(function (r) { return r.ok ? r.json() : []; })
                    .then(function (items) {
                        if (asked !== latest) { return; }
                        list.textContent = "";
                        items.filter(function (i) { return i.kind === "moment"; }).forEach(function (i) {
                            var option = document.createElement("option");
                            option.value = i.slug;
                            option.label = i.title + (i.context ? " — " + i.context : "");
                            list.appendChild(option);
                        });
                    })
                    .catch(function () { /* suggestions are a help, not a need */ });
            }, 200);
        });
    });
})();
