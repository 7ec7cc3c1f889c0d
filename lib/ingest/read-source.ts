/**
 * Stage 0: bytes → text. Rejects input that is not a usable text file before any
 * parsing starts, so a wrong file never reaches the database.
 */
import { createHash } from "node:crypto";
import { AppError } from "../errors/app-error";

export function sha256(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function decodeSource(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new AppError("SOURCE_EMPTY", "The source file is empty (0 bytes).");
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new AppError("SOURCE_BINARY", `The source file is binary: it contains a NUL byte at offset ${nul}.`);
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new AppError("SOURCE_BINARY", "The source file is not valid UTF-8 text.", { cause });
  }
  const control = text.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (control > 0 && control / text.length > 0.001) {
    throw new AppError("SOURCE_BINARY", `The source file looks binary: ${control} control characters.`);
  }
  if (text.trim() === "") throw new AppError("SOURCE_EMPTY", "The source file contains only whitespace.");
  return text;
}
