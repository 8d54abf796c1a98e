"use client";

import { useRef, useState } from "react";
import dynamic from "next/dynamic";
import type { EmbedDialogProps } from "./EmbedPanel";

export type { EmbeddableEdition } from "./EmbedPanel";

/** The dialog's code, fetched when a reader first asks for it (or points at the button): most readers never do. */
const loadPanel = () => import("./EmbedPanel").then((module) => module.EmbedPanel);
const EmbedPanel = dynamic(loadPanel, { ssr: false });

/**
 * The story page's Embed button. Its dialog (EmbedPanel) is not part of the page's first
 * load: it comes with the first click, and opens as soon as it is there; closing it returns
 * focus to the button.
 */
export function EmbedDialog(props: EmbedDialogProps) {
  const button = useRef<HTMLButtonElement>(null);
  const [openRequest, setOpenRequest] = useState(0);
  return (
    <>
      <button
        type="button"
        ref={button}
        className="embed-button"
        aria-haspopup="dialog"
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
        onClick={() => setOpenRequest((n) => n + 1)}
      >
        {props.ui.embedButton}
      </button>
      {openRequest > 0 && <EmbedPanel {...props} openRequest={openRequest} onClosed={() => button.current?.focus()} />}
    </>
  );
}
