/** The marker `privlint init` and `check --fix` leave where a person must decide. */
export const TODO_MARKER = 'TODO';

export interface TodoMarker {
  /** Where in the manifest, e.g. ['fields', 'email', 'description']. */
  path: (string | number)[];
  /** The text, whitespace collapsed. */
  text: string;
}

const isTodo = (value: string) => /^\s*TODO\b/.test(value);

/** Every string of the manifest that is still a TODO marker, in document order of the parsed value. */
export function findTodoMarkers(manifest: unknown): TodoMarker[] {
  const markers: TodoMarker[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      if (isTodo(value)) markers.push({ path, text: value.replace(/\s+/g, ' ').trim() });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(manifest, []);
  return markers;
}
