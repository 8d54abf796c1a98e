"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { ClientUiText } from "@/content/ui";

const UiContext = createContext<ClientUiText | null>(null);

/** Gives the client components under it the edition's words for the page's furniture. */
export function UiTextProvider({ ui, children }: { ui: ClientUiText; children: ReactNode }) {
  return <UiContext.Provider value={ui}>{children}</UiContext.Provider>;
}

/** The edition's words for buttons, hints and names of controls: components hold none of their own. */
export function useUiText(): ClientUiText {
  const ui = useContext(UiContext);
  if (!ui) throw new Error("useUiText: no UiTextProvider above this component");
  return ui;
}
