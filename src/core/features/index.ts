import type { Feature } from '../context.ts';
import { membership } from './membership.ts';
import { leads } from './leads.ts';
import { drafts } from './drafts.ts';
import { draftBatches } from './draft-batches.ts';
import { summaries } from './summaries.ts';
import { catalog } from './catalog.ts';
import { reminders } from './reminders.ts';
import { chats } from './chats.ts';
import { identities } from './identities.ts';
import { chambers } from './chambers.ts';
import { people } from './people.ts';
import { corrections } from './corrections.ts';
import { todoFeature } from './todo.ts';
import { dashboardFeature } from './dashboard.ts';

/** The conversation's features, in the order their free-text handlers are tried. */
export const coreFeatures: Feature[] = [
  drafts,
  draftBatches,
  leads,
  membership,
  identities,
  summaries,
  catalog,
  reminders,
  chats,
  chambers,
  people,
  corrections,
  todoFeature,
  dashboardFeature,
];
