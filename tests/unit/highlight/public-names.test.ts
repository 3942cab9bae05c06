import { describe, expect, it } from 'vitest';
import type { Knowledge, OfficialEntry, OfficialRole } from '../../../lib/entities/types.ts';
import { archiveOnlyOfficials } from '../../../lib/highlight/public-names.ts';

const role = (origin: OfficialRole['origin']): OfficialRole => ({ role: 'Minister', country: 'RS', asOf: null, origin });
const official = (slug: string, roles: OfficialRole[]): OfficialEntry => ({ slug, name: slug, aliases: [], roles, articleIds: [] });

describe('names known only from the archive', () => {
  it('are the officials whose every role was learned from an archive article', () => {
    const knowledge: Knowledge = {
      format: 1,
      countries: [],
      officials: [
        official('curated-only', [role('curated')]),
        official('curated-and-archive', [role('archive'), role('curated')]),
        official('archive-only', [role('archive'), role('archive')]),
        official('page', [role('page')]),
        { ...official('curated-without-roles', []), wikidata: 'Q1' },
      ],
    };
    expect([...archiveOnlyOfficials(knowledge)]).toEqual(['official:archive-only']);
  });
});
