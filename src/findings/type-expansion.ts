import { ts } from './typescript.js';
import type { Engine } from './context.js';

export interface ExpandedProperty {
  /** Property path below the object, e.g. `email` or `address.city`. */
  path: string;
  category: string;
  confidence: 'high' | 'medium' | 'low';
  matched: string;
  term: string;
}

const MAX_NESTING = 2;

/**
 * Expands an object passed whole (`identify(user)`) to the personal properties of its type, through the type
 * checker. Used only where syntax already matched a sink, and cached per type and owner name, so the checker's
 * cost is paid for a handful of types, never for a full type-check.
 */
export function createTypeExpander(engine: Engine) {
  const cache = new Map<ts.Type, Map<string, ExpandedProperty[]>>();

  /** undefined when the type is unknown (no checker, `any`, unresolved import): the caller decides what that means. */
  function expandExpression(node: ts.Node, owner: string): ExpandedProperty[] | undefined {
    const checker = engine.getTypeChecker(node);
    if (!checker) return undefined;
    let type: ts.Type;
    try {
      type = checker.getTypeAtLocation(node);
    } catch {
      return undefined;
    }
    return expandType(checker, type, owner, node, 0);
  }

  function expandTypeNode(typeNode: ts.TypeNode, owner: string): ExpandedProperty[] | undefined {
    const checker = engine.getTypeChecker(typeNode);
    if (!checker) return undefined;
    let type: ts.Type;
    try {
      type = checker.getTypeFromTypeNode(typeNode);
    } catch {
      return undefined;
    }
    return expandType(checker, type, owner, typeNode, 0);
  }

  function expandType(checker: ts.TypeChecker, rawType: ts.Type, owner: string, at: ts.Node, depth: number): ExpandedProperty[] | undefined {
    let type = checker.getNonNullableType(rawType);
    if (checker.isArrayType(type)) type = checker.getTypeArguments(type as ts.TypeReference)[0] ?? type;
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never)) return undefined;
    if (!(type.flags & ts.TypeFlags.Object) && !type.isIntersection() && !type.isUnion()) return [];
    let byOwner = cache.get(type);
    const cached = byOwner?.get(owner);
    if (cached) return cached;
    const properties = checker.getPropertiesOfType(type);
    if (properties.length === 0) return (type.flags & ts.TypeFlags.Object) !== 0 && isErrorLike(checker, type) ? undefined : [];
    const result: ExpandedProperty[] = [];
    const siblings = properties.map((property) => property.getName());
    for (const property of properties) {
      const name = property.getName();
      let propertyType: ts.Type;
      try {
        propertyType = checker.getTypeOfSymbolAtLocation(property, at);
      } catch {
        continue;
      }
      if (propertyType.getCallSignatures().length > 0) continue;
      const typeText = checker.typeToString(propertyType);
      if (engine.classifier.isNonPersonalType(typeText)) continue;
      const classification = engine.classifier.classifyName(name, owner, siblings);
      if (classification) {
        result.push({ path: name, category: classification.category, confidence: classification.confidence, matched: name, term: classification.evidence.term });
        continue;
      }
      // An optional related record (`author?: User`) is one the value may well not carry: not taken as sent.
      if (depth + 1 < MAX_NESTING && !isOptional(property, propertyType) && isPlainObjectType(checker, propertyType)) {
        for (const nested of expandType(checker, propertyType, name, at, depth + 1) ?? []) {
          result.push({ ...nested, path: `${name}.${nested.path}` });
        }
      }
    }
    if (!byOwner) {
      byOwner = new Map();
      cache.set(type, byOwner);
    }
    byOwner.set(owner, result);
    return result;
  }

  return { expandExpression, expandTypeNode };
}

function isPlainObjectType(checker: ts.TypeChecker, type: ts.Type): boolean {
  const nonNullable = checker.getNonNullableType(type);
  if (!(nonNullable.flags & ts.TypeFlags.Object)) return false;
  const name = nonNullable.getSymbol()?.getName();
  return name !== 'Date' && name !== 'Array' && name !== 'Map' && name !== 'Set' && !checker.isArrayType(nonNullable);
}

function isOptional(property: ts.Symbol, type: ts.Type): boolean {
  // A class's optional property (a request DTO's `actor?`) is one it declares it may hold: see isOptionalMember.
  const declaration = property.valueDeclaration;
  if (declaration !== undefined && ts.isPropertyDeclaration(declaration)) return false;
  if ((property.flags & ts.SymbolFlags.Optional) !== 0) return true;
  return type.isUnion() && type.types.some((part) => (part.flags & ts.TypeFlags.Undefined) !== 0);
}

// An unresolved import type (no node_modules) shows up as an error type with no members: unknown, not empty.
function isErrorLike(checker: ts.TypeChecker, type: ts.Type): boolean {
  return checker.typeToString(type) === 'any' || type.getSymbol() === undefined;
}

export type TypeExpander = ReturnType<typeof createTypeExpander>;
