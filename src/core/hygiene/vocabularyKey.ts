/**
 * The key under which spellings of one vocabulary value (a category, tag, author or source)
 * fall together: compatibility and width forms (NFKC: `－` → `-`, `Ａ` → `A`), traditional →
 * simplified characters (`國內` → `国内`), letter case, dash and middle-dot look-alikes, and
 * whitespace, which scraped values gain and lose at random.
 */
import { foldToSimplified } from './scriptFolding';

const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63]/g;
const MIDDLE_DOTS = /[\u00b7\u2022\u2027\u2219\u22c5\u30fb\uff65]/g;
const SPACES = /[\s\u3000\u200b\ufeff]+/g;

export function vocabularyKey(value: string): string {
  const nfkc = value.normalize('NFKC');
  return foldToSimplified(nfkc).toLowerCase().replace(DASHES, '-').replace(MIDDLE_DOTS, '·').replace(SPACES, '');
}
