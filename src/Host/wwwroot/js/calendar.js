// Drag a calendar entry onto a day: posts the same Move handler as the keyboard form, keeping the entry's local time.
(() => {
    let dragged = null;
    document.addEventListener("dragstart", (event) => {
        const entry = event.target.closest?.(".calendar-entry[draggable=true]");
        if (!entry) return;
        dragged = entry;
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", entry.dataset.postId);
    });
    document.addEventListener("dragover", (event) => {
        if (dragged && event.target.closest?.("#calendar td[data-date]")) event.preventDefault();
    });
    document.addEventListener("drop", (event) => {
        const cell = event.target.closest?.("#calendar td[data-date]");
        if (!dragged || !cell) return;
        event.preventDefault();
        const calendar = document.getElementById("calendar");
        const values = { postId: dragged.dataset.postId, newDate: cell.dataset.date, newTime: dragged.dataset.time };
        dragged = null;
        htmx.ajax("POST", calendar.dataset.moveUrl, { source: cell, target: "#calendar", swap: "outerHTML", values });
    });
    document.addEventListener("dragend", () => { dragged = null; });
})();
