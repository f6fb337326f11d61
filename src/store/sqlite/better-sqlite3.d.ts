// Minimal types for the parts of better-sqlite3 12 this project uses (@types/better-sqlite3 is not installed).
// Delete this file if @types/better-sqlite3 is ever added: this ambient declaration would shadow it.
declare module 'better-sqlite3' {
  namespace Database {
    interface RunResult {
      changes: number;
      lastInsertRowid: number | bigint;
    }
    interface Statement<P extends unknown[] = unknown[], R = unknown> {
      run(...params: P): RunResult;
      get(...params: P): R | undefined;
      all(...params: P): R[];
      iterate(...params: P): IterableIterator<R>;
      pluck(on?: boolean): this;
      raw(on?: boolean): this;
    }
    interface Transaction<F extends (...args: never[]) => unknown> {
      (...args: Parameters<F>): ReturnType<F>;
      deferred(...args: Parameters<F>): ReturnType<F>;
      immediate(...args: Parameters<F>): ReturnType<F>;
      exclusive(...args: Parameters<F>): ReturnType<F>;
    }
    interface Database {
      readonly open: boolean;
      readonly inTransaction: boolean;
      readonly name: string;
      prepare<P extends unknown[] = unknown[], R = unknown>(sql: string): Statement<P, R>;
      transaction<F extends (...args: never[]) => unknown>(fn: F): Transaction<F>;
      pragma(source: string, options?: { simple?: boolean }): unknown;
      exec(sql: string): this;
      close(): this;
    }
    interface Options {
      readonly?: boolean;
      fileMustExist?: boolean;
      timeout?: number;
    }
  }
  const Database: {
    new (filename: string, options?: Database.Options): Database.Database;
  };
  export = Database;
}
