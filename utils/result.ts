/**
 * Errors are values: every request answers a `Result`, and nothing throws across the message boundary. The UI shows
 * an error's `message` as it is.
 */
import { z } from './data/zod';

export const ErrorCode = z.enum(['invalid-request', 'forbidden', 'not-found', 'conflict', 'internal', 'unreachable']);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const MessageError = z.object({ code: ErrorCode, message: z.string() });
export type MessageError = z.infer<typeof MessageError>;

export type Result<T> = { ok: true; data: T } | { ok: false; error: MessageError };

/** A request answered. */
export function ok<T>(data: T): { ok: true; data: T } {
  return { ok: true, data };
}

export function failure(code: ErrorCode, message: string): { ok: false; error: MessageError } {
  return { ok: false, error: { code, message } };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
