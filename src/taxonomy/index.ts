import { DATA_CATEGORIES } from './data-categories.js';
import { DATA_SUBJECTS, type DataSubjectRecord } from './data-subjects.js';
import { DATA_USES } from './data-uses.js';
import { editDistance } from './edit-distance.js';
import { SPECIAL_CATEGORY_ROOTS } from './special-categories.js';
import type { SpecialCategoryKind, TaxonomyEntry, TaxonomyRecord } from './types.js';

export type { SpecialCategoryKind, TaxonomyEntry } from './types.js';
export { closestMatch, editDistance } from './edit-distance.js';
export type { DataSubjectRecord } from './data-subjects.js';

const getParentId = (id: string): string | undefined => {
  const dot = id.lastIndexOf('.');
  return dot === -1 ? undefined : id.slice(0, dot);
};

const toEntry = (record: TaxonomyRecord): TaxonomyEntry => ({ ...record, parent: getParentId(record.id) });

const indexById = (records: readonly TaxonomyRecord[]): ReadonlyMap<string, TaxonomyEntry> =>
  new Map([...records].sort((a, b) => a.id.localeCompare(b.id)).map((record) => [record.id, toEntry(record)]));

const categories = indexById(DATA_CATEGORIES);
const dataUses = indexById(DATA_USES);

export const isKnownCategory = (id: string): boolean => categories.has(id);
export const isKnownDataUse = (id: string): boolean => dataUses.has(id);
export const getCategory = (id: string): TaxonomyEntry | undefined => categories.get(id);
export const getDataUse = (id: string): TaxonomyEntry | undefined => dataUses.get(id);

/** Every data category, sorted by id. */
export const allCategories = (): TaxonomyEntry[] => [...categories.values()];
/** Every data use, sorted by id. */
export const allDataUses = (): TaxonomyEntry[] => [...dataUses.values()];

/** Whether `ancestor` is `id` itself or one of its ancestors in a dotted tree. */
export const isSameOrAncestor = (ancestor: string, id: string): boolean =>
  id === ancestor || id.startsWith(`${ancestor}.`);

/** A field declared as `declared` covers a finding of `found` when it is the same node or an ancestor of it. */
export const categoryCovers = (declared: string, found: string): boolean => isSameOrAncestor(declared, found);

/**
 * Which GDPR Art. 9 kind a category belongs to: the nearest listed root at or above it
 * (see SPECIAL_CATEGORY_ROOTS for the rule). Undefined when the category is not special.
 */
export function getSpecialCategoryKind(id: string): SpecialCategoryKind | undefined {
  for (let current: string | undefined = id; current !== undefined; current = getParentId(current)) {
    const kind = SPECIAL_CATEGORY_ROOTS[current];
    if (kind) return kind;
  }
  return undefined;
}

/** Whether a category is GDPR Art. 9 data: it or one of its ancestors is a special root; ancestors of a root are not. */
export const isSpecialCategory = (id: string): boolean => getSpecialCategoryKind(id) !== undefined;

const lastSegment = (id: string): string => id.slice(id.lastIndexOf('.') + 1);

const sharedPrefixLength = (a: string, b: string): number => {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
};

/**
 * Did-you-mean for an id: compares the whole id (typos such as `user.contact.emial`) and the last segment
 * (`email` or `user.email` for `user.contact.email`, `phone` for `phone_number`, `ip` for `ip_address`). The closest wins; on a tie,
 * the candidate sharing the longest prefix with the input, then the alphabetically first.
 */
function suggestId(input: string, ids: Iterable<string>): string | undefined {
  const word = input.trim().toLowerCase();
  if (word === '') return undefined;
  const wordLast = lastSegment(word);
  const fullLimit = Math.max(2, Math.floor(word.length / 6));
  const lastLimit = Math.max(1, Math.floor(wordLast.length / 3));
  let best: { id: string; score: number; prefix: number } | undefined;
  for (const id of ids) {
    if (id === word) return id;
    const fullDistance = editDistance(word, id, fullLimit);
    const candidateLast = lastSegment(id);
    let lastDistance = editDistance(wordLast, candidateLast, lastLimit);
    const isPrefix =
      (wordLast.length >= 3 && (candidateLast.startsWith(wordLast) || wordLast.startsWith(candidateLast))) ||
      candidateLast.split('_').includes(wordLast);
    if (lastDistance > 0 && isPrefix) lastDistance = Math.min(lastDistance, 1);
    const score = Math.min(fullDistance <= fullLimit ? fullDistance : Infinity, lastDistance <= lastLimit ? lastDistance + 1 : Infinity);
    if (score === Infinity) continue;
    const prefix = sharedPrefixLength(word, id);
    if (!best || score < best.score || (score === best.score && (prefix > best.prefix || (prefix === best.prefix && id < best.id)))) {
      best = { id, score, prefix };
    }
  }
  return best?.id;
}

export const suggestCategory = (id: string): string | undefined => suggestId(id, categories.keys());
export const suggestDataUse = (id: string): string | undefined => suggestId(id, dataUses.keys());

const dataSubjects: ReadonlyMap<string, DataSubjectRecord> = new Map(
  [...DATA_SUBJECTS].sort((a, b) => a.id.localeCompare(b.id)).map((record) => [record.id, record]),
);

export const isKnownDataSubject = (id: string): boolean => dataSubjects.has(id);
export const getDataSubject = (id: string): DataSubjectRecord | undefined => dataSubjects.get(id);
/** Every fideslang data subject, sorted by id. */
export const allDataSubjects = (): DataSubjectRecord[] => [...dataSubjects.values()];
/** Did-you-mean for a data subject id (`customers` → `customer`, `applicant` → `job_applicant`). */
export const suggestDataSubject = (id: string): string | undefined => suggestId(id, dataSubjects.keys());

/** A data subject's name in `lang` (German for `de` and its regional tags, English otherwise); the id when unknown. */
export function getDataSubjectName(id: string, lang: string): string {
  const subject = dataSubjects.get(id);
  if (!subject) return id;
  return lang === 'de' || lang.startsWith('de-') ? subject.name.de : subject.name.en;
}
