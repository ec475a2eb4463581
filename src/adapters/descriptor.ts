import type { z } from 'zod';
import type { App } from '../app.ts';
import type { ConfigIssue } from '../config-fields.ts';
import type { RateSpec } from '../outbox/limits.ts';
import type { PlatformAdapter } from './platform.ts';

/** The variables of one platform, as the configuration parsed them. */
export type PlatformEnv<Shape extends z.ZodRawShape> = z.infer<z.ZodObject<Shape>>;

/**
 * Everything the rest of the bot knows of a platform: the outbox, the jobs, the CLI, the
 * configuration and the HTTP server read this and never name a platform. Each adapter exports one
 * from a light module of its own (no SDK import: the SDK is loaded by `create`, only when enabled),
 * and src/adapters/registry.ts lists them.
 */
export interface PlatformDescriptor<Shape extends z.ZodRawShape = z.ZodRawShape> {
  /** The namespace of the platform's user, chat and update ids, and the outbox rows' platform. */
  readonly name: string;
  /** The environment variables the platform reads, validated with the rest at start. */
  readonly config: Shape;
  /** Rules across those variables (set together, required in a mode): each broken one reported. */
  checkConfig?(env: PlatformEnv<Shape>, issue: ConfigIssue): void;
  /** Whether the configuration turns the platform on (its credentials are set). */
  enabled(env: PlatformEnv<Shape>): boolean;
  /** The published rate limits the outbox paces pushes by. */
  readonly rate: RateSpec;
  /** The rate limits as configured, where the platform lets an installation raise them. */
  configuredRate?(env: PlatformEnv<Shape>): Partial<RateSpec>;
  /** The longest text one message holds: a longer push costs several sends against the limits. */
  readonly textLimit: number;
  /**
   * Builds the adapter: how to push (the outbox's sender calls its push), its HTTP routes, its
   * start and stop. Absent for a platform started by its own command (the terminal chat).
   */
  create?(app: App): Promise<PlatformAdapter>;
}
