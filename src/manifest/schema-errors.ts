import type { ErrorObject } from 'ajv';
import { closestMatch } from '../taxonomy/index.js';
import { TAXONOMY_DEFS } from '../taxonomy/schema-defs.js';
import { formatPath, fromJsonPointer, type JsonPath, type Locator } from './locate.js';
import type { Diagnostic } from '../errors.js';
import { quote } from './quote.js';

interface SchemaNode {
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  enum?: unknown[];
  $ref?: string;
  pattern?: string;
}

const TAXONOMY_LISTS = TAXONOMY_DEFS.flatMap((name) => [`#/$defs/${name}/anyOf`, `#/$defs/${name}/enum`]);

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a map of keys to values',
  boolean: 'true or false',
  integer: 'a whole number',
  number: 'a number',
  null: 'empty',
};

/** How to write a value of the expected type, for the first type ajv expected. */
const TYPE_HINTS: Record<string, string> = {
  string: '; quote it if YAML reads it as a number, date or true/false',
  array: '; write it as [a, b] or as one "- item" per line',
  object: '; write its keys indented below it',
  boolean: '; write true or false (YAML 1.2 reads yes, no, on and off as text)',
};

const FORMAT_WORDS: Record<string, string> = {
  email: 'an email address such as privacy@example.com',
  uri: 'an absolute URL such as https://example.com/privacy',
  date: 'a date in the form YYYY-MM-DD',
};

/** What each pattern of the schema asks for, in words; keyed by the pattern itself so the schema stays the source. */
const PATTERN_WORDS: Record<string, string> = {
  '^[a-z0-9][a-z0-9_-]*$': 'an id of lowercase letters, digits, - and _ (such as "email" or "order-history")',
  '^[A-Z]{2}$': 'an ISO 3166-1 alpha-2 country code in capitals, such as US, DE or IE',
  '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$': 'a language code such as en, de or pt-BR',
  '^[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*$': 'a dotted fideslang id in lowercase, such as user.contact.email or analytics.reporting',
  '^[a-z][a-z0-9_]*$': 'a fideslang data subject id in lowercase, such as customer or anonymous_user',
};

const describeValue = (value: unknown): string => {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return `the text ${quote(value)}`;
  return `${typeof value === 'boolean' ? 'the value' : 'the number'} ${String(value)}`;
};

const subject = (path: JsonPath): string => (path.length === 0 ? 'the manifest' : formatPath(path));

const listValues = (values: readonly unknown[]): string => values.map((value) => String(value)).join(', ');

/**
 * Turns ajv's errors into one located sentence each. anyOf/oneOf noise collapses: when the value's type fits
 * one branch, that branch's own errors are kept; when it fits none, one sentence says what is expected.
 */
export function toSchemaDiagnostics(errors: readonly ErrorObject[], data: unknown, locator: Locator): Diagnostic[] {
  // The taxonomy ids are listed in the schema for editors; an unknown one is reported by semantic.ts, with the
  // closest id as a suggestion, instead of as a list of every id.
  const dropped = new Set<ErrorObject>(errors.filter((error) => TAXONOMY_LISTS.some((list) => error.schemaPath.startsWith(list))));
  for (const error of errors) {
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') continue;
    const branchPrefix = `${error.schemaPath}/`;
    const inside = errors.filter(
      (other) => other !== error && other.schemaPath.startsWith(branchPrefix) && isWithin(other.instancePath, error.instancePath),
    );
    const branches = new Map<string, ErrorObject[]>();
    for (const other of inside) {
      const branch = other.schemaPath.slice(branchPrefix.length).split('/')[0] ?? '';
      branches.set(branch, [...(branches.get(branch) ?? []), other]);
    }
    const fitting = [...branches.values()].find(
      (branchErrors) => !branchErrors.some((other) => other.keyword === 'type' && other.instancePath === error.instancePath),
    );
    for (const other of inside) if (!fitting?.includes(other)) dropped.add(other);
    if (fitting) dropped.add(error);
  }
  // `legalbasis: x` gives "unknown key legalbasis" and "missing legalBasis"; the first says it all.
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue;
    const allowed = Object.keys(((error.parentSchema ?? {}) as SchemaNode).properties ?? {});
    const suggestion = closestMatch(String((error.params as Record<string, unknown>).additionalProperty), allowed);
    for (const other of errors) {
      const missing = (other.params as Record<string, unknown>).missingProperty;
      if (other.keyword === 'required' && other.instancePath === error.instancePath && missing === suggestion) dropped.add(other);
    }
  }
  const diagnostics: Diagnostic[] = [];
  for (const error of errors) {
    if (dropped.has(error)) continue;
    // propertyNames reports each failing name twice: once per sub-keyword (carrying propertyName), once itself.
    if ((error as ErrorObject & { propertyName?: string }).propertyName !== undefined) continue;
    const diagnostic = toDiagnostic(error, data, locator);
    if (diagnostic) diagnostics.push(diagnostic);
  }
  return diagnostics;
}

const isWithin = (pointer: string, parent: string): boolean => pointer === parent || pointer.startsWith(`${parent}/`);

function toDiagnostic(error: ErrorObject, data: unknown, locator: Locator): Diagnostic | undefined {
  const path = fromJsonPointer(error.instancePath, data);
  const parentSchema = (error.parentSchema ?? {}) as SchemaNode;
  const value: unknown = error.data;
  const at = (target: JsonPath, message: string, onKey = false): Diagnostic => ({
    location: onKey ? locator.locateKey(target) : locator.locateValue(target),
    message,
    path: [...target],
  });
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const key = String(params.missingProperty);
      const description = parentSchema.properties?.[key]?.description;
      const hint = description ? `: ${description.charAt(0).toLowerCase()}${description.slice(1)}` : '.';
      return at(path, `${subject(path)} is missing the required key "${key}"; add it${hint}`, true);
    }
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(parentSchema.properties ?? {});
      const suggestion = closestMatch(key, allowed);
      const where = path.length === 0 ? 'at the top level' : `in ${formatPath(path)}`;
      const fix = suggestion ? `did you mean "${suggestion}"?` : `allowed keys are: ${allowed.join(', ')}.`;
      return at([...path, key], `unknown key ${quote(key)} ${where}; ${fix}`, true);
    }
    case 'propertyNames': {
      const name = String(params.propertyName);
      const namesSchema = (error.schema ?? {}) as SchemaNode;
      if (Array.isArray(namesSchema.enum)) {
        const suggestion = closestMatch(name, namesSchema.enum.map(String));
        const fix = suggestion ? `did you mean "${suggestion}"?` : `use one of: ${listValues(namesSchema.enum)}.`;
        return at([...path, name], `unknown ${path.at(-1) === 'rules' ? 'rule' : 'key'} ${quote(name)} in ${subject(path)}; ${fix}`, true);
      }
      const isLanguage = namesSchema.$ref?.endsWith('/language') === true;
      const expected = isLanguage ? PATTERN_WORDS['^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'] : PATTERN_WORDS['^[a-z0-9][a-z0-9_-]*$'];
      const kind = isLanguage ? 'language code' : 'id';
      return at([...path, name], `${quote(name)} in ${subject(path)} is not a valid ${kind}; use ${expected}.`, true);
    }
    case 'type': {
      const expected = String(params.type)
        .split(',')
        .map((type) => TYPE_WORDS[type] ?? type)
        .join(' or ');
      const hint = TYPE_HINTS[String(params.type).split(',')[0] ?? ''] ?? '';
      return at(path, `${subject(path)} must be ${expected}, not ${describeValue(value)}${hint}.`);
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[] | undefined) ?? [];
      const suggestion = typeof value === 'string' ? closestMatch(value, allowed.map(String)) : undefined;
      const guess = suggestion ? `did you mean "${suggestion}"? It` : 'it';
      return at(path, `${subject(path)} is ${describeValue(value)}; ${guess} must be one of: ${listValues(allowed)}.`);
    }
    case 'const':
      return at(path, `${subject(path)} must be ${JSON.stringify(params.allowedValue)}, not ${describeValue(value)}; set it to ${JSON.stringify(params.allowedValue)}.`);
    case 'pattern': {
      const pattern = String(params.pattern);
      const expected = PATTERN_WORDS[pattern] ?? `text matching ${pattern}`;
      return at(path, `${subject(path)} is ${describeValue(value)}; use ${expected}.`);
    }
    case 'format': {
      const expected = FORMAT_WORDS[String(params.format)] ?? `a valid ${String(params.format)}`;
      return at(path, `${subject(path)} is ${describeValue(value)}, which is not ${expected}; fix the value.`);
    }
    case 'minLength':
      return at(path, `${subject(path)} is empty; write the text or remove the key.`);
    case 'minItems':
      return at(path, `${subject(path)} must list at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}.`);
    case 'minProperties':
      return at(path, `${subject(path)} is an empty map; add at least one entry or remove the key.`);
    case 'uniqueItems': {
      const later = Math.max(Number(params.i), Number(params.j));
      const earlier = Math.min(Number(params.i), Number(params.j));
      return at([...path, later], `${formatPath([...path, later])} repeats ${formatPath([...path, earlier])}; remove the duplicate.`);
    }
    case 'minimum':
      return at(path, `${subject(path)} must be ${String(params.limit)} or more.`);
    case 'anyOf':
    case 'oneOf': {
      const expected = parentSchema.title ?? 'one of the allowed shapes';
      return at(path, `${subject(path)} must be ${expected}, not ${describeValue(value)}.`);
    }
    default:
      return at(path, `${subject(path)} ${error.message ?? 'is not valid'}.`);
  }
}
