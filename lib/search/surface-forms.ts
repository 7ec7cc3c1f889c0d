/** The words in the text behind each stem, so a stem can be shown as a word the book uses ("migr" → "migration"). */
import { editDistance } from "./spelling";
import { fold } from "./text";

/** Forms kept per stem: enough to choose a readable one, bounded however often the stem occurs. */
const FORMS = 8;

export class SurfaceForms {
  private readonly forms = new Map<string, Set<string>>();

  /** Notes a passage's words and their stems, in order. */
  add(words: string[], wordStems: string[]): void {
    words.forEach((word, i) => {
      const forms = this.forms.get(wordStems[i]!) ?? new Set<string>();
      if (forms.size < FORMS) forms.add(word);
      this.forms.set(wordStems[i]!, forms);
    });
  }

  /** Of the words behind the stem, the one closest to what was typed (the stem itself if none). */
  display(stemmed: string, typed: string): string {
    const forms = [...(this.forms.get(stemmed) ?? [])];
    if (forms.length === 0) return stemmed;
    const target = fold(typed);
    return forms.sort((a, b) => editDistance(target, a, 99) - editDistance(target, b, 99) || a.length - b.length)[0]!;
  }
}
