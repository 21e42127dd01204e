/** One field of a model the project declares in a schema file. */
export interface DeclaredField {
  name: string;
  /** The field's type as written, without `?` and `[]`: `String`, `DateTime`, or another model's name. */
  type: string;
  list: boolean;
  /** `String?`: the record may lack it (an optional owner does not make the record a person's). */
  optional: boolean;
}

/** A model of the project's own schema (Prisma), read as text: its name and fields. */
export interface DeclaredModel {
  name: string;
  fields: DeclaredField[];
}

/**
 * The `model` blocks of the Prisma schema files' texts (one `schema.prisma`, or the files of a multi-file
 * `prisma/schema/` folder), read as text, never run. Sorted by name so that the scan's settings (and the cache key
 * built from them) do not depend on the order the files were listed in.
 * https://www.prisma.io/docs/orm/prisma-schema/data-model/models
 */
export function collectPrismaModels(schemaTexts: readonly string[]): DeclaredModel[] {
  const models = new Map<string, DeclaredModel>();
  for (const text of schemaTexts) {
    for (const model of parsePrismaModels(text)) if (!models.has(model.name)) models.set(model.name, model);
  }
  return [...models.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function parsePrismaModels(text: string): DeclaredModel[] {
  const models: DeclaredModel[] = [];
  const code = text.replace(/\/\/[^\n]*/g, '');
  for (const block of code.matchAll(/\bmodel\s+(\w+)\s*\{([^}]*)\}/g)) {
    const fields: DeclaredField[] = [];
    for (const line of block[2]!.split('\n')) {
      const field = /^\s*(\w+)\s+(\w+)(\[\])?(\?)?/.exec(line);
      if (!field) continue;
      fields.push({ name: field[1]!, type: field[2]!, list: field[3] !== undefined, optional: field[4] !== undefined });
    }
    models.push({ name: block[1]!, fields });
  }
  return models;
}
