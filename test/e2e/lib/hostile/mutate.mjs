// Category (a): seeded random mutations of the default feed. Each seed applies one to three
// operators (the audit's table) and yields the feed's JSON text plus what was done, so a
// failure names its operators and paths. Raw-text operators (duplicate keys, `__proto__` keys,
// 1e999, deep nesting) put a marker into the object and swap it in the serialised text.
import { randomTools } from './random.mjs';
import { IMPOSSIBLE_DATES, NAN_LIKE, TEXT_PAYLOADS, UNICODE_STRINGS, URL_PAYLOADS } from './payloads.mjs';

const TOP_LEVEL = ['schemaVersion', 'meta', 'indicators', 'events', 'municipalities', 'bodies'];
const DATE_KEYS = new Set(['date', 'asOf']);

/** Every node below `value`: `{ path, parent, key, value }` (the root has no parent). */
export function nodes(root) {
  const found = [];
  const stack = [{ path: [], parent: undefined, key: undefined, value: root }];
  while (stack.length) {
    const node = stack.pop();
    found.push(node);
    const { value, path } = node;
    if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        stack.push({
          path: [...path, Array.isArray(value) ? Number(key) : key],
          parent: value,
          key: Array.isArray(value) ? Number(key) : key,
          value: child,
        });
      }
    }
  }
  return found;
}

export const pathText = (path) =>
  path.length
    ? path
        .map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`))
        .join('')
        .replace(/^\./, '')
    : '(Wurzel)';

/** A nesting of `depth` arrays (or objects) as text, built without recursion. */
export function deepText(depth, objects) {
  return objects ? '{"a":'.repeat(depth) + '1' + '}'.repeat(depth) : '['.repeat(depth) + ']'.repeat(depth);
}

function shorten(value) {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 40)}… (${text.length} Zeichen)` : text;
}

/** Builds one mutated feed from `seed`. `base` is the parsed default feed (not changed). */
export function mutateFeed(base, seed) {
  const r = randomTools(seed);
  let feed = structuredClone(base);
  const raw = new Map();
  const marker = (text) => {
    const id = `\u00a7RAW${raw.size}\u00a7`;
    raw.set(id, text);
    return id;
  };
  const ops = [];
  const all = () => nodes(feed).filter((node) => node.parent);
  const leaves = (test) => all().filter((node) => (node.value === null || typeof node.value !== 'object') && test(node));
  const containers = (test = () => true) => all().filter((node) => node.value && typeof node.value === 'object' && test(node));
  const strings = () => leaves((node) => typeof node.value === 'string');
  const numbers = () => leaves((node) => typeof node.value === 'number');
  const set = (node, value, name, shown = value) => {
    node.parent[node.key] = value;
    ops.push(`${name} ${pathText(node.path)} = ${shorten(shown)}`);
  };

  const operators = {
    xss() {
      const node = r.pick(strings());
      const urlish = /url|source|email|phone/i.test(String(node.key));
      const payload = r.pick(urlish && r.chance(0.6) ? URL_PAYLOADS : TEXT_PAYLOADS);
      set(node, r.chance(0.5) ? payload : `${node.value} ${payload}`, 'xss', payload);
    },
    typeSwap() {
      const node = r.pick(leaves(() => true));
      const swaps = [String(node.value), Number(node.value) || 7, null, true, false, [], {}, '', [node.value], { value: node.value }];
      const value = r.pick(swaps.filter((v) => typeof v !== typeof node.value || Array.isArray(v)));
      set(node, value, 'typeSwap', JSON.stringify(value));
    },
    date() {
      const node = r.pick(leaves((n) => DATE_KEYS.has(String(n.key))));
      set(node, r.pick(IMPOSSIBLE_DATES), 'date');
    },
    delete() {
      const node = r.pick(all());
      if (Array.isArray(node.parent)) node.parent.splice(node.key, 1);
      else delete node.parent[node.key];
      ops.push(`delete ${pathText(node.path)}`);
    },
    unicode() {
      const node = r.pick(strings());
      const text = r.pick(UNICODE_STRINGS);
      set(node, r.chance(0.5) ? text : `${node.value}${text}`, 'unicode', text);
    },
    huge() {
      const node = r.pick(numbers());
      const value = r.pick([1e308, 1.7976931348623157e308, -1.7976931348623157e308, 5e-324, Number.MAX_SAFE_INTEGER + 2, 1e21]);
      set(node, value, 'huge');
    },
    hugeRaw() {
      const node = r.pick(numbers());
      const text = r.pick(['1e999', '-1e999', '1' + '0'.repeat(400), '0.' + '0'.repeat(400) + '1']);
      set(node, marker(text), 'hugeRaw', text);
    },
    dupKey() {
      const node = r.pick(containers((n) => !Array.isArray(n.value) && Object.keys(n.value).length > 0));
      const key = r.pick(Object.keys(node.value));
      const value = r.pick([null, 0, 'doppelt', '1999-01-01', [], {}, -5]);
      // The duplicate comes last, so JSON.parse keeps it.
      node.value[marker(`"${key}"`)] = value;
      ops.push(`dupKey ${pathText([...node.path, key])} = ${JSON.stringify(value)}`);
    },
    negative() {
      const node = r.pick(numbers());
      const value = r.pick([-1, -node.value, -0, -134, -2147483648]);
      set(node, value, 'negative');
    },
    nanLike() {
      const node = r.pick(leaves((n) => typeof n.value === 'number' || DATE_KEYS.has(String(n.key))));
      set(node, r.pick(NAN_LIKE), 'nanLike');
    },
    protoKeys() {
      const node = r.pick(containers((n) => !Array.isArray(n.value)));
      const key = r.pick(['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf']);
      const value = r.pick([{ polluted: true, isAdmin: true }, 'x', null, { value: 999 }, []]);
      node.value[marker(`"${key}"`)] = value;
      ops.push(`protoKeys ${pathText([...node.path, key])} = ${JSON.stringify(value)}`);
    },
    protoId() {
      const list = feed.indicators;
      if (!Array.isArray(list) || !list.length || !list[0] || typeof list[0] !== 'object') return operators.protoKeys();
      const index = r.int(0, list.length - 1);
      if (!list[index] || typeof list[index] !== 'object') return operators.protoKeys();
      const id = r.pick(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'advised']);
      list[index].id = id;
      ops.push(`protoId indicators[${index}].id = ${JSON.stringify(id)}`);
    },
    unknownAgs() {
      const places = feed.municipalities;
      if (!places || typeof places !== 'object' || Array.isArray(places)) return operators.delete();
      const template = Object.values(places).find((p) => p && typeof p === 'object') ?? { name: 'X' };
      const count = r.pick([1, 1, 3, 50]);
      const keys = [];
      for (let i = 0; i < count; i++) {
        const key = r.pick([
          '14999999',
          '99999999',
          '1462',
          '146260000',
          'abc',
          '14626610 ',
          '00000000',
          '',
          '1452',
          '09162000',
          '14' + String(r.int(0, 999999)).padStart(6, '0'),
        ]);
        places[key] = structuredClone(template);
        keys.push(key);
      }
      ops.push(`unknownAgs municipalities += ${JSON.stringify([...new Set(keys)]).slice(0, 80)}`);
    },
    dupItem() {
      const node = r.pick(containers((n) => Array.isArray(n.value) && n.value.length > 0));
      const index = r.int(0, node.value.length - 1);
      node.value.splice(index, 0, structuredClone(node.value[index]));
      ops.push(`dupItem ${pathText([...node.path, index])}`);
    },
    bigString() {
      const node = r.pick(strings());
      const length = r.pick([10_000, 100_000, 1_000_000]);
      set(node, r.pick(['A', 'ü', '<', '&amp;', '\u200b']).repeat(length), 'bigString', `${length} Zeichen`);
    },
    shuffle() {
      const node = r.pick(containers((n) => Array.isArray(n.value) && n.value.length > 1));
      r.shuffle(node.value);
      ops.push(`shuffle ${pathText(node.path)}`);
    },
    deepNest() {
      const node = r.pick(all());
      const depth = r.pick([2_000, 10_000, 100_000]);
      const objects = r.chance(0.3);
      set(node, marker(deepText(depth, objects)), 'deepNest', `${objects ? 'Objekte' : 'Listen'} Tiefe ${depth}`);
    },
    many() {
      // Thousands of records, below the big-feed sizes of category (c): where per-record work shows.
      // Counts on both sides of the documented feed limits (points 5,000, events 2,000, places 15,000).
      const kind = r.pick(['points', 'events', 'municipalities']);
      const count = r.pick(
        { points: [1_000, 4_500, 6_000, 12_000], events: [1_000, 1_900, 5_000], municipalities: [1_000, 5_000, 14_000, 20_000] }[kind],
      );
      const day = (i) => new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      if (kind === 'points' && Array.isArray(feed.indicators) && feed.indicators[0]?.points) {
        const index = r.int(0, feed.indicators.length - 1);
        if (!Array.isArray(feed.indicators[index]?.points)) return operators.delete();
        feed.indicators[index].points = Array.from({ length: count }, (_, i) => ({ date: day(i % 9_000), value: r.int(0, 500) }));
        ops.push(`many indicators[${index}].points = ${count} Punkte`);
      } else if (kind === 'events') {
        feed.events = Array.from({ length: count }, (_, i) => ({
          date: day(i % 9_000),
          label: { de: `Ereignis ${i}`, en: `Event ${i}` },
          priority: 1 + (i % 3),
        }));
        ops.push(`many events = ${count} Ereignisse`);
      } else {
        if (!feed.municipalities || typeof feed.municipalities !== 'object') feed.municipalities = {};
        for (let i = 0; i < count; i++)
          feed.municipalities[`14${String(900_000 + i).padStart(6, '0')}`] = { name: `Ort ${i}`, contacted: { date: '2021' } };
        ops.push(`many municipalities += ${count} unbekannte Schlüssel`);
      }
    },
    sectionDrop() {
      const key = r.pick(TOP_LEVEL);
      const value = r.pick([undefined, null, {}, [], 'x', 0]);
      if (value === undefined) delete feed[key];
      else feed[key] = value;
      ops.push(`sectionDrop ${key} = ${value === undefined ? '(entfernt)' : JSON.stringify(value)}`);
    },
    schemaVersion() {
      const value = r.pick([2, 0, -1, 1.5, '1', null, true, [1], 99999999999, 'deep']);
      if (value === 'deep') feed.schemaVersion = marker(deepText(r.pick([2_000, 100_000]), false));
      else feed.schemaVersion = value;
      ops.push(`schemaVersion = ${value === 'deep' ? 'tiefe Liste' : JSON.stringify(value)}`);
    },
    topLevel() {
      const value = r.pick(['[]', 'null', '"Feed"', '42', 'true', '{}', '', 'array', '[[[]]]']);
      ops.push(`topLevel = ${value === 'array' ? '[Feed]' : value || '(leerer Text)'}`);
      if (value === 'array') feed = [feed];
      else feed = marker(value);
    },
  };

  const names = Object.keys(operators);
  const count = r.int(1, 3);
  for (let i = 0; i < count; i++) {
    const name = r.pick(names);
    // A feed that is no longer an object leaves nothing to mutate: stop there.
    if (!feed || typeof feed !== 'object') break;
    try {
      operators[name]();
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      // No node of the wanted kind is left (e.g. no numbers after a section drop).
      ops.push(`${name} (nichts zu ändern)`);
    }
  }

  let text = JSON.stringify(feed);
  for (const [id, replacement] of raw) text = text.split(JSON.stringify(id)).join(replacement);
  return { text, ops, operators: [...new Set(ops.map((op) => op.split(' ')[0]))] };
}
