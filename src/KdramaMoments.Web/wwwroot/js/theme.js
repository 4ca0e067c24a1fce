// Light or dark: follows the system until the reader chooses; the choice is kept in localStorage.
// Loaded first thing in <body> (not in <head>, where it would block rendering): it sets data-theme on
// <html> before anything below it paints.
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
        // The label says what a press does: "Light mode" while dark, "Dark mode" while light.
        function show() {
            var next = isDark() ? "light" : "dark";
            button.setAttribute("data-next", next);
            button.querySelector(".theme-label").textContent = next === "light" ? "Light mode" : "Dark mode";
            button.title = next === "light" ? "Switch to the light theme" : "Switch to the dark theme";
        }
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
