import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { toAppError } from "@/lib/errors/to-app-error";

describe("toAppError", () => {
  it("keeps an AppError as it is", () => {
    const error = new AppError("CONFLICT", "changed", { details: { a: 1 } });
    expect(toAppError(error)).toBe(error);
  });

  it("turns invalid input into INVALID_INPUT naming every issue", () => {
    const result = z.object({ slug: z.string().regex(/^[a-z]+$/), n: z.number() }).safeParse({ slug: "A!", n: "x" });
    const error = toAppError(result.error);
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toMatch(/^slug: .+; n: .+/);
  });

  it("turns an unreachable database into UNAVAILABLE", () => {
    expect(toAppError(Object.assign(new Error("Can't reach database server at 127.0.0.1"), { code: "P1001" })).code).toBe("UNAVAILABLE");
    expect(toAppError(new Error("connect ECONNREFUSED 127.0.0.1:5432")).code).toBe("UNAVAILABLE");
  });

  it("turns anything else into INTERNAL, keeping it as the cause and showing none of it", () => {
    for (const thrown of [new Error("secret path /srv/x"), "a string", null, undefined, 42, { message: "object" }]) {
      const error = toAppError(thrown);
      expect(error.code).toBe("INTERNAL");
      expect(error.message).toBe("Something went wrong.");
      expect(error.cause).toBe(thrown);
    }
  });
});
