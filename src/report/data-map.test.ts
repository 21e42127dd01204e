import { describe, expect, test } from 'vitest';
import { formatMermaidMap, toMermaidLabel } from './data-map.js';

describe('the Mermaid data map', () => {
  test('sources → categories → sinks → recipients, with generated ids and sorted, so output is stable', () => {
    expect(
      formatMermaidMap([
        { flow: { category: 'user.contact.email', kind: 'analytics', target: 'segment' }, mark: null, targetName: 'Segment' },
        { flow: { category: 'user.contact.email', kind: 'request-input', target: null }, mark: null },
        { flow: { category: 'user.name', kind: 'log', target: 'pino' }, mark: 'undeclared' },
      ]),
    ).toBe(
      [
        'flowchart LR',
        '  subgraph sources["Sources"]',
        '    s1["Incoming requests"]',
        '  end',
        '  subgraph categories["Data categories"]',
        '    c1["user.contact.email"]',
        '    c2["user.name"]',
        '  end',
        '  subgraph sinks["Sinks"]',
        '    k1["analytics"]',
        '    k2["log"]',
        '  end',
        '  subgraph targets["Recipients and stores"]',
        '    r1["pino"]',
        '    r2["Segment"]',
        '  end',
        '  s1 --> c1',
        '  c1 --> k1',
        '  c2 -.->|undeclared| k2',
        '  k1 --> r2',
        '  k2 -.->|undeclared| r1',
        '  classDef undeclared stroke:#d1242f,stroke-width:2px,stroke-dasharray:4 3',
        '  class c2 undeclared',
        '',
      ].join('\n'),
    );
  });

  test('labels from code cannot close the label or inject markup', () => {
    expect(toMermaidLabel('a"] --> x["<b>#`\nz')).toBe('a#34;] --#62; x[#34;#60;b#62;#35;#96; z');
  });
});
