import { createUndeclaredTest, getRecipientName, groupFlows, isThirdPartyFlow } from '../flows/flows.js';
import type { Manifest } from '../manifest/types.js';
import type { Problem, ScanResult } from '../model.js';
import { formatMermaidMap, type MappedFlow } from './data-map.js';

export interface DataMapContext {
  /** With a manifest: the problems `check` finds, which mark the flows it leaves out. */
  problems?: readonly Problem[];
  manifest?: Manifest;
}

/** The scan's flows as map entries; a flow is undeclared when any of its places has an undeclared-flow problem. */
export function mapScanFlows(result: ScanResult, ctx: DataMapContext): MappedFlow[] {
  const isUndeclared = ctx.problems === undefined ? () => false : createUndeclaredTest(ctx.problems);
  return groupFlows(result.findings).map((flow) => ({
    flow,
    mark: flow.findings.some(isUndeclared) ? 'undeclared' : null,
    targetName: isThirdPartyFlow(flow, ctx.manifest) ? getRecipientName(flow.target!, [ctx.manifest]) : null,
  }));
}

/** `scan --format mermaid`: the data map as a Mermaid flowchart (sources → categories → sinks → recipients). */
export const formatScanMermaid = (result: ScanResult, ctx: DataMapContext): string => formatMermaidMap(mapScanFlows(result, ctx));
