/**
 * Where the bundled geometry lives. In the sources it is `data/sachsen.topo.json`; the build
 * (rollup.config.js) rewrites the literal below to `./sachsen.topo.json`, the file beside the
 * script in dist/. Keep the literal exactly as it is.
 */
export const DEFAULT_TOPOLOGY_URL = new URL('../../data/sachsen.topo.json', import.meta.url).href;
