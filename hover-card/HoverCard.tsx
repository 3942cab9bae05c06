import { EntityCardView } from '../components/EntityCardView.tsx';
import { articleHash, searchHash } from '../storage/reader-url.ts';
import type { Mention } from '../lib/entities/types.ts';
import type { Placement } from '../lib/hover/placement.ts';
import type { Theme } from '../lib/hover/page-theme.ts';
import type { CardData } from './card-data.ts';

export interface HoverCardProps {
  mention: Mention;
  data: CardData;
  theme: Theme;
  /** Null while the card is measured before it is placed. */
  placement: Placement | null;
  readerUrl(hash: string): string;
  /** Opens a reader route; `inBackground` for Ctrl/Cmd/middle clicks. */
  openReader(hash: string, inBackground: boolean): void;
  onClose(): void;
}

export const CARD_TITLE_ID = 'dossier-card-title';

const inBackground = (e: MouseEvent) => e.ctrlKey || e.metaKey || e.button === 1;

/**
 * The hover card: the shared entity card inside a non-modal dialog, placed in the viewport
 * with fixed positioning. Links go through `openReader` (a page may not open extension URLs).
 */
export function HoverCard({ mention, data, theme, placement, readerUrl, openReader, onClose }: HoverCardProps) {
  const style = placement
    ? {
        left: `${placement.left}px`,
        top: placement.top === null ? 'auto' : `${placement.top}px`,
        bottom: placement.bottom === null ? 'auto' : `${placement.bottom}px`,
        maxHeight: `${placement.maxHeight}px`,
        maxWidth: `${placement.maxWidth}px`,
      }
    : { left: '0px', top: '0px', visibility: 'hidden' as const };
  // The default action is always stopped; only the user's own click (not a page's
  // synthetic one) opens the reader.
  const open = (hash: string) => (e: MouseEvent) => {
    e.preventDefault();
    if (e.isTrusted) openReader(hash, inBackground(e));
  };
  const close = (e: MouseEvent) => {
    if (e.isTrusted) onClose();
  };
  return (
    <div
      class="hover-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={CARD_TITLE_ID}
      aria-busy={data.status === 'loading'}
      data-theme={theme}
      data-side={placement?.side}
      data-entity={mention.id}
      tabIndex={-1}
      style={style}
    >
      <button type="button" class="card-close" aria-label="Close" title="Close (Esc)" onClick={close}>
        ×
      </button>
      {data.status === 'ready' ? (
        <EntityCardView
          card={data.card}
          fallbackName={mention.name}
          headingId={CARD_TITLE_ID}
          articleHref={(id) => readerUrl(articleHash(id))}
          searchHref={(q) => readerUrl(searchHash(q))}
          onOpenArticle={(id, e) => open(articleHash(id))(e)}
          onSearch={(q, e) => open(searchHash(q))(e)}
        />
      ) : (
        <div class="entity-card">
          <h2 id={CARD_TITLE_ID} class="card-pending-title">
            {mention.name}
          </h2>
          <p class={data.status === 'error' ? 'card-error' : 'card-loading'} role={data.status === 'error' ? 'alert' : 'status'}>
            {data.status === 'error' ? `Dossier could not load this card: ${data.message}` : 'Looking in your archive…'}
          </p>
        </div>
      )}
    </div>
  );
}
