/**
 * The English texts, loaded the first time a widget on the page speaks English and then shared
 * by all widgets. German pages never ask for them: `en.ts` is reached only through `import()`.
 */
import { reportFailure } from '../util/warn.js';
import type { EnglishTables } from './en.js';

export type { EnglishTables };

let request: Promise<EnglishTables> | undefined;

/**
 * The English tables, loaded once per page for every widget that asks. A failed load is not
 * retried (the browser keeps a failed module fetch): every caller gets the same failure, and the
 * widgets are German throughout, texts and number and date formats alike, so no sentence mixes
 * languages. Tests pass `load` to play a failed download; the first call decides.
 */
export function loadEnglish(load: () => Promise<{ en: EnglishTables }> = () => import('./en.js')): Promise<EnglishTables> {
  if (!request) {
    request = load().then((module) => module.en);
    // Said once, here, not by each widget that waits for the texts.
    request.catch((error: unknown) =>
      reportFailure('Die englischen Texte konnten nicht geladen werden; die Widgets bleiben deutsch.', error),
    );
  }
  return request;
}
