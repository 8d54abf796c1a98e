"use client";

import { useId, useRef, useState } from "react";
import type { EmbedTheme } from "./options";
import { iframeSnippet, loaderSnippet } from "./snippets";

interface Props {
  title: string;
  chapters: { id: string; title: string }[];
}

function CopyableSnippet({ label, code }: { label: string; code: string }) {
  const id = useId();
  const text = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState("");

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus("Copied");
    } catch {
      // No clipboard (an insecure page, a refused permission): select it for the reader to copy.
      text.current?.focus();
      text.current?.select();
      setStatus("Selected: press Ctrl+C (⌘C on a Mac) to copy");
    }
  };

  return (
    <div className="embed-dialog__snippet">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea id={id} ref={text} readOnly rows={5} value={code} onFocus={(e) => e.currentTarget.select()} />
      <div className="embed-dialog__copy">
        <button type="button" onClick={copy} aria-describedby={`${id}-status`}>
          Copy {label.toLowerCase()}
        </button>
        <span id={`${id}-status`} className="embed-dialog__status" role="status">
          {status}
        </span>
      </div>
    </div>
  );
}

/**
 * The story page's Embed button and dialog: the code a newsroom pastes, for the loader
 * (recommended) and for a plain iframe, with a start chapter and a theme. The snippets
 * name the origin the reader is on, so they work on any host.
 */
export function EmbedDialog({ title, chapters }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [origin, setOrigin] = useState("");
  const [chapter, setChapter] = useState("");
  const [theme, setTheme] = useState<EmbedTheme>("light");
  const headingId = useId();

  const open = () => {
    setOrigin(window.location.origin);
    dialog.current?.showModal();
  };
  const choice = { chapter: chapter || null, theme };

  return (
    <>
      <button type="button" ref={button} className="embed-button" aria-haspopup="dialog" onClick={open}>
        Embed
      </button>
      <dialog
        ref={dialog}
        className="embed-dialog"
        aria-labelledby={headingId}
        onClose={() => button.current?.focus()}
      >
        <div className="embed-dialog__head">
          <h2 id={headingId}>Embed this story</h2>
          <button type="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        <div className="embed-dialog__options">
          <label>
            Start at
            <select value={chapter} onChange={(e) => setChapter(e.target.value)}>
              <option value="">The beginning</option>
              {chapters.map((c, i) => (
                <option key={c.id} value={c.id}>
                  {i + 1}. {c.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            Theme
            <select value={theme} onChange={(e) => setTheme(e.target.value === "dark" ? "dark" : "light")}>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
        </div>
        {origin && (
          <>
            <h3>Loader (recommended)</h3>
            <p>Sizes the frame to the whole story; the map follows as readers scroll your page.</p>
            <CopyableSnippet label="Loader code" code={loaderSnippet(origin, choice)} />
            <h3>Plain iframe</h3>
            <p>A fixed-height frame; the story scrolls inside it. For pages that allow no scripts.</p>
            <CopyableSnippet label="Iframe code" code={iframeSnippet(origin, title, choice)} />
            <p>
              oEmbed: <code>{origin}/oembed.json</code>
            </p>
          </>
        )}
      </dialog>
    </>
  );
}
