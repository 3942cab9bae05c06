/** Vite's `?worker` imports (https://vite.dev/guide/features#import-with-query-suffixes): the worker bundled as a chunk of its own. */
declare module '*?worker' {
  const WorkerConstructor: new (options?: { name?: string }) => Worker;
  export default WorkerConstructor;
}
