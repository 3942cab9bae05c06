import { storage } from 'wxt/utils/storage';

/** The popup's last search, so reopening it picks up where the user left off. */
export const lastQuery = storage.defineItem<string>('local:lastQuery', { fallback: '' });
/** Which view the popup showed last. */
export const lastView = storage.defineItem<'page' | 'search'>('local:popupView', { fallback: 'page' });
