import { ts } from '../findings/typescript.js';

/** Every node of `tree` that `matches`, in source order (the tree itself left out). */
export function nodesOf<T extends ts.Node>(tree: ts.SourceFile, matches: (node: ts.Node) => node is T): T[] {
  const found: T[] = [];
  const visit = (node: ts.Node) => {
    if (matches(node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(tree, visit);
  return found;
}
