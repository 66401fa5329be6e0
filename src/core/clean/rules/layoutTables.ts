import type { Element } from 'domhandler';
import { elementsOf } from '../dom';
import { CleanRule } from '../types';

/** A forum post (GameRes runs Discuz) arrives as a table of one row and one cell around the whole
 * text (`<td class="t_f" id="postmessage_…">`): layout, not a table. The table, its body, row and
 * cell are unwrapped. */
function onlyCell(table: Element): Element[] | undefined {
  const parts = elementsOf(table).filter((el) => /^(?:tbody|thead|tfoot|tr|td|th|caption|colgroup|col)$/.test(el.name) && el !== table);
  const rows = parts.filter((el) => el.name === 'tr');
  const cells = parts.filter((el) => el.name === 'td' || el.name === 'th');
  if (rows.length !== 1 || cells.length !== 1) return undefined;
  if (parts.some((el) => el.name === 'caption' || el.name === 'thead' || el.name === 'th')) return undefined;
  if (!/^postmessage_\d+$/.test(cells[0].attribs.id ?? '')) return undefined;
  return parts;
}

export const layoutTables: CleanRule = {
  id: 'layout-tables',
  label: ['layout table', 'layout tables'],
  description: 'a forum post\'s one-cell table around the whole text (td[id^=postmessage_]), unwrapped',
  apply(ctx) {
    for (const table of ctx.select('table')) {
      const parts = onlyCell(table);
      if (!parts || !table.parent) continue;
      for (const part of parts.reverse()) ctx.unwrap(part, 0);
      ctx.unwrap(table);
    }
  },
};
