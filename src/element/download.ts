/**
 * What a widget shows, as a CSV or JSON file to download (Chartability: data download). The file
 * is a Blob URL made on click and revoked a minute later: the strict CSP allows no `data:` URLs.
 */
import { html, type TemplateResult } from 'lit';

/** One value of a downloaded table: text, a plain number, or nothing (an empty field, `null` in JSON). */
export type Cell = string | number | undefined;

/** A table to download: the file's name without extension, the column names and the rows. */
export interface DownloadTable {
  name: string;
  header: readonly string[];
  rows: ReadonlyArray<readonly Cell[]>;
}

/** The labels of the two download buttons. */
export interface DownloadLabels {
  downloadCsv: string;
  downloadJson: string;
}

const NEEDS_QUOTES = /[;"\r\n]/;

function csvField(value: Cell): string {
  const text = value === undefined ? '' : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV as German spreadsheets open it: a BOM (so Excel reads UTF-8), `;` between fields, CRLF
 * after each line, a field quoted only when it holds `;`, `"` or a line break.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(';') + '\r\n').join('')}`;
}

/** The rows as JSON objects keyed by the column names; an empty field is `null`. */
export function toJson(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  const objects = rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? null])));
  return `${JSON.stringify(objects, null, 2)}\n`;
}

/**
 * How long a download's Blob URL lives, in ms. Not revoked right after the click: some engines
 * start reading the URL only later (a save dialog, a slow disk), and a revoked URL cancels the
 * download there. A minute keeps the file's memory only for a while.
 */
export const REVOKE_AFTER_MS = 60_000;

/** Saves `text` as the file `name`, through a Blob URL that is revoked `REVOKE_AFTER_MS` later. */
export function downloadFile(name: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** „CSV herunterladen“ and „JSON herunterladen“; the table is read on click, so it is what is shown then. */
export function renderDownloads(table: () => DownloadTable, labels: DownloadLabels): TemplateResult {
  const save = (kind: 'csv' | 'json'): void => {
    const { name, header, rows } = table();
    if (kind === 'csv') downloadFile(`${name}.csv`, 'text/csv;charset=utf-8', toCsv(header, rows));
    else downloadFile(`${name}.json`, 'application/json', toJson(header, rows));
  };
  return html`<div class="downloads">
    <button type="button" class="download" @click=${() => save('csv')}>${labels.downloadCsv}</button>
    <button type="button" class="download" @click=${() => save('json')}>${labels.downloadJson}</button>
  </div>`;
}
