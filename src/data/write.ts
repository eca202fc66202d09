// Every write goes through here: a failure is reported in plain words and re-thrown, so that a
// screen can never show "saved" for something that was not.
import { classifyError, reportError } from '../app-errors';

export async function write<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    reportError(classifyError(err), err);
    throw err;
  }
}

export function newId(): string {
  return crypto.randomUUID();
}
