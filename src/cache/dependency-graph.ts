import { createHash } from 'node:crypto';

/**
 * A key per file that changes whenever the file or anything it transitively imports changes: the Merkle hash of
 * its strongly connected component (import cycles share one key) over the keys of the components it imports.
 * `selfKeys` holds what a file's own analysis depends on; `edges` the project files it imports.
 * Iterative Tarjan, so a 10,000-file import chain cannot overflow the stack.
 */
export function createClosureKeys(selfKeys: ReadonlyMap<string, string>, edges: ReadonlyMap<string, readonly string[]>): Map<string, string> {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const componentOf = new Map<string, string>();
  const keys = new Map<string, string>();
  let counter = 0;

  const successors = (node: string) => (edges.get(node) ?? []).filter((next) => selfKeys.has(next));

  for (const start of [...selfKeys.keys()].sort()) {
    if (index.has(start)) continue;
    const work: { node: string; next: number; successors: string[] }[] = [];
    const enter = (node: string) => {
      index.set(node, counter);
      lowLink.set(node, counter);
      counter++;
      stack.push(node);
      onStack.add(node);
      work.push({ node, next: 0, successors: successors(node) });
    };
    enter(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.next < frame.successors.length) {
        const next = frame.successors[frame.next++]!;
        if (!index.has(next)) enter(next);
        else if (onStack.has(next)) lowLink.set(frame.node, Math.min(lowLink.get(frame.node)!, index.get(next)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) lowLink.set(parent.node, Math.min(lowLink.get(parent.node)!, lowLink.get(frame.node)!));
      if (lowLink.get(frame.node) !== index.get(frame.node)) continue;
      const members: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        members.push(member);
      } while (member !== frame.node);
      // Tarjan closes a component only after every component it reaches, so their keys are known here.
      const id = members.sort()[0]!;
      const reached = new Set<string>();
      for (const node of members) {
        componentOf.set(node, id);
        for (const next of successors(node)) {
          const component = componentOf.get(next)!;
          if (component !== id) reached.add(keys.get(component)!);
        }
      }
      const hash = createHash('sha1');
      for (const node of members) hash.update(`${node}\u0000${selfKeys.get(node)}\u0000`);
      hash.update('\u0001');
      for (const key of [...reached].sort()) hash.update(`${key}\u0000`);
      keys.set(id, hash.digest('hex'));
    }
  }

  const result = new Map<string, string>();
  for (const node of selfKeys.keys()) result.set(node, keys.get(componentOf.get(node)!)!);
  return result;
}
