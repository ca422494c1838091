/** Checks the day the reach model is asked about. */
import { isRealDate } from '../dates.ts';

/** Throws a RangeError unless `day` is a real calendar day written "YYYY-MM-DD". Returns it unchanged. */
export function assertDay(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !isRealDate(day)) throw new RangeError(`expected a day as "YYYY-MM-DD", got ${JSON.stringify(day)}`);
  return day;
}
