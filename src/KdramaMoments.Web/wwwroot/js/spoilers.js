// Spoiler-safe browsing. A reader says which episode of a drama they are on (kept in localStorage, no account);
// every listed moment of a later episode, and every moment editors marked as a spoiler, is collapsed behind a
// button that reveals it. Without script nothing is hidden.
(function () {
    var KEY = "kdrama-episodes";

    function read() {
        try { return JSON.parse(localStorage.getItem(KEY) || "{}") || {}; } catch (e) { return {}; }
    }

    function write(places) {
        try { localStorage.setItem(KEY, JSON.stringify(places)); } catch (e) { /* storage blocked: this page only */ }
    }

    function hiddenBecause(item, places) {
        if (item.getAttribute("data-spoiler") === "true") { return "an editor marked it a spoiler"; }
        var place = places[item.getAttribute("data-drama")];
        var episode = parseInt(item.getAttribute("data-episode"), 10);
        return place && episode > place ? "episode " + episode + ", after yours (" + place + ")" : null;
    }

    function reveal(item) {
        item.classList.remove("spoiler-hidden");
        item.classList.add("spoiler-revealed");
        var button = item.querySelector(":scope > .spoiler-reveal");
        if (button) { button.remove(); }
        var link = item.querySelector("a");
        if (link) { link.focus(); }
    }

    function apply() {
        var places = read();
        document.querySelectorAll("[data-drama]:not(form)").forEach(function (item) {
            if (item.classList.contains("spoiler-revealed")) { return; }
            var reason = hiddenBecause(item, places);
            var button = item.querySelector(":scope > .spoiler-reveal");
            if (!reason) {
                item.classList.remove("spoiler-hidden");
                if (button) { button.remove(); }
                return;
            }
            item.classList.add("spoiler-hidden");
            if (!button) {
                button = document.createElement("button");
                button.type = "button";
                button.className = "spoiler-reveal secondary";
                button.addEventListener("click", function () { reveal(item); });
                item.insertBefore(button, item.firstChild);
            }
            button.textContent = "Spoiler hidden (" + reason + "): reveal";
        });
    }

    function gate(form) {
        var drama = form.getAttribute("data-drama");
        var input = form.querySelector("input[name=episode]");
        var status = form.querySelector(".episode-gate-status");
        var place = read()[drama];
        input.value = place || "";
        form.hidden = false;
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            var places = read();
            var episode = parseInt(input.value, 10);
            if (episode > 0) { places[drama] = episode; } else { delete places[drama]; }
            write(places);
            status.textContent = episode > 0 ? "Moments after episode " + episode + " are hidden." : "Nothing is hidden.";
            apply();
        });
        form.querySelector(".episode-gate-clear").addEventListener("click", function () {
            var places = read();
            delete places[drama];
            write(places);
            input.value = "";
            status.textContent = "Nothing is hidden.";
            apply();
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll("form.episode-gate").forEach(gate);
        apply();
    });
})();
