import type { ChainBinding } from './bindings.js';
import { CATALOG } from './catalog/index.js';

// The library calls whose result holds what the person wrote, by catalog entry (CallSignature.returnsContent).
const CONTENT_HOLDERS = CATALOG.flatMap((entry) =>
  entry.calls.flatMap((signature) => (signature.returnsContent ? [{ packages: entry.packages, method: signature.method, members: signature.returnsContent }] : [])),
);

/** Whether `member` of what a catalogued library call returns holds what the person wrote (`messages` of `useChat()`). */
export function holdsPersonContent(binding: ChainBinding, member: string): boolean {
  if (binding.type !== 'library' || binding.chain.length !== 1) return false;
  const method = binding.chain[0];
  return CONTENT_HOLDERS.some(
    (holder) => holder.method === method && holder.members.includes(member) && holder.packages.some((pkg) => binding.module === pkg || binding.module.startsWith(`${pkg}/`)),
  );
}
