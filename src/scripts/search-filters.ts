/**
 * The search page's filters (search.ts loads this there only): checkboxes built from the index's
 * own filter values with their counts, a disclosure on a phone and a sidebar on a wide screen,
 * the chosen ones counted and cleared at once, and kept in the address (?type=…&year=…).
 */
export type Filters = Record<string, { any: string[] }>;

/** The filter checkboxes of the search page, built from the index's own filter values. */
export function renderFilters(box: HTMLElement, available: Record<string, Record<string, number>>, selected: Filters, onChange: () => void) {
  // The index's English values (kinds, languages) in the page's words, on a page in another language (SearchForm).
  const labels = JSON.parse(box.closest<HTMLElement>('form')?.dataset.labels ?? '{}') as Record<string, string>;
  box.replaceChildren(
    ...Object.entries(filterLabels(box))
      .filter(([name]) => available[name] && Object.keys(available[name]).length > (name === 'language' ? 1 : 0))
      .map(([name, label]) => {
        const set = document.createElement('fieldset');
        set.append(Object.assign(document.createElement('legend'), { textContent: label }));
        const values = Object.entries(available[name]).sort(([a], [b]) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
        for (const [value, count] of values) {
          const input = Object.assign(document.createElement('input'), {
            type: 'checkbox',
            name,
            value,
            checked: selected[name]?.any.includes(value) ?? false,
          });
          input.addEventListener('change', () => (countFilters(box), onChange()));
          const labelEl = document.createElement('label');
          labelEl.append(input, ` ${labels[value] ?? value} (${count})`);
          set.append(labelEl);
        }
        return set;
      }),
  );
  showFilters(box);
  box
    .closest('[data-filters-box]')
    ?.querySelector('[data-clear-filters]')
    ?.addEventListener('click', () => {
      for (const input of box.querySelectorAll<HTMLInputElement>('input:checked')) input.checked = false;
      countFilters(box);
      onChange();
    });
}

/** The filters' disclosure: open beside the results on a wide screen, closed above them on a phone; its summary counts the chosen. */
function showFilters(box: HTMLElement) {
  const details = box.closest<HTMLDetailsElement>('[data-filters-box]');
  if (!details) return;
  const wide = matchMedia('(min-width: 64rem)');
  details.open = wide.matches;
  wide.addEventListener('change', (e) => (details.open = e.matches));
  details.hidden = false;
  countFilters(box);
}

function countFilters(box: HTMLElement) {
  const chosen = box.querySelectorAll('input:checked').length;
  const details = box.closest('[data-filters-box]');
  const count = details?.querySelector('.filters-count');
  if (count) count.textContent = chosen ? ` (${chosen} chosen)` : '';
  const clear = details?.querySelector<HTMLButtonElement>('[data-clear-filters]');
  if (clear) clear.disabled = !chosen;
}

export function selectedFilters(form: HTMLFormElement): Filters {
  const filters: Filters = {};
  for (const input of form.querySelectorAll<HTMLInputElement>('.search-filters input:checked')) (filters[input.name] ??= { any: [] }).any.push(input.value);
  return filters;
}

/** Filter names and labels, in display order, as src/lib/site/search-meta.ts defines them (handed over by the page). */
const filterLabels = (box: HTMLElement) => JSON.parse(box.dataset.filters ?? '{}') as Record<string, string>;

export function filtersFromAddress(box: HTMLElement): Filters {
  const params = new URLSearchParams(location.search);
  const filters: Filters = {};
  for (const name of Object.keys(filterLabels(box))) if (params.getAll(name).length) filters[name] = { any: params.getAll(name) };
  return filters;
}
