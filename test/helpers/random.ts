/** Seeded randomness for generated test cases: the same seed gives the same cases. */
import { mulberry32 } from '../e2e/lib/hostile/random.mjs';

export { mulberry32 };

export type Random = () => number;

export const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
