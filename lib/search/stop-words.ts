/**
 * Words a query never requires and never highlights: English function words (the `stopword`
 * package's list) and the words people wrap a question in ("how can…", "what are the main…").
 * A word typed in capitals that the glossary knows (WHO, IT) is an acronym, not a stop word:
 * query analysis checks that first.
 */
import { eng } from "stopword";

const QUESTION_WORDS = [
  "why", "when", "whom", "whose", "does", "doing", "done", "is", "are", "am", "be", "was", "its", "it's", "us", "will", "shall", "may",
  "main", "key", "ways", "kind", "kinds", "type", "types", "anything", "something", "know", "tell", "please", "find", "show", "give",
  "against", "without", "within", "among", "across", "toward", "towards", "via", "per", "not", "no", "nor", "yes", "there", "their",
  "what's", "whats", "who's", "whos", "hows", "happen", "happens", "thing", "things", "lot", "lots", "really", "better", "help", "helps",
  "used", "use", "using", "being", "need", "needs", "deal", "dealing", "s", "so", "just", "even", "ever", "every", "else", "etc",
  "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "cant", "cannot", "wont", "wouldnt", "shouldnt", "couldnt", "havent", "hasnt",
];

export const STOP_WORDS: ReadonlySet<string> = new Set([...eng, ...QUESTION_WORDS].map((w) => w.replace(/['’]/g, "")));

export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}
