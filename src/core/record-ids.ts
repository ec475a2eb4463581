/** The largest id a serial column holds (int4): a larger number names no record, and Postgres would refuse it. */
const MAX_RECORD_ID = 2_147_483_647;

/**
 * A record id from a button or a command word; null for anything that cannot name a record
 * ("abc", "", "1e3", "-1", 99999999999). Button data comes back from the chat as the client sends
 * it, so a forged press must be answered "no longer valid", never reach a query as NaN.
 */
export function recordIdOf(text: string | undefined): number | null {
  if (!text || !/^\d{1,10}$/.test(text)) return null;
  const id = Number(text);
  return id >= 1 && id <= MAX_RECORD_ID ? id : null;
}
