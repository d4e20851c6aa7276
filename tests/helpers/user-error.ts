/** What a promise rejects with when it is a UserError, as plain data (code, message, details); fails the test when it resolves or throws anything else. */
import { expect } from 'vitest';
import { UserError, userErrorData, type UserErrorData } from '../../src/errors.js';

export async function failure(promise: Promise<unknown>): Promise<UserErrorData> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return userErrorData(error as UserError);
  }
  throw new Error('read without an error');
}
