"use client";

import { htmlPreference } from "@/components/ui/htmlPreference";

/**
 * Motion follows the reader's system setting (prefers-reduced-motion) unless they choose
 * otherwise with the chapter bar's toggle (<html data-motion>). Leaflet's flyTo ignores the
 * setting, so every move asks here.
 */
const motion = htmlPreference({ attribute: "motion", query: "(prefers-reduced-motion: reduce)", on: "reduce", off: "full" });

export const prefersReducedMotion = motion.get;
export const setReducedMotion = motion.set;
export const useReducedMotion = motion.use;
