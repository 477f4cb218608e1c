/**
 * What the validator's parts share: JSON paths for messages, and the list of findings that a
 * record is checked against its schema into.
 */
import * as v from 'valibot';
import type { FeedIssue, IssueSeverity } from './types.js';
import { germanMessage } from './messages.js';

export type Path = string;

export function child(path: Path, key: string | number): Path {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects findings while the feed is walked. */
export class Findings {
  readonly issues: FeedIssue[] = [];

  add(severity: IssueSeverity, path: Path, message: string): void {
    this.issues.push({ severity, path, message });
  }

  /**
   * Runs one record through its schema. On failure every problem is reported at its own path
   * with `severity` and `undefined` is returned; on success unknown fields get warnings.
   */
  check<S extends v.GenericSchema>(schema: S, value: unknown, path: Path, severity: IssueSeverity): v.InferOutput<S> | undefined {
    const result = v.safeParse(schema, value, { abortEarly: false, abortPipeEarly: true, lang: 'de' });
    if (!result.success) {
      for (const issue of result.issues) {
        const issuePath = (issue.path ?? []).reduce<Path>((p, item) => child(p, item.key as string | number), path);
        this.add(severity, issuePath, germanMessage(issue));
      }
      return undefined;
    }
    this.warnUnknownFields(schema, value, path);
    return result.output;
  }

  /** Unknown fields are dropped but named, so a typo does not silently lose data. */
  private warnUnknownFields(schema: v.GenericSchema, value: unknown, path: Path): void {
    const s = schema as unknown as {
      type: string;
      wrapped?: v.GenericSchema;
      entries?: Record<string, v.GenericSchema>;
      item?: v.GenericSchema;
    };
    if (s.type === 'optional' && s.wrapped) return this.warnUnknownFields(s.wrapped, value, path);
    if (s.type === 'array' && s.item && Array.isArray(value)) {
      value.forEach((item, i) => this.warnUnknownFields(s.item!, item, child(path, i)));
      return;
    }
    if (s.type === 'object' && s.entries && isPlainObject(value)) {
      for (const [key, fieldValue] of Object.entries(value)) {
        // Own entries only: `toString` or `__proto__` in the feed are unknown fields, not Object's.
        const fieldSchema = Object.hasOwn(s.entries, key) ? s.entries[key] : undefined;
        if (!fieldSchema) this.add('warning', child(path, key), 'unbekanntes Feld, wird ignoriert');
        else if (typeof fieldValue === 'object' && fieldValue !== null) this.warnUnknownFields(fieldSchema, fieldValue, child(path, key));
      }
    }
  }
}

export function byDate<T extends { date: string }>(a: T, b: T): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
