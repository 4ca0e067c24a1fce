// A reader's list of moments, kept in localStorage (no account): each moment card gets an "Add to my list"
// toggle, the header's "My list" link carries the ids in its address, and that address is the list to share.
(function () {
    var KEY = "kdrama-my-list";

    function read() {
        try {
            var ids = JSON.parse(localStorage.getItem(KEY) || "[]");
            return Array.isArray(ids) ? ids.filter(function (id) { return Number.isInteger(id) && id > 0; }) : [];
        } catch (e) { return []; }
    }

    function write(ids) {
        try { localStorage.setItem(KEY, JSON.stringify(ids)); } catch (e) { /* storage blocked: this page only */ }
        update();
    }

    function update() {
        var ids = read();
        var link = document.getElementById("my-list-link");
        if (link) {
            link.href = ids.length ? "/lists/shared?ids=" + ids.join(",") : "/lists/shared";
            link.textContent = "My list (" + ids.length + ")";
        }
        document.querySelectorAll("button.list-toggle").forEach(function (button) {
            var inList = ids.indexOf(button._momentId) >= 0;
            var text = inList ? "In my list ✓" : "Add to my list";
            button.setAttribute("aria-pressed", String(inList));
            button.textContent = text;
            // The visible words first, then which moment: what a screen reader and a voice command both expect.
            button.setAttribute("aria-label", button._momentTitle ? text + ": " + button._momentTitle : text);
        });
    }

    function addToggle(card) {
        var id = parseInt(card.getAttribute("data-moment-id"), 10);
        var title = card.querySelector("a");
        var button = document.createElement("button");
        button.type = "button";
        button.className = "list-toggle secondary";
        button._momentId = id;
        button._momentTitle = title ? title.textContent.trim() : "";
        button.addEventListener("click", function () {
            var ids = read();
            var at = ids.indexOf(id);
            if (at >= 0) { ids.splice(at, 1); } else { ids.push(id); }
            write(ids);
        });
        card.appendChild(button);
    }

    function shareBox(box) {
        var ids = box.getAttribute("data-ids").split(",").map(Number);
        var status = document.getElementById("share-status");
        var copy = document.getElementById("copy-list-link");
        var keep = document.getElementById("keep-list");
        copy.hidden = false;
        keep.hidden = false;
        copy.addEventListener("click", function () {
            var url = document.getElementById("share-url");
            url.select();
            var done = function () { status.textContent = "Link copied."; };
            if (navigator.clipboard) {
                navigator.clipboard.writeText(url.value).then(done, function () { status.textContent = "Select the link and copy it."; });
            } else {
                status.textContent = "Select the link and copy it.";
            }
        });
        keep.addEventListener("click", function () {
            write(ids);
            status.textContent = "This is now your list.";
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.querySelectorAll(".moment-cards [data-moment-id]").forEach(addToggle);
        document.querySelectorAll(".share-box[data-ids]").forEach(shareBox);
        update();
    });
})();
