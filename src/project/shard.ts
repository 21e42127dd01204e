import { createHash } from 'node:crypto';
import { PrivlintError } from '../errors.js';

/** One of `count` deterministic slices of a project's files; `index` is 1-based, as `--shard 2/4` reads. */
export interface Shard {
  index: number;
  count: number;
}

/** Reads `--shard K/N` (1 ≤ K ≤ N). */
export function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count || count > 1024) {
    throw new PrivlintError('E_USAGE', `--shard ${value} is not a slice; give it as K/N with 1 ≤ K ≤ N ≤ 1024, e.g. --shard 2/4.`);
  }
  return { index, count };
}

/**
 * Whether a file (root-relative POSIX path) belongs to the shard. The slice depends on the path alone, so it
 * is the same on every machine and a file keeps its shard when others are added or removed.
 */
export function isInShard(path: string, shard: Shard): boolean {
  if (shard.count === 1) return true;
  const bucket = createHash('sha1').update(path).digest().readUInt32BE(0) % shard.count;
  return bucket === shard.index - 1;
}
