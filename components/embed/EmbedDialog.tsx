"use client";

import { useRef, useState, type ComponentType } from "react";
import type { EmbedDialogProps, PanelControl } from "./EmbedPanel";
import { fillIn } from "@/content/ui";

export type { EmbeddableEdition } from "./EmbedPanel";

type Panel = ComponentType<EmbedDialogProps & PanelControl>;

/** The dialog's code, fetched when a reader first asks for it (or points at the button): most readers never do. */
const loadPanel = () => import("./EmbedPanel").then((module) => module.EmbedPanel as Panel);

/**
 * The story page's Embed button. Its dialog (EmbedPanel) is not part of the page's first
 * load: it comes with the first click, and opens as soon as it is there; closing it returns
 * focus to the button.
 */
export function EmbedDialog(props: EmbedDialogProps) {
  const button = useRef<HTMLButtonElement>(null);
  const [EmbedPanel, setPanel] = useState<Panel | null>(null);
  const [openRequest, setOpenRequest] = useState(0);
  const load = () => {
    if (!EmbedPanel) void loadPanel().then((panel) => setPanel(() => panel));
  };
  return (
    <>
      <button
        type="button"
        ref={button}
        className="embed-button"
        aria-haspopup="dialog"
        onPointerEnter={load}
        onFocus={load}
        onClick={() => {
          load();
          setOpenRequest((n) => n + 1);
        }}
      >
        {props.ui.embedButton}
      </button>
      {EmbedPanel && openRequest > 0 && (
        <EmbedPanel
          {...props}
          openRequest={openRequest}
          onClosed={() => button.current?.focus()}
          // Filled in here, with the page's code (the map uses fillIn too), so the dialog's own chunk shares nothing with the map's.
          copyWords={{
            loader: fillIn(props.ui.copy, { what: props.ui.loaderCode.toLowerCase() }),
            iframe: fillIn(props.ui.copy, { what: props.ui.iframeCode.toLowerCase() }),
          }}
        />
      )}
    </>
  );
}
