// Share of a repository's own import specifiers (relative paths, aliases, workspace packages) that resolve to no
// scanned file, as a given build of privlint reads the repository. "Own" is always judged by this worktree's build
// (its reading of workspaces and tsconfig paths), so two builds are compared on the same specifiers.
//   node bench/own-imports.mjs <repository folder> [<dist folder of the build to measure>]
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [repository, distArgument] = process.argv.slice(2);
if (!repository) {
  console.error('usage: node bench/own-imports.mjs <repository folder> [<dist folder>]');
  process.exit(2);
}
const ownDist = fileURLToPath(new URL('../dist', import.meta.url));
const dist = resolve(distArgument ?? ownDist);
const root = resolve(repository);

const own = {
  project: await import(`${ownDist}/project/index.js`),
  workspace: await import(`${ownDist}/project/workspace.js`),
  resolve: await import(`${ownDist}/project/resolve.js`),
  imports: await import(`${ownDist}/cache/list-imports.js`),
};
const measured = {
  project: await import(`${dist}/project/index.js`),
  modules: await import(`${dist}/findings/modules.js`),
};

const layout = own.workspace.readRepositoryLayout(root);
const workspace = { packages: layout.packages, generated: layout.generated };
const ownListing = own.project.listProjectFiles({ root, layout });
let listing;
try {
  listing = measured.project.listProjectFiles({ root, layout });
} catch {
  listing = measured.project.listProjectFiles({ root });
}
const files = new Map();
for (const file of [...listing.files, ...(listing.followed ?? [])]) {
  const absolutePath = file.absolutePath.replaceAll('\\', '/');
  files.set(absolutePath, { absolutePath, path: file.path, compilerOptions: listing.compilerOptions.get(file.absolutePath) });
}
const engine = { root, files, workspace };
let ownCount = 0;
let unresolved = 0;
for (const file of listing.files) {
  const scanFile = files.get(file.absolutePath.replaceAll('\\', '/'));
  const options = ownListing.compilerOptions.get(file.absolutePath) ?? scanFile.compilerOptions;
  for (const specifier of own.imports.listImports(file.text)) {
    if (!own.resolve.isOwnSpecifier(workspace, options, specifier)) continue;
    if (/\.(css|scss|sass|less|svg|png|jpe?g|gif|webp|ico|json|md|mdx|html|txt|wasm|graphql|gql|ya?ml)(\?.*)?$/i.test(specifier)) continue;
    ownCount++;
    const resolved = measured.modules.resolveProjectModule(engine, scanFile, specifier) ?? measured.modules.generatedModuleOf?.(engine, scanFile, specifier);
    if (resolved === undefined) unresolved++;
  }
}
console.log(JSON.stringify({ repository: root, dist, files: listing.files.length, ownImports: ownCount, unresolved, share: ownCount ? +(unresolved / ownCount).toFixed(4) : 0 }));
