import { en, type NoticeTexts } from './en.js';
import { de } from './de.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';

/**
 * The built-in notice languages. A language is one data file `./<lang>.ts` exporting a table of
 * type `NoticeTexts` (the same keys as `./en.ts`), added here by its BCP 47 tag.
 */
export const TABLES: Record<string, NoticeTexts> = { en, de, es, fr, it, nl };
