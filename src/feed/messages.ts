/**
 * German wording for the validator's findings. Valibot reports what failed (`issue.type`);
 * this turns it into a sentence a feed maintainer understands. Custom checks in the schema
 * carry their own German message and pass through unchanged.
 */
import type * as v from 'valibot';

const TYPE_NAMES: Record<string, string> = {
  string: 'Text',
  number: 'eine Zahl',
  boolean: 'true oder false',
  object: 'ein Objekt',
  array: 'eine Liste',
};

function describeReceived(issue: v.BaseIssue<unknown>): string {
  const input = issue.input;
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'eine Liste';
  if (typeof input === 'object') return 'ein Objekt';
  if (typeof input === 'string') return `„${input.length > 40 ? `${input.slice(0, 40)}…` : input}“`;
  if (typeof input === 'number' || typeof input === 'boolean' || typeof input === 'bigint') return String(input);
  return typeof input; // undefined (JSON holds no functions or symbols)
}

/** A German sentence for one valibot issue. */
export function germanMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'validation' && !/^(Invalid|Expected)\b/.test(issue.message)) return issue.message;
  if (issue.kind === 'schema' && issue.input === undefined) return 'fehlt';
  const expected = TYPE_NAMES[issue.type];
  if (expected) return `muss ${expected} sein, ist aber ${describeReceived(issue)}`;
  if (issue.type === 'picklist') {
    const options = (issue.expected ?? '').replace(/[()"]/g, '').split(' | ').join(', ');
    return `muss einer dieser Werte sein: ${options}; ist aber ${describeReceived(issue)}`;
  }
  if (issue.type === 'max_length') return `ist zu lang (höchstens ${String(issue.requirement)} Zeichen)`;
  return `ist ungültig (${issue.type})`;
}
