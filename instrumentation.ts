/**
 * Runs once when a server instance starts: builds the search index up front (and logs how
 * long it took) so the first search does not pay for it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ getDb }, { getSearchEngine }] = await Promise.all([import("./lib/db/client"), import("./lib/search/get-search-engine")]);
  try {
    await getSearchEngine({ db: getDb(), pollMs: 0 });
  } catch (error) {
    console.error("search index not built at start-up (it will be built on first use):", error instanceof Error ? error.message : error);
  }
}
