/** The evidence a line gives of being a note: what it says (citation openers, addresses, references, founding histories, definitions) and how it ends. */
import type { CorrectionKind } from "../corrections";
import { superscriptMarkers } from "../markers";
import { endsOpen, looksLikeSubheading, sentenceCount, startsLowercase } from "../text-shape";

const CITE_LEAD =
  /^(?:www\.|https?:\/\/|See\b|See also\b|For further\b|Cf\.|Ibid|For (?:more|further|additional) (?:information|details)|More (?:information|details)|Further (?:information|details)|For (?:a|the) (?:complete |full )?(?:list|text|report)|For details|Details (?:on|of|about)|Available (?:at|from|on)|Visit\b|Sources?:|Namely:|Project name:|A copy of\b|Information (?:on|about) the\b|(?:The|This|These|All)\b[^.]{0,150}\b(?:is|are|can be|may be) (?:available|accessible|found|downloaded|viewed|consulted)\b)/i;
export const URL = /\b(?:www\.|https?:\/\/|ftp:\/\/)|\w\.(?:org|int|net|com)\/|\.pdf\b|\.html?\b/i;
const CITATION =
  /\bavailable (?:from|at|on):?\s|\bsee,? (?:for example|for instance|e\.g\.|inter alia)\b|\b(?:in|see|from):\s+["“*]?[A-Z]|\((?:[^()]{0,120}?,\s*)?(?:19|20)\d\d[a-z]?\)|\bpp?\.\s?\d|\bNo\.\s?\d+\s*\(|^[A-Z]\.\s?(?:[A-Z]\.\s?)*[A-Z][a-z]+|^[A-Z][a-z]+,\s[A-Z]\.|^(?:[A-Z][A-Za-z-]*\s?){1,6},\s(?:[“"*]|[A-Z][a-z]+\s[A-Z])/;
const FOUNDING =
  /\b(?:founded|established|establishing|created|introduced|set up|launched|came into being)\b[^.]*\b(?:1[89]\d\d|20[01]\d)\b|\b(?:1[89]\d\d|20[01]\d)\b[^.]*\b(?:founded|established|establishing|created)\b|\bbecame (?:a|the) (?:UN |United Nations )?specialized agency\b[^.]*\b(?:19\d\d|20[01]\d)\b|\b(?:convened|signed)\b[^.]{0,80}\b1[89]\d\d\b/;
/**
 * A reference: authors' initials and surnames ("W.J. Carrington and E. Detragiache,", "J.-C. Dumont and
 * G. Lemaître,", "Davis, B.,"), then what a reference goes on with: a quoted or starred title, a
 * year in brackets, volume(issue):pages, a working paper or a publisher.
 */
const AUTHOR = String.raw`(?:[A-Z]\.(?:-?[A-Z]\.)*\s?(?:(?:de|da|di|del|van|von|der|la|le)\s)*[A-Z][\p{L}'’-]+|[A-Z][\p{L}'’-]+,\s(?:[A-Z]\.\s?)+)`;
const AUTHORS = new RegExp(String.raw`^${AUTHOR}(?:(?:,\s|\s(?:and|&)\s|,\s(?:and|&)\s)${AUTHOR})*(?:\set al\.)?,?\s`, "u");
const REFERENCE_BODY =
  /["“][^"”]{6,}["”]|\*[^*]{6,}\*|\((?:[^()]{0,80}?,\s*)?(?:19|20)\d\d[a-z]?\)|\d+\s?\(\d+\)\s?:\s?\d+|\b(?:[Ww]orking [Pp]aper|Press|Publishing|Macmillan|Routledge|University|Journal)\b/;
export const looksBibliographic = (text: string) => AUTHORS.test(text) && REFERENCE_BODY.test(text.slice(0, 400));
/** A note speaking of the place its marker stands: "The standards referred to here are …". */
const SELF_REFERENCE = /\b(?:referred to|mentioned|cited|quoted) here\b/;
/** "X is a …", "The five UN regional commissions are the …": how explanatory notes open. */
export const DEFINITION = /^(?:The |An? |These |This )?[A-Z][^.;:]{0,90}? (?:is|are) (?:a|an|the|one)\b/;
/** A footnote ending in the middle of an address ("… see also: www.") goes on in the next block. */
export const endsInAddress = (text: string) => /(?:www\.|[/_&=-])$/.test(text.trim());
export const footnoteEndsOpen = (text: string) => endsOpen(text) || endsInAddress(text);
/** A bare address fragment with no spaces ("TOPIC&URL_SECTION=-471.html.") only ever continues a footnote. */
export const isAddressFragment = (text: string) => !/\s/.test(text.trim()) && /[/&=_.]/.test(text);

export type FootnoteEvidence = {
  citeLead: boolean;
  url: boolean;
  citation: boolean;
  founding: boolean;
  bibliographic: boolean;
  selfReference: boolean;
  hasMarker: boolean;
};

export function footnoteEvidence(text: string): FootnoteEvidence {
  return {
    citeLead: CITE_LEAD.test(text),
    url: URL.test(text),
    citation: CITATION.test(text),
    founding: FOUNDING.test(text),
    bibliographic: looksBibliographic(text),
    selfReference: SELF_REFERENCE.test(text),
    hasMarker: superscriptMarkers(text).length > 0,
  };
}

/** Decides whether an unmarked text token is a footnote, given its evidence and neighbourhood. */
export function isUnmarkedFootnote(text: string, evidence: FootnoteEvidence, nearFootnote: boolean): boolean {
  if (startsLowercase(text) && !/^(?:www\.|https?:)/.test(text)) return false; // a continuation, decided later
  if (evidence.hasMarker && !evidence.citeLead) return false;
  if (looksLikeSubheading(text) && !evidence.url && !evidence.citation) return false;
  const short = text.length < 700;
  const sentences = sentenceCount(text);
  if (evidence.citeLead && short) return true;
  if (evidence.founding && evidence.url) return true;
  if (evidence.url && (nearFootnote || evidence.citation || text.length < 300) && sentences <= 4) return true;
  if (evidence.citation && nearFootnote && text.length < 500 && sentences <= 2) return true;
  if (evidence.bibliographic && nearFootnote && text.length < 600 && sentences <= 3) return true;
  if (evidence.selfReference && nearFootnote && short && sentences <= 3) return true;
  return false;
}

export type SeparateOptions = {
  /** Chapters whose first footnote (the founding history) is printed without a number. */
  expectUnmarkedFirstFootnote: boolean;
  /** Lines an editorial correction classifies (see corrections.ts). */
  forced?: Map<number, CorrectionKind>;
};
