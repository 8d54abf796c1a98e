"use client";

import { useEffect, useId, useRef, useState } from "react";
import type { EmbedTheme } from "./options";
import { iframeSnippet, loaderSnippet } from "./snippets";
import type { DialogUiText as DialogText } from "@/content/ui";
import { oembedPath } from "@/content/routes";

/** An edition a newsroom may embed: its language, its name in that language, its title. */
export interface EmbeddableEdition {
  lang: string;
  name: string;
  title: string;
}

/** What the button gives the dialog it loads: when to open, what to do on closing, its copy buttons' words. */
export interface PanelControl {
  openRequest: number;
  onClosed: () => void;
  copyWords: { loader: string; iframe: string };
}

export interface EmbedDialogProps {
  /** The page's edition: the dialog offers it first. */
  lang: string;
  /** The page's locale, for the chapters' numbers. */
  locale: string;
  editions: readonly EmbeddableEdition[];
  chapters: { id: string; title: string }[];
  /** The edition's words for the button and the dialog (only these: pickUiText(ui, DIALOG_UI_KEYS)). */
  ui: DialogText;
}

function CopyableSnippet({ label, copy: copyWords, code, ui }: { label: string; copy: string; code: string; ui: Pick<DialogText, "copied" | "copyByHand"> }) {
  const id = useId();
  const text = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState("");

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setStatus(ui.copied);
    } catch {
      // No clipboard (an insecure page, a refused permission): select it for the reader to copy.
      text.current?.focus();
      text.current?.select();
      setStatus(ui.copyByHand);
    }
  };

  return (
    <div className="embed-dialog__snippet">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea id={id} ref={text} readOnly rows={5} dir="ltr" value={code} onFocus={(e) => e.currentTarget.select()} />
      <div className="embed-dialog__copy">
        <button type="button" onClick={copy} aria-describedby={`${id}-status`}>
          {copyWords}
        </button>
        <span id={`${id}-status`} className="embed-dialog__status" role="status">
          {status}
        </span>
      </div>
    </div>
  );
}

/**
 * The Embed dialog: the code a newsroom pastes, for the loader (recommended) and for a plain
 * iframe, with a language, a start chapter and a theme. The snippets name the origin the
 * reader is on, so they work on any host. Loaded when the reader first asks for it
 * (EmbedDialog); it opens each time `openRequest` grows, and says when it closes.
 */
export function EmbedPanel({
  lang,
  locale,
  editions,
  chapters,
  ui,
  openRequest,
  onClosed,
  copyWords,
}: EmbedDialogProps & PanelControl) {
  const dialog = useRef<HTMLDialogElement>(null);
  // Rendered only in the browser (loaded on the reader's click): the snippets name the origin they are on.
  const origin = window.location.origin;
  const [embedLang, setEmbedLang] = useState(lang);
  const [chapter, setChapter] = useState("");
  const [theme, setTheme] = useState<EmbedTheme>("light");
  const headingId = useId();

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, [openRequest]);
  const choice = { lang: embedLang, chapter: chapter || null, theme };
  const title = (editions.find((edition) => edition.lang === embedLang) ?? editions[0])?.title ?? "";
  const number = new Intl.NumberFormat(locale);

  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={headingId} onClose={onClosed}>
      <div className="embed-dialog__head">
        <h2 id={headingId}>{ui.embedTitle}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          {ui.close}
        </button>
      </div>
      <div className="embed-dialog__options">
        <label>
          {ui.embedLanguage}
          <select value={embedLang} onChange={(e) => setEmbedLang(e.target.value)}>
            {editions.map((edition) => (
              <option key={edition.lang} value={edition.lang} lang={edition.lang}>
                {edition.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {ui.startAt}
          <select value={chapter} onChange={(e) => setChapter(e.target.value)}>
            <option value="">{ui.theBeginning}</option>
            {chapters.map((c, i) => (
              <option key={c.id} value={c.id}>
                {number.format(i + 1)}. {c.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {ui.theme}
          <select value={theme} onChange={(e) => setTheme(e.target.value === "dark" ? "dark" : "light")}>
            <option value="light">{ui.themeLight}</option>
            <option value="dark">{ui.themeDark}</option>
          </select>
        </label>
      </div>
      <h3>{ui.loaderHeading}</h3>
      <p>{ui.loaderHelp}</p>
      <CopyableSnippet label={ui.loaderCode} copy={copyWords.loader} code={loaderSnippet(origin, choice)} ui={ui} />
      <h3>{ui.iframeHeading}</h3>
      <p>{ui.iframeHelp}</p>
      <CopyableSnippet label={ui.iframeCode} copy={copyWords.iframe} code={iframeSnippet(origin, title, choice)} ui={ui} />
      <p>
        oEmbed: <code dir="ltr">{`${origin}${oembedPath(embedLang)}`}</code>
      </p>
    </dialog>
  );
}
