/**
 * Text an editor saves is rendered as text: markup stays inert, and only http(s)/mailto
 * addresses become links. These payloads are rendered exactly as the public pages render them.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { InlineText } from "@/components/chapter/inline-text";
import { parseInline, safeHref } from "@/lib/text/inline";

const PAYLOADS = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "<svg onload=alert(1)><circle/></svg>",
  "[click](javascript:alert(1)) <script>x</script>",
  "[click](JaVaScRiPt:alert(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[click](//evil.example/x)",
  '"><iframe src="javascript:alert(1)"></iframe>',
  "*<b onmouseover=alert(1)>bold</b>*",
  "https://example.org/\"onmouseover=\"alert(1)",
];

const render = (text: string) => renderToStaticMarkup(createElement(InlineText, { text, links: true }));

describe("rendering editor text", () => {
  it.each(PAYLOADS)("keeps %j inert", (payload) => {
    const html = render(payload);
    // Every real tag is one the renderer makes; the payload's markup survives only as escaped text.
    const tags = html.match(/<[^>]+>/g) ?? [];
    for (const tag of tags) expect(tag).toMatch(/^<\/?(span|em|abbr)>$|^<a href="(https?:|mailto:)[^"]*" rel="noopener noreferrer" class="break-all">$|^<\/a>$/);
    if (payload.includes("<")) expect(html).toContain("&lt;");
  });
  it("links [text](https://…) and mailto:, and nothing else", () => {
    expect(parseInline("See [the report](https://www.un.org/x) now")).toContainEqual({ kind: "link", text: "the report", href: "https://www.un.org/x" });
    expect(render("[write](mailto:editors@example.org)")).toContain('href="mailto:editors@example.org"');
    expect(parseInline("[click](javascript:void)")).toEqual([{ kind: "text", text: "click" }]);
    expect(safeHref("javascript:alert(1)")).toBeNull();
    expect(safeHref("/relative")).toBeNull();
  });
});
