/**
 * The frame of the feed (schema version, meta, known top-level fields) and the parts a widget
 * asks for, validated into one model. Pure: JSON in, model and German findings out.
 */
import { SCHEMA_VERSION } from './schema.js';
import type { FeedIssue, FeedModel } from './types.js';
import { child, Findings, isPlainObject } from './findings.js';
import { completeMeta, readMeta } from './read-meta.js';

export interface ValidationResult {
  /** Absent when the feed is unusable (a `fatal` issue says why). */
  model?: FeedModel;
  issues: FeedIssue[];
}

/**
 * A part of the feed that a widget may read. Each part lives in a module of its own, so a page
 * downloads and runs only the checks of the parts its widgets show (the counter never walks the
 * municipalities). Parts not asked for stay empty in the model.
 */
export type FeedPart = (input: Record<string, unknown>, findings: Findings) => Partial<PartFields>;

/** The fields of the model that the parts fill. */
type PartFields = Pick<FeedModel, 'indicators' | 'events' | 'places' | 'bodies'>;

const TOP_LEVEL_FIELDS = ['schemaVersion', 'meta', 'indicators', 'events', 'municipalities', 'bodies'];

/** Validates the frame (version, meta) and the given `parts` of a parsed JSON value. */
export function validateFeedParts(input: unknown, parts: readonly FeedPart[]): ValidationResult {
  const findings = new Findings();
  if (!isPlainObject(input)) {
    findings.add('fatal', '$', 'Der Feed muss ein JSON-Objekt sein');
    return { issues: findings.issues };
  }
  const { schemaVersion } = input;
  if (schemaVersion !== SCHEMA_VERSION) {
    findings.add(
      'fatal',
      '$.schemaVersion',
      schemaVersion === undefined
        ? `fehlt (erwartet: ${SCHEMA_VERSION})`
        : `Schema-Version ${JSON.stringify(schemaVersion)} wird nicht unterstützt (erwartet: ${SCHEMA_VERSION})`,
    );
    return { issues: findings.issues };
  }
  for (const key of Object.keys(input)) {
    if (!TOP_LEVEL_FIELDS.includes(key)) findings.add('warning', child('$', key), 'unbekanntes Feld, wird ignoriert');
  }

  const meta = readMeta(input.meta, findings);
  if (input.indicators === undefined && input.municipalities === undefined) {
    findings.add('fatal', '$', 'Der Feed enthält weder „indicators“ noch „municipalities“');
  }
  if (!meta || isFatal(findings)) return { issues: findings.issues };

  const empty: PartFields = { indicators: new Map(), events: [], places: new Map(), bodies: new Map() };
  const read = parts.reduce<PartFields>((fields, part) => ({ ...fields, ...part(input, findings) }), empty);
  if (isFatal(findings)) return { issues: findings.issues };
  const model: FeedModel = { schemaVersion: SCHEMA_VERSION, ...read, meta: completeMeta(meta, read, findings), issues: findings.issues };
  return { model, issues: findings.issues };
}

function isFatal(findings: Findings): boolean {
  return findings.issues.some((issue) => issue.severity === 'fatal');
}
