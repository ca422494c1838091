/**
 * The matrix's filters: language and region selects that hide the rows of communities that do not match, with
 * the same rules as the map's filters (a language keeps its more specific tags; a country keeps its regions).
 * The form stays hidden without script; the table is then complete.
 */
import { areaMatches, languageMatches } from '../../lib/map/filter.ts';

const form = document.querySelector<HTMLFormElement>('form[data-matrix-filters]');
const table = document.querySelector<HTMLTableElement>('table[data-matrix]');

if (form && table) {
  const lang = form.querySelector<HTMLSelectElement>('select[name="lang"]');
  const area = form.querySelector<HTMLSelectElement>('select[name="area"]');
  const status = form.querySelector<HTMLElement>('[data-matrix-status]');
  const rows = [...(table.tBodies[0]?.rows ?? [])];
  const apply = () => {
    const wantLang = lang?.value ?? '';
    const wantArea = area?.value ?? '';
    let shown = 0;
    for (const row of rows) {
      const tags = (row.dataset.languages ?? '').split(' ').filter(Boolean);
      const codes = (row.dataset.regions ?? '').split(' ').filter(Boolean);
      const keep = (!wantLang || tags.some((t) => languageMatches(t, wantLang))) && (!wantArea || codes.some((c) => areaMatches(c, wantArea)));
      row.hidden = !keep;
      if (keep) shown++;
    }
    const words = status?.dataset.shown ?? '{shown} / {total}';
    if (status) status.textContent = wantLang || wantArea ? words.replace('{shown}', String(shown)).replace('{total}', String(rows.length)) : '';
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
  apply();
}
