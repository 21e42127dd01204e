// Types whose values can never carry personal data by themselves: flags, nothing, functions, patterns and UI
// handles. `emailVerified: boolean` or `emailInput: HTMLInputElement` name data but do not hold it. Numbers,
// dates and string-literal unions stay personal: `age: number`, `birthDate: Date`, `gender: 'f' | 'm' | 'x'`.
const NON_PERSONAL_TYPES: ReadonlySet<string> = new Set([
  'boolean', 'Boolean', 'true', 'false', 'null', 'undefined', 'void', 'never', 'symbol', 'Symbol', 'RegExp',
  'Function', 'Element', 'Node', 'EventTarget', 'ReactNode', 'ReactElement', 'JSX.Element', 'React.ReactNode',
  'React.ReactElement', 'SVGElement', 'AbortController', 'AbortSignal',
  // A flag kept as text (`notify_props: { email: 'true' | 'false' }`): whether to e-mail, not an address.
  "'true'", "'false'", '"true"', '"false"',
]);

const WRAPPERS = /^(?:Promise|Array|ReadonlyArray|Set|ReadonlySet|Readonly|RefObject|MutableRefObject|Ref|React\.RefObject|React\.MutableRefObject|React\.Ref|Signal|Observable)<(.*)>$/s;

/** Splits `A | B` at the top level only, so `Array<A | B>` and `(a: A | B) => void` stay whole. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    if ('<([{'.includes(char)) depth += 1;
    else if ('>)]}'.includes(char) && !(char === '>' && text[index - 1] === '=')) depth -= 1;
    if (char === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

function isFunctionType(text: string): boolean {
  let depth = 0;
  for (let index = 0; index < text.length - 1; index += 1) {
    const char = text[index] ?? '';
    if (char === '=' && text[index + 1] === '>' && depth === 0) return true;
    if ('<([{'.includes(char)) depth += 1;
    else if ('>)]}'.includes(char)) depth -= 1;
  }
  return false;
}

/** A TypeScript type text that can never hold personal data by itself (boolean, void, functions, DOM/React handles, ...). */
export function isNonPersonalType(typeText: string): boolean {
  let text = typeText.trim();
  if (text === '') return false;
  text = text.replace(/^readonly\s+/, '');
  if (isFunctionType(text)) return true;
  const parts = splitTopLevel(text, '|');
  if (parts.length > 1) return parts.every((part) => isNonPersonalType(part));
  if (text.startsWith('(') && text.endsWith(')')) return isNonPersonalType(text.slice(1, -1));
  if (text.endsWith('[]')) return isNonPersonalType(text.slice(0, -2));
  const wrapped = WRAPPERS.exec(text);
  if (wrapped?.[1] !== undefined) return isNonPersonalType(wrapped[1]);
  if (NON_PERSONAL_TYPES.has(text)) return true;
  return /^(?:HTML\w*Element|SVG\w+Element)$/.test(text);
}
