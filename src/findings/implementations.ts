/**
 * Which project files declare a class that implements an interface, by the interface's name, read from the text
 * (no parser): a service injected under its interface (`@inject(TYPES.Mailer) private mailer: MailerInterface`,
 * bound to a class in an inversify or NestJS container) is followed into those classes. The bindings themselves are
 * run-time code; the classes that can stand behind the interface are what the program says statically.
 *
 * Kept apart from the engine, so the cache can key on it without loading TypeScript: a class that starts or stops
 * implementing an interface changes what every file calling through that interface may reach.
 */
export type ImplementationIndex = ReadonlyMap<string, readonly string[]>;

const CLASS_HEADER = /\bclass\s+[\w$]+[^{;]*?\bimplements\s+([^{;]+)\{/g;

export function indexImplementations(files: readonly { absolutePath: string; text: string }[]): ImplementationIndex {
  const index = new Map<string, string[]>();
  for (const file of files) {
    if (!file.text.includes('implements')) continue;
    const absolutePath = file.absolutePath.replaceAll('\\', '/');
    for (const match of file.text.matchAll(CLASS_HEADER)) {
      for (const name of implementedNames(match[1]!)) {
        const paths = index.get(name);
        if (!paths) index.set(name, [absolutePath]);
        else if (!paths.includes(absolutePath)) paths.push(absolutePath);
      }
    }
  }
  for (const paths of index.values()) paths.sort();
  return new Map([...index].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** `Foo<A, B>, ns.Bar` → Foo, Bar: type arguments are dropped first, so their commas do not split the list. */
function implementedNames(clause: string): string[] {
  let text = clause;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/<[^<>]*>/g, '');
  }
  return text
    .split(',')
    .map((part) => part.trim().split('.').pop()!.trim())
    .filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
}

/** The index as cache key material: one line per interface with its files, in a stable order. */
export function implementationKeys(index: ImplementationIndex, relative: (absolutePath: string) => string): string[] {
  return [...index].map(([name, paths]) => [name, ...paths.map(relative)].join('\u0000'));
}
