import type { LocalizedText } from '../manifest/types.js';
import { formatManifestPath, type ManifestPath, type ManifestWarning } from './warnings.js';

/** Picks one language from text that may be a plain string or a map of languages. */
export type Localize = (text: LocalizedText, path: ManifestPath) => string;

/**
 * A plain string is language-neutral and used as it is. From a map, `lang` wins; otherwise the manifest's
 * default language, then English, then the alphabetically first language, each with a warning naming the key.
 */
export function createLocalizer(lang: string, options: { defaultLanguage?: string; warnings: ManifestWarning[] }): Localize {
  return (text, path) => {
    if (typeof text === 'string') return text;
    const exact = text[lang];
    if (exact !== undefined) return exact;
    const fallback = pickFallback(text, options.defaultLanguage);
    options.warnings.push({
      path,
      message: `${formatManifestPath(path)} has no "${lang}" text; using "${fallback.lang}"`,
    });
    return fallback.text;
  };
}

function pickFallback(text: Readonly<Record<string, string>>, defaultLanguage: string | undefined): { lang: string; text: string } {
  for (const candidate of [defaultLanguage, 'en']) {
    if (candidate !== undefined && text[candidate] !== undefined) return { lang: candidate, text: text[candidate] };
  }
  const first = Object.keys(text).sort()[0];
  // The schema requires at least one language in a map; an empty map reads as empty text.
  return first === undefined ? { lang: 'none', text: '' } : { lang: first, text: text[first] ?? '' };
}
