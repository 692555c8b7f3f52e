/**
 * Errors of the store that callers tell apart, in a module of their own so that naming one does
 * not load a database driver (PGlite is ~0.1 s of start-up; the server opens the store after ready).
 */

/** The folder is in use by another live process (the server, or another command). */
export class EmbeddedStoreBusyError extends Error {
  override name = 'EmbeddedStoreBusyError';
  readonly dir: string;
  readonly pid: number;
  constructor(dir: string, pid: number) {
    super(
      `組み込みデータベース（${dir}）は別のプロセス（PID ${pid}、たとえば起動中のサーバー）が使用中です。` +
        '同時に開くとデータが壊れるため、開きませんでした。サーバーを止めてからもう一度実行するか、' +
        'DATABASE_URL で PostgreSQL を使ってください。',
    );
    this.dir = dir;
    this.pid = pid;
  }
}
