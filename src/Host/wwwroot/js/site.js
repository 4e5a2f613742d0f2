// Toasts: a server response raises "cadence:toast" through HX-Trigger; show it in the live region and let it fade.
document.addEventListener("cadence:toast", (event) => showToast(event.detail.message));

document.addEventListener("htmx:responseError", (event) => {
    const status = event.detail.xhr.status;
    showToast(status === 403 ? "You do not have permission to do that." : status === 404 ? "That item no longer exists." : "Something went wrong. Please try again.");
});

function showToast(message) {
    const region = document.getElementById("toasts");
    if (!region || !message) return;
    const toast = document.createElement("p");
    toast.className = "toast";
    toast.textContent = message;
    region.appendChild(toast);
    setTimeout(() => toast.remove(), 6000);
}

document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("#toasts .toast").forEach((toast) => setTimeout(() => toast.remove(), 6000));
});

// Dialogs opened by htmx: a fragment swapped into a <dialog> opens it; the Escape key closes it natively.
document.addEventListener("htmx:afterSwap", (event) => {
    const dialog = event.detail.target.closest("dialog");
    if (dialog && !dialog.open) dialog.showModal();
});
