import { de } from './de.js';
import { en } from './en.js';
import type { NoticeLanguage, NoticeLocale } from './types.js';

export type { NoticeLanguage, NoticeLocale } from './types.js';
export { NOTICE_LANGUAGES } from './types.js';

const LOCALES: Readonly<Record<NoticeLanguage, NoticeLocale>> = { en, de };

export const getLocale = (lang: NoticeLanguage): NoticeLocale => LOCALES[lang];

export const isNoticeLanguage = (value: string): value is NoticeLanguage => value === 'en' || value === 'de';
