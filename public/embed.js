/*
 * Embed loader for "Three drones over the Tigris" (Baghdad Map Desk).
 *
 * Paste where the story should appear:
 *   <div data-baghdad-story data-lang="ar" data-chapter="the-flight" data-theme="dark"></div>
 *   <script async src="https://<story host>/embed.js"></script>
 *
 * For each placeholder, it creates an iframe of the story (served by the host this script
 * comes from), sizes it to the story's full height from the story's messages, and while
 * the page scrolls or resizes tells the story where the reader's viewport is, so the story
 * picks its chapter and keeps its map on screen as the reader scrolls this page. Links
 * within the story (to its sources, say) scroll this page, since the iframe cannot.
 *
 * The messages have a fixed, versioned shape; anything else is ignored. They mirror
 * components/embed/messages.ts in the story's source (keep them in step).
 * No dependencies, no cookies, no storage.
 */
(function () {
  "use strict";

  var HEIGHT_MESSAGE = "baghdad-story:height";
  var VIEWPORT_MESSAGE = "baghdad-story:viewport";
  var SCROLL_MESSAGE = "baghdad-story:scroll";
  var VERSION = 1;
  var MAX_PIXELS = 100000;
  // Each edition's title, for its iframe (a unit test keeps them in step with content/editions/).
  var TITLES = {
    en: "Three drones over the Tigris: the night Iraq's prime minister was targeted at home",
    ar: "ثلاث مسيّرات فوق دجلة: ليلة استهداف رئيس الوزراء العراقي في منزله",
    fr: "Trois drones au-dessus du Tigre : la nuit où le Premier ministre irakien a été visé chez lui"
  };
  var SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

  // The story's origin is this script's: the one copy of the story to trust.
  var script = document.currentScript || document.querySelector('script[src$="/embed.js"]');
  if (!script || !script.src) return;
  var storyOrigin = new URL(script.src, document.baseURI).origin;

  /** Every story iframe on the page, with what it was last told. */
  var frames = [];

  function clamp(value, min, max) {
    return Math.min(max, Math.max(min, value));
  }

  /** The number a well-formed message of this type carries (rounded, 0 to MAX_PIXELS), or null. */
  function readNumber(data, type, key) {
    if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
    if (data.type !== type || data.version !== VERSION) return null;
    if (typeof data[key] !== "number" || !isFinite(data[key])) return null;
    return Math.round(clamp(data[key], 0, MAX_PIXELS));
  }

  /** The edition a placeholder asks for (data-lang), if the story has it; English otherwise. */
  function langOf(placeholder) {
    var lang = placeholder.getAttribute("data-lang");
    return lang && Object.prototype.hasOwnProperty.call(TITLES, lang) ? lang : "en";
  }

  /** The story's URL for a placeholder: its edition, start chapter and theme, if well-formed. */
  function storyUrl(placeholder, lang) {
    var query = "host=loader";
    var chapter = placeholder.getAttribute("data-chapter");
    var theme = placeholder.getAttribute("data-theme");
    if (chapter && SLUG.test(chapter)) query += "&chapter=" + chapter;
    if (theme === "light" || theme === "dark") query += "&theme=" + theme;
    return storyOrigin + (lang === "en" ? "" : "/" + lang) + "/embed?" + query;
  }

  function embed(placeholder) {
    placeholder.setAttribute("data-baghdad-story-loaded", "");
    var iframe = document.createElement("iframe");
    var lang = langOf(placeholder);
    iframe.src = storyUrl(placeholder, lang);
    iframe.title = placeholder.getAttribute("data-title") || TITLES[lang];
    // The story sizes the frame, so the frame never scrolls (and never shows a scrollbar).
    iframe.setAttribute("scrolling", "no");
    // A screen tall until the story says how tall it is: the story reads this first height
    // as the reader's viewport, and the page below barely moves when the real one comes.
    iframe.style.cssText = "display:block;width:100%;border:0;height:" + window.innerHeight + "px";
    // Load at once when the story is on the first screens; further down, let the browser
    // wait until the reader comes near (it starts well before the frame is visible).
    if (placeholder.getBoundingClientRect().top > 2 * window.innerHeight) iframe.setAttribute("loading", "lazy");
    placeholder.appendChild(iframe);
    frames.push({ iframe: iframe, ready: false, sent: "", side: 0 });
  }

  /**
   * Tells a story where the reader's viewport is: its top relative to the iframe's top,
   * and its height. Skips a repeat, and while the frame stays far off screen on one side.
   */
  function tell(frame, force) {
    var target = frame.iframe.contentWindow;
    if (!frame.ready || !target) return;
    var box = frame.iframe.getBoundingClientRect();
    var height = window.innerHeight;
    var side = box.bottom < -height ? -1 : box.top > 2 * height ? 1 : 0;
    var top = Math.round(clamp(-box.top, -MAX_PIXELS, MAX_PIXELS));
    var sent = top + " " + height;
    if (!force && (sent === frame.sent || (side !== 0 && side === frame.side))) return;
    frame.sent = sent;
    frame.side = side;
    target.postMessage({ type: VIEWPORT_MESSAGE, version: VERSION, top: top, height: clamp(height, 0, MAX_PIXELS) }, storyOrigin);
  }

  var scheduled = false;
  function tellAllNextFrame() {
    if (scheduled) return;
    scheduled = true;
    window.requestAnimationFrame(function () {
      scheduled = false;
      for (var i = 0; i < frames.length; i++) tell(frames[i], false);
    });
  }

  // Only our own iframes, from the story's origin, may resize them or scroll the page.
  window.addEventListener("message", function (event) {
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      var source = frame.iframe.contentWindow;
      if (!source || event.source !== source || event.origin !== storyOrigin) continue;
      var height = readNumber(event.data, HEIGHT_MESSAGE, "height");
      if (height !== null) {
        frame.iframe.style.height = height + "px";
        // The first height also means the story is listening: tell it the viewport now.
        frame.ready = true;
        tell(frame, true);
      }
      // A link inside the story to another part of it: bring that part to the top.
      var top = readNumber(event.data, SCROLL_MESSAGE, "top");
      if (top !== null) window.scrollTo(0, frame.iframe.getBoundingClientRect().top + window.pageYOffset + top);
      return;
    }
  });

  window.addEventListener("scroll", tellAllNextFrame, { passive: true });
  window.addEventListener("resize", tellAllNextFrame, { passive: true });

  function embedAll() {
    var placeholders = document.querySelectorAll("[data-baghdad-story]:not([data-baghdad-story-loaded])");
    for (var i = 0; i < placeholders.length; i++) embed(placeholders[i]);
  }

  embedAll();
  // An async script can run before the rest of the page is parsed: look again once it is.
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", embedAll);
})();
