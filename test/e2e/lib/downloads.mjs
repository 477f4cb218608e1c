// The checks of a downloaded CSV or JSON file that the e2e run (Chromium, test/e2e/downloads.test.mjs)
// and the engines run (Firefox, WebKit, test/engines/engines.test.mjs) share: the file read back as
// a German spreadsheet reads a CSV, and compared with the table the widget shows.
import assert from 'node:assert/strict';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * A CSV file as Excel in German reads it: a UTF-8 BOM, `;` between fields, CRLF after every line,
 * `"` around a field that holds one of these. Fails on anything else.
 */
export function parseCsv(bytes, where) {
  assert.ok(bytes.subarray(0, 3).equals(BOM), `${where}: beginnt mit dem UTF-8-BOM`);
  const text = bytes.subarray(3).toString('utf8');
  assert.ok(text.endsWith('\r\n'), `${where}: letzte Zeile endet mit CRLF`);
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') field += text[++i];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ';') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      assert.notEqual(char, '\n', `${where}: Zeilenende ohne CR in Zeile ${rows.length + 1}`);
      field += char;
    }
  }
  const [header, ...body] = rows;
  for (const [index, fields] of body.entries()) {
    assert.equal(fields.length, header.length, `${where}: Zeile ${index + 2} hat ${fields.length} statt ${header.length} Felder`);
  }
  return { header, rows: body };
}

/** The JSON file holds the CSV's rows as objects keyed by its header; an empty field is null. */
export function assertJsonMatchesCsv(bytes, csv, where) {
  assert.notEqual(bytes[0], 0xef, `${where}: kein BOM vor dem JSON`);
  const objects = JSON.parse(bytes.toString('utf8'));
  assert.equal(objects.length, csv.rows.length, `${where}: so viele Einträge wie Zeilen im CSV`);
  objects.forEach((object, index) => {
    assert.deepEqual(Object.keys(object), csv.header, `${where}, Eintrag ${index + 1}: Schlüssel = Spalten des CSV`);
    const fields = Object.values(object).map((value) => (value === null ? '' : String(value)));
    assert.deepEqual(fields, csv.rows[index], `${where}, Eintrag ${index + 1}: Werte wie im CSV`);
  });
}

/** A feed date ("2021-11" or "2021-11-30") as the chart's table writes it in `locale`. */
const shownDate = (date, locale) => {
  const [year, month, day] = date.split('-').map(Number);
  const options = day ? { day: 'numeric', month: 'long', year: 'numeric' } : { month: 'long', year: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day || 1));
};

/**
 * The chart's file holds the shown table: the same columns and dates in the same order, each
 * figure as the table writes it (a plain number without the thousands separator). `locale` is the
 * widget's: de-DE, or en-GB for `lang="en"`.
 */
export function assertChartFileMatchesTable(csv, table, where, locale = 'de-DE') {
  const group = new Intl.NumberFormat(locale).formatToParts(1000).find((part) => part.type === 'group').value;
  const thousands = new RegExp(`(\\d)\\${group}(?=\\d{3}\\b)`, 'g');
  assert.deepEqual(csv.header, table.header, `${where}: Spalten wie in der Tabelle`);
  assert.equal(csv.rows.length, table.rows.length, `${where}: so viele Zeilen wie die Tabelle`);
  csv.rows.forEach(([date, ...figures], index) => {
    const [shownDateText, ...shownFigures] = table.rows[index];
    assert.equal(shownDate(date, locale), shownDateText, `${where}, Zeile ${index + 1}: Datum`);
    const asFile = shownFigures.map((figure) => (figure === null ? '' : figure.replace(thousands, '$1')));
    assert.deepEqual(figures, asFile, `${where}, Zeile ${index + 1} (${date}): Werte`);
  });
}

/**
 * The map's file holds the shown table's places (Name, Kreis) and, per place, a date in exactly the
 * layers that the table names for it.
 */
export function assertMapFileMatchesTable(csv, table, where) {
  assert.deepEqual(csv.header.slice(0, 3), ['Name', 'Kreis', 'AGS'], `${where}: erste Spalten`);
  assert.deepEqual(table.header.slice(0, 2), ['Name', 'Kreis'], `${where}: erste Spalten der Tabelle`);
  const layers = csv.header.slice(3);
  const key = (row) => `${row[0]} | ${row[1]}`;
  const shown = new Map(table.rows.map((row) => [key(row), row[2]]));
  assert.equal(csv.rows.length, table.rows.length, `${where}: so viele Zeilen wie die Tabelle`);
  assert.deepEqual(csv.rows.map(key).sort(), [...shown.keys()].sort(), `${where}: dieselben Orte wie die Tabelle`);
  for (const row of csv.rows) {
    assert.match(row[2], /^\d{5}(\d{3})?$/, `${where}, ${row[0]}: Gemeinde- oder Kreisschlüssel`);
    const dated = layers.filter((_, index) => row[3 + index] !== '');
    const named = layers.filter((layer) =>
      shown
        .get(key(row))
        .split('; ')
        .some((part) => part.startsWith(layer)),
    );
    assert.deepEqual(dated, named, `${where}, ${row[0]}: Bausteine mit Datum wie in der Tabelle`);
  }
}
