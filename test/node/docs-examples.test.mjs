// The docs check that every attribute has a README example (scripts/docs/tables.mjs), on a small
// manifest and README: a boolean attribute counts bare (`timeline`), other attributes need a value.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributesWithoutExample } from '../../scripts/docs/tables.mjs';

const manifest = {
  modules: [
    {
      path: 'src/widgets/status-map/status-map.ts',
      declarations: [
        {
          customElement: true,
          tagName: 'asskomm-status-map',
          attributes: [
            { name: 'timeline', type: { text: 'boolean' } },
            { name: 'heading', type: { text: 'string' } },
          ],
        },
      ],
    },
  ],
};

const readmeWith = (...examples) => ['# Widgets', '', '```html', ...examples, '```', ''].join('\n');

describe('attributesWithoutExample', () => {
  it('counts a bare boolean attribute, before `>`, a space or a line end', () => {
    for (const tag of [
      '<asskomm-status-map src="/a.json" heading="Karte" timeline></asskomm-status-map>',
      '<asskomm-status-map timeline heading="Karte"></asskomm-status-map>',
      '<asskomm-status-map\n  heading="Karte"\n  timeline\n></asskomm-status-map>',
      '<asskomm-status-map heading="Karte" timeline=""></asskomm-status-map>',
    ])
      assert.deepEqual(attributesWithoutExample(readmeWith(tag), manifest), [], tag);
  });

  it('does not count a bare attribute that is not boolean, nor a longer name that starts alike', () => {
    const readme = readmeWith('<asskomm-status-map heading timeline-x="1"></asskomm-status-map>');
    assert.deepEqual(attributesWithoutExample(readme, manifest), ['<asskomm-status-map timeline>', '<asskomm-status-map heading>']);
  });
});
