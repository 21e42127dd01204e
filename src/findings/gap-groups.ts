import type { Gap } from '../model.js';

/** The gaps that went into one package (or, with `package` undefined, into other code privlint could not follow). */
export interface GapGroup {
  package: string | undefined;
  gaps: Gap[];
  categories: string[];
}

/** Gaps by package, the most frequent first (ties by name), with the gaps of no package last. */
export function groupGaps(gaps: readonly Gap[]): GapGroup[] {
  const byPackage = new Map<string | undefined, Gap[]>();
  for (const gap of gaps) {
    const list = byPackage.get(gap.package);
    if (list === undefined) byPackage.set(gap.package, [gap]);
    else list.push(gap);
  }
  const groups = [...byPackage].map(([name, list]) => ({
    package: name,
    gaps: list,
    categories: [...new Set(list.flatMap((gap) => gap.categories))].sort(),
  }));
  const rank = (group: GapGroup) => (group.package === undefined ? 1 : 0);
  return groups.sort(
    (a, b) => rank(a) - rank(b) || b.gaps.length - a.gaps.length || ((a.package ?? '') < (b.package ?? '') ? -1 : (a.package ?? '') > (b.package ?? '') ? 1 : 0),
  );
}
