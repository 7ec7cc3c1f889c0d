/**
 * Runs a command-line entry point and turns its outcome into an exit code and a message:
 * invalid arguments (zod or node:util parseArgs) exit 2, an AppError prints its message and
 * exits 1, anything else prints the error and exits 1.
 */
import { z } from "zod";
import { isAppError } from "../errors/app-error";

export function runCli(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof z.ZodError) {
        console.error(`${name}: invalid arguments: ${error.issues.map((i) => `${i.path.join(".") || "args"}: ${i.message}`).join("; ")}`);
        process.exit(2);
      }
      if (isAppError(error) || (error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))) {
        console.error(`${name}: ${error.message}`);
        process.exit(error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS") ? 2 : 1);
      }
      console.error(`${name}: failed:`, error);
      process.exit(1);
    },
  );
}
