/** Checks the day the reach model is asked about. */
import { isRealDay } from '../dates.ts';

/** Throws a RangeError unless `day` is a real calendar day written "YYYY-MM-DD". Returns it unchanged. */
export function assertDay(day: string): string {
  if (!isRealDay(day)) throw new RangeError(`expected a day as "YYYY-MM-DD", got ${JSON.stringify(day)}`);
  return day;
}
