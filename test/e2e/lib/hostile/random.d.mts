// Types of random.mjs, so the browser tests in TypeScript share its generator.
export function mulberry32(seed: number): () => number;
export function randomTools(seed: number): {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(list: readonly T[]) => T;
  chance: (p: number) => boolean;
  shuffle: <T>(list: T[]) => T[];
};
