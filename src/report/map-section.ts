/** Mermaid refuses diagrams longer than this by default (its `maxTextSize`), and GitHub renders with the default. */
export const MERMAID_MAX_TEXT = 50_000;

/** A markdown "Data map" section around Mermaid text, or a sentence saying why the map is left out. */
export function formatMapSection(mermaid: string, marksUndeclared: boolean, heading = '## Data map'): string[] {
  const legend = marksUndeclared
    ? 'Sources → data categories → sinks → recipients; dashed arrows marked "undeclared" are flows the manifest leaves out.'
    : 'Sources → data categories → sinks → recipients.';
  if (mermaid.length > MERMAID_MAX_TEXT) {
    return [heading, '', `The map has ${mermaid.length.toLocaleString('en')} characters, more than Mermaid draws (${MERMAID_MAX_TEXT.toLocaleString('en')}); write it with \`privlint scan --format mermaid\` and view it in a Mermaid editor.`, ''];
  }
  return [heading, '', legend, '', '```mermaid', mermaid.trimEnd(), '```', ''];
}
