import type { Db } from "~/lib/db.server";

type GenerationStore = Pick<Db, "$executeRaw" | "cacheGeneration">;

/**
 * How many times an index's content has changed: the outbox raises it whenever it applies writes,
 * so a result cache that keys on it is never staler than the index, in any app instance.
 */
export async function indexGeneration(db: GenerationStore, name: string): Promise<bigint> {
  const row = await db.cacheGeneration.findUnique({ where: { name }, select: { generation: true } });
  return row?.generation ?? 0n;
}

export async function advanceIndexGeneration(db: GenerationStore, name: string): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "CacheGeneration" ("name", "generation", "updatedAt") VALUES (${name}, 1, now())
    ON CONFLICT ("name") DO UPDATE SET "generation" = "CacheGeneration"."generation" + 1, "updatedAt" = now()`;
}
