/**
 * How far the reader is through the active chapter (0 to 1), passed from the story to the
 * map without React state: it changes every scroll frame, and only the drone listens.
 */
export interface ProgressStore {
  get(): number;
  set(progress: number): void;
  subscribe(listener: (progress: number) => void): () => void;
}

export function createProgressStore(): ProgressStore {
  let value = 0;
  const listeners = new Set<(progress: number) => void>();
  return {
    get: () => value,
    set(progress) {
      const clamped = Math.min(1, Math.max(0, Number.isFinite(progress) ? progress : 0));
      if (clamped === value) return;
      value = clamped;
      listeners.forEach((listener) => listener(value));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
