import { ts } from './typescript.js';
import type { ExplainedCall } from '../model.js';
import type { Binding, BindingResolver } from './bindings.js';
import type { CatalogIndex } from './catalog-match.js';
import { matchCatalogCall } from './catalog-match.js';
import type { Engine, ScanFile } from './context.js';
import { textOf, toLocation } from './context.js';
import { matchGenericCall } from './generic-sinks.js';
import { isOwnSpecifier, toPackageName } from './modules.js';

export type CallExplanation = ExplainedCall;

/**
 * `--explain file:line` on a line without findings: every call that starts on the line, what its callee resolved to
 * (a library, a global, a project function, nothing) and why that is not a sink with personal data. This is how a
 * user tells a miss of privlint's reading (an unresolved import, an unknown receiver) from a call that is not a sink.
 */
export function explainCallsOnLine(engine: Engine, resolver: BindingResolver, catalog: CatalogIndex, file: ScanFile, line: number): CallExplanation[] {
  const sourceFile = file.sourceFile;
  const calls: ts.CallExpression[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1 === line) calls.push(node);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return calls.map((call) => {
    const binding = resolver.resolveExpression(call.expression);
    return { column: toLocation(engine, call).column, call: textOf(call.expression).slice(0, 120), ...describe(binding, call) };
  });

  function describe(binding: Binding | undefined, call: ts.CallExpression): { resolvedTo: string; why: string } {
    if (!binding) return { resolvedTo: 'nothing privlint can follow', why: 'the callee is a value whose origin the syntax does not show (a parameter of a callback, a computed property, a call result)' };
    switch (binding.type) {
      case 'library':
        return describeLibrary(binding, call);
      case 'global': {
        const sites = matchCatalogCall(catalog.entriesForGlobal(binding.name), binding, call);
        const generic = sites.length > 0 ? sites : matchGenericCall(binding, call, resolver, catalog.endpointOf);
        const path = [binding.root, ...binding.chain].join('.');
        if (generic.length > 0) return { resolvedTo: `the global \`${path}\``, why: `a ${generic[0]!.sink.kind} sink, but none of the data it receives is personal (no name, type, alias or origin says so)` };
        return { resolvedTo: `the global \`${path}\``, why: 'not a global the catalog or the generic sinks know' };
      }
      case 'unknown': {
        const declared = binding.declaration ? ` (declared at ${describeLocation(binding.declaration.node)})` : '';
        return {
          resolvedTo: `\`${[binding.root, ...binding.chain].join('.')}\` of unknown origin${declared}`,
          why: 'privlint could not tell what the receiver is: no import, `new`, factory or type annotation names a library',
        };
      }
      case 'function':
        return {
          resolvedTo: `the project function at ${describeLocation(binding.fn)}`,
          why: 'none of the sinks that function reaches receives personal data from this call',
        };
      case 'module':
        return { resolvedTo: `the project module ${binding.file.path}`, why: 'a module is not a sink' };
      default:
        return { resolvedTo: `a project ${binding.type}`, why: 'project objects and classes are followed into their methods; this one leads to no sink' };
    }
  }

  function describeLibrary(binding: Extract<Binding, { type: 'library' }>, call: ts.CallExpression): { resolvedTo: string; why: string } {
    const resolvedTo = `\`${binding.module}\`${binding.chain.length > 0 ? ` (${binding.chain.join('.')})` : ''}`;
    if (isOwnSpecifier(engine.workspace, file.compilerOptions, binding.module)) {
      return { resolvedTo, why: "the project's own module, but it resolved to no scanned file (see summary.project.topUnresolved): check tsconfig paths and package.json exports" };
    }
    const live = catalog.entriesForModule(binding.module, file.dependencies);
    const known = live.length > 0 ? live : catalog.entriesForModule(binding.module, undefined);
    if (known.length === 0) {
      const generic = matchGenericCall(binding, call, resolver, catalog.endpointOf);
      if (generic.length > 0) return { resolvedTo, why: `a ${generic[0]!.sink.kind} sink, but none of the data it receives is personal (no name, type, alias or origin says so)` };
      return { resolvedTo, why: 'a package the catalog does not know; declare it under scan.sdks in privacy.yml if it sends or stores data' };
    }
    if (live.length === 0) {
      return { resolvedTo, why: `catalogued as ${known.map((entry) => entry.id).join(', ')}, but no package.json of the repository declares ${toPackageName(binding.module)}` };
    }
    const sites = matchCatalogCall(live, binding, call);
    if (sites.length === 0) {
      return { resolvedTo, why: `a ${live[0]!.id} client, but \`${binding.chain.join('.') || binding.root}\` is not one of its calls that carry data (a lookup, or a call the catalog does not list)` };
    }
    return { resolvedTo, why: `a ${sites[0]!.sink.kind} sink (${sites[0]!.sink.api}), but none of the data it receives is personal (no name, type, alias or origin says so)` };
  }

  function describeLocation(node: ts.Node): string {
    const location = toLocation(engine, node);
    return `${location.file}:${location.line}:${location.column}`;
  }
}
