/**
 * British and American spellings of one word (labour/labor, programme/program, centre/center,
 * organisation/organization, analyse/analyze, travelling/traveling, defence/defense,
 * dialogue/dialog, judgement/judgment, enrolment/enrollment). The book writes labour, programme
 * and centre but organization and recognize; its readers type either. Porter's stemmer leaves the
 * two spellings apart, so query analysis offers the other one as the word itself, where the book
 * has it. Pure: the rules only propose forms; the caller keeps those the book uses.
 */

/** Each rule: a word ending that one spelling has, and what the other spelling writes instead. Both ways. */
const RULES: readonly (readonly [RegExp, string])[] = [
  // labour, labourers, behavioural, favourable, neighbourhood
  [/our(s|ed|ing|er|ers|able|ably|al|ally|ite|ites|hood|hoods|less)?$/, "or$1"],
  [/([^o])or(s|ed|ing|er|ers|able|ably|al|ally|ite|ites|hood|hoods|less)?$/, "$1our$2"],
  // organise, organisation, organising, analyse
  [/([aeiou][a-z]*[^aeious])is(e|es|ed|ing|er|ers|ation|ations|ational)$/, "$1iz$2"],
  [/([aeiou][a-z]*[^aeious])iz(e|es|ed|ing|er|ers|ation|ations|ational)$/, "$1is$2"],
  [/lys(e|es|ed|ing)$/, "lyz$1"],
  [/lyz(e|es|ed|ing)$/, "lys$1"],
  // centre, metre
  [/([^aeiou])tre(s)?$/, "$1ter$2"],
  [/([^aeiou])ter(s)?$/, "$1tre$2"],
  // programme
  [/gramme(s)?$/, "gram$1"],
  [/gram(s)?$/, "gramme$1"],
  // travelling, counselling, labelled, modelling
  [/([aeiou][a-z]*[aeiou])ll(ed|ing|er|ers|or|ors)$/, "$1l$2"],
  [/([aeiou][a-z]*[aeiou])l(ed|ing|er|ers|or|ors)$/, "$1ll$2"],
  // defence, licence, offence
  [/([^aeiou])ence(s)?$/, "$1ense$2"],
  [/([^aeiou])ense(s)?$/, "$1ence$2"],
  // dialogue, catalogue
  [/ogue(s)?$/, "og$1"],
  [/([^o])og(s)?$/, "$1ogue$2"],
  // judgement, acknowledgement
  [/dgement(s)?$/, "dgment$1"],
  [/dgment(s)?$/, "dgement$1"],
  // enrolment, fulfilment, instalment
  [/([^l])lment(s)?$/, "$1llment$2"],
  [/llment(s)?$/, "lment$1"],
];

import { MAX_WORD } from "./text";

/** Words shorter than this are left alone: "for" is not "four", nor "ter" a word. */
const MIN_LENGTH = 5;

/** The other spellings a folded word may have (never the word itself), to be kept only where the book uses them. */
export function spellingVariants(word: string): string[] {
  if (word.length < MIN_LENGTH || word.length > MAX_WORD || !/^[a-z]+$/.test(word)) return [];
  const variants = new Set<string>();
  for (const [pattern, replacement] of RULES) {
    if (!pattern.test(word)) continue;
    const variant = word.replace(pattern, replacement);
    if (variant !== word) variants.add(variant);
  }
  return [...variants];
}
