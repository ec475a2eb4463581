import type { Feature } from '../context.ts';
import { membership } from './membership.ts';
import { pipeline } from './pipeline.ts';
import { reports } from './reports.ts';
import { summaries } from './summaries.ts';
import { catalog } from './catalog.ts';
import { reminders } from './reminders.ts';
import { chats } from './chats.ts';
import { corrections } from './corrections.ts';
import { todoFeature } from './todo.ts';

/** The conversation's features, in the order their free-text handlers are tried. */
export const coreFeatures: Feature[] = [reports, pipeline, membership, summaries, catalog, reminders, chats, corrections, todoFeature];
