import { ts } from './typescript.js';
import type { BindingResolver } from './bindings.js';
import type { DataItem, Engine } from './context.js';
import { textOf } from './context.js';
import { isContentWord, isFreeTextByWord, tokenize } from './classify/index.js';
import { BESIDE_PERSONAL_FIELDS, PERSON_RECORD } from './person-context.js';
import { calledName, declaredObjectLiteral, propertyNameText, resolveIdentifier, unwrap } from './scope.js';
import type { DeclaredField } from '../project/prisma-models.js';
import type { SinkSite, SinkValue } from './sink-site.js';

/**
 * The project's own data model (DESIGN.md "Detection": "a model of the project's schema tells which records are
 * people's and what their fields hold"): Prisma models from the schema files (read once per scan, in the scan's
 * settings and so in its cache key), Drizzle tables and TypeORM/MikroORM/sequelize-typescript entities from the
 * definition a write names (followed like any other import, so the cache keys them as files read).
 */
export interface RecordModel {
  name: string;
  isPerson: boolean;
  /**
   * An organisation's or the product's record: named so (`Team`, `WorkspaceSetting`), or kept under an organisation
   * (`workspaceId`, `teamId`) with no person it belongs to (no `userId`, `authorId`, `createdById`). Its free text (a
   * role's description, a status page's title, a monitor's request body) is what the organisation configures.
   */
  isOrganisation: boolean;
  /** Whether the record's name names a person (`OrganisationMemberInvite`, `TeamMember`): someone is on it, whoever keeps it. */
  namesPerson: boolean;
  /** The fields that hold a person's data, with their category. */
  fields: ReadonlyMap<string, string>;
  /** The fields that link another record, with that record's name (`notes` → `Note`). */
  relations: ReadonlyMap<string, string>;
}

// Records of an organisation or of the product: their `name`, `email` or `description` are not a person's.
const ORGANISATION_NOUNS = new Set(['team', 'organization', 'organisation', 'org', 'workspace', 'company', 'project', 'group', 'tenant', 'store', 'shop', 'business', 'brand', 'product', 'domain', 'integration', 'webhook', 'plan', 'subscription', 'setting', 'settings', 'config', 'template']);
// A field that names the person a record belongs to: `ownerId`, `userId`, `authorId`, `createdById`.
const OWNER_ROLES = new Set(['user', 'owner', 'author', 'creator', 'createdby', 'sender', 'member', 'customer', 'patient']);
const NON_DATA_TYPES = /^(boolean|bool|Boolean|int|integer|Int|Float|Decimal|BigInt|serial|bigserial|smallint|real|doublePrecision|number)$/;
const PERSON_ONLY = /^user\.(contact|name|account|authorization|demographic)(\.|$)/;
const PERSON_IDENTITY = /^user\.(contact\.(email|phone_number)|name|account\.username|demographic)(\.|$)/;
const CONTENT_CATEGORY = 'user.content.private';
const READ_METHODS = new Set(['findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany']);
const TABLE_FACTORIES = /^(pg|mysql|sqlite|singlestore)Table$/;
const ENTITY_DECORATORS = new Set(['Entity', 'Table', 'Schema', 'ObjectType', 'Model']);

interface FieldShape {
  name: string;
  /** The field's type: a scalar (`String`, `text`) or another record's name for a relation. */
  type: string | undefined;
  /** A link to another record (`author Member`, `@ManyToOne(() => User) user`), not data of its own. */
  relation?: boolean;
  optional?: boolean;
  /** The record's own key (`@PrimaryGeneratedColumn() uuid`): how the database finds it, not something a person gave. */
  primary?: boolean;
}

/** What a record's definition says: is it a person's, and which of its fields hold their data. */
export function describeRecord(engine: Pick<Engine, 'classifier'>, name: string, shapes: readonly FieldShape[], isPersonModel: (type: string) => boolean): RecordModel {
  const { classifier } = engine;
  const isOrganisationNamed = tokenize(name).some((token) => ORGANISATION_NOUNS.has(token));
  const names = shapes.map((shape) => shape.name);
  // A record's own key is how the database finds it, not something a person gave.
  const scalar = shapes.filter((shape) => !shape.relation && !shape.primary && shape.name !== 'id' && !(shape.type && NON_DATA_TYPES.test(shape.type)));
  // By its fields: two that only a person has (`email` and `firstName`); a bare `name` beside an `email` may be a clinic's.
  // A record kept under an organisation with no person it belongs to (a status page with its `password` and
  // `contactUrl`) needs two that say who someone is: a shared password or a contact link are the organisation's.
  const isKeptByOrganisation = shapes.some((shape) => isOrganisationKey(shape.name)) && !shapes.some((shape) => isOwnerField(shape.name));
  const personOnly = isKeptByOrganisation ? PERSON_IDENTITY : PERSON_ONLY;
  const personalFields = scalar.filter((shape) => personOnly.test(classifier.classifyName(shape.name)?.category ?? '')).length;
  const isPerson = !isOrganisationNamed && (isPersonModelName(engine, name) || personalFields >= 2);
  const fields = new Map<string, string>();
  if (isPerson) {
    for (const shape of scalar) {
      const found = classifier.classifyName(shape.name, 'user', [...names, PERSON_RECORD]);
      if (found) fields.set(shape.name, found.category);
    }
  }
  // Owned: it cannot exist without its person (`author Member`, `ownerId String`); an optional owner is not enough.
  // The link's name says who wrote it: a note's `author`, a post's `owner`; a payout's `partner` is only who is paid.
  const isOwned = !isOrganisationNamed && shapes.some((shape) => !shape.optional && isOwnerField(shape.name) && (!shape.relation || (shape.type !== undefined && isPersonModel(shape.type))));
  // Free text a person writes into a record of their own: a note's title and body, a message, a comment.
  if (isPerson || isOwned) {
    for (const shape of scalar) if (!fields.has(shape.name) && isContentWord(shape.name.toLowerCase())) fields.set(shape.name, CONTENT_CATEGORY);
  }
  const namesPerson = tokenize(name).some((token) => engine.classifier.isPersonObjectName(token));
  const relations = new Map(shapes.flatMap((shape) => (shape.relation && shape.type ? [[shape.name, shape.type.replace(/\[\]$/, '')] as const] : [])));
  return { name, isPerson, isOrganisation: !isPerson && !isOwned && (isOrganisationNamed || isKeptByOrganisation), namesPerson, fields, relations };
}

// The organisations a record may be kept under; a `project` or a `store` may be a person's own.
const ORGANISATION_KEEPERS = new Set(['team', 'organization', 'organisation', 'org', 'workspace', 'company', 'tenant']);

/** `workspaceId`, `team_id`, `organization`: the key of the organisation a record is kept under. */
function isOrganisationKey(name: string): boolean {
  const tokens = tokenize(name).filter((token) => token !== 'id');
  return tokens.length === 1 && ORGANISATION_KEEPERS.has(tokens[0]!);
}

// Nouns that name a person only with a person beside them: a `UserProfile` is a person's, a `SymbolProfile` a stock's;
// an `Account` may be a bank account or an OAuth link, so its fields decide.
const QUALIFIED_PERSON_NOUNS = new Set(['account', 'profile', 'client', 'agent', 'identity', 'holder', 'lead', 'tenant', 'owner', 'player', 'admin']);

function isPersonModelName(engine: Pick<Engine, 'classifier'>, name: string): boolean {
  if (!engine.classifier.isPersonObjectName(name)) return false;
  const tokens = tokenize(name);
  const head = tokens[tokens.length - 1] ?? '';
  if (!QUALIFIED_PERSON_NOUNS.has(head.replace(/s$/, ''))) return true;
  const modifiers = tokens.slice(0, -1);
  if (modifiers.length === 0) return head.startsWith('profile');
  return modifiers.some((token) => !QUALIFIED_PERSON_NOUNS.has(token) && engine.classifier.isPersonObjectName(token));
}

function isOwnerField(name: string): boolean {
  const tokens = tokenize(name).filter((token) => token !== 'id');
  return tokens.length > 0 && (OWNER_ROLES.has(tokens[0]!) || OWNER_ROLES.has(tokens.join('')));
}

/**
 * What a write to an organisation's record carries that is the organisation's own: free text under its word (a role's
 * description, a status page's title), its billing customer's id (`stripeCustomerId`: the customer is the organisation),
 * and, where the record names no person, a `name` taken for a person's only because an `email` is beside it (a team
 * mailbox's display name, as a clinic's name beside its address): an invitation of a member keeps its invitee's name.
 */
export function isOrganisationsOwn(found: DataItem, model: RecordModel): boolean {
  if (found.evidence.detail === BESIDE_PERSONAL_FIELDS && !model.namesPerson) return true;
  return isFreeTextByWord(found) || (found.category === 'user.unique_id' && tokenize(found.expression).includes('customer'));
}

export function createDataModel(engine: Engine, resolver: BindingResolver) {
  const prisma = describePrismaModels(engine);

  /** The model a database write goes to: the entity or table it names, else a Prisma model of that name. */
  function siteModel(site: Pick<SinkSite, 'record' | 'recordNode'>): RecordModel | undefined {
    const defined = site.recordNode ? definitionModel(site.recordNode) : undefined;
    if (defined) return defined;
    return site.record ? prisma.get(site.record.toLowerCase()) : undefined;
  }

  function definitionModel(node: ts.Expression): RecordModel | undefined {
    const binding = resolver.resolveExpression(unwrap(node));
    if (!binding) return undefined;
    if (binding.type === 'class') return entityModel(binding.node);
    if (!('calls' in binding)) return undefined;
    const table = binding.calls.find((call): call is ts.CallExpression => ts.isCallExpression(call) && TABLE_FACTORIES.test(calledName(call) ?? ''));
    return table ? tableModel(table) : undefined;
  }

  /** `pgTable('notes', { id: serial('id'), title: text('title'), userId: integer('user_id') })`, or its callback form. */
  function tableModel(call: ts.CallExpression): RecordModel | undefined {
    const [nameArgument, columnsArgument] = call.arguments;
    if (!nameArgument || !ts.isStringLiteralLike(nameArgument) || !columnsArgument) return undefined;
    let columns: ts.Node = unwrap(columnsArgument);
    if (ts.isArrowFunction(columns) && !ts.isBlock(columns.body)) columns = unwrap(columns.body);
    if (!ts.isObjectLiteralExpression(columns)) return undefined;
    const shapes: FieldShape[] = columns.properties.flatMap((property) => {
      const name = property.name ? propertyNameText(property.name) : undefined;
      if (!name) return [];
      const column = ts.isPropertyAssignment(property) ? innermostCall(unwrap(property.initializer)) : undefined;
      return [{ name, type: column ? calledName(column) : undefined }];
    });
    return describeRecord(engine, singular(nameArgument.text), shapes, () => false);
  }

  /** A class decorated as an entity (`@Entity()`, `@Table`): its decorated properties are its fields. */
  function entityModel(node: ts.ClassLikeDeclaration): RecordModel | undefined {
    if (!node.name || !decoratorNames(node).some((name) => ENTITY_DECORATORS.has(name))) return undefined;
    const shapes: FieldShape[] = node.members.flatMap((member) => {
      if (!ts.isPropertyDeclaration(member) || decoratorNames(member).length === 0) return [];
      const name = propertyNameText(member.name);
      if (!name) return [];
      const type = member.type && ts.isTypeReferenceNode(member.type) ? member.type.typeName.getText() : member.type?.getText();
      const decorators = decoratorNames(member);
      return [{ name, type, relation: decorators.some((decorator) => /One|Many|Embedded|Ref/.test(decorator)), optional: member.questionToken !== undefined, primary: decorators.some((decorator) => decorator.startsWith('Primary')) }];
    });
    return describeRecord(engine, node.name.text, shapes, (type) => engine.classifier.isPersonObjectName(type));
  }

  /**
   * The data a write of a known model carries beyond what the value's own names say: a field of the model written
   * under a generic name (`data: { content: input.text }` of an owned note), or a whole opaque input (`data: input`).
   */
  function recordItems(site: Pick<SinkSite, 'record' | 'recordNode'>, value: SinkValue, found: readonly DataItem[], viaParameter: (node: ts.Expression) => boolean): DataItem[] {
    const model = siteModel(site);
    if (!model || model.fields.size === 0 || value.isKey || value.fixed) return [];
    const known = new Set(found.map((item) => item.category));
    const items: DataItem[] = [];
    const written = (value.paths ? value.paths.flatMap((path) => valuesAt(value.expression, path.split('.'))) : [value.expression]).flatMap((found) => elementsOf(unwrap(found)));
    for (const expression of written) {
      const node = unwrap(expression);
      const literal = objectLiteralOf(node);
      if (literal) {
        literalItems(model, literal, known, items, viaParameter, 0);
      } else if ((found.length === 0 || isReturnedRecord(node)) && isOpaque(node)) {
        // A person's record, or one a person owns (a note's content), written whole. A row the project's own code
        // built (`const projection = this.mapper.toProjection(note)`) says only what the values put in it are; the
        // columns of the entity it was built for are written too, so the two add up.
        for (const [key, category] of model.fields) if (!known.has(category)) {
          items.push(fieldItem(model, key, category, `${textOf(node)}.${key}`, viaParameter(node)));
          known.add(category);
        }
      }
    }
    return items;
  }

  /**
   * The fields of a model a written object literal sets, and what its nested writes of related records set
   * (`data: { notes: { create: { content } } }` writes a Note; `image: { create: upload }` on a person's model writes
   * that person's image).
   */
  function literalItems(model: RecordModel, literal: ts.ObjectLiteralExpression, known: Set<string>, items: DataItem[], viaParameter: (node: ts.Expression) => boolean, depth: number): void {
    for (const property of literal.properties) {
      const key = property.name ? propertyNameText(property.name) : undefined;
      if (!key) continue;
      const written = ts.isPropertyAssignment(property) ? unwrap(property.initializer) : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
      if (!written) continue;
      const related = model.relations.get(key);
      if (related !== undefined) {
        if (depth < MAX_NESTED_WRITES) nestedWriteItems(model, key, related, written, known, items, viaParameter, depth + 1);
        continue;
      }
      const category = model.fields.get(key);
      if (!category || known.has(category)) continue;
      if (isFixed(written) || (category === CONTENT_CATEGORY && isComposedText(written))) continue;
      items.push(fieldItem(model, key, category, textOf(written), viaParameter(written)));
      known.add(category);
    }
  }

  /**
   * A relation field's nested writes (Prisma's `create`, `createMany`, `connectOrCreate`, `upsert`, `update`): records
   * of the related model written with the parent. `connect`, `set` and `disconnect` only link records that exist.
   */
  function nestedWriteItems(model: RecordModel, key: string, related: string, written: ts.Expression, known: Set<string>, items: DataItem[], viaParameter: (node: ts.Expression) => boolean, depth: number): void {
    const operations = objectLiteralOf(written);
    if (!operations) return;
    const relatedModel = prisma.get(related.toLowerCase());
    for (const operation of operations.properties) {
      const name = operation.name ? propertyNameText(operation.name) : undefined;
      const paths = name ? NESTED_WRITE_PATHS[name] : undefined;
      if (!paths) continue;
      const records = paths.flatMap((path) => valuesAt(operations, [name!, ...path])).flatMap((found) => elementsOf(unwrap(found)));
      for (const record of records) {
        const literal = objectLiteralOf(record);
        if (literal) {
          if (relatedModel) literalItems(relatedModel, literal, known, items, viaParameter, depth);
          continue;
        }
        // A record passed whole under a relation of a person's model is what the relation names (`image`, `avatar`).
        const category = model.isPerson && isOpaque(record) && !isFixed(record) ? relationCategory(key) : undefined;
        if (!category || known.has(category)) continue;
        items.push(fieldItem(model, key, category, textOf(record), viaParameter(record)));
        known.add(category);
      }
    }
  }

  function relationCategory(key: string): string | undefined {
    const found = engine.classifier.classifyName(key, 'user', [PERSON_RECORD]);
    return found && !isFreeTextByWord(found) ? found.category : undefined;
  }

  /** `const projection = this.mapper.toProjection(note)`, or the rest of it (`const { uuid, ...changes } = projection`). */
  function isReturnedRecord(node: ts.Expression, depth = 0): boolean {
    if (!ts.isIdentifier(node) || depth > 3) return false;
    const declaration = resolveIdentifier(node);
    if (declaration?.kind !== 'variable' || declaration.path.length > 0 || !declaration.node.initializer) return false;
    const initializer = unwrap(declaration.node.initializer);
    if (!ts.isCallExpression(initializer)) return isReturnedRecord(initializer, depth + 1);
    const callee = unwrap(initializer.expression);
    return resolver.resolveExpression(callee)?.type === 'function' || resolver.implementationsOf(callee).length > 0;
  }

  /**
   * A row read from a person's model and passed on whole: `const user = await prisma.user.findUnique({ select:
   * { email: true } })` carries the fields it selected, or every personal field of the model without a `select`.
   */
  function rowItems(initializer: ts.Expression, base: string): DataItem[] | undefined {
    const read = readOf(initializer);
    if (!read || !read.model.isPerson) return undefined;
    const { model, node } = read;
    const query = node.arguments[0] ? objectLiteralOf(unwrap(node.arguments[0])) : undefined;
    const select = query ? valuesAt(query, ['select']).map((found) => objectLiteralOf(unwrap(found))).find((found) => found !== undefined) : undefined;
    const selected = select ? new Set(select.properties.flatMap((property) => (property.name ? [propertyNameText(property.name)] : []))) : undefined;
    return [...model.fields]
      .filter(([key]) => !selected || selected.has(key))
      .map(([key, category]) => fieldItem(model, key, category, `${base}.${key}`, false));
  }

  /** `prisma.note.findFirst(...)`: the read and the model whose rows it returns, when that model holds a person's data. */
  function readOf(initializer: ts.Expression): { node: ts.CallExpression; model: RecordModel } | undefined {
    const node = unwrap(initializer);
    if (!ts.isCallExpression(node)) return undefined;
    const callee = unwrap(node.expression);
    if (!ts.isPropertyAccessExpression(callee) || !READ_METHODS.has(callee.name.text)) return undefined;
    const receiver = unwrap(callee.expression);
    if (!ts.isPropertyAccessExpression(receiver)) return undefined;
    const model = prisma.get(receiver.name.text.toLowerCase());
    if (!model || model.fields.size === 0) return undefined;
    const binding = resolver.resolveExpression(receiver);
    return binding?.type === 'library' || binding?.type === 'unknown' ? { node, model } : undefined;
  }

  /**
   * A field read out of a row of a person's model, or of a record a person owns: `note.content` of
   * `const note = await prisma.note.findFirst()` is what the model says the field holds (the note's author wrote it).
   */
  function rowFieldItems(read: ts.Expression, key: string, expression: string): DataItem[] {
    const model = readOf(read)?.model;
    const category = model?.fields.get(key);
    return model && category ? [fieldItem(model, key, category, expression, false)] : [];
  }

  return { siteModel, recordItems, rowItems, rowFieldItems };
}

export type DataModel = ReturnType<typeof createDataModel>;

/**
 * The person nouns (`account`, `profile`) that name one of the project's models which is not a person's: in a finance
 * app `Account` is a brokerage account (name, currency, balances), not a sign-in. Described with the plain classifier,
 * since this set is what makes the engine's classifier.
 */
export function thingRecordNouns(engine: Pick<Engine, 'classifier' | 'models'>): ReadonlySet<string> {
  const nouns = new Set<string>();
  for (const model of engine.models) {
    const noun = model.name.toLowerCase();
    if (tokenize(model.name).length !== 1 || !engine.classifier.isPersonObjectName(noun) || !QUALIFIED_PERSON_NOUNS.has(noun)) continue;
    const shapes = model.fields.map((field) => ({ name: field.name, type: field.type, relation: engine.models.some((other) => other.name === field.type) }));
    if (!describeRecord(engine, model.name, shapes, () => false).isPerson) nouns.add(noun);
  }
  return nouns;
}

const described = new WeakMap<Engine, Map<string, RecordModel>>();

/** Prisma models by the name the client gives them (`prisma.userProfile` for `model UserProfile`), described once. */
function describePrismaModels(engine: Engine): Map<string, RecordModel> {
  let models = described.get(engine);
  if (models) return models;
  const declared = engine.models;
  const byName = new Map(declared.map((model) => [model.name, model]));
  const looksPersonal = (name: string) => {
    const model = byName.get(name);
    return model !== undefined && describeRecord(engine, model.name, model.fields.map((field) => ({ name: field.name, type: field.type, relation: byName.has(field.type) })), () => false).isPerson;
  };
  const people = new Set(declared.filter((model) => looksPersonal(model.name)).map((model) => model.name));
  const toShape = (field: DeclaredField): FieldShape => ({ name: field.name, type: field.list ? `${field.type}[]` : field.type, relation: byName.has(field.type), optional: field.optional });
  models = new Map(declared.map((model) => [model.name.toLowerCase(), describeRecord(engine, model.name, model.fields.map(toShape), (type) => people.has(type))]));
  described.set(engine, models);
  return models;
}


function fieldItem(model: RecordModel, key: string, category: string, expression: string, viaParameter: boolean): DataItem {
  return {
    category,
    confidence: 'medium',
    evidence: { by: 'type', matched: key, term: category, detail: `field \`${key}\` of the ${model.name} model${model.isPerson ? '' : ", which belongs to a person"}` },
    expression,
    trace: [],
    viaParameter,
  };
}

function valuesAt(expression: ts.Expression, path: readonly string[]): ts.Expression[] {
  if (path.length === 0) return [expression];
  const literal = objectLiteralOf(unwrap(expression));
  if (!literal) return [];
  const [head, ...rest] = path as [string, ...string[]];
  return literal.properties.flatMap((property) => {
    if (!property.name || propertyNameText(property.name) !== head) return [];
    if (ts.isPropertyAssignment(property)) return valuesAt(property.initializer, rest);
    if (ts.isShorthandPropertyAssignment(property)) return valuesAt(property.name, rest);
    return [];
  });
}

function objectLiteralOf(node: ts.Expression): ts.ObjectLiteralExpression | undefined {
  if (ts.isObjectLiteralExpression(node)) return node;
  return ts.isIdentifier(node) ? declaredObjectLiteral(node) : undefined;
}

// Prisma's nested writes and where each puts the related records it writes: `createMany: { data: [...] }`,
// `connectOrCreate: { where, create }`, `upsert: { create, update }`, `update: { where, data }` or the data itself.
const NESTED_WRITE_PATHS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  create: [[]],
  createMany: [['data']],
  connectOrCreate: [['create']],
  upsert: [['create'], ['update']],
  update: [['data'], []],
  updateMany: [['data']],
};
const MAX_NESTED_WRITES = 4;

/** `[a, b]` is its elements, `rows.map((row) => ({ ... }))` the object each element becomes; anything else is one record. */
function elementsOf(node: ts.Expression): ts.Expression[] {
  if (ts.isArrayLiteralExpression(node)) return node.elements.map((element) => unwrap(element));
  const mapper = ts.isCallExpression(node) && calledName(node) === 'map' ? node.arguments[0] : undefined;
  if (mapper && (ts.isArrowFunction(mapper) || ts.isFunctionExpression(mapper)) && !ts.isBlock(mapper.body)) return [unwrap(mapper.body)];
  return [node];
}

const CONFIG_OWNERS = /^(config|configuration|settings|constants|defaults|env|options)$/i;

/** A literal, a constant, or deployment configuration: not what a person gave. */
function isFixed(node: ts.Expression, depth = 0): boolean {
  if (depth > 4) return false;
  if (ts.isStringLiteralLike(node) || ts.isNumericLiteral(node) || node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isObjectLiteralExpression(node) || ts.isArrayLiteralExpression(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return true;
  if (/^(process\.env|import\.meta\.env)\b/.test(node.getText())) return true;
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(node.operatorToken.kind)) {
    return isFixed(unwrap(node.left), depth + 1) && isFixed(unwrap(node.right), depth + 1);
  }
  if (ts.isPropertyAccessExpression(node)) {
    const base = unwrap(node.expression);
    if (ts.isIdentifier(base) && CONFIG_OWNERS.test(base.text)) return true;
    const literal = ts.isIdentifier(base) && isConstDeclared(base) ? objectLiteralOf(base) : undefined;
    const property = literal?.properties.find((candidate) => candidate.name && propertyNameText(candidate.name) === node.name.text);
    return property !== undefined && ts.isPropertyAssignment(property) && isFixed(unwrap(property.initializer), depth + 1);
  }
  if (ts.isIdentifier(node)) {
    if (node.text === 'undefined') return true;
    const declaration = resolveIdentifier(node);
    const initializer = declaration?.kind === 'variable' && declaration.path.length === 0 && isConstDeclared(node) ? declaration.node.initializer : undefined;
    return initializer !== undefined && isFixed(unwrap(initializer), depth + 1);
  }
  return false;
}

function isConstDeclared(identifier: ts.Identifier): boolean {
  const declaration = resolveIdentifier(identifier);
  if (declaration?.kind !== 'variable') return false;
  const list = declaration.node.parent;
  return ts.isVariableDeclarationList(list) && (list.flags & ts.NodeFlags.Const) !== 0;
}

// A call's result (`rows.map(...)`) may hold any subset of the fields: only a value passed on as it came counts whole.
function isOpaque(node: ts.Expression): boolean {
  return ts.isIdentifier(node) || ts.isPropertyAccessExpression(node);
}

/** `\`Payout for ${program.name}\``, `'Re: ' + subject`: text the app writes around a value is the app's own content. */
function isComposedText(node: ts.Expression): boolean {
  if (ts.isTemplateExpression(node)) return node.head.text.trim() !== '' || node.templateSpans.some((span) => span.literal.text.trim() !== '');
  return ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken && [node.left, node.right].some((side) => ts.isStringLiteralLike(unwrap(side)) || isComposedText(unwrap(side)));
}

/** `text('title').notNull().default('')`: the column factory at the root of the chain. */
function innermostCall(node: ts.Expression): ts.CallExpression | undefined {
  let current: ts.Expression = node;
  let found: ts.CallExpression | undefined;
  while (ts.isCallExpression(current)) {
    found = current;
    const callee = unwrap(current.expression);
    if (!ts.isPropertyAccessExpression(callee)) break;
    current = unwrap(callee.expression);
  }
  return found;
}

function decoratorNames(node: ts.Node): string[] {
  const decorators = ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : [];
  return decorators.flatMap((decorator) => {
    const expression = ts.isCallExpression(decorator.expression) ? decorator.expression.expression : decorator.expression;
    return ts.isIdentifier(expression) ? [expression.text] : ts.isPropertyAccessExpression(expression) ? [expression.name.text] : [];
  });
}

function singular(table: string): string {
  return table.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
}
