"use client";

import { htmlPreference } from "./htmlPreference";

/**
 * The colour theme follows the reader's system setting (prefers-color-scheme) unless they
 * choose otherwise with the chapter bar's toggle; app/globals.css reads <html data-theme>. The
 * embed's ?theme= sets the same attribute before the first paint (components/embed/boot.ts).
 */
const theme = htmlPreference({ attribute: "theme", query: "(prefers-color-scheme: dark)", on: "dark", off: "light" });

export const setDarkTheme = theme.set;
export const useDarkTheme = theme.use;
