/**
 * A widget's English texts, an asynchronous input like its feed: asked for while the widget
 * speaks English, nothing while it speaks German. The page loads them once for every widget
 * (`loadEnglish()`); this is one element's view of that load.
 */
import type { ReactiveControllerHost } from 'lit';
import { loadEnglish, type EnglishTables } from '../i18n/english.js';
import type { Lang } from '../i18n/strings.js';
import { ResourceController } from './resource-controller.js';

export class EnglishController extends ResourceController<EnglishTables> {
  /** `getLanguage` is the language the widget is asked to speak (not the one it falls back to). */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly getLanguage: () => Lang,
  ) {
    // German needs nothing: the controller stays idle and costs the widget no update.
    super(
      host,
      () => (getLanguage() === 'en' ? 'en' : undefined),
      () => loadEnglish(),
    );
  }

  private get wanted(): boolean {
    return this.getLanguage() === 'en';
  }

  /** The English tables once they are there for a widget that speaks English. */
  get tables(): EnglishTables | undefined {
    return this.wanted ? (this.value ?? undefined) : undefined;
  }

  /**
   * Whether a widget that speaks English still waits for its texts. True from the moment English
   * is asked for, before the task has even started: a widget that switches `lang` to English must
   * not render German texts with English formats meanwhile.
   */
  override get pending(): boolean {
    return this.wanted && !this.tables && !super.failed;
  }

  /** Whether the English texts could not be loaded for a widget that speaks English. */
  override get failed(): boolean {
    return this.wanted && super.failed;
  }
}
