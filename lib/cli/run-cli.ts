/**
 * Runs a command-line entry point and turns its outcome into an exit code and a message, through
 * the one error path (toAppError): invalid arguments (zod or node:util parseArgs) exit 2, an
 * expected failure prints its message and exits 1, anything unexpected prints the error and exits 1.
 */
import { z } from "zod";
import { toAppError, zodMessage } from "../errors/to-app-error";

const isParseArgsError = (error: unknown): error is Error => error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");

export function runCli(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (thrown: unknown) => {
      if (thrown instanceof z.ZodError || isParseArgsError(thrown)) {
        console.error(`${name}: invalid arguments: ${thrown instanceof z.ZodError ? zodMessage(thrown, "args") : thrown.message}`);
        process.exit(2);
      }
      const error = toAppError(thrown);
      if (error.code === "INTERNAL") console.error(`${name}: failed:`, error.cause ?? error);
      else console.error(`${name}: ${error.message}`);
      process.exit(1);
    },
  );
}
