/**
 * chrono-node, the date parser, loaded on first use (~150 ms): runs served from the ingest cache,
 * and corpora whose claims give no dates, never load it. Publication dates (parse/dates.ts) and
 * the dates claims give (verdicts/dates.ts) both read through it.
 */
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';

const require = createRequire(import.meta.url);
let loaded: typeof Chrono | undefined;

export const chrono = (): typeof Chrono => (loaded ??= require('chrono-node') as typeof Chrono);
