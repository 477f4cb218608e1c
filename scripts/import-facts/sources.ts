/**
 * The fact files cite four seed texts by file name; the feed cites them by the public page
 * with the identical text (see the facts README).
 */

const SEEDS: Record<string, string> = {
  // ASSKomm map page, status November 2021
  '000': 'https://www.asskomm.sachsen.de/asskomm-standorte-4899.html',
  // two-year review, 06.02.2021
  '001': 'https://l-iz.de/melder/wortmelder/2021/02/2-jahre-asskomm-eine-bilanz-372683',
  // ASSKomm news archive 2021
  '002': 'https://asskomm.sachsen.de/archiv-2021-5504.html',
  // one-year review, SMI press release 12.02.2020
  '004': 'https://www.l-iz.de/melder/wortmelder/2020/02/Bilanz-ein-Jahr-Allianz-Sichere-Saechsische-Kommunen-316469',
};

/** The public URL for a `source_url` cell; seed file names are replaced, URLs pass through. */
export function publicSource(cell: string): string {
  const seed = /^seed (\d{3})_[0-9a-f]+\.txt$/.exec(cell.trim());
  if (seed) {
    const url = SEEDS[seed[1]!];
    if (!url) throw new Error(`No public URL known for ${cell}`);
    return url;
  }
  if (!/^https?:\/\//.test(cell.trim())) throw new Error(`Source is neither a URL nor a known seed: ${cell}`);
  return cell.trim();
}

export const SOURCES = {
  launchRelease: 'https://medienservice.sachsen.de/medien/news/223505?page=1',
  oneYear: SEEDS['004']!,
  twoYears: SEEDS['001']!,
  mapPage: SEEDS['000']!,
  archive2021: SEEDS['002']!,
} as const;
