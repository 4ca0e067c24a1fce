// Light or dark: follows the system until the reader chooses; the choice is kept in localStorage.
(function () {
    var root = document.documentElement;
    var stored = null;
    try { stored = localStorage.getItem("theme"); } catch (e) { /* storage blocked: follow the system */ }
    if (stored === "light" || stored === "dark") {
        root.setAttribute("data-theme", stored);
    }

    function isDark() {
        var chosen = root.getAttribute("data-theme");
        return chosen ? chosen === "dark" : window.matchMedia("(prefers-color-scheme: dark)").matches;
    }

    document.addEventListener("DOMContentLoaded", function () {
        var button = document.getElementById("theme-toggle");
        if (!button) { return; }
        function show() { button.setAttribute("aria-pressed", String(isDark())); }
        button.hidden = false;
        show();
        button.addEventListener("click", function () {
            var next = isDark() ? "light" : "dark";
            root.setAttribute("data-theme", next);
            try { localStorage.setItem("theme", next); } catch (e) { /* the choice lasts for this page only */ }
            show();
        });
        window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", show);
    });
})();
