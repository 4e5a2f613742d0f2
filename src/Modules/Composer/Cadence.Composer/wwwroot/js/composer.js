// The post editor's small helpers; the editor works without them (typed tags, no cursor insert, scrolled carousel).

// Hashtag groups and caption templates go in at the cursor of the caption last focused.
let lastCaption = null;
document.addEventListener("focusin", (event) => {
    if (event.target.matches("textarea[data-insert-target]")) lastCaption = event.target;
});

document.addEventListener("click", (event) => {
    const insert = event.target.closest("[data-insert]");
    if (insert) {
        const field = lastCaption && document.body.contains(lastCaption) ? lastCaption : document.querySelector("textarea[data-insert-target]");
        if (!field) return;
        const text = insert.dataset.insert;
        const start = field.selectionStart ?? field.value.length;
        const end = field.selectionEnd ?? start;
        const before = field.value.slice(0, start);
        const spacer = before.length > 0 && !/\s$/.test(before) ? " " : "";
        field.setRangeText(spacer + text, start, end, "end");
        field.focus();
        field.dispatchEvent(new Event("input", { bubbles: true }));
        return;
    }

    // Clicking an image places a tag there: x and y from 0 to 1, then the username is typed.
    const image = event.target.closest("img[data-tag-item]");
    if (image) {
        const box = image.getBoundingClientRect();
        const x = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width));
        const y = Math.min(1, Math.max(0, (event.clientY - box.top) / box.height));
        const item = image.dataset.tagItem;
        document.getElementById(`newtag-x-${item}`).value = x.toFixed(3);
        document.getElementById(`newtag-y-${item}`).value = y.toFixed(3);
        document.getElementById(`newtag-user-${item}`).focus();
        return;
    }

    // Carousel arrows scroll one slide; the dots follow the scroll.
    const step = event.target.closest("[data-carousel-step]");
    if (step) {
        const slides = step.closest("[data-carousel]").querySelector(".ig-slides");
        slides.scrollBy({ left: slides.clientWidth * Number(step.dataset.carouselStep), behavior: "smooth" });
    }
});

document.addEventListener("scroll", (event) => {
    const slides = event.target;
    if (!(slides instanceof Element) || !slides.matches(".ig-slides")) return;
    const index = Math.round(slides.scrollLeft / slides.clientWidth);
    slides.closest("[data-carousel]")?.querySelectorAll(".ig-dot").forEach((dot, i) => dot.classList.toggle("active", i === index));
}, true);
