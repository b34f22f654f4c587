import { en, type NoticeTexts } from './en.js';

/**
 * The built-in notice languages. A language is one data file `./<lang>.ts` exporting a table of
 * type `NoticeTexts` (the same keys as `./en.ts`), added here by its BCP 47 tag.
 */
export const TABLES: Record<string, NoticeTexts> = { en };
