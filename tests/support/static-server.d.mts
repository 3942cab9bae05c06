// Types for static-server.mjs (plain JS so it runs before dependencies are installed).
export interface StaticMount {
  /** URL prefix, e.g. '/demo/'. */
  prefix: string;
  /** Folder served under the prefix. */
  dir: string;
  /** Remove <script> elements from HTML files (for saved third-party pages). */
  stripScripts?: boolean;
  /** Return false to refuse a file (path relative to dir). */
  filter?: (relativePath: string) => boolean;
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  port: number;
  /** Absolute URL for a path on this server. */
  url(pathname?: string): string;
  close(): Promise<void>;
}

export function stripScripts(html: string): string;
export function startStaticServer(mounts: StaticMount[], options?: { port?: number; host?: string }): Promise<StaticServer>;
