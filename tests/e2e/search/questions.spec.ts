import { expect, test } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";

test.describe("questions and similar passages", () => {
  test("a question in everyday words finds the passages about it, and says why", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("how can countries protect migrant domestic workers")}`);
    const hits = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: /^Go to passage/ }) });
    await expect(hits.first()).toBeVisible();
    expect(await hits.count()).toBeGreaterThanOrEqual(10);
    const text = (await hits.allInnerTexts()).join("\n");
    expect(text).toMatch(/domestic workers/i);
    // Question words are never highlighted.
    for (const mark of await page.locator("mark").allInnerTexts()) expect(["how", "can"]).not.toContain(mark.toLowerCase());
    await expect(page.getByText(/Type keywords or a question in your own words/)).toBeVisible();
    // Passages are also matched by the questions they answer (content/passage-keywords.json), and say which.
    await expect(hits.filter({ hasText: /Why: .*answers “/ }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("everyday words reach the book's terms, with the reason shown", async ({ page }) => {
    await page.goto(`/search?q=${encodeURIComponent("hatred against foreigners")}`);
    await expect(page.getByText(/^\d+ passages?/)).toBeVisible();
    await expect(page.getByText(/Why: .*synonym: xenophobia/).first()).toBeVisible();
    await expect(page.locator("mark", { hasText: /xenophobi/i }).first()).toBeVisible();
  });

  test("a question the book words differently is also matched by meaning, and such hits say so", async ({ page, request }) => {
    const question = "jailing people who cross borders without papers";
    await page.goto(`/search?q=${encodeURIComponent(question)}`);
    const hits = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: /^Go to passage/ }) });
    await expect(hits.first()).toBeVisible();
    await expect(hits.filter({ hasText: "(matched by meaning)" }).first()).toBeVisible();
    await expect(hits.filter({ hasText: "Why: close in meaning to the query" }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    const api = (await (await request.get(`/api/v1/search?q=${encodeURIComponent(question)}&limit=20`)).json()) as { hits: { via: string }[] };
    expect(api.hits.some((h) => h.via === "meaning")).toBe(true);
    // A quoted phrase is matched as written: meaning adds nothing to it.
    const phrase = (await (await request.get(`/api/v1/search?q=${encodeURIComponent('"irregular migrants"')}&limit=50`)).json()) as { hits: { via: string }[] };
    expect(phrase.hits.length).toBeGreaterThan(0);
    expect(phrase.hits.some((h) => h.via === "meaning")).toBe(false);
  });

  test("a page the words cannot fill goes on below their matches, and says where they end", async ({ page }) => {
    // The book writes UNECA in two passages, and ECA or "Economic Commission for Africa" elsewhere.
    await page.goto("/search?q=UNECA");
    await expect(page.getByText(/^\d+ passages: \d+ with the words, then \d+ close in meaning or answering similar questions/)).toBeVisible();
    const hits = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: /^Go to passage/ }) });
    await expect(hits.first()).not.toContainText("(matched by");
    await expect(hits.filter({ hasText: /\(matched by (meaning|the question it answers)\)/ }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a phrase the book has a few times is followed by its words apart, and the page says where the phrase ends", async ({ page, request }) => {
    const q = '"feminization of migration"';
    const api = (await (await request.get(`/api/v1/search?q=${encodeURIComponent(q)}`)).json()) as { filled: number; filled_by: { apart: number; meaning: number }; hits: { via: string }[] };
    expect(api.filled_by.apart).toBeGreaterThan(0);
    expect(api.filled).toBe(api.filled_by.apart + api.filled_by.meaning);
    expect(api.hits.some((h) => h.via === "apart")).toBe(true);
    await page.goto(`/search?q=${encodeURIComponent(q)}`);
    await expect(page.getByText(/^\d+ passages: \d+ with the exact phrase, then \d+ with its words apart( and \d+ close in meaning or answering similar questions)?$/)).toBeVisible();
    const hits = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: /^Go to passage/ }) });
    await expect(hits.first()).not.toContainText("not as the phrase");
    await expect(hits.filter({ hasText: "Why: has the quoted words, not as the phrase" }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("a passage's cite view lists similar passages from other agencies, also as JSON", async ({ page, request }) => {
    const api = await request.get("/api/v1/passages/ilo-recommendations-a/similar?limit=3");
    expect(api.status()).toBe(200);
    const body = (await api.json()) as { similar: { agency: string; url: string; shared: string[] }[] };
    expect(body.similar.length).toBeGreaterThan(0);
    expect(body.similar.every((s) => s.agency !== "ilo" && s.shared.length >= 2)).toBe(true);
    expect((await request.get("/api/v1/passages/no-such-passage/similar")).status()).toBe(404);

    await page.goto("/cite/ilo-recommendations-a");
    const section = page.getByRole("region", { name: "Similar passages from other agencies" });
    await expect(section).toBeVisible();
    const items = section.getByRole("listitem");
    expect(await items.count()).toBeGreaterThan(0);
    await items.first().getByRole("link", { name: /^Go to passage/ }).click();
    await expect(page).toHaveURL(/\/agencies\/(?!ilo)[a-z-]+#/);
  });

  test("the Cite dialog leads to the similar passages", async ({ page }) => {
    await page.goto("/agencies/fao", { waitUntil: "networkidle" });
    await page.getByRole("link", { name: "Cite Recommendations item (c)" }).click();
    const dialog = page.getByRole("dialog", { name: "Cite Recommendations item (c)" });
    await dialog.getByRole("link", { name: "Similar passages from other agencies" }).click();
    await expect(page).toHaveURL(/\/cite\/fao-recommendations-c#similar$/);
    await expect(page.getByRole("region", { name: "Similar passages from other agencies" }).getByRole("listitem").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
