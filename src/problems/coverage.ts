import type { Field, Manifest } from '../manifest/types.js';
import type { Finding } from '../model.js';
import { categoryCovers } from '../taxonomy/index.js';

const depth = (category: string) => category.split('.').length;

/**
 * The field that covers a category: its category equals the finding's or is an ancestor of it.
 * When several fields cover it the most specific wins, so `user.contact.email` beats `user.contact`;
 * equally specific fields are tied by id so the answer never depends on YAML order.
 */
export function getCoveringField(manifest: Manifest, category: string): Field | undefined {
  let best: Field | undefined;
  for (const field of Object.values(manifest.fields)) {
    if (!categoryCovers(field.category, category)) continue;
    if (
      best === undefined ||
      depth(field.category) > depth(best.category) ||
      (depth(field.category) === depth(best.category) && field.id < best.id)
    ) {
      best = field;
    }
  }
  return best;
}

/** Findings with `field` naming the manifest field that covers each (DESIGN.md `field`), as `check` reports them. */
export const withCoveringFields = (manifest: Manifest, findings: readonly Finding[]): Finding[] =>
  findings.map((finding) => ({ ...finding, field: getCoveringField(manifest, finding.category)?.id ?? null }));
