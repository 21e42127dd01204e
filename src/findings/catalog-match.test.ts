import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog/index.js';
import { signaturesEndingIn } from './catalog-match.js';

/** Whether a chain ends in a method's segments (the empty method: the binding itself is called). */
function endsInMethod(method: string, chain: readonly string[]): boolean {
  if (method === '') return chain.length === 0;
  const segments = method.split('.');
  return segments.length <= chain.length && segments.every((segment, index) => chain[chain.length - segments.length + index] === segment);
}

describe('signaturesEndingIn', () => {
  it('keeps, in catalog order, every signature of an entry whose method a chain ends in', () => {
    let chains = 0;
    for (const entry of CATALOG) {
      const methods = entry.calls.map((signature) => signature.method);
      const candidates = [[], ['client'], ...methods.flatMap((method) => [method === '' ? [] : method.split('.'), ['client', ...(method === '' ? [] : method.split('.'))], ['other', method.split('.').at(-1) ?? '']])];
      for (const chain of candidates) {
        chains++;
        const kept = signaturesEndingIn(entry, chain).filter((signature) => endsInMethod(signature.method, chain));
        expect(kept).toEqual(entry.calls.filter((signature) => endsInMethod(signature.method, chain)));
      }
    }
    expect(chains).toBeGreaterThan(1000);
  });
});
