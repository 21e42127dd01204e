// Generated projects whose shape once made the analysis superlinear (issue 5): a chain of wrappers, each in its own
// module, and a ring of modules that call each other. Shared by the hostile-input tests (which check the findings)
// and `node bench/hostile.mjs` (which checks the CPU they cost), so both measure the same code.

const REMEMBER_PHONE = "  localStorage.setItem('phone', phoneNumber);\n";

/** `count` modules, each wrapping the one before; the first stores its argument, and `src/main.ts` calls the last. */
export function wrapperChainSources(count) {
  const sources = [['src/m0.ts', `export function w0(phoneNumber: string) {\n${REMEMBER_PHONE}}\n`]];
  for (let index = 1; index < count; index++) {
    sources.push([`src/m${index}.ts`, `import { w${index - 1} } from './m${index - 1}';\nexport function w${index}(phoneNumber: string) {\n  w${index - 1}(phoneNumber);\n}\n`]);
  }
  sources.push(['src/main.ts', `import { w${count - 1} } from './m${count - 1}';\nexport function start(phoneNumber: string) {\n  w${count - 1}(phoneNumber);\n}\n`]);
  return sources;
}

/** `count` modules in a ring, each calling the next while a depth lasts; the first stores its argument. */
export function recursionRingSources(count) {
  const sources = [];
  for (let index = 0; index < count; index++) {
    const next = (index + 1) % count;
    const sink = index === 0 ? REMEMBER_PHONE : '';
    sources.push([`src/m${index}.ts`, `import { w${next} } from './m${next}';\nexport function w${index}(phoneNumber: string, depth: number): void {\n${sink}  if (depth > 0) w${next}(phoneNumber, depth - 1);\n}\n`]);
  }
  return sources;
}
