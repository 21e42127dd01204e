/**
 * Nesting levels a manifest may use. A real one needs about six (fields → email → purposes → item); the YAML
 * parser recurses once or more per level and runs out of stack somewhere in the thousands.
 */
export const MAX_NESTING_DEPTH = 100;

export interface NestingOverflow {
  /** Where the first collection deeper than the limit opens (1-based, columns in UTF-16 units like the YAML parser). */
  line: number;
  column: number;
}

interface BlockCollection {
  column: number;
  kind: 'seq' | 'map';
}

const isBlank = (character: string | undefined): boolean =>
  character === undefined || character === ' ' || character === '\t' || character === '\r' || character === '\n';

/**
 * Finds the first place where the text nests collections deeper than `limit`, by one linear pass over the
 * text, before the recursive YAML parser sees it. It follows block collections by their indentation and
 * indicators (`- `, `? `, `key: `) and flow collections by their brackets, skipping quoted scalars, block
 * scalars and comments. It is an estimate, not a parser: on odd input it can count a level too few or too
 * many, which is why parsing also guards against running out of stack.
 */
export function findExcessiveNesting(text: string, limit = MAX_NESTING_DEPTH): NestingOverflow | undefined {
  return measureNesting(text, limit).overflow;
}

export interface NestingMeasure {
  /** The first collection deeper than the limit; the scan stops there. */
  overflow?: NestingOverflow;
  /** The deepest collection seen (up to the overflow), for pointing at a problem the scan could not see coming. */
  deepest: NestingOverflow & { depth: number };
}

export function measureNesting(text: string, limit = MAX_NESTING_DEPTH): NestingMeasure {
  const blocks: BlockCollection[] = [];
  let flowDepth = 0;
  let openQuote: '"' | "'" | undefined;
  /** Set after a `|` or `>` header: lines indented deeper than this belong to the block scalar. */
  let blockScalarParent: number | undefined;
  let line = 1;
  let lineStart = 0;

  const deepest = { line: 1, column: 1, depth: 0 };
  /** Records the collection that just opened at `column`; true when it is one level too many. */
  const tooDeep = (column: number): boolean => {
    const depth = blocks.length + flowDepth;
    if (depth > deepest.depth) Object.assign(deepest, { line, column: column + 1, depth });
    return depth > limit;
  };
  /** A block collection at `column`: the one on top of the stack, or a new, deeper one. */
  const enterBlock = (column: number, kind: BlockCollection['kind']): void => {
    while ((blocks.at(-1)?.column ?? -1) > column) blocks.pop();
    let top = blocks.at(-1);
    if (top?.column === column && top.kind === 'seq' && kind === 'map') {
      // `key:` back at the indentation of a list that was the previous key's value: the list has ended.
      blocks.pop();
      top = blocks.at(-1);
    }
    if (top?.column === column && top.kind === kind) return;
    blocks.push({ column, kind });
  };

  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const end = newline === -1 ? text.length : newline;
    let position = lineStart;
    while (text[position] === ' ') position++;
    const indent = position - lineStart;
    const empty = position >= end || text.slice(position, end).trim() === '';

    if (blockScalarParent !== undefined && (empty || indent > blockScalarParent)) {
      lineStart = end + 1;
      line++;
      continue;
    }
    blockScalarParent = undefined;
    let atNodeStart = openQuote === undefined;
    if (openQuote === undefined && flowDepth === 0) {
      if (indent === 0 && /^(?:---|\.\.\.)(?=\s|$)/.test(text.slice(position, position + 4))) {
        blocks.length = 0;
        position += 3;
      } else if (indent === 0 && text[position] === '%') {
        position = end;
      } else {
        while ((blocks.at(-1)?.column ?? -1) > indent) blocks.pop();
      }
    }
    /** Column of a quoted scalar that opened on this line, in block context: it may be a key. */
    let quotedKeyColumn: number | undefined;

    while (position < end) {
      const character = text[position] as string;
      if (openQuote !== undefined) {
        if (openQuote === '"' && character === '\\') {
          position += 2;
          continue;
        }
        if (character === openQuote) {
          if (openQuote === "'" && text[position + 1] === "'") {
            position += 2;
            continue;
          }
          openQuote = undefined;
        }
        position++;
        continue;
      }
      if (isBlank(character)) {
        position++;
        continue;
      }
      if (character === '#' && isBlank(text[position - 1])) break;
      const column = position - lineStart;
      if (atNodeStart && (character === '&' || character === '!')) {
        // An anchor or tag before a node: the node still starts after it.
        while (position < end && !isBlank(text[position]) && !'[]{},'.includes(text[position] as string)) position++;
        continue;
      }
      if (flowDepth > 0) {
        if (character === '[' || character === '{') {
          flowDepth++;
          if (tooDeep(column)) return { overflow: { line, column: column + 1 }, deepest };
          atNodeStart = true;
        } else if (character === ']' || character === '}') {
          flowDepth = Math.max(0, flowDepth - 1);
          atNodeStart = false;
        } else if (character === ',' || ((character === ':' || character === '?') && (isBlank(text[position + 1]) || '[]{},'.includes(text[position + 1] ?? '')))) {
          atNodeStart = true;
        } else if (atNodeStart && (character === '"' || character === "'")) {
          openQuote = character;
          atNodeStart = false;
        } else {
          atNodeStart = false;
        }
        position++;
        continue;
      }
      if (quotedKeyColumn !== undefined) {
        if (character === ':' && isBlank(text[position + 1])) {
          enterBlock(quotedKeyColumn, 'map');
          if (tooDeep(quotedKeyColumn)) return { overflow: { line, column: quotedKeyColumn + 1 }, deepest };
          atNodeStart = true;
        }
        quotedKeyColumn = undefined;
        position++;
        continue;
      }
      if (!atNodeStart) break;
      if ((character === '-' || character === '?' || character === ':') && isBlank(text[position + 1])) {
        enterBlock(column, character === '-' ? 'seq' : 'map');
        if (tooDeep(column)) return { overflow: { line, column: column + 1 }, deepest };
        position++;
        continue;
      }
      if (character === '[' || character === '{') {
        flowDepth = 1;
        if (tooDeep(column)) return { overflow: { line, column: column + 1 }, deepest };
        position++;
        continue;
      }
      if (character === '"' || character === "'") {
        openQuote = character;
        quotedKeyColumn = column;
        atNodeStart = false;
        position++;
        continue;
      }
      if (character === '|' || character === '>') {
        blockScalarParent = blocks.at(-1)?.column ?? -1;
        break;
      }
      // A plain scalar: a key when `: ` follows on this line before any comment, else a value that ends the line.
      let colon = -1;
      for (let index = position; index < end; index++) {
        const next = text[index];
        if (next === '#' && isBlank(text[index - 1])) break;
        if (next === ':' && isBlank(text[index + 1])) {
          colon = index;
          break;
        }
      }
      if (colon === -1) break;
      enterBlock(column, 'map');
      if (tooDeep(column)) return { overflow: { line, column: column + 1 }, deepest };
      position = colon + 1;
    }
    lineStart = end + 1;
    line++;
  }
  return { deepest };
}
