/**
 * The password rules, in one place for sign-up paths, the admin API and the CLI:
 * at least 8 characters, up to 256 accepted whole (no truncation: scrypt takes any length),
 * and none of the ~18,000 common passwords of 8+ characters that zxcvbn ships.
 */
import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 256;

let common: Set<string> | null = null;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].map((p: string) => p.toLowerCase()));
  return common;
}

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `A password needs at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `A password can have at most ${PASSWORD_MAX} characters.`)
  .refine((p) => !commonPasswords().has(p.toLowerCase()), "This password is on a list of common passwords; choose another.")
  .refine((p) => new Set(p).size >= 3, "A password needs at least three different characters.");

/** Null when the password is acceptable, otherwise the reason. */
export function passwordProblem(password: string): string | null {
  const result = passwordSchema.safeParse(password);
  return result.success ? null : result.error.issues[0]!.message;
}
