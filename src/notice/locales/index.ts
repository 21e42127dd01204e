import { createGermanLocale, de } from './de.js';
import { en } from './en.js';
import type { NoticeLanguage, NoticeLocale, RightText } from './types.js';

export type { NoticeLanguage, NoticeLocale } from './types.js';
export { NOTICE_LANGUAGES } from './types.js';

const LOCALES: Readonly<Record<NoticeLanguage, NoticeLocale>> = { en, de };

const informalGerman = createGermanLocale('informal');

/** The locale for a language; German comes formal (Sie) or informal (du), as `notice.germanAddress` chooses. */
export const getLocale = (lang: NoticeLanguage, germanAddress: 'formal' | 'informal' = 'formal'): NoticeLocale =>
  lang === 'de' && germanAddress === 'informal' ? informalGerman : LOCALES[lang];

export const isNoticeLanguage = (value: string): value is NoticeLanguage => value === 'en' || value === 'de';

/** The rights every notice lists (Art. 15–21); withdrawing consent (Art. 7(3)) only where consent is a basis. */
export function getRights(locale: NoticeLocale, usesConsent: boolean): RightText[] {
  const { access, rectification, erasure, restriction, notification, portability, objection, withdrawConsent } = locale.rights;
  return usesConsent
    ? [access, rectification, erasure, restriction, notification, portability, objection, withdrawConsent]
    : [access, rectification, erasure, restriction, notification, portability, objection];
}
