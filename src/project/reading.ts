import { relative, resolve } from 'node:path';
import type { ProjectReading } from '../model.js';
import { listImports } from '../cache/list-imports.js';
import type { ProjectListing } from './list-files.js';
import { findGeneratedClient, isOwnSpecifier, resolveModule, type ModuleLookup, type WorkspaceIndex } from './resolve.js';
import type { LayoutProblem, RepositoryLayout } from './workspace.js';

/** tsconfig `paths` that lead out of the repository: privlint reads only the repository's own files. */
function findAliasesOutside(root: string, layout: RepositoryLayout, listing: ProjectListing): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  for (const options of new Set(listing.compilerOptions.values())) {
    const base = options.baseUrl ?? (options as { pathsBasePath?: string }).pathsBasePath;
    const configFile = typeof options.configFilePath === 'string' ? options.configFilePath : undefined;
    if (!options.paths || !base || !configFile) continue;
    for (const [pattern, substitutions] of Object.entries(options.paths)) {
      const outside = substitutions.find((substitution) => relative(layout.root, resolve(base, substitution)).startsWith('..'));
      if (outside === undefined) continue;
      const file = relative(root, configFile).replaceAll('\\', '/');
      if (problems.some((known) => known.file === file && known.message.includes(`\`${pattern}\``))) continue;
      problems.push({ file, message: `the paths alias \`${pattern}\` points outside the repository (${outside}); privlint reads only the repository's files, so imports through it stay unresolved` });
    }
  }
  return problems;
}

/** Above this share of the project's own imports left unresolved, flows are surely lost: the summary warns. */
export const UNRESOLVED_WARNING_SHARE = 0.1;
const TOP_UNRESOLVED = 10;

export interface ReadingInput {
  root: string;
  layout: RepositoryLayout;
  listing: ProjectListing;
  workspace: WorkspaceIndex;
}

/**
 * How the repository was read, for the summary: the workspaces and tsconfigs used, and how many of the project's
 * own import specifiers (relative paths, aliases, workspace packages) led to no file. Resolved exactly as the
 * analysis resolves them, over the same files.
 */
export function describeReading({ root, layout, listing, workspace }: ReadingInput): ProjectReading {
  const all = [...listing.files, ...listing.followed];
  const known = new Set(all.map((file) => file.absolutePath.replaceAll('\\', '/')));
  const lookup: ModuleLookup<string> = { root, workspace, find: (path) => (known.has(path) ? path : undefined) };
  let ownImports = 0;
  const unresolved = new Map<string, number>();
  for (const file of listing.files) {
    const options = listing.compilerOptions.get(file.absolutePath);
    for (const specifier of listImports(file.text)) {
      if (!isOwnSpecifier(workspace, options, specifier)) continue;
      ownImports++;
      if (resolveModule(lookup, file.absolutePath, options, specifier) !== undefined) continue;
      if (findGeneratedClient(lookup, file.absolutePath, options, specifier) !== undefined) continue;
      // An asset, a stylesheet or JSON is not code privlint reads; it is not lost code either.
      if (/\.(css|scss|sass|less|svg|png|jpe?g|gif|webp|ico|json|md|mdx|html|txt|wasm|graphql|gql|ya?ml)(\?.*)?$/i.test(specifier)) {
        ownImports--;
        continue;
      }
      unresolved.set(specifier, (unresolved.get(specifier) ?? 0) + 1);
    }
  }
  const unresolvedImports = [...unresolved.values()].reduce((sum, count) => sum + count, 0);
  const topUnresolved = [...unresolved.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || compareText(a, b))
    .slice(0, TOP_UNRESOLVED)
    .map(([specifier, count]) => ({ specifier, count }));
  const share = ownImports === 0 ? 0 : unresolvedImports / ownImports;
  const reading: ProjectReading = {
    workspaces: layout.workspaces,
    packages: layout.packages.length,
    tsconfigs: listing.tsconfigs,
    followedFiles: listing.followed.length,
    ...(listing.excludedByDefault > 0 ? { excludedByDefault: listing.excludedByDefault } : {}),
    ownImports,
    unresolvedImports,
    topUnresolved,
    problems: [...layout.problems, ...listing.problems, ...findAliasesOutside(root, layout, listing)].sort((a, b) => compareText(a.file, b.file) || compareText(a.message, b.message)),
  };
  if (share >= UNRESOLVED_WARNING_SHARE && unresolvedImports > 0) {
    const repository = relative(root, layout.root).replaceAll('\\', '/');
    reading.warning =
      `${Math.round(share * 100)}% of the project's own imports (${unresolvedImports} of ${ownImports}) resolve to no file, so flows through them are lost` +
      ` (most often ${topUnresolved.slice(0, 3).map((entry) => `\`${entry.specifier}\``).join(', ')}).` +
      ` Scan from the repository root${repository ? ` (${repository})` : ''}, check that tsconfig \`paths\` and package.json \`exports\` point at committed sources,` +
      ' or generate what is generated before scanning.';
  }
  return reading;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
