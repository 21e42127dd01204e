/**
 * Characters that must never reach a terminal raw from user text: C0 controls (ESC starts colour and cursor
 * sequences), DEL, C1 controls, the line and paragraph separators, and the bidi marks, embeddings, overrides and
 * isolates that can make a line read differently from what it holds ("Trojan Source").
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const toEscape = (character: string): string => {
  const named = NAMED[character];
  if (named !== undefined) return named;
  const code = character.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** User text made safe to print inside a message: control and bidi characters show as `\x1b`, `\u202e`, `\n`. */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, toEscape);
}

/** User text in double quotes for a message; `"` and `\` are escaped too, so the quotes always show where it ends. */
export function quote(text: string): string {
  return `"${escapeForTerminal(text.replace(/[\\"]/g, (character) => `\\${character}`))}"`;
}
