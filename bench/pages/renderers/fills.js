// The choropleth every peer draws: one colour per Gemeinde from the feed, in our palette
// (model over contacted; any other status a light blue; none the land grey).
export const COLOURS = { model: '#0a2558', contacted: '#3a7dc9', other: '#a9c4e6', none: '#e9edf0' };

export function statusOf(entry) {
  if (!entry) return 'none';
  if (entry.model) return 'model';
  if (entry.contacted) return 'contacted';
  return Object.keys(entry).some((key) => key !== 'name' && key !== 'note') ? 'other' : 'none';
}

/** ags → status name, from the feed's `municipalities` (joined by key, as a user would). */
export function statuses(feed) {
  const result = new Map();
  for (const [ags, entry] of Object.entries(feed.municipalities ?? {})) result.set(ags, statusOf(entry));
  return result;
}
