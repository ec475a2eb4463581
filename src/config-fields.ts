import { z } from 'zod';

/**
 * Field types the configuration is built of, apart from src/config.ts so that each platform's
 * descriptor (src/adapters/NAME/descriptor.ts) declares its own variables with them: config.ts
 * reads the descriptors, so they cannot import from it.
 */

/** A variable that may be unset; empty or blank counts as unset, as a copied .env.example leaves it. */
export const optional = z
  .string()
  .transform((value) => value.trim())
  .pipe(z.string())
  .optional()
  .transform((value) => (value === '' ? undefined : value));

/** Messages per second or minute: a published rate, overridable when a platform grants more. */
export const rate = (fallback: number) => z.coerce.number().positive().max(100_000).default(fallback);

/** Reports one problem of a variable: `path` names it, `message` says what to fix. */
export type ConfigIssue = (path: string, message: string) => void;
