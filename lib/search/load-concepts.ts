/** The themes and GCM objectives (content/), as the plain-word concepts the engine's concept layer reads. */
import { loadGcmObjectives, loadThemes } from "../book/content/vocabularies";
import type { Concept } from "./concepts";

export function loadConcepts(root: string): Concept[] {
  return [
    ...loadThemes(root).map((t): Concept => ({ vocabulary: "theme", slug: t.slug, label: t.label, text: [t.description, ...t.terms].join(" ") })),
    ...loadGcmObjectives(root).map((g): Concept => ({ vocabulary: "gcm", slug: g.slug, label: g.title, text: g.terms.join(" ") })),
  ];
}
