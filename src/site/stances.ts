/** How an evidence row stands to its claim, in words a reader reads beside the quote. */
import type { Appearance } from '../schema/claim.ts';

export const STANCE_LABELS: Record<Appearance['stance'], string> = {
  asserts: 'states it',
  reports: 'relays a report',
  denies: 'denies it',
  declines: 'neither confirms nor denies',
  conflicts: 'gives another figure',
};
