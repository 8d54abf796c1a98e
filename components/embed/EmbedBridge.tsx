"use client";

import { useEffect, useState, type ReactNode } from "react";
import { NARROW_QUERY } from "@/components/story/activeChapter";
import { HostViewportContext, createHostViewportStore } from "./hostViewport";
import { nextLayoutHeight } from "./layoutHeight";
import {
  heightMessage,
  parsePymMessage,
  parsePymViewport,
  parseViewportMessage,
  pymMessage,
  scrollMessage,
  type HostViewport,
} from "./messages";
import { readEmbedOptions } from "./options";

/** The story's own height: the body's, which, unlike the document's scroll height, can shrink. */
function storyHeight(): number {
  return Math.ceil(document.body.getBoundingClientRect().height);
}

/**
 * The embed's side of the conversation with the page around it. It tells the host the
 * story's height (in our message format, and in pym.js's when a pym.js page embeds us),
 * and, when the host sizes the iframe to the story, takes the reader's viewport from the
 * host's messages (from the parent window only) for the story to read, and asks the host
 * to scroll for links within the story. In a plain iframe, `?chapter=` scrolls to that
 * chapter as the story page's #hash does.
 */
export function EmbedBridge({ chapterIds, children }: { chapterIds: readonly string[]; children: ReactNode }) {
  const [host] = useState(createHostViewportStore);

  useEffect(() => {
    const options = readEmbedOptions(window.location.search, chapterIds);
    const root = document.documentElement;
    const embedded = window.parent !== window;
    const narrow = window.matchMedia(NARROW_QUERY);
    let layoutHeight: number | null = parseFloat(getComputedStyle(root).getPropertyValue("--embed-vh")) * 100 || null;
    let lastHeight = -1;

    const sendHeight = (force = false) => {
      const height = storyHeight();
      if (!embedded || (height === lastHeight && !force)) return;
      lastHeight = height;
      window.parent.postMessage(heightMessage(height), "*");
      if (options.pymId) window.parent.postMessage(pymMessage(options.pymId, "height", String(height)), "*");
    };

    const applyViewport = (viewport: HostViewport) => {
      const next = nextLayoutHeight(layoutHeight, viewport.height, narrow.matches);
      if (next !== layoutHeight) {
        layoutHeight = next;
        root.style.setProperty("--embed-vh", `${next / 100}px`);
      }
      host.set(viewport);
    };

    const receive = (event: MessageEvent) => {
      if (!embedded || event.source !== window.parent) return;
      const viewport = parseViewportMessage(event.data);
      if (viewport) {
        if (options.fullHeight) applyViewport(viewport);
        return;
      }
      if (!options.pymId) return;
      const pym = parsePymMessage(options.pymId, event.data);
      if (pym?.type === "width") sendHeight(true);
      if (pym?.type === "viewport-iframe-position" && options.fullHeight) {
        const fromPym = parsePymViewport(pym.payload);
        if (fromPym) applyViewport(fromPym);
      }
    };

    if (options.fullHeight && layoutHeight) host.set({ top: 0, height: layoutHeight });
    window.addEventListener("message", receive);
    const resized = new ResizeObserver(() => sendHeight());
    resized.observe(document.body);
    // Our first height also says we are listening: embed.js answers with the viewport.
    sendHeight(true);
    if (options.pymId) window.parent.postMessage(pymMessage(options.pymId, "parentPositionInfo", ""), "*");

    if (!options.fullHeight && options.chapter && !window.location.hash) {
      const chapter = document.getElementById(options.chapter);
      if (chapter) window.scrollTo({ top: chapter.getBoundingClientRect().top + window.scrollY, behavior: "instant" });
    }

    // Inside a frame, links out of the story open a new tab instead of replacing the story;
    // in a frame as tall as the story, links within it ask the host to scroll there.
    const followLink = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!embedded || !(link instanceof HTMLAnchorElement)) return;
      if (link.origin !== window.location.origin) {
        link.target = "_blank";
        link.rel = "noopener";
        return;
      }
      const target = link.hash && link.pathname === window.location.pathname && document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (!options.fullHeight || !target) return;
      event.preventDefault();
      const top = target.getBoundingClientRect().top;
      window.parent.postMessage(scrollMessage(top), "*");
      if (options.pymId) window.parent.postMessage(pymMessage(options.pymId, "scrollToChildPos", String(Math.round(top))), "*");
    };
    document.addEventListener("click", followLink, true);

    return function stopTalkingToHost() {
      window.removeEventListener("message", receive);
      document.removeEventListener("click", followLink, true);
      resized.disconnect();
    };
  }, [chapterIds, host]);

  return <HostViewportContext.Provider value={host}>{children}</HostViewportContext.Provider>;
}
