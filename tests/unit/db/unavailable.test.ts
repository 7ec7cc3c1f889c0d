import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, orInMemory } from "@/lib/db/unavailable";
import { AppError } from "@/lib/errors/app-error";

const prismaError = (code: string, message = "") => Object.assign(new Error(message), { code });

describe("database unavailability", () => {
  it("recognises an unreachable or restarting database, and nothing else", () => {
    expect(isDatabaseUnavailable(prismaError("P1001"))).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P1017"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("connect ECONNREFUSED 127.0.0.1:54329"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("FATAL: the database system is shutting down"))).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P2002", "Unique constraint failed"))).toBe(false);
    expect(isDatabaseUnavailable(new AppError("CONFLICT"))).toBe(false);
    expect(isDatabaseUnavailable(new AppError("UNAVAILABLE"))).toBe(true);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
  it("serves what is in memory while the database is away, and says so when there is nothing", async () => {
    const down = () => Promise.reject(prismaError("P1001"));
    expect(await orInMemory(down, 7)).toBe(7);
    await expect(orInMemory(down, undefined)).rejects.toMatchObject({ code: "UNAVAILABLE" });
    await expect(orInMemory(() => Promise.reject(prismaError("P2002")), 7)).rejects.toMatchObject({ code: "P2002" });
    expect(await orInMemory(() => Promise.resolve(3), 7)).toBe(3);
  });
});
