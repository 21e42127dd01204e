// https://developer.apple.com/library/archive/documentation/Cocoa/Conceptual/PropertyLists/ (XML property list format)
import { PrivlintError } from '../errors.js';

export type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue };

/** One key of the top-level dictionary, with the exact text it was written as. */
export interface PlistEntry {
  key: string;
  value: PlistValue;
  /** From `<key>` to the end of the value, as it stands in the file. */
  raw: string;
}

/** Where a property list is not one privlint can read: 1-based line and column, and what is wrong there. */
class PlistSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const SCALARS = new Set(['string', 'integer', 'real', 'date', 'data']);

/**
 * Reads the top-level dictionary of an XML property list (PrivacyInfo.xcprivacy). Throws E_INPUT_INVALID naming
 * file:line:column for a binary plist, text that is not a plist, or a value that is malformed, so a file privlint
 * cannot read is never overwritten by guesswork.
 */
export function readPlistDictionary(text: string, file: string, fix: string): PlistEntry[] {
  if (text.startsWith('bplist')) {
    throw new PrivlintError(
      'E_INPUT_INVALID',
      `${file}:1:1 is a binary property list, which privlint does not read; convert it to XML (plutil -convert xml1 ${file}) and run again, or ${fix}.`,
    );
  }
  try {
    return new PlistReader(text).readDocument();
  } catch (error) {
    if (!(error instanceof PlistSyntaxError)) throw error;
    const { line, column } = positionOf(text, error.offset);
    throw new PrivlintError('E_INPUT_INVALID', `${file}:${line}:${column} ${error.message}; privlint cannot merge into it without losing what it holds, so fix the file, or ${fix}.`);
  }
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  start: number;
}

class PlistReader {
  private offset = 0;

  constructor(private readonly text: string) {}

  readDocument(): PlistEntry[] {
    this.skipMisc();
    const plist = this.readTag();
    if (plist.name !== 'plist' || plist.closing) throw new PlistSyntaxError(plist.start, `expected <plist>, found <${plist.closing ? '/' : ''}${plist.name}>: this is not a property list`);
    this.skipMisc();
    const dict = this.readTag();
    if (dict.name !== 'dict' || dict.closing) throw new PlistSyntaxError(dict.start, `the property list must hold one <dict>, found <${dict.closing ? '/' : ''}${dict.name}>`);
    const entries = dict.selfClosing ? [] : this.readEntries();
    this.skipMisc();
    this.expectClosing('plist');
    this.skipMisc();
    if (this.offset < this.text.length) throw new PlistSyntaxError(this.offset, 'unexpected text after </plist>');
    return entries;
  }

  private readEntries(): PlistEntry[] {
    const entries: PlistEntry[] = [];
    const seen = new Set<string>();
    for (;;) {
      this.skipMisc();
      const tag = this.readTag();
      if (tag.closing && tag.name === 'dict') return entries;
      if (tag.name !== 'key' || tag.closing || tag.selfClosing) throw new PlistSyntaxError(tag.start, `expected <key> or </dict> in a dictionary, found <${tag.closing ? '/' : ''}${tag.name}>`);
      const key = this.readText('key');
      if (seen.has(key)) throw new PlistSyntaxError(tag.start, `the key ${key} appears twice in the same dictionary`);
      seen.add(key);
      this.skipMisc();
      const value = this.readValue();
      entries.push({ key, value, raw: this.text.slice(tag.start, this.offset) });
    }
  }

  private readValue(): PlistValue {
    const tag = this.readTag();
    if (tag.closing) throw new PlistSyntaxError(tag.start, `expected a value, found </${tag.name}>`);
    if (tag.name === 'true' || tag.name === 'false') {
      if (!tag.selfClosing) this.expectClosing(tag.name);
      return tag.name === 'true';
    }
    if (tag.name === 'dict') {
      if (tag.selfClosing) return {};
      return Object.fromEntries(this.readEntries().map((entry) => [entry.key, entry.value]));
    }
    if (tag.name === 'array') {
      const items: PlistValue[] = [];
      if (tag.selfClosing) return items;
      for (;;) {
        this.skipMisc();
        if (this.text.startsWith('</array', this.offset)) {
          this.expectClosing('array');
          return items;
        }
        items.push(this.readValue());
      }
    }
    if (SCALARS.has(tag.name)) {
      const text = tag.selfClosing ? '' : this.readText(tag.name);
      if (tag.name === 'integer' || tag.name === 'real') {
        const number = Number(text.trim());
        if (text.trim() === '' || Number.isNaN(number)) throw new PlistSyntaxError(tag.start, `<${tag.name}>${text}</${tag.name}> is not a number`);
        return number;
      }
      return text;
    }
    throw new PlistSyntaxError(tag.start, `<${tag.name}> is not a property list value`);
  }

  /** Text up to `</name>`, with XML entities decoded; the closing tag is consumed. */
  private readText(name: string): string {
    const end = this.text.indexOf('<', this.offset);
    if (end === -1) throw new PlistSyntaxError(this.offset, `<${name}> is never closed`);
    const raw = this.text.slice(this.offset, end);
    const start = this.offset;
    this.offset = end;
    this.expectClosing(name);
    return decodeEntities(raw, start);
  }

  private expectClosing(name: string): void {
    const tag = this.readTag();
    if (!tag.closing || tag.name !== name) throw new PlistSyntaxError(tag.start, `expected </${name}>, found <${tag.closing ? '/' : ''}${tag.name}>`);
  }

  private readTag(): Tag {
    const start = this.offset;
    if (this.text[start] !== '<') {
      throw new PlistSyntaxError(start, start >= this.text.length ? 'the file ends before the property list is complete' : 'expected a tag');
    }
    const end = this.text.indexOf('>', start);
    if (end === -1) throw new PlistSyntaxError(start, 'a tag is never closed with >');
    const body = this.text.slice(start + 1, end);
    const match = /^(\/?)([A-Za-z][\w.-]*)(\s[^>]*?)?(\/?)$/.exec(body.trim());
    if (!match) throw new PlistSyntaxError(start, `<${body}> is not a well-formed tag`);
    this.offset = end + 1;
    return { name: match[2] ?? '', closing: match[1] === '/', selfClosing: match[4] === '/', start };
  }

  /** Whitespace, the XML declaration, the DOCTYPE and comments. */
  private skipMisc(): void {
    for (;;) {
      while (this.offset < this.text.length && /\s/.test(this.text[this.offset] ?? '')) this.offset++;
      const rest = this.text.startsWith.bind(this.text);
      const close = rest('<?', this.offset) ? '?>' : rest('<!--', this.offset) ? '-->' : rest('<!DOCTYPE', this.offset) ? '>' : undefined;
      if (close === undefined) return;
      const end = this.text.indexOf(close, this.offset);
      if (end === -1) throw new PlistSyntaxError(this.offset, 'a declaration or comment is never closed');
      this.offset = end + close.length;
    }
  }
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string, offset: number): string {
  return text.replace(/&([^;\s]*);?/g, (whole, name: string, index: number) => {
    if (!whole.endsWith(';')) throw new PlistSyntaxError(offset + index, `"${whole}" is an unfinished character reference`);
    const named = NAMED_ENTITIES[name];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-f]+$/i.test(name) ? parseInt(name.slice(2), 16) : /^#\d+$/.test(name) ? parseInt(name.slice(1), 10) : NaN;
    if (Number.isNaN(code) || code > 0x10ffff) throw new PlistSyntaxError(offset + index, `"${whole}" is not a character reference XML knows`);
    return String.fromCodePoint(code);
  });
}
