/** How many accounts a server has: its user counts, each with the day they are for and their evidence. */
import { z } from 'zod';
import { Evidence } from './evidence.ts';
import { DayText } from './primitives.ts';

/** A whole number of accounts, 0 or more. */
const Count = (what: string) =>
  z
    .number({ error: `expected ${what} as a whole number` })
    .int({ error: `expected ${what} as a whole number` })
    .min(0, { error: `expected ${what} to be 0 or more` });

/**
 * A server's size, as a public source states it: NodeInfo's `usage.users.total` and `usage.users.activeMonth`
 * (as the importer reads them), or a dated page that gives the same numbers. Optional: an unknown size stays
 * unknown, and the site counts how many are.
 */
export const Users = z
  .strictObject({
    total: Count('the number of accounts').describe('Registered accounts: NodeInfo `usage.users.total`, or the number of accounts a dated source gives.'),
    active_month: Count('the number of active accounts')
      .describe('Accounts active in the past month: NodeInfo `usage.users.activeMonth` (Mastodon: signed in within 30 days), when the source gives it.')
      .optional(),
    counted: DayText.describe('The day the counts are for, as the source gives it ("YYYY-MM-DD"): for NodeInfo, the day it was read.'),
    evidence: Evidence.describe('Where the counts were read: the NodeInfo document, or the dated page that states them.'),
  })
  .describe('How many accounts the server has, on a given day, with the evidence. Leave it out when no public source gives it.');

/** A server's user counts, as parsed. */
export type Users = z.infer<typeof Users>;
