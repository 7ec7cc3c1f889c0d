/**
 * The fields of a passage other than its text: the heading of its part (with the subheading it
 * sits under), its agency, and the footnotes it cites. Heading and agency are the same for every
 * passage of a part, so they are indexed once per part group (FlexSearch, whole words), not once
 * per passage; ranking.ts gives a match there a small flat score.
 */
import { Document } from "flexsearch";
import { PART_LABELS } from "../book/parts";
import type { CorpusBlock } from "../explore/corpus";
import { stems } from "./text";

type PassageDoc = { id: number; notes: string };
type GroupDoc = { id: number; heading: string; agency: string };
export type FieldMatches = { heading: Set<number>; agency: Set<number>; notes: Set<number> };

export class FieldIndex {
  /** The passages of each part group. */
  readonly groupDocs: number[][] = [];
  private readonly groupOf: number[] = [];
  private readonly groups = new Map<string, number>();
  private readonly groupIndex: Document<GroupDoc>;
  private readonly notesIndex: Document<PassageDoc>;

  constructor() {
    // Whole words: a heading or agency name matches a word, not every word it is the start of ("so" is not "Social").
    const flex = { tokenize: "strict" as const, encode: (text: string) => stems(text), cache: 200 };
    this.notesIndex = new Document<PassageDoc>({ document: { id: "id", index: ["notes"] }, ...flex });
    this.groupIndex = new Document<GroupDoc>({ document: { id: "id", index: ["heading", "agency"] }, ...flex });
  }

  /** Adds the next passage (numbered in order from 0), under the subheading it sits under ("" if none). */
  add(id: number, b: CorpusBlock, subheading: string): void {
    const key = `${b.agency.slug}:${b.part}:${b.kinds.join(",")}:${subheading}`;
    let group = this.groups.get(key);
    if (group === undefined) {
      group = this.groupDocs.push([]) - 1;
      this.groups.set(key, group);
      const heading = [b.part === "intro" ? "Introduction" : b.kinds.map((k) => PART_LABELS[k]).join(" "), subheading].join(" ");
      this.groupIndex.add({ id: group, heading, agency: [b.agency.acronym ?? "", b.agency.title].join(" ") });
    }
    this.groupDocs[group]!.push(id);
    this.groupOf.push(group);
    if (b.notes?.length) this.notesIndex.add({ id, notes: b.notes.join(" ") });
  }

  /** Which part group each passage belongs to. */
  passageGroups(): Int32Array {
    return Int32Array.from(this.groupOf);
  }

  /** Part groups whose heading or agency has the word, and passages whose footnotes have it. */
  matches(word: string): FieldMatches {
    type FieldResult = { field: string; result: number[] }[];
    const groups = this.groupIndex.search({ query: word, limit: this.groupDocs.length, suggest: false }) as unknown as FieldResult;
    const notes = this.notesIndex.search({ query: word, limit: this.groupOf.length, suggest: false }) as unknown as FieldResult;
    return {
      heading: new Set(groups.find((g) => g.field === "heading")?.result ?? []),
      agency: new Set(groups.find((g) => g.field === "agency")?.result ?? []),
      notes: new Set(notes[0]?.result ?? []),
    };
  }
}
