import { describe, expect, it } from "vitest";
import { normaliseText, squash } from "@/lib/ingest/normalise";

describe("normaliseText", () => {
  it("numbers lines from 1 and keeps leading indentation", () => {
    expect(normaliseText("a\n - (i) b")).toEqual([
      { line: 1, text: "a" },
      { line: 2, text: " - (i) b" },
    ]);
  });
  it("unifies CRLF and CR line endings and drops a BOM", () => {
    expect(normaliseText("\uFEFFa\r\nb\rc").map((l) => l.text)).toEqual(["a", "b", "c"]);
  });
  it("turns lines of only spaces into empty lines", () => {
    expect(normaliseText("a\n   \n\u00A0\nb").map((l) => l.text)).toEqual(["a", "", "", "b"]);
  });
  it("repairs HTML entity debris from the conversion", () => {
    expect(normaliseText('[&]quot;States should adopt &amp; apply')[0]!.text).toBe('"States should adopt & apply');
  });
  it("strips trailing whitespace", () => {
    expect(normaliseText("text  \t")[0]!.text).toBe("text");
  });
});

describe("squash", () => {
  it("collapses runs of whitespace", () => {
    expect(squash("  a \t b\n c ")).toBe("a b c");
  });
});
