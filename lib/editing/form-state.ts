/** What an editor's server action answers its form with: an error to show, or what was done. */
export type FormState = { error: string | null; done?: string | null };
