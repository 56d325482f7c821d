import { normalizePinyin } from './pinyin';

/** Identity of a name: lower-case letters without spaces, hyphens or apostrophes ("zhouzhihong"). */
export function nameKey(name: string): string {
  return normalizePinyin(name).replace(/[\s\-'’.]/g, '');
}
