/**
 * The English texts, loaded the first time a widget on the page speaks English and then shared
 * by all widgets. German pages never ask for them: `en.ts` is reached only through `import()`.
 */
import { reportFailure } from '../util/warn.js';
import type { EnglishTables } from './en.js';

export type { EnglishTables };

let tables: EnglishTables | undefined;
let settled = false;
let request: Promise<void> | undefined;

/** The English tables once they are there; `undefined` before, and for good if the load failed. */
export function englishTables(): EnglishTables | undefined {
  return tables;
}

/** Whether the English texts could not be loaded: English widgets are then wholly German. */
export function englishFailed(): boolean {
  return settled && tables === undefined;
}

/** Whether a widget that speaks English still waits for its texts. */
export function englishPending(): boolean {
  return !settled;
}

/**
 * Loads the English tables (once per page); resolves when the load has settled either way. A
 * failed load is not retried (the browser keeps a failed module fetch): the widgets are then
 * German throughout, texts and number and date formats alike, so no sentence mixes languages.
 * Tests pass `load` to play a failed download; the first call decides.
 */
export function loadEnglish(load: () => Promise<{ en: EnglishTables }> = () => import('./en.js')): Promise<void> {
  request ??= load().then(
    (module) => {
      tables = module.en;
      settled = true;
    },
    (error: unknown) => {
      settled = true;
      reportFailure('Die englischen Texte konnten nicht geladen werden; die Widgets bleiben deutsch.', error);
    },
  );
  return request;
}
