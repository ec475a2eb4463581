import type { DatabaseConnection, Driver, TransactionSettings } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import type { PGlite } from '@electric-sql/pglite';

/**
 * PGlite has one session. The bot's own queries and each client served on the socket take
 * turns at it through this gate, a whole session step at a time: a transaction, or a statement
 * with its Parse/Bind/Execute/Sync, never interleaved with another's (PGlite's own lock covers
 * a single message only, so a client's BEGIN would otherwise wrap the bot's next statement).
 */
export class SessionGate {
  private last: Promise<void> = Promise.resolve();

  /** Resolves, in arrival order, with the function that lets the next one in. */
  enter(): Promise<() => void> {
    let leave!: () => void;
    const left = new Promise<void>((resolve) => (leave = resolve));
    const entered = this.last.then(() => leave);
    this.last = this.last.then(() => left);
    return entered;
  }
}

/** kysely's PGlite driver, holding the gate from acquiring the connection to releasing it. */
class GatedDriver implements Driver {
  private leave: (() => void) | null = null;

  constructor(
    private readonly inner: Driver,
    private readonly gate: SessionGate,
  ) {}

  init(): Promise<void> {
    return this.inner.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const leave = await this.gate.enter();
    try {
      const connection = await this.inner.acquireConnection();
      this.leave = leave;
      return connection;
    } catch (error) {
      leave();
      throw error;
    }
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.inner.beginTransaction(connection, settings);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.commitTransaction(connection);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.inner.rollbackTransaction(connection);
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    await this.inner.releaseConnection(connection);
    const leave = this.leave;
    this.leave = null;
    leave?.();
  }

  destroy(): Promise<void> {
    return this.inner.destroy();
  }
}

export class GatedPGliteDialect extends PGliteDialect {
  constructor(
    client: PGlite,
    private readonly gate: SessionGate,
  ) {
    super(client);
  }

  override createDriver(): Driver {
    return new GatedDriver(super.createDriver(), this.gate);
  }
}
