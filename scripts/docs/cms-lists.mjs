// The README's allow-lists for CMS editors („In Ihrem CMS“): TYPO3's `htmlSupport` YAML and Drupal's
// „Manually editable HTML tags“ name `data-asskomm` and every attribute of the widgets with `data-`
// before it. An attribute missing there is removed by the editor on saving, so `npm run docs` fails
// when a widget gains an attribute and the lists do not.
import { elementsOf } from './manifest.mjs';

/** The `data-` attributes each list must name: the data form's own and every widget attribute. */
function dataFormAttributes(manifest) {
  const names = elementsOf(manifest).flatMap(({ declaration }) => (declaration.attributes ?? []).map((a) => `data-${a.name}`));
  return new Set(['data-asskomm', ...names]);
}

/** The attribute names of the README's two lists, `undefined` for a list that is not there. */
export function cmsLists(readme) {
  const yaml = /```yaml\n([\s\S]*?htmlSupport:[\s\S]*?)```/.exec(readme)?.[1];
  const drupal = /```text\n(<div data-asskomm[^>]*>)\n```/.exec(readme)?.[1];
  return {
    'TYPO3 (htmlSupport)': yaml && [...yaml.matchAll(/^\s*- (data-[\w-]+)\s*$/gm)].map((match) => match[1]),
    'Drupal (Manually editable HTML tags)': drupal && [...drupal.matchAll(/\s(data-[\w-]+)/g)].map((match) => match[1]),
  };
}

/** Problems a docs check reports: a list missing, or naming other attributes than the widgets have. */
export function cmsListProblems(readme, manifest) {
  const expected = dataFormAttributes(manifest);
  const problems = [];
  for (const [name, listed] of Object.entries(cmsLists(readme))) {
    if (!listed) {
      problems.push(`README.md, „In Ihrem CMS“: die Liste für ${name} fehlt`);
      continue;
    }
    const missing = [...expected].filter((attribute) => !listed.includes(attribute));
    const unknown = listed.filter((attribute) => !expected.has(attribute));
    if (missing.length) problems.push(`README.md, „In Ihrem CMS“, ${name}: es fehlt ${missing.join(', ')}`);
    if (unknown.length) problems.push(`README.md, „In Ihrem CMS“, ${name}: kein Attribut der Widgets: ${unknown.join(', ')}`);
  }
  return problems;
}
