import { recogniserInSteps, type DossierPageSession, type PageOfficial, type Recogniser } from '../lib/entities/recogniser.ts';
import { sendMessage } from '../lib/messages/messenger.ts';
import { readPageKnowledge, type PageKnowledge } from '../storage/page-knowledge.ts';
import { archiveOnlyOfficials } from '../lib/highlight/public-names.ts';
import { sliced, urgentHost } from './scheduler.ts';
import { timingMark } from './timing.ts';

/** A recogniser built from the background's knowledge, and this page's session of it. */
export interface PageRecogniser {
  recogniser: Recogniser;
  session: DossierPageSession;
}

/**
 * Gets the entity knowledge once (the copy the background stored, else its answer) and builds
 * the page's recogniser from it, in time slices. A failed request is asked again at the next need.
 */
export class KnowledgeClient {
  private ready: Promise<PageRecogniser | null> | null = null;
  private session: DossierPageSession | null = null;
  private archiveOnly: ReadonlySet<string> = new Set();

  /** The recogniser, once (null when the background has no usable knowledge). */
  recogniser(): Promise<PageRecogniser | null> {
    this.ready ??= knowledgeForPage().then(
      async ({ knowledge }) => {
        timingMark('received');
        // Checked by the background when it loaded the archive (lib/search/knowledge-schema.ts).
        if (!knowledge) return null;
        this.archiveOnly = archiveOnlyOfficials(knowledge);
        // The message's decoding and the recogniser's build (30–90 ms) go in separate, short tasks.
        await urgentHost.yield();
        const build = recogniserInSteps(knowledge);
        await sliced(() => build.step(), urgentHost);
        const recogniser = build.result();
        const session = recogniser.newPage();
        this.session = session;
        timingMark('knowledge');
        // The first recognition then starts in a task of its own.
        await urgentHost.yield();
        return { recogniser, session };
      },
      (e: unknown) => {
        console.warn('Dossier: no entity knowledge from the background', e);
        this.ready = null;
        return null;
      },
    );
    return this.ready;
  }

  /** Whether the entity is known only from the user's archive (lib/highlight/public-names.ts). */
  isArchiveOnly(id: string): boolean {
    return this.archiveOnly.has(id);
  }

  /** People the page introduced whom the knowledge does not know (empty before the first scan). */
  pageOfficials(): readonly PageOfficial[] {
    return this.session?.pageOfficials() ?? [];
  }
}

/**
 * The knowledge the background stored for pages, read without a message (which would wait for
 * a stopped worker to start: storage/page-knowledge.ts), else the background's answer.
 */
async function knowledgeForPage(): Promise<PageKnowledge> {
  const stored = await readPageKnowledge().catch(() => null);
  return stored ?? sendMessage('getKnowledge');
}
