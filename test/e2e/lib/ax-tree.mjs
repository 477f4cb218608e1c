// Chromium's own accessibility tree, read through CDP (`Accessibility.getFullAXTree`): what a
// screen reader on Chrome or Edge is told, which axe and ariaSnapshot (they read the DOM) can miss.
import assert from 'node:assert/strict';

/** The whole tree of the page: its nodes, and the nodes below one of them (ignored ones skipped). */
export async function fullAxTree(cdp) {
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const below = (root) => {
    const found = [];
    const walk = (node) => {
      for (const id of node.childIds ?? []) {
        const child = byId.get(id);
        if (!child) continue;
        if (!child.ignored) found.push(child);
        walk(child);
      }
    };
    walk(root);
    return found;
  };
  return { nodes, below };
}

/** How many of `nodes` have each role. */
export function countRoles(nodes) {
  const roles = {};
  for (const node of nodes) roles[node.role.value] = (roles[node.role.value] ?? 0) + 1;
  return roles;
}

/** Whether the node's `name` property (selected, focused, …) is true. */
export const hasProperty = (node, name) => node.properties?.some((p) => p.name === name && p.value.value === true) ?? false;

/** The map's listbox named `label` in the tree and every node below it: counted by role, its options, the selected ones. */
export async function mapListbox(cdp, label) {
  const tree = await fullAxTree(cdp);
  const listbox = tree.nodes.find((node) => node.role?.value === 'listbox' && node.name?.value === label);
  assert.ok(listbox, 'the map is a listbox in the accessibility tree');
  const below = tree.below(listbox);
  const options = below.filter((node) => node.role.value === 'option');
  const selected = options.filter((node) => hasProperty(node, 'selected'));
  return { roles: countRoles(below), options, selected };
}

/** The tree's node for the DOM element behind the CDP object `objectId`. */
export async function axNodeOf(cdp, tree, objectId) {
  const { node } = await cdp.send('DOM.describeNode', { objectId });
  return tree.nodes.find((candidate) => candidate.backendDOMNodeId === node.backendNodeId);
}
