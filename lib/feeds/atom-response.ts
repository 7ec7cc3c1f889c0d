/** An Atom document as an HTTP response: its media type, and a short public cache (feed readers poll). */
export function atomResponse(xml: string): Response {
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8", "Cache-Control": "public, max-age=300" } });
}
