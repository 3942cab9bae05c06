import * as v from 'valibot';
import { defineValidatedItem } from './validated-item.ts';

/** The popup's last search, so reopening it picks up where the user left off. */
export const lastQuery = defineValidatedItem('local:lastQuery', v.string(), '');

export const popupViews = ['page', 'search'] as const;
export type PopupView = (typeof popupViews)[number];

/** Which view the popup showed last. */
export const lastView = defineValidatedItem<PopupView>('local:popupView', v.picklist(popupViews), 'page');
