/**
 * The size limit on Better Auth's endpoints, which set none of their own: a body over 16 KB is
 * refused with 413 before Better Auth (or the audit log behind it) sees a byte of it.
 */
import { AppError } from "../errors/app-error";

export const MAX_AUTH_BODY_BYTES = 16 * 1024;

/** The request again, with its body read and checked; throws PAYLOAD_TOO_LARGE. */
export async function limitAuthBody(request: Request): Promise<Request> {
  if (request.method === "GET" || request.method === "HEAD") return request;
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `Sign-in and account requests are limited to ${MAX_AUTH_BODY_BYTES / 1024} KB.`);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_AUTH_BODY_BYTES) throw tooLarge();
  // Read in chunks, so a body without a Content-Length stops being read at the limit.
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      size += next.value.byteLength;
      if (size > MAX_AUTH_BODY_BYTES) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(next.value);
    }
  }
  return new Request(request.url, { method: request.method, headers: request.headers, body: Buffer.concat(chunks), signal: request.signal });
}
