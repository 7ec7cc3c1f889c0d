/** A three-synset WordNet in its own file format, for tests of related words. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWordNet } from "@/lib/search/wordnet";

// A three-synset WordNet in its own file format: jail (verb) → its derived noun detention; xenophobia defined by "foreigners".
export function tinyWordNet() {
  const dir = mkdtempSync(join(tmpdir(), "wordnet-"));
  const licence = "  1 This software and database is being provided\n";
  writeFileSync(join(dir, "data.noun"), `${licence}00000001 04 n 02 detention 0 detainment 0 001 + 00000001 v 0000 | a state of being confined\n00000002 26 n 01 xenophobia 0 000 | a fear of foreigners or strangers\n`);
  writeFileSync(join(dir, "data.verb"), `${licence}00000001 35 v 02 jail 0 imprison 0 001 + 00000001 n 0000 | lock up or confine, in or as in a jail\n`);
  writeFileSync(join(dir, "data.adj"), licence);
  writeFileSync(join(dir, "data.adv"), licence);
  return loadWordNet(dir);
}

