import type { ArchiveInfo } from '../lib/messages/background-protocol.ts';
import type { SearchFilters as Filters, SearchSort } from '../lib/search/search.ts';
import { NameCombobox } from './NameCombobox.tsx';

export interface FilterState {
  filters: Filters;
  sort: SearchSort;
}

export interface SearchFiltersProps {
  info: ArchiveInfo;
  value: FilterState;
  onChange(value: FilterState): void;
  idPrefix: string;
}

function entityFilter(filters: Filters, kind: 'country' | 'official'): string {
  return filters.entities?.find((id) => id.startsWith(`${kind}:`)) ?? '';
}

function withEntity(filters: Filters, kind: 'country' | 'official', id: string): Filters {
  const others = (filters.entities ?? []).filter((e) => !e.startsWith(`${kind}:`));
  return { ...filters, entities: id ? [...others, id] : others };
}

const ENTITY_FILTERS = [
  { kind: 'country', label: 'Country', plural: 'countries' },
  { kind: 'official', label: 'Official', plural: 'officials' },
] as const;

/** Filters by country and official (type-ahead: archives name thousands), source and date range, and the sort order. */
export function SearchFilters({ info, value, onChange, idPrefix }: SearchFiltersProps) {
  const { filters, sort } = value;
  const set = (next: Partial<FilterState>) => onChange({ ...value, ...next });
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <fieldset class="search-filters">
      <legend class="visually-hidden">Filters</legend>
      {ENTITY_FILTERS.map(({ kind, label, plural }) => (
        <NameCombobox
          key={kind}
          id={id(kind)}
          label={label}
          plural={plural}
          options={info.entities.filter((e) => e.kind === kind)}
          value={entityFilter(filters, kind)}
          onChange={(picked) => set({ filters: withEntity(filters, kind, picked) })}
        />
      ))}
      <label for={id('source')}>Source</label>
      <select
        id={id('source')}
        value={filters.sources?.[0] ?? ''}
        onChange={(e) => set({ filters: { ...filters, sources: e.currentTarget.value ? [e.currentTarget.value] : [] } })}
      >
        <option value="">Any</option>
        {info.sources.map((s) => (
          <option value={s} key={s}>
            {s}
          </option>
        ))}
      </select>
      <label for={id('from')}>From</label>
      <input
        id={id('from')}
        type="date"
        value={filters.from ?? ''}
        min={info.dateRange?.[0]}
        max={info.dateRange?.[1]}
        onChange={(e) => set({ filters: { ...filters, from: e.currentTarget.value || null } })}
      />
      <label for={id('to')}>To</label>
      <input
        id={id('to')}
        type="date"
        value={filters.to ?? ''}
        min={info.dateRange?.[0]}
        max={info.dateRange?.[1]}
        onChange={(e) => set({ filters: { ...filters, to: e.currentTarget.value || null } })}
      />
      <label for={id('sort')}>Sort</label>
      <select id={id('sort')} value={sort} onChange={(e) => set({ sort: e.currentTarget.value === 'date' ? 'date' : 'relevance' })}>
        <option value="relevance">Best match</option>
        <option value="date">Newest first</option>
      </select>
    </fieldset>
  );
}

export function activeFilterCount(filters: Filters): number {
  return (filters.entities?.length ?? 0) + (filters.sources?.length ?? 0) + (filters.from ? 1 : 0) + (filters.to ? 1 : 0);
}
