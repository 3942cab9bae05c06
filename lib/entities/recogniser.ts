/**
 * The page's entry to recognition (the content script, the reader page, search queries):
 * it reaches only recognition/, so the country datasets and the curated base, which
 * index.ts pulls in to build the knowledge, stay out of the content script's bundle.
 */
export {
  createQueryFinder,
  createRecogniser,
  recogniserInSteps,
  type DossierPageSession,
  type PageOfficial,
  type QueryFinder,
  type Recogniser,
  type RecogniserBuild,
} from './recognition/recogniser.ts';
