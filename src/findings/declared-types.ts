import { ts } from './typescript.js';
import type { BindingResolver } from './bindings.js';
import type { DataItem, Engine } from './context.js';
import { getScanFile, textOf } from './context.js';
import { resolveProjectModule } from './modules.js';
import { classifyMessageAddressee, isConfiguredThing, isMessageBody, isThingOwner, tokenize, type Origin } from './classify/index.js';
import { propertyNameText, resolveIdentifier, resolveName, returnedExpressions, unwrap } from './scope.js';
import { findInitializer, findTypeDeclaration, isTypeDeclaration, MAX_TYPE_DEPTH, type TypeDeclaration } from './type-declarations.js';

const SCHEMA_MODIFIERS = new Set([
  'extend', 'merge', 'partial', 'required', 'strict', 'passthrough', 'strip', 'refine', 'superRefine', 'transform', 'optional',
  'nullable', 'nullish', 'default', 'describe', 'pick', 'omit', 'deepPartial', 'readonly', 'brand', 'catch', 'pipe',
]);
const WRAPPER_TYPES = new Set(['Array', 'ReadonlyArray', 'Promise', 'Partial', 'Required', 'Readonly', 'Pick', 'Omit', 'NonNullable', 'Awaited', 'DeepPartial']);
const SCHEMA_TYPES = new Set(['infer', 'input', 'output', 'InferType', 'InferOutput', 'InferInput', 'Infer']);
const MAX_DEPTH = MAX_TYPE_DEPTH;
/** The evidence term of a message type's addressee: a catalogued API that names its addressee's category says more. */
export const MESSAGE_ADDRESSEE_TERM = 'message addressee';
const THING_INPUT_WORDS = new Set(['dto', 'request', 'body', 'input']);
const PROCEDURE_KINDS = new Set(['query', 'mutation', 'subscription']);
const NEUTRAL_SHAPE_KEYS = new Set(['data', 'body', 'input', 'payload', 'values', 'fields', 'attributes']);
const SCHEMA_SUFFIXES = new Set(['schema', 'input', 'validator', 'validation', 'dto', 'body', 'payload', 'form', 'request', 'params', 'type', 'shape']);

const CHOSEN_FILE_DETAIL = 'a file a person chose or uploaded';

/** Whether an item is a file a person chose or uploaded, held whole (its bytes are read from it where it goes on). */
export function isChosenFileItem(item: DataItem): boolean {
  return item.evidence.by === 'type' && item.evidence.detail === CHOSEN_FILE_DETAIL;
}

// The types multipart parsers give each uploaded file, by package (see isUploadedFileType).
const UPLOAD_PARSER_FILE_TYPES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['formidable', new Set(['File', 'PersistentFile', 'VolatileFile'])],
  ['koa-body', new Set(['File'])],
  ['express-fileupload', new Set(['UploadedFile'])],
  ['@fastify/multipart', new Set(['MultipartFile', 'SavedMultipartFile'])],
]);

function moduleOf(declaration: ts.ImportDeclaration): string {
  return ts.isStringLiteral(declaration.moduleSpecifier) ? declaration.moduleSpecifier.text : '';
}

function isVersionToken(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  return /^v?\d+$/.test(token) || (token === 'v' && /^\d+$/.test(tokens[index + 1] ?? ''));
}

/**
 * Reads the personal members of types and schemas written in the project, syntactically: type literals,
 * interfaces, type aliases, classes, and zod/valibot/yup object schemas (also through `z.infer<typeof schema>`).
 * This needs neither node_modules nor the type checker, so it also works with `--no-types`.
 */
export function createDeclaredTypes(engine: Engine, resolver: BindingResolver) {
  const { classifier } = engine;
  // Set while the types being read describe a person's input (a request body's DTO, a tRPC input, a form's values).
  let origin: Origin | undefined;

  const named = (name: string, owner: string | undefined, expression: string, siblings: readonly string[]): DataItem[] => {
    const found = classifier.classifyName(name, owner, siblings, origin);
    return found ? [{ ...found, evidence: { ...found.evidence, by: 'type' as const }, expression, trace: [], viaParameter: false }] : [];
  };

  /** A message type's addressee member (`to` of `SmsOptions { to; content }`): the contact of whom its caller sends to; its body (`content`) is what that person reads. */
  const addressee = (name: string, owner: string | undefined, expression: string, siblings: readonly string[]): DataItem[] => {
    const of = owner ? ` (\`${owner}\`)` : '';
    const category = classifyMessageAddressee(owner, siblings, name);
    if (category !== undefined) {
      const evidence = { by: 'type' as const, matched: name, term: MESSAGE_ADDRESSEE_TERM, detail: `the addressee of a message${of}` };
      return [{ category, confidence: 'medium', evidence, expression, trace: [], viaParameter: false }];
    }
    if (!isMessageBody(owner, siblings, name)) return [];
    const evidence = { by: 'type' as const, matched: name, term: 'message body', detail: `what the recipient of a message reads${of}` };
    return [{ category: 'user.content.private', confidence: 'medium', evidence, expression, trace: [], viaParameter: false }];
  };

  /** Runs `read` on types and schemas that describe what a person sent: their free text is that person's content. */
  function asPersonInput<T>(read: () => T): T {
    return withOrigin('request-input', read);
  }

  function withOrigin<T>(from: Origin, read: () => T): T {
    const previous = origin;
    origin = from;
    try {
      return read();
    } finally {
      origin = previous;
    }
  }

  /** undefined when the type is not written in the project (a library type, `any`): unknown, not empty. */
  function typeNodeItems(typeNode: ts.TypeNode, base: string, depth = 0): DataItem[] | undefined {
    if (depth > MAX_DEPTH) return undefined;
    if (ts.isTypeLiteralNode(typeNode)) return memberItems(typeNode.members, undefined, base, depth);
    // A list of records holds what each record holds: not a level of nesting (`chats: SavedChat[]` reads each chat's members).
    if (ts.isArrayTypeNode(typeNode)) return typeNodeItems(typeNode.elementType, base, depth);
    if (ts.isParenthesizedTypeNode(typeNode)) return typeNodeItems(typeNode.type, base, depth + 1);
    // `readonly ChatTurn[]` holds what `ChatTurn[]` holds.
    if (ts.isTypeOperatorNode(typeNode) && typeNode.operator === ts.SyntaxKind.ReadonlyKeyword) return typeNodeItems(typeNode.type, base, depth);
    if (ts.isUnionTypeNode(typeNode) || ts.isIntersectionTypeNode(typeNode)) {
      const parts = typeNode.types.map((part) => typeNodeItems(part, base, depth + 1));
      if (parts.every((part) => part === undefined)) return undefined;
      return parts.flatMap((part) => part ?? []);
    }
    if (ts.isTypeQueryNode(typeNode) && ts.isIdentifier(typeNode.exprName)) {
      const shapes = schemaShapes(typeNode.exprName, depth + 1);
      return shapes.length > 0 ? shapes.flatMap((shape) => shapeItems(shape, undefined, base, depth + 1)) : undefined;
    }
    if (!ts.isTypeReferenceNode(typeNode)) return undefined;
    const name = ts.isIdentifier(typeNode.typeName) ? typeNode.typeName.text : typeNode.typeName.right.text;
    const first = typeNode.typeArguments?.[0];
    if (SCHEMA_TYPES.has(name) && first) return typeNodeItems(first, base, depth + 1);
    if ((name === 'Pick' || name === 'Omit') && first) return pickedItems(name, first, typeNode.typeArguments?.[1], base, depth);
    if (WRAPPER_TYPES.has(name) && first) return typeNodeItems(first, base, depth + 1);
    if (!ts.isIdentifier(typeNode.typeName)) {
      const member = findNamespaceMember(typeNode.typeName);
      if (member) return declarationItems(member, base, depth);
      return isUploadedFileType(typeNode.typeName) ? [chosenFileItem(base)] : undefined;
    }
    const declaration = findTypeDeclaration(engine, typeNode.typeName, depth);
    if (!declaration) return isChosenFileType(typeNode.typeName) || isUploadedFileType(typeNode.typeName) ? [chosenFileItem(base)] : undefined;
    return declarationItems(declaration, base, depth);
  }

  function declarationItems(declaration: TypeDeclaration, base: string, depth: number): DataItem[] | undefined {
    if (ts.isInterfaceDeclaration(declaration)) {
      const own = memberItems(declaration.members, declaration.name.text, base, depth);
      const inherited = (declaration.heritageClauses ?? []).flatMap((clause) =>
        clause.types.flatMap((type) => (ts.isIdentifier(type.expression) ? (heritageItems(type.expression, base, depth) ?? []) : [])),
      );
      return [...own, ...inherited];
    }
    if (ts.isTypeAliasDeclaration(declaration)) return aliasItems(declaration, base, depth + 1);
    return classItems(declaration, base, depth);
  }

  /**
   * The platform's `File` (not one the project declares or imports): a browser only makes one from what a person picked,
   * dropped or pasted, and a server only gets one from an uploaded form. What it holds is that person's content.
   */
  function isChosenFileType(name: ts.Identifier): boolean {
    return name.text === 'File' && resolveName(name.text, name) === undefined && engine.globalType?.(name.text) === undefined;
  }

  /**
   * The file a multipart parser hands a server handler for each uploaded part (formidable's and koa-body's `File`,
   * multer's `Express.Multer.File`, express-fileupload's `UploadedFile`, @fastify/multipart's `MultipartFile`): a person
   * uploaded it, as with the platform's File.
   */
  function isUploadedFileType(name: ts.EntityName): boolean {
    if (ts.isQualifiedName(name)) {
      if (textOf(name) === 'Express.Multer.File') return resolveName('Express', name) === undefined;
      const namespace = ts.isIdentifier(name.left) ? resolveName(name.left.text, name) : undefined;
      return namespace?.kind === 'import' && (UPLOAD_PARSER_FILE_TYPES.get(moduleOf(namespace.node))?.has(name.right.text) ?? false);
    }
    const declaration = resolveName(name.text, name);
    return declaration?.kind === 'import' && (UPLOAD_PARSER_FILE_TYPES.get(moduleOf(declaration.node))?.has(declaration.imported) ?? false);
  }

  /** A form field validated as the platform's File: `z.instanceof(File).refine(...)`, zod 4's `z.file()`, valibot's `v.file()`. */
  function isChosenFileSchema(value: ts.Expression): boolean {
    let node = unwrap(value);
    while (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const argument = node.arguments[0] ? unwrap(node.arguments[0]) : undefined;
      if (method === 'instanceof' && argument && ts.isIdentifier(argument)) return isChosenFileType(argument);
      if (method === 'file' && node.arguments.length === 0 && ts.isIdentifier(node.expression.expression)) {
        return resolver.resolveExpression(node.expression.expression)?.type === 'library';
      }
      node = unwrap(node.expression.expression);
    }
    return false;
  }

  function chosenFileItem(base: string): DataItem {
    const evidence = { by: 'type' as const, matched: 'File', term: 'File', detail: CHOSEN_FILE_DETAIL };
    return { category: 'user.content.private', confidence: 'medium', evidence, expression: base, trace: [], viaParameter: false };
  }

  /** `Pick<User, 'id' | 'username'>` holds only the keys it names (`Omit` all but them); keys not written as literals keep every member. */
  function pickedItems(wrapper: 'Pick' | 'Omit', target: ts.TypeNode, keysNode: ts.TypeNode | undefined, base: string, depth: number): DataItem[] | undefined {
    const items = typeNodeItems(target, base, depth + 1);
    const keys = keysNode ? literalKeys(keysNode) : undefined;
    if (!items || !keys) return items;
    return items.filter((found) => keys.has(found.expression.slice(base.length + 1).split('.')[0] ?? '') === (wrapper === 'Pick'));
  }

  /** `type Team = { name: string }` owns its members as an interface does: a team's `name` is not a person's. */
  function aliasItems(declaration: ts.TypeAliasDeclaration, base: string, depth: number): DataItem[] | undefined {
    if (ts.isTypeLiteralNode(declaration.type)) return memberItems(declaration.type.members, declaration.name.text, base, depth);
    return typeNodeItems(declaration.type, base, depth);
  }

  function heritageItems(name: ts.Identifier, base: string, depth: number): DataItem[] | undefined {
    const declaration = findTypeDeclaration(engine, name, depth);
    if (!declaration) return undefined;
    if (ts.isInterfaceDeclaration(declaration)) return memberItems(declaration.members, declaration.name.text, base, depth + 1);
    if (ts.isTypeAliasDeclaration(declaration)) return aliasItems(declaration, base, depth + 1);
    return classItems(declaration, base, depth + 1);
  }

  function memberItems(members: ts.NodeArray<ts.TypeElement>, owner: string | undefined, base: string, depth: number): DataItem[] {
    if (origin === undefined && isChatTurn(members)) return withOrigin('typed-input', () => memberItems(members, owner, base, depth));
    const siblings = members.flatMap((member) => (member.name ? [propertyNameText(member.name) ?? ''] : []));
    return members.flatMap((member) => {
      if (!ts.isPropertySignature(member) || !member.name) return [];
      const name = propertyNameText(member.name);
      if (!name) return [];
      if (member.type && classifier.isNonPersonalType(member.type.getText())) return [];
      const own = named(name, owner, `${base}.${name}`, siblings);
      const addressed = own.length === 0 ? addressee(name, owner, `${base}.${name}`, siblings) : [];
      if (addressed.length > 0) return addressed;
      if (own.length > 0 || !member.type || depth >= 2 || isOptionalMember(member)) return own;
      return typeNodeItems(member.type, `${base}.${name}`, depth + 1) ?? [];
    });
  }

  /**
   * A turn of a conversation with a model, in the shape chat APIs share (`{ role: 'user' | 'assistant'; content }`, or a
   * `type` that tells the person's turns from the assistant's): the person's turns are what they wrote, so the turn's
   * free text is theirs. Not a type of the app's own `system` turns.
   */
  function isChatTurn(members: ts.NodeArray<ts.TypeElement>): boolean {
    const speakers = (key: string): string[] => {
      const member = members.find((candidate) => ts.isPropertySignature(candidate) && candidate.name !== undefined && propertyNameText(candidate.name) === key);
      const type = member && ts.isPropertySignature(member) ? member.type : undefined;
      if (!type) return [];
      return (ts.isUnionTypeNode(type) ? type.types : [type]).flatMap((option) => (ts.isLiteralTypeNode(option) && ts.isStringLiteral(option.literal) ? [option.literal.text] : []));
    };
    if (speakers('role').includes('user')) return true;
    const kinds = speakers('type');
    return kinds.includes('user') && kinds.includes('assistant');
  }

  function classItems(node: ts.ClassLikeDeclaration, base: string, depth: number): DataItem[] {
    const owner = node.name?.text;
    // Only a request's input named after a thing (`UpdateIntegrationRequestDto`): a stored record's settings
    // (`ChannelSettings.credentials` of a subscriber) may well hold its person's device tokens.
    // A person named in it makes the thing theirs (`UpdateSubscriberChannelRequestDto.credentials`: their device tokens).
    const ownerTokens = owner === undefined ? [] : tokenize(owner);
    const isOwnedByThing =
      owner !== undefined && isThingOwner(owner) && ownerTokens.some((token) => THING_INPUT_WORDS.has(token)) && !ownerTokens.some((token) => classifier.isPersonObjectName(token));
    const siblings = node.members.flatMap((member) => (ts.isPropertyDeclaration(member) && member.name ? [propertyNameText(member.name) ?? ''] : []));
    const items: DataItem[] = [];
    for (const member of node.members) {
      if (!ts.isPropertyDeclaration(member) || !member.name) continue;
      const name = propertyNameText(member.name);
      if (!name) continue;
      if (member.type && classifier.isNonPersonalType(member.type.getText())) continue;
      const own = named(name, owner, `${base}.${name}`, siblings);
      const addressed = own.length === 0 ? addressee(name, owner, `${base}.${name}`, siblings) : [];
      if (own.length > 0 || addressed.length > 0) items.push(...own, ...addressed);
      // A thing's nested settings are the thing's (`UpdateIntegrationRequestDto.credentials`); a person in it is not.
      else if (member.type && depth < 2 && !(isOwnedByThing && !classifier.isPersonObjectName(name))) {
        items.push(...(typeNodeItems(member.type, `${base}.${name}`, depth + 1) ?? []));
      }
    }
    const heritage = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    if (heritage && depth < 3) {
      const parent = resolver.resolveExpression(heritage.expression);
      if (parent?.type === 'class') items.push(...classItems(parent.node, base, depth + 1));
    }
    return items;
  }

  /** `Chat.Message`: a type declared in a namespace of the same file (`export namespace Chat { export type Message = ... }`). */
  function findNamespaceMember(name: ts.QualifiedName): TypeDeclaration | undefined {
    if (!ts.isIdentifier(name.left)) return undefined;
    const namespaceName = name.left.text;
    const namespace = name.getSourceFile().statements.find(
      (statement): statement is ts.ModuleDeclaration => ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name) && statement.name.text === namespaceName,
    );
    const body = namespace?.body;
    if (!body || !ts.isModuleBlock(body)) return undefined;
    return body.statements.find((statement): statement is TypeDeclaration => isTypeDeclaration(statement) && statement.name?.text === name.right.text);
  }

  /**
   * The person a schema is about, from its name: `createUserSchema`, `updateProfileInput` hold a person; so does
   * `userNameSchema` (a person noun followed by what it describes). Then a bare `name` in it is that person's name.
   */
  function schemaOwner(expression: ts.Expression): string | undefined {
    const node = unwrap(expression);
    const name = ts.isIdentifier(node) ? node.text : ts.isPropertyAccessExpression(node) ? node.name.text : undefined;
    if (name === undefined) return undefined;
    if (classifier.isPersonObjectName(name)) return name;
    const tokens = tokenize(name);
    let end = tokens.length;
    // `ZCreateTemplateV2RequestSchema`: a version after the subject (`v`, `2`) is not the subject either.
    while (end > 1 && (SCHEMA_SUFFIXES.has(tokens[end - 1] ?? '') || isVersionToken(tokens, end - 1))) end -= 1;
    // `ZUpdateDocumentRequestSchema`, `permissionSchema`: the input of a thing, whose `externalId`, `name` or
    // `description` is the thing's.
    const subject = tokens[end - 1];
    if (subject !== undefined && (isThingOwner(subject) || isConfiguredThing(subject))) return subject;
    const start = tokens.findIndex((token, index) => index < end - 1 && classifier.isPersonObjectName(token));
    if (start < 0) return undefined;
    const described = tokens.slice(start + 1, end).join('_');
    return classifier.classifyName(described, tokens[start]) !== undefined ? tokens[start] : undefined;
  }

  /**
   * The personal fields of a model definition, `mongoose.model<IUser>('User', UserSchema)`: the schema object
   * (`new Schema({ email: String, address: { city: String } })`) or else the document type argument. undefined
   * when neither is written in the project.
   */
  function modelItems(model: ts.CallExpression, base: string): DataItem[] | undefined {
    const nameArgument = model.arguments[0];
    const owner = nameArgument && ts.isStringLiteralLike(nameArgument) ? nameArgument.text : undefined;
    const schemaArgument = model.arguments[1] ? unwrap(model.arguments[1]) : undefined;
    const initializer = schemaArgument && ts.isIdentifier(schemaArgument) ? findInitializer(engine, schemaArgument) : schemaArgument;
    const created = initializer ? unwrap(initializer) : undefined;
    const fields = created && ts.isNewExpression(created) && created.arguments?.[0] ? unwrap(created.arguments[0]) : undefined;
    if (fields && ts.isObjectLiteralExpression(fields)) return modelFieldItems(fields, owner, base, 0);
    const typeArgument = model.typeArguments?.[0];
    return typeArgument ? typeNodeItems(typeArgument, base) : undefined;
  }

  function modelFieldItems(fields: ts.ObjectLiteralExpression, owner: string | undefined, base: string, depth: number): DataItem[] {
    const siblings = fields.properties.flatMap((property) => (property.name ? [propertyNameText(property.name) ?? ''] : []));
    return fields.properties.flatMap((property) => {
      const key = property.name ? propertyNameText(property.name) : undefined;
      if (!key || !ts.isPropertyAssignment(property)) return [];
      const value = unwrap(property.initializer);
      // A nested path (`address: { street: String }`) rather than a field definition (`{ type: String, required }`).
      const isNested = ts.isObjectLiteralExpression(value) && !value.properties.some((inner) => inner.name && propertyNameText(inner.name) === 'type');
      if (isNested && depth < 2) return modelFieldItems(value, key, `${base}.${key}`, depth + 1);
      const typeText = ts.isObjectLiteralExpression(value)
        ? textOf(value.properties.find((inner): inner is ts.PropertyAssignment => ts.isPropertyAssignment(inner) && propertyNameText(inner.name) === 'type')?.initializer ?? value)
        : textOf(value);
      if (/^(Boolean|Schema\.Types\.Boolean|mongoose\.Schema\.Types\.Boolean)$/.test(typeText)) return [];
      return named(key, owner, `${base}.${key}`, siblings);
    });
  }

  /** The object shapes of a zod/valibot/yup schema expression (`z.object({...}).extend({...})`). */
  function schemaShapes(expression: ts.Expression, depth = 0): ts.ObjectLiteralExpression[] {
    if (depth > MAX_DEPTH) return [];
    const node = unwrap(expression);
    if (ts.isIdentifier(node)) {
      const initializer = findInitializer(engine, node);
      return initializer ? schemaShapes(initializer, depth + 1) : [];
    }
    // A schema built per submission (conform's `schema: (intent) => Schema.superRefine(...)`): what the function returns.
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return returnedExpressions(node).flatMap((returned) => schemaShapes(returned, depth + 1));
    if (!ts.isCallExpression(node)) return [];
    const callee = unwrap(node.expression);
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
    const first = node.arguments[0] ? unwrap(node.arguments[0]) : undefined;
    if (name === 'object' || name === 'strictObject' || name === 'looseObject') {
      return first && ts.isObjectLiteralExpression(first) ? [first] : [];
    }
    // `z.union([a, b])`, `z.discriminatedUnion('kind', [a, b])`, `z.intersection(a, b)`: every member's fields may be sent.
    if ((name === 'union' || name === 'discriminatedUnion' || name === 'intersection') && ts.isPropertyAccessExpression(callee)) {
      return node.arguments.flatMap((argument) => {
        const member = unwrap(argument);
        return ts.isArrayLiteralExpression(member) ? member.elements.flatMap((element) => schemaShapes(element, depth + 1)) : schemaShapes(member, depth + 1);
      });
    }
    // `a.and(b)`, `a.or(b)`: both sides.
    if ((name === 'and' || name === 'or') && first && ts.isPropertyAccessExpression(callee)) {
      return [...schemaShapes(callee.expression, depth + 1), ...schemaShapes(first, depth + 1)];
    }
    // `z.array(memberSchema)`, `memberSchema.array()`: a list of what the element schema describes.
    if (name === 'array' && first) return schemaShapes(first, depth + 1);
    if (name === 'array' && ts.isPropertyAccessExpression(callee)) return schemaShapes(callee.expression, depth + 1);
    if (name && SCHEMA_MODIFIERS.has(name) && ts.isPropertyAccessExpression(callee)) {
      const own = schemaShapes(callee.expression, depth + 1);
      if (own.length === 0) return [];
      if (name === 'extend' && first && ts.isObjectLiteralExpression(first)) return [...own, first];
      // `base.extend(other.shape)`: the other schema's fields.
      if (name === 'extend' && first && ts.isPropertyAccessExpression(first) && first.name.text === 'shape') return [...own, ...schemaShapes(first.expression, depth + 1)];
      if (name === 'merge' && first) return [...own, ...schemaShapes(first, depth + 1)];
      return own;
    }
    return [];
  }

  function shapeItems(shape: ts.ObjectLiteralExpression, owner: string | undefined, base: string, depth = 0): DataItem[] {
    const items: DataItem[] = [];
    const siblings = shape.properties.flatMap((property) => (property.name ? [propertyNameText(property.name) ?? ''] : []));
    for (const property of shape.properties) {
      if (!property.name) continue;
      const key = propertyNameText(property.name);
      if (!key) continue;
      const value = ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
      if (!value) continue;
      const nested = schemaShapes(value, depth + 1);
      if (nested.length > 0 && depth < 3) {
        // `data: z.object({ externalId })` of a document's input is still the document's: a neutral key keeps the owner.
        const nestedOwner = owner !== undefined && NEUTRAL_SHAPE_KEYS.has(key) ? owner : key;
        items.push(...nested.flatMap((inner) => shapeItems(inner, nestedOwner, `${base}.${key}`, depth + 1)));
        continue;
      }
      // A file the person uploaded is their content, unless its name says more (`profilePhoto`).
      if (isChosenFileSchema(value)) {
        const byName = named(key, owner, `${base}.${key}`, siblings);
        items.push(...(byName.length > 0 ? byName : [chosenFileItem(`${base}.${key}`)]));
        continue;
      }
      // Flags and constants in a schema are not data about the person: `acceptTerms: z.boolean()`, `z.literal('v1')`.
      if (/\b(boolean|literal)\s*\(/.test(textOf(value))) continue;
      items.push(...named(key, owner, `${base}.${key}`, siblings));
    }
    return items;
  }

  /**
   * The form schema behind a react-hook-form submit callback: `handleSubmit((values) => ...)` reads the values of
   * `useForm<T>()` or of `useForm({ resolver: zodResolver(schema) })` in the same component.
   */
  function submitHandlerItems(parameter: ts.ParameterDeclaration, base: string): DataItem[] | undefined {
    return asPersonInput(() => formValuesItems(parameter, base));
  }

  function formValuesItems(parameter: ts.ParameterDeclaration, base: string): DataItem[] | undefined {
    const fn = parameter.parent;
    if (fn.parameters.indexOf(parameter) !== 0 || !ts.isCallExpression(fn.parent)) return undefined;
    const callee = unwrap(fn.parent.expression);
    const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : undefined;
    if (name !== 'handleSubmit') return undefined;
    let useForm: ts.CallExpression | undefined;
    for (let scope: ts.Node | undefined = fn.parent; scope && !useForm; scope = scope.parent) {
      if (!ts.isBlock(scope) && !ts.isSourceFile(scope)) continue;
      const visit = (node: ts.Node) => {
        if (useForm) return;
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'useForm') useForm = node;
        else ts.forEachChild(node, visit);
      };
      visit(scope);
    }
    if (!useForm) return undefined;
    const typeArgument = useForm.typeArguments?.[0];
    if (typeArgument) return typeNodeItems(typeArgument, base);
    const options = useForm.arguments[0] ? unwrap(useForm.arguments[0]) : undefined;
    if (!options || !ts.isObjectLiteralExpression(options)) return undefined;
    for (const property of options.properties) {
      if (!ts.isPropertyAssignment(property) || !property.name || propertyNameText(property.name) !== 'resolver') continue;
      const resolverCall = unwrap(property.initializer);
      if (!ts.isCallExpression(resolverCall) || !resolverCall.arguments[0]) continue;
      const shapes = schemaShapes(resolverCall.arguments[0]);
      if (shapes.length > 0) return shapes.flatMap((shape) => shapeItems(shape, undefined, base));
    }
    return undefined;
  }

  /**
   * The `input` a tRPC procedure's resolver receives (`.input(z.object({...})).mutation(({ input }) => ...)`) holds
   * what the `.input()` schema describes. undefined when the parameter is not such an input.
   */
  function procedureInputItems(parameter: ts.ParameterDeclaration, path: readonly string[], base: string): DataItem[] | undefined {
    return asPersonInput(() => procedureSchemaItems(parameter, path, base));
  }

  function procedureSchemaItems(parameter: ts.ParameterDeclaration, path: readonly string[], base: string): DataItem[] | undefined {
    // `({ input }) => ...` reads `input`; `(opts) => opts.input` passes the parameter and the member read as the path.
    if (path.length !== 1 || path[0] !== 'input') return undefined;
    const fn = parameter.parent;
    if (fn.parameters.indexOf(parameter) !== 0 || !ts.isCallExpression(fn.parent) || !fn.parent.arguments.includes(fn as ts.Expression)) return undefined;
    const callee = unwrap(fn.parent.expression);
    if (!ts.isPropertyAccessExpression(callee) || !PROCEDURE_KINDS.has(callee.name.text)) return undefined;
    for (let node: ts.Expression = unwrap(callee.expression); ; ) {
      if (ts.isCallExpression(node)) {
        const inner = unwrap(node.expression);
        if (ts.isPropertyAccessExpression(inner) && inner.name.text === 'input' && node.arguments[0]) {
          const shapes = schemaShapes(node.arguments[0]);
          const owner = schemaOwner(node.arguments[0]);
          return shapes.length > 0 ? shapes.flatMap((shape) => shapeItems(shape, owner, base)) : undefined;
        }
        node = inner;
      } else if (ts.isPropertyAccessExpression(node)) {
        node = unwrap(node.expression);
      } else {
        return undefined;
      }
    }
  }

  /** A type annotation that applies to a parameter: its own, or the one of the variable holding its function (`const onSubmit: SubmitHandler<T> = (values) => ...`). */
  function parameterTypeNode(parameter: ts.ParameterDeclaration): ts.TypeNode | undefined {
    if (parameter.type) return parameter.type;
    const fn = parameter.parent;
    const index = fn.parameters.indexOf(parameter);
    let holder: ts.Node = fn;
    while (ts.isParenthesizedExpression(holder.parent) || ts.isAsExpression(holder.parent)) holder = holder.parent;
    if (ts.isVariableDeclaration(holder.parent) && holder.parent.type && ts.isTypeReferenceNode(holder.parent.type)) {
      const argument = holder.parent.type.typeArguments?.[0];
      return index === 0 ? argument : undefined;
    }
    return undefined;
  }

  /**
   * What reading one member of a typed value carries when its name says nothing: the addressee of a message type
   * (`options.to` of `options: SmsOptions`).
   */
  function addresseeMemberItems(typeNode: ts.TypeNode, name: string, expression: string): DataItem[] {
    const shape = memberNamesOf(typeNode);
    return shape && shape.names.includes(name) ? addressee(name, shape.owner, expression, shape.names) : [];
  }

  function memberNamesOf(typeNode: ts.TypeNode, depth = 0): { owner: string | undefined; names: string[] } | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const namesOf = (members: readonly (ts.TypeElement | ts.ClassElement)[]) => members.flatMap((member) => (member.name ? [propertyNameText(member.name) ?? ''] : []));
    if (ts.isTypeLiteralNode(typeNode)) return { owner: undefined, names: namesOf(typeNode.members) };
    if (!ts.isTypeReferenceNode(typeNode) || !ts.isIdentifier(typeNode.typeName)) return undefined;
    const declaration = findTypeDeclaration(engine, typeNode.typeName, depth);
    if (!declaration) return undefined;
    const owner = declaration.name?.text;
    if (ts.isTypeAliasDeclaration(declaration)) {
      return ts.isTypeLiteralNode(declaration.type) ? { owner, names: namesOf(declaration.type.members) } : memberNamesOf(declaration.type, depth + 1);
    }
    return { owner, names: namesOf(declaration.members) };
  }

  /** The type of `value.a.b` given the type of `value` (destructured parameters: `({ customer }: Props)`). */
  function typeAtPath(typeNode: ts.TypeNode, path: readonly string[], depth = 0): ts.TypeNode | undefined {
    if (path.length === 0) return typeNode;
    if (depth > MAX_DEPTH) return undefined;
    const [head, ...rest] = path as [string, ...string[]];
    let members: ts.NodeArray<ts.TypeElement> | undefined;
    if (ts.isTypeLiteralNode(typeNode)) members = typeNode.members;
    else if (ts.isTypeReferenceNode(typeNode) && ts.isIdentifier(typeNode.typeName)) {
      const declaration = findTypeDeclaration(engine, typeNode.typeName, depth);
      if (declaration && ts.isInterfaceDeclaration(declaration)) members = declaration.members;
      else if (declaration && ts.isTypeAliasDeclaration(declaration)) return typeAtPath(declaration.type, path, depth + 1);
    }
    const member = members?.find((candidate) => candidate.name && propertyNameText(candidate.name) === head);
    return member && ts.isPropertySignature(member) && member.type ? typeAtPath(member.type, rest, depth + 1) : undefined;
  }

  return { typeNodeItems, addresseeMemberItems, typeAtPath, schemaShapes, schemaOwner, modelItems, shapeItems, parameterTypeNode, submitHandlerItems, procedureInputItems, classItems, asPersonInput };
}

/**
 * `participants?: User[]` on a post: a related record the value may well not carry (a post being created has no
 * participants yet), so a value passed whole is not taken to send it. Only records are skipped this way; an optional
 * scalar (`email?: string`) is classified by its own name before this is asked. Asked of interface and type literal
 * members only: a class's optional property is one it declares it may hold (a request DTO's validated `actor?`
 * arrives whenever the caller sends it).
 */
function isOptionalMember(member: { questionToken?: ts.Node; type?: ts.TypeNode }): boolean {
  if (member.questionToken) return true;
  const type = member.type;
  return type !== undefined && ts.isUnionTypeNode(type) && type.types.some((part: ts.TypeNode) => part.kind === ts.SyntaxKind.UndefinedKeyword);
}

function literalKeys(keysNode: ts.TypeNode): Set<string> | undefined {
  const parts = ts.isUnionTypeNode(keysNode) ? [...keysNode.types] : [keysNode];
  const keys = parts.map((part) => (ts.isLiteralTypeNode(part) && ts.isStringLiteral(part.literal) ? part.literal.text : undefined));
  return keys.every((key) => key !== undefined) ? new Set(keys as string[]) : undefined;
}

export type DeclaredTypes = ReturnType<typeof createDeclaredTypes>;
