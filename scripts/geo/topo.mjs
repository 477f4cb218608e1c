// Topology helpers for scripts/build-geo.mjs: arc pruning, the ring guard,
// per-arc simplification thresholds, arc-crossing detection and arc-usage checks.
// Plain Node ESM, no dependencies besides what the caller passes in.

/** Calls fn(ring) for every ring (array of arc indexes) of a geometry object. */
export function forEachRing(geometry, fn) {
  switch (geometry.type) {
    case 'GeometryCollection':
      geometry.geometries.forEach((g) => forEachRing(g, fn));
      break;
    case 'Polygon':
      geometry.arcs.forEach(fn);
      break;
    case 'MultiPolygon':
      geometry.arcs.forEach((polygon) => polygon.forEach(fn));
      break;
    default:
      break;
  }
}

const arcIndex = (a) => (a < 0 ? ~a : a);

/**
 * Removes arcs that no object references and renumbers the references.
 * Mutates the topology's objects in place; returns the number of arcs removed.
 */
export function pruneArcs(topology) {
  const used = new Uint8Array(topology.arcs.length);
  for (const key of Object.keys(topology.objects)) {
    forEachRing(topology.objects[key], (ring) => ring.forEach((a) => (used[arcIndex(a)] = 1)));
  }
  const remap = new Int32Array(topology.arcs.length).fill(-1);
  const arcs = [];
  topology.arcs.forEach((arc, i) => {
    if (used[i]) {
      remap[i] = arcs.length;
      arcs.push(arc);
    }
  });
  const removed = topology.arcs.length - arcs.length;
  for (const key of Object.keys(topology.objects)) {
    forEachRing(topology.objects[key], (ring) => {
      for (let k = 0; k < ring.length; k++) {
        const a = ring[k];
        ring[k] = a < 0 ? ~remap[~a] : remap[a];
      }
    });
  }
  topology.arcs = arcs;
  return removed;
}

/** Number of distinct vertices a ring keeps when arc i keeps points with z >= thr[i]. */
function keptRingVertices(pre, ring, thr) {
  let count = 0;
  for (const a of ring) {
    const i = arcIndex(a);
    const arc = pre.arcs[i];
    let kept = 0;
    for (const p of arc) if (p[2] >= thr[i]) kept++;
    count += kept - 1; // the arc's last point is the next arc's first point
  }
  return count;
}

/**
 * Ring guard on a presimplified topology: promotes (z = Infinity) the most
 * important dropped interior points until every ring of the given objects keeps
 * at least `minVertices` distinct vertices. Returns the number of promoted points.
 */
export function guardRings(pre, objectKeys, thr, minVertices) {
  let promoted = 0;
  for (const key of objectKeys) {
    forEachRing(pre.objects[key], (ring) => {
      let count = keptRingVertices(pre, ring, thr);
      if (count >= minVertices) return;
      const candidates = [];
      for (const a of ring) {
        const i = arcIndex(a);
        pre.arcs[i].forEach((p, k) => {
          if (p[2] < thr[i]) candidates.push({ p, i, k });
        });
      }
      // Highest weight first; ties broken by arc and position for determinism.
      candidates.sort((x, y) => y.p[2] - x.p[2] || x.i - y.i || x.k - y.k);
      for (const c of candidates) {
        if (count >= minVertices) break;
        c.p[2] = Infinity;
        promoted++;
        count = keptRingVertices(pre, ring, thr);
      }
    });
  }
  return promoted;
}

/** Like topojson-simplify's simplify(), but with a threshold per arc. */
export function simplifyPerArc(pre, thr) {
  return {
    type: 'Topology',
    bbox: pre.bbox,
    objects: pre.objects,
    arcs: pre.arcs.map((arc, i) => arc.filter((p) => p[2] >= thr[i]).map((p) => [p[0], p[1]])),
  };
}

/** Absolute integer coordinates of the arcs of a quantized (delta-encoded) topology. */
export function decodeArcs(topology) {
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => [(x += dx), (y += dy)]);
  });
}

const orient = (a, b, c) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
const same = (p, q) => p[0] === q[0] && p[1] === q[1];
const onSegment = (a, b, p) =>
  Math.min(a[0], b[0]) <= p[0] && p[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= p[1] && p[1] <= Math.max(a[1], b[1]);

/**
 * Finds intersecting segment pairs in a quantized topology (integer arithmetic,
 * exact). Reported: proper crossings, collinear overlaps, zero-length arcs, and
 * touches at a point that is not a legitimate shared vertex. Legitimate shared
 * vertices are consecutive segments of one arc and arc endpoints (junctions).
 * Returns [{kind, arcs: [i, j]}].
 */
export function findCrossings(topology, cellSize = 64) {
  const arcs = decodeArcs(topology);
  const defects = [];
  const segments = [];
  arcs.forEach((arc, i) => {
    if (arc.length < 2 || (arc.length === 2 && same(arc[0], arc[1]))) {
      defects.push({ kind: 'zero-length arc', arcs: [i, i] });
      return;
    }
    for (let k = 0; k + 1 < arc.length; k++) {
      const a = arc[k];
      const b = arc[k + 1];
      segments.push({
        arc: i,
        k,
        last: arc.length - 1,
        a,
        b,
        x0: Math.floor(Math.min(a[0], b[0]) / cellSize),
        x1: Math.floor(Math.max(a[0], b[0]) / cellSize),
        y0: Math.floor(Math.min(a[1], b[1]) / cellSize),
        y1: Math.floor(Math.max(a[1], b[1]) / cellSize),
      });
    }
  });
  const grid = new Map();
  segments.forEach((s, n) => {
    for (let x = s.x0; x <= s.x1; x++) {
      for (let y = s.y0; y <= s.y1; y++) {
        const key = x * 65536 + y;
        let cell = grid.get(key);
        if (!cell) grid.set(key, (cell = []));
        cell.push(n);
      }
    }
  });
  // Vertex positions along an arc: k for s.a, k + 1 for s.b.
  const legit = (s, ps, t, pt) => {
    if (s.arc === t.arc && ps === pt && Math.abs(s.k - t.k) === 1) return true;
    const endS = ps === 0 || ps === s.last;
    const endT = pt === 0 || pt === t.last;
    return endS && endT;
  };
  // Is the shared point p a legitimate shared vertex of s and t?
  const legitAt = (s, t, p) => {
    const ps = same(p, s.a) ? s.k : same(p, s.b) ? s.k + 1 : -1;
    const pt = same(p, t.a) ? t.k : same(p, t.b) ? t.k + 1 : -1;
    return ps >= 0 && pt >= 0 && legit(s, ps, t, pt);
  };
  const test = (s, t) => {
    const { a, b } = s;
    const c = t.a;
    const d = t.b;
    const o1 = orient(a, b, c);
    const o2 = orient(a, b, d);
    const o3 = orient(c, d, a);
    const o4 = orient(c, d, b);
    if (o1 === 0 && o2 === 0) {
      // Collinear: project on the dominant axis and measure the overlap.
      const ax = Math.abs(b[0] - a[0]) >= Math.abs(b[1] - a[1]) ? 0 : 1;
      const lo = Math.max(Math.min(a[ax], b[ax]), Math.min(c[ax], d[ax]));
      const hi = Math.min(Math.max(a[ax], b[ax]), Math.max(c[ax], d[ax]));
      if (hi > lo) return 'overlap';
      if (hi < lo) return null;
      const p = [a, b].find((q) => q[ax] === lo && (same(q, c) || same(q, d)));
      return p && legitAt(s, t, p) ? null : 'touch';
    }
    if (o1 * o2 < 0 && o3 * o4 < 0) return 'crossing';
    const touches = [];
    if (o1 === 0 && onSegment(a, b, c)) touches.push(c);
    if (o2 === 0 && onSegment(a, b, d)) touches.push(d);
    if (o3 === 0 && onSegment(c, d, a)) touches.push(a);
    if (o4 === 0 && onSegment(c, d, b)) touches.push(b);
    for (const p of touches) if (!legitAt(s, t, p)) return 'touch';
    return null;
  };
  for (const [key, cell] of grid) {
    const cx = Math.floor(key / 65536);
    const cy = key - cx * 65536;
    for (let u = 0; u < cell.length; u++) {
      const s = segments[cell[u]];
      for (let v = u + 1; v < cell.length; v++) {
        const t = segments[cell[v]];
        // Test each pair once: in the first cell both bounding boxes share.
        if (Math.max(s.x0, t.x0) !== cx || Math.max(s.y0, t.y0) !== cy) continue;
        if (Math.min(s.x1, t.x1) < cx || Math.min(s.y1, t.y1) < cy) continue;
        const kind = test(s, t);
        if (kind) defects.push({ kind, arcs: [s.arc, t.arc] });
      }
    }
  }
  return defects;
}

/**
 * Classifies arcs by use: `interior` (used by exactly 2 distinct parts of
 * `inner` and not by `outline`), `outline` (1 part of `inner`, once in
 * `outline`), anything else is `bad`.
 */
export function arcUsage(topology, inner, outline) {
  const n = topology.arcs.length;
  const innerUse = new Array(n).fill(0);
  const outlineUse = new Array(n).fill(0);
  for (const g of inner.geometries) {
    const seen = new Set();
    forEachRing(g, (ring) => ring.forEach((a) => seen.add(arcIndex(a))));
    for (const i of seen) innerUse[i]++;
  }
  forEachRing(outline, (ring) => ring.forEach((a) => outlineUse[arcIndex(a)]++));
  let interior = 0;
  let onOutline = 0;
  const bad = [];
  for (let i = 0; i < n; i++) {
    if (innerUse[i] === 2 && outlineUse[i] === 0) interior++;
    else if (innerUse[i] === 1 && outlineUse[i] === 1) onOutline++;
    else bad.push({ arc: i, inner: innerUse[i], outline: outlineUse[i] });
  }
  return { interior, outline: onOutline, bad };
}
