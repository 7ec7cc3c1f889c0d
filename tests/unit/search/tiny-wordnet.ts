/** A three-synset WordNet in its own file format, for tests of related words. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadWordNet } from "@/lib/search/wordnet";

// A three-synset WordNet in its own file format: jail (verb) → its derived noun detention; xenophobia defined by "foreigners".
// With senses: also kid as a child (tagged 53 times) and as teasing (once), and index.sense with those counts.
export function tinyWordNet({ senses = false } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "wordnet-"));
  const licence = "  1 This software and database is being provided\n";
  writeFileSync(join(dir, "data.noun"), `${licence}00000001 04 n 02 detention 0 detainment 0 001 + 00000001 v 0000 | a state of being confined\n00000002 26 n 01 xenophobia 0 000 | a fear of foreigners or strangers\n`);
  writeFileSync(join(dir, "data.verb"), `${licence}00000001 35 v 02 jail 0 imprison 0 001 + 00000001 n 0000 | lock up or confine, in or as in a jail\n`);
  if (senses) {
    writeFileSync(join(dir, "data.noun"), `${licence}00000001 04 n 02 detention 0 detainment 0 001 + 00000001 v 0000 | a state of being confined\n00000002 26 n 01 xenophobia 0 000 | a fear of foreigners or strangers\n00000003 18 n 02 child 0 kid 0 000 | a young person\n`);
    writeFileSync(join(dir, "data.verb"), `${licence}00000001 35 v 02 jail 0 imprison 0 001 + 00000001 n 0000 | lock up or confine, in or as in a jail\n00000002 32 v 02 tease 0 kid 0 000 | tell false information to for fun\n`);
    writeFileSync(join(dir, "index.sense"), "kid%1:18:00:: 00000003 1 53\nkid%2:32:00:: 00000002 1 1\nchild%1:18:00:: 00000003 1 200\nnot a line\n");
  }
  writeFileSync(join(dir, "data.adj"), licence);
  writeFileSync(join(dir, "data.adv"), licence);
  return loadWordNet(dir);
}

