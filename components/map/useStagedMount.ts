"use client";

import { useEffect, useState } from "react";

/**
 * Counts from 0 up to `last`, one step per task (a timeout after each commit), so that a
 * component can mount its parts over several short tasks instead of one long one: creating
 * the Leaflet map and all its layers in one commit blocks a slow phone's main thread for
 * well over 50 ms, and the page would not answer a tap meanwhile.
 */
export function useStagedMount(last: number): number {
  const [stage, setStage] = useState(0);
  useEffect(() => {
    if (stage >= last) return;
    const timer = setTimeout(() => setStage(stage + 1), 0);
    return function cancelNextStage() {
      clearTimeout(timer);
    };
  }, [stage, last]);
  return stage;
}
