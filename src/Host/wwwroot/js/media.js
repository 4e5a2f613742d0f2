// The Composer's media library: one upload request per file so each shows its own progress; the focal point picker.
(() => {
    const imageTypes = ["image/jpeg", "image/png", "image/webp", "image/heic", "image/heif"];

    document.addEventListener("change", (event) => {
        if (event.target.matches("select[data-auto-submit]")) event.target.form.requestSubmit();
        if (event.target.matches("[data-media-upload] input[type=file]")) {
            uploadAll(event.target.form, event.target.files);
            event.target.value = "";
        }
        if (event.target.matches("[data-focus]")) moveMarker(event.target.closest("form"));
    });

    document.addEventListener("submit", (event) => {
        const form = event.target.closest("[data-media-upload]");
        if (!form) return;
        event.preventDefault();
        const input = form.querySelector("input[type=file]");
        uploadAll(form, input.files);
        input.value = "";
    });

    document.addEventListener("dragover", (event) => {
        const zone = event.target.closest?.("[data-dropzone]");
        if (!zone) return;
        event.preventDefault();
        zone.classList.add("dragging");
    });

    document.addEventListener("dragleave", (event) => event.target.closest?.("[data-dropzone]")?.classList.remove("dragging"));

    document.addEventListener("drop", (event) => {
        const zone = event.target.closest?.("[data-dropzone]");
        if (!zone) return;
        event.preventDefault();
        zone.classList.remove("dragging");
        uploadAll(zone.closest("[data-media-upload]"), event.dataTransfer.files);
    });

    document.addEventListener("click", (event) => {
        const picker = event.target.closest("[data-focus-picker]");
        if (!picker) return;
        const box = picker.querySelector("img").getBoundingClientRect();
        const form = picker.closest("form");
        form.querySelector("[data-focus=x]").value = Math.round(clamp((event.clientX - box.left) / box.width) * 100);
        form.querySelector("[data-focus=y]").value = Math.round(clamp((event.clientY - box.top) / box.height) * 100);
        moveMarker(form);
    });

    function clamp(value) {
        return Math.min(1, Math.max(0, value));
    }

    function moveMarker(form) {
        const marker = form?.querySelector(".focus-marker");
        if (!marker) return;
        marker.style.left = form.querySelector("[data-focus=x]").value + "%";
        marker.style.top = form.querySelector("[data-focus=y]").value + "%";
    }

    function uploadAll(form, files) {
        Array.from(files || []).forEach((file) => upload(form, file));
    }

    function upload(form, file) {
        const row = progressRow(form, file);
        const limit = imageTypes.includes(file.type) ? Number(form.dataset.maxImage) : Number(form.dataset.maxVideo);
        if (file.type && file.size > limit) {
            finish(row, false, `${file.name}: too large (images up to 30 MB, videos up to 300 MB).`);
            return;
        }

        const body = new FormData();
        body.append("files", file);
        const request = new XMLHttpRequest();
        request.open("POST", form.action);
        request.setRequestHeader("HX-Request", "true");
        request.setRequestHeader("RequestVerificationToken", form.querySelector("input[name=__RequestVerificationToken]").value);
        request.upload.addEventListener("progress", (event) => {
            if (event.lengthComputable) row.progress.value = Math.round((event.loaded / event.total) * 100);
        });
        request.addEventListener("load", () => {
            if (request.status === 200) {
                addTile(form, request.responseText);
                finish(row, true, `${file.name}: added.`);
            } else {
                const text = new DOMParser().parseFromString(request.responseText, "text/html").body.textContent.trim();
                finish(row, false, text || `${file.name}: the upload failed (${request.status}).`);
            }
        });
        request.addEventListener("error", () => finish(row, false, `${file.name}: the connection broke; try again.`));
        request.send(body);
    }

    function progressRow(form, file) {
        const item = document.createElement("li");
        const name = document.createElement("span");
        name.textContent = file.name;
        const progress = document.createElement("progress");
        progress.max = 100;
        progress.value = 0;
        progress.setAttribute("aria-label", `Uploading ${file.name}`);
        const status = document.createElement("span");
        status.className = "upload-status";
        item.append(name, progress, status);
        form.querySelector("[data-progress]").appendChild(item);
        return { item, progress, status };
    }

    function finish(row, succeeded, message) {
        row.progress.value = 100;
        row.status.textContent = message;
        row.status.classList.toggle("field-error", !succeeded);
        row.status.setAttribute("role", succeeded ? "status" : "alert");
    }

    function addTile(form, html) {
        const grid = document.querySelector(form.dataset.grid);
        if (!grid) return;
        grid.closest("section")?.querySelectorAll(".empty-state").forEach((empty) => empty.remove());
        grid.insertAdjacentHTML("afterbegin", html);
        if (window.htmx) window.htmx.process(grid.firstElementChild);
    }
})();
