import * as v from 'valibot';
import { defineValidatedItem } from './validated-item.ts';

/**
 * Whether the built-in default archive (the articles bundled with Dossier) is left out of
 * search, related articles and cards. The bundle itself stays in the extension, untouched:
 * showing it again brings it back at once. Per device, like the user's own archive.
 */
export const defaultArchiveHidden = defineValidatedItem('local:defaultArchiveHidden', v.boolean(), false);
