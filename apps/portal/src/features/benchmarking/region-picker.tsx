import { useId, useMemo, useState, type KeyboardEvent } from 'react';

export interface PickableRegion {
  code: string;
  name: string;
  country: string;
}

const maxShown = 40;

/** Case- and accent-insensitive text for matching. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * A combobox over the regions (WAI-ARIA 1.2 pattern: the input keeps focus, arrow keys move
 * the active option, Enter chooses), matching name or code, grouped by country.
 */
export function RegionPicker({
  regions,
  countryNames,
  selected,
  label,
  hint,
  placeholder,
  noMatch,
  countLabel,
  onPick,
}: {
  regions: PickableRegion[];
  countryNames: Record<string, string>;
  selected: PickableRegion | null;
  label: string;
  hint: string;
  placeholder: string;
  noMatch: string;
  countLabel: (count: number) => string;
  onPick: (code: string) => void;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const matches = useMemo(() => {
    const needle = fold(query.trim());
    const found = regions.filter((region) => !needle || fold(region.name).includes(needle) || fold(region.code).startsWith(needle));
    return found
      .sort((a, b) => (countryNames[a.country] ?? a.country).localeCompare(countryNames[b.country] ?? b.country) || a.name.localeCompare(b.name))
      .slice(0, maxShown);
  }, [regions, countryNames, query]);

  const groups = useMemo(() => {
    const byCountry = new Map<string, Array<{ region: PickableRegion; index: number }>>();
    matches.forEach((region, index) => {
      const list = byCountry.get(region.country) ?? [];
      list.push({ region, index });
      byCountry.set(region.country, list);
    });
    return [...byCountry.entries()];
  }, [matches]);

  function choose(region: PickableRegion) {
    setQuery('');
    setOpen(false);
    onPick(region.code);
  }

  function handleKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((current) => Math.min(current + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current) => Math.max(current - 1, 0));
    } else if (event.key === 'Enter') {
      const region = matches[active];
      if (open && region) {
        event.preventDefault();
        choose(region);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const showList = open && query.trim().length > 0;

  return (
    <div className="combobox field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && matches[active] ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        placeholder={selected ? `${selected.name} (${selected.code})` : placeholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={handleKey}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
        onFocus={() => setOpen(true)}
      />
      <span id={`${id}-hint`} className="field__hint">
        {hint}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {showList ? countLabel(matches.length) : ''}
      </span>
      <ul id={listId} role="listbox" aria-label={label} className="combobox__list" hidden={!showList}>
        {matches.length === 0 ? (
          <li className="combobox__empty" role="presentation">
            {noMatch}
          </li>
        ) : (
          groups.map(([country, items]) => (
            <li key={country} role="presentation">
              <ul role="group" aria-label={countryNames[country] ?? country} className="combobox__group">
                <li role="presentation" className="combobox__group-label" aria-hidden="true">
                  {countryNames[country] ?? country}
                </li>
                {items.map(({ region, index }) => (
                  <li
                    key={region.code}
                    id={optionId(index)}
                    role="option"
                    aria-selected={index === active}
                    className={index === active ? 'combobox__option combobox__option--active' : 'combobox__option'}
                    onMouseDown={(event) => event.preventDefault()}
                    onClick={() => choose(region)}
                    onMouseEnter={() => setActive(index)}
                  >
                    {region.name} <span className="combobox__code">{region.code}</span>
                  </li>
                ))}
              </ul>
            </li>
          ))
        )}
      </ul>
    </div>
  );
}
