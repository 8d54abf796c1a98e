import { describe, expect, it, vi } from "vitest";
import { createProgressStore } from "./progressStore";

describe("createProgressStore", () => {
  it("clamps, notifies on change only, and unsubscribes", () => {
    const store = createProgressStore();
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set(0.4);
    store.set(0.4);
    store.set(7);
    store.set(Number.NaN);
    expect(listener.mock.calls.map((c) => c[0])).toEqual([0.4, 1, 0]);
    unsubscribe();
    store.set(0.5);
    expect(listener).toHaveBeenCalledTimes(3);
    expect(store.get()).toBe(0.5);
  });
});
